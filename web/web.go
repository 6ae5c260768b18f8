// Package web holds the dashboard's static files (HTML, CSS, plain JavaScript), embedded in the
// binary and served at / by the API server. The page fetches the JSON API and draws everything
// itself (H3 cells as SVG polygons): it loads nothing from other hosts, no tiles, no CDN.
package web

import "embed"

// Assets holds static/: index.html, app.js, style.css.
//
//go:embed static
var Assets embed.FS
