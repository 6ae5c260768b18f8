// datpin dashboard: fetches the JSON API and draws the map and tables. Plain JavaScript, no
// libraries, nothing loaded from other hosts.
"use strict";

const API = "api/v1/";
const state = { dats: { offset: 0, limit: 25, total: 0 }, cells: [], optimization: null, stations: [], selectedCell: null };

async function get(path) {
  const r = await fetch(API + path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) {
    const e = body && body.error ? body.error : { code: "internal", message: r.statusText };
    throw new Error(e.code + ": " + e.message);
  }
  return body;
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(k == null ? "" : String(k)));
  return e;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

const short = (a) => (a ? a.slice(0, 6) + "…" + a.slice(-4) : "");
const score = (s) => (s == null ? "–" : (s / 100).toFixed(2));

// tokens renders a base-unit amount (18 decimals) as a token amount with two decimals.
function tokens(wei) {
  if (wei == null) return "–";
  const v = BigInt(wei);
  const unit = 10n ** 18n;
  const cents = (v * 100n) / unit;
  return (cents / 100n).toString() + "." + (cents % 100n).toString().padStart(2, "0");
}

// qualityColor maps a score from red (lo) through amber to green (hi); grey when unknown.
function qualityColor(q, lo = 0, hi = 10000) {
  if (q == null) return "#a0aec0";
  const t = Math.max(0, Math.min(1, (q - lo) / Math.max(1, hi - lo)));
  const hue = 120 * t; // 0 red, 60 amber, 120 green
  return `hsl(${hue.toFixed(0)}, 65%, ${(48 + 6 * (1 - Math.abs(t - 0.5) * 2)).toFixed(0)}%)`;
}

function badge(status) {
  return el("span", { class: "badge " + status }, status);
}

// ---------------------------------------------------------------- status

async function loadStatus() {
  const s = await get("status");
  const ix = s.index || {};
  document.getElementById("status").textContent =
    `chain ${s.chainId} · block ${ix.indexedBlock ?? "?"} (lag ${ix.lag ?? "?"}) · ` +
    `${s.counts.tokens} DATs · ${s.counts.stations} stations · ${s.counts.validators} validators` +
    (ix.paused ? " · indexing paused" : "") + (ix.reorgs ? ` · ${ix.reorgs} reorgs` : "");
}

// ---------------------------------------------------------------- map

function projector(points, w, h, pad) {
  let minLat = Infinity, maxLat = -Infinity, minLng = Infinity, maxLng = -Infinity;
  for (const [lat, lng] of points) {
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    minLng = Math.min(minLng, lng); maxLng = Math.max(maxLng, lng);
  }
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180); // equirectangular, true at mid latitude
  const spanX = Math.max((maxLng - minLng) * k, 1e-6), spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((w - 2 * pad) / spanX, (h - 2 * pad) / spanY);
  const ox = (w - spanX * scale) / 2, oy = (h - spanY * scale) / 2;
  return ([lat, lng]) => [ox + (lng - minLng) * k * scale, oy + (maxLat - lat) * scale];
}

function drawMap() {
  const map = document.getElementById("map");
  map.replaceChildren();
  const cells = state.cells;
  const opt = state.optimization || { cells: [], suggestions: [] };
  const gap = new Set(opt.cells.filter((c) => c.isGap).map((c) => c.cell));
  const pts = [];
  for (const c of cells) pts.push(...c.boundary);
  for (const s of opt.suggestions) pts.push(...s.boundary);
  for (const s of state.stations) if (s.lat || s.lng) pts.push([s.lat, s.lng]);
  if (pts.length === 0) {
    const t = svg("text", { x: 400, y: 240, "text-anchor": "middle", class: "label" });
    t.textContent = "no contributions indexed yet";
    map.append(t);
    return;
  }
  const proj = projector(pts, 800, 480, 24);
  // The colours span the network's own range (whole points, at least 10 wide), so differences
  // between its cells show whatever the scoring rules' scale.
  const qs = cells.map((c) => c.quality).filter((q) => q != null);
  let lo = qs.length ? Math.floor(Math.min(...qs) / 100) * 100 : 0;
  let hi = qs.length ? Math.ceil(Math.max(...qs) / 100) * 100 : 10000;
  if (hi - lo < 1000) { const mid = (lo + hi) / 2; lo = Math.max(0, mid - 500); hi = Math.min(10000, lo + 1000); lo = hi - 1000; }
  const poly = (b) => b.map((p) => proj(p).map((v) => v.toFixed(1)).join(",")).join(" ");
  for (const s of opt.suggestions) {
    const p = svg("polygon", { points: poly(s.boundary), class: "suggestion", "data-cell": s.cell });
    const t = svg("title", {}); t.textContent = `suggested cell ${s.cell} (score ${s.score.toFixed(2)}, next to ${s.near.join(", ")})`;
    p.append(t);
    map.append(p);
  }
  for (const c of cells) {
    const p = svg("polygon", {
      points: poly(c.boundary), fill: qualityColor(c.quality, lo, hi),
      class: "cell" + (gap.has(c.cell) ? " gap" : "") + (state.selectedCell === c.cell ? " selected" : ""),
      "data-cell": c.cell, "data-quality": c.quality == null ? "" : c.quality,
    });
    const t = svg("title", {});
    t.textContent = `${c.cell}: quality ${score(c.quality)}, ${c.records} records, ${c.tokens} DATs, ${c.stations} stations`;
    p.append(t);
    p.addEventListener("click", () => selectCell(c));
    map.append(p);
  }
  for (const s of state.stations) {
    if (!s.lat && !s.lng) continue;
    const [x, y] = proj([s.lat, s.lng]);
    const d = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5, class: "station", "data-station": s.address });
    const t = svg("title", {}); t.textContent = `station ${s.address}, quality ${score(s.quality)}`;
    d.append(t);
    map.append(d);
  }
  const legend = document.getElementById("legend");
  legend.replaceChildren("score ");
  for (let i = 0; i <= 4; i++) {
    legend.append(el("span", { style: `background:${qualityColor(lo + ((hi - lo) * i) / 4, lo, hi)}` }));
  }
  legend.append(` ${score(lo)} → ${score(hi)}`);
}

function selectCell(c) {
  state.selectedCell = c.cell;
  document.getElementById("cell-info").textContent =
    `cell ${c.cell}: quality ${score(c.quality)}, ${c.records} records in ${c.tokens} DATs from ${c.stations} stations ` +
    `(${c.finalized} finalized, ${c.rejected} rejected, ${c.pending} pending)`;
  const f = document.getElementById("dat-filters");
  f.elements.cell.value = c.cell;
  state.dats.offset = 0;
  drawMap();
  loadDats().catch(showError);
}

async function loadMap() {
  const [cells, opt, stations] = await Promise.all([get("cells"), get("optimization"), get("stations")]);
  state.cells = cells.items;
  state.optimization = opt;
  state.stations = stations.items;
  drawMap();
  drawOptimization();
  drawStations();
}

// ---------------------------------------------------------------- DAT explorer

async function loadDats() {
  const f = document.getElementById("dat-filters");
  const q = new URLSearchParams();
  for (const name of ["status", "station", "epoch", "cell"]) {
    const v = f.elements[name].value.trim();
    if (v) q.set(name, v);
  }
  q.set("limit", state.dats.limit);
  q.set("offset", state.dats.offset);
  const page = await get("dats?" + q.toString());
  state.dats.total = page.total;
  const body = document.getElementById("dats-body");
  body.replaceChildren();
  for (const t of page.items) {
    const tr = el("tr", { "data-id": t.id, onclick: () => showDat(t.id, tr) },
      el("td", {}, t.id), el("td", { class: "mono" }, short(t.station)), el("td", {}, t.epoch),
      el("td", { class: "mono" }, t.cell || ""), el("td", {}, t.records), el("td", {}, score(t.tentativeScore)),
      el("td", {}, score(t.score)), el("td", {}, badge(t.status)), el("td", {}, t.value));
    body.append(tr);
  }
  const last = Math.min(state.dats.offset + page.items.length, page.total);
  document.getElementById("dat-page").textContent = ` ${page.total ? state.dats.offset + 1 : 0}–${last} of ${page.total} `;
}

async function showDat(id, row) {
  for (const r of document.querySelectorAll("#dats-body tr.selected")) r.classList.remove("selected");
  if (row) row.classList.add("selected");
  const d = await get("dats/" + id);
  const box = document.getElementById("dat-detail");
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
  add("token", `#${d.id} (class ${d.class})`);
  add("status", badge(d.status));
  if (d.reason) add("reason", d.reason);
  add("station", el("span", { class: "mono" }, d.station || "–"));
  add("owner", el("span", { class: "mono" }, d.owner));
  add("epoch / cell", `${d.epoch} / ${d.cell || "–"}`);
  add("records", d.records);
  add("tentative → agreed", `${score(d.tentativeScore)} → ${score(d.score)}`);
  add("value / shareRatio", `${d.value} / ${d.shareRatio}`);
  add("CID", el("span", { class: "mono" }, d.cid || "–"));
  add("Merkle root", el("span", { class: "mono" }, d.merkleRoot || "–"));
  add("proofs", d.proofList.length ? d.proofList.map((p) => p.type + " " + p.uri).join("; ") : "none");
  add("claimed", d.claims.length ? d.claims.map((c) => tokens(c.amount)).join(" + ") : "nothing yet");
  const evs = el("table", { id: "evaluations" }, el("thead", {}, el("tr", {}, el("th", {}, "validator"), el("th", {}, "round"), el("th", {}, "score"), el("th", {}, "Δ median"))));
  const tb = el("tbody", {});
  for (const e of d.evaluations) {
    const cls = e.agrees == null ? "" : e.agrees ? "agree" : "fault";
    tb.append(el("tr", { "data-validator": e.validator }, el("td", { class: "mono" }, short(e.validator)), el("td", {}, e.round),
      el("td", {}, score(e.score)), el("td", { class: cls }, e.deviation == null ? "–" : (e.deviation > 0 ? "+" : "") + score(e.deviation))));
  }
  evs.append(tb);
  box.replaceChildren(el("h3", {}, `DAT #${d.id}`), dl, el("h3", {}, `Evaluations (${d.evaluations.length})`), evs);
}

// ---------------------------------------------------------------- rewards, validators, stations

async function loadRewards() {
  const r = await get("rewards?limit=20");
  document.getElementById("rewards-summary").textContent =
    `settled ${tokens(r.settled)} · claimed ${tokens(r.claimed)} · ${r.epochs.length} reward epoch(s) settled`;
  const body = document.getElementById("rewards-body");
  body.replaceChildren();
  r.leaderboard.forEach((e, i) => {
    body.append(el("tr", { "data-station": e.station || e.owner }, el("td", {}, i + 1), el("td", { class: "mono" }, short(e.station || e.owner)),
      el("td", {}, e.tokens), el("td", {}, tokens(e.earned)), el("td", {}, tokens(e.claimed))));
  });
}

async function loadValidators() {
  const v = await get("validators");
  const body = document.getElementById("validators-body");
  body.replaceChildren();
  for (const x of v.items) {
    body.append(el("tr", { "data-validator": x.address }, el("td", { class: "mono" }, short(x.address)), el("td", {}, tokens(x.stake)),
      el("td", {}, x.agreements), el("td", { class: x.faults ? "fault" : "" }, x.faults), el("td", {}, (100 * x.agreement).toFixed(1) + "%"),
      el("td", {}, x.reveals), el("td", {}, score(Math.round(x.meanAbsDeviation)))));
  }
}

function drawStations() {
  const body = document.getElementById("stations-body");
  body.replaceChildren();
  for (const s of state.stations) {
    body.append(el("tr", { "data-station": s.address, onclick: () => filterStation(s.address) },
      el("td", { class: "mono" }, s.address), el("td", { class: "mono" }, short(s.operator)), el("td", { class: "mono" }, s.cell),
      el("td", {}, s.tokens), el("td", {}, s.finalized), el("td", {}, s.rejected), el("td", {}, score(s.quality)), el("td", {}, tokens(s.earned))));
  }
}

function filterStation(a) {
  const f = document.getElementById("dat-filters");
  f.elements.station.value = a;
  f.elements.cell.value = "";
  state.dats.offset = 0;
  loadDats().catch(showError);
  f.scrollIntoView({ behavior: "smooth" });
}

function drawOptimization() {
  const o = state.optimization;
  const gaps = document.getElementById("gaps-body");
  gaps.replaceChildren();
  const op = o.options;
  document.getElementById("gap-rule").textContent = op.gapQuality
    ? `⚠ quality below ${score(op.gapQuality)}`
    : `⚠ quality ${score(op.gapMargin)} or more below the network's ${score(Math.round(op.netQuality))}`;
  for (const c of o.cells.slice(0, 15)) {
    gaps.append(el("tr", { "data-cell": c.cell, class: c.isGap ? "gap" : "", onclick: () => selectCell(c) },
      el("td", { class: "mono" }, c.cell + (c.isGap ? " ⚠" : "")), el("td", {}, c.records), el("td", {}, score(c.quality)), el("td", {}, c.gap.toFixed(3))));
  }
  const sug = document.getElementById("suggestions");
  sug.replaceChildren();
  for (const s of o.suggestions) sug.append(el("li", { class: "mono", "data-cell": s.cell }, `${s.cell} (score ${s.score.toFixed(3)})`));
  if (!o.suggestions.length) sug.append(el("li", {}, "none: no coverage gap"));
  const fall = document.getElementById("falling");
  fall.replaceChildren();
  for (const f of o.falling) {
    fall.append(el("li", { "data-station": f.station }, el("span", { class: "mono" }, short(f.station)),
      ` ${score(f.previous)} → ${score(f.latest)} (epoch ${f.fromEpoch} → ${f.toEpoch})`));
  }
  if (!o.falling.length) fall.append(el("li", {}, "none"));
}

// ---------------------------------------------------------------- wiring

function showError(e) {
  document.getElementById("status").textContent = "error: " + e.message;
}

async function loadAll() {
  await Promise.all([loadStatus(), loadMap(), loadDats(), loadRewards(), loadValidators()]);
}

document.getElementById("dat-filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  state.dats.offset = 0;
  loadDats().catch(showError);
});
document.getElementById("dat-prev").addEventListener("click", () => {
  state.dats.offset = Math.max(0, state.dats.offset - state.dats.limit);
  loadDats().catch(showError);
});
document.getElementById("dat-next").addEventListener("click", () => {
  if (state.dats.offset + state.dats.limit < state.dats.total) state.dats.offset += state.dats.limit;
  loadDats().catch(showError);
});

// #dat=ID in the address opens that DAT's detail (links from elsewhere, and the browser test).
async function openFromHash() {
  const m = /^#dat=(\d+)$/.exec(location.hash);
  if (m) await showDat(m[1], document.querySelector(`#dats-body tr[data-id="${m[1]}"]`));
}
window.addEventListener("hashchange", () => openFromHash().catch(showError));

loadAll()
  .then(openFromHash)
  .then(() => { document.body.dataset.ready = "1"; })
  .catch((e) => { showError(e); document.body.dataset.ready = "error"; });
// Follow a live network: status every 10 s, the map and the boards every 30 s (the DAT explorer
// keeps its page and selection until asked).
setInterval(() => loadStatus().catch(showError), 10000);
setInterval(() => Promise.all([loadMap(), loadRewards(), loadValidators()]).catch(showError), 30000);
