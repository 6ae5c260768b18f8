package telemetry_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

type schemaDoc struct {
	Required   []string `json:"required"`
	Properties map[string]struct {
		Const   string   `json:"const"`
		Type    any      `json:"type"`
		Minimum *float64 `json:"minimum"`
		Maximum *float64 `json:"maximum"`
		Enum    []any    `json:"enum"`
	} `json:"properties"`
}

// TestSchemas checks the shipped JSON Schemas against the parser: every
// property is accepted for its kind, a property of another kind is refused,
// and numeric limits are the parser's limits.
func TestSchemas(t *testing.T) {
	docs := map[string]schemaDoc{}
	for _, kind := range []string{"session", "heartbeat", "sensor"} {
		b, err := telemetry.Schemas.ReadFile("schema/" + kind + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		var d schemaDoc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		docs[kind] = d
	}
	base := map[string]string{"time": `"2026-01-02T03:04:05Z"`}
	for kind, d := range docs {
		var names []string
		for name := range d.Properties {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			p := d.Properties[name]
			if name == "kind" || name == "time" {
				continue
			}
			fields := map[string]string{"kind": `"` + kind + `"`, "time": base["time"]}
			if kind == "sensor" {
				fields["quantity"], fields["value"] = `"wind_ms"`, "1"
			}
			if name == "lat" || name == "lon" {
				fields["lat"], fields["lon"] = "0", "0"
			}
			if p.Minimum != nil && p.Maximum != nil {
				for _, v := range []struct {
					x  float64
					ok bool
				}{{*p.Minimum, true}, {*p.Maximum, true}, {*p.Minimum - 1, false}, {*p.Maximum + 1, false}} {
					fields[name] = fmt.Sprint(v.x)
					if ok := parsesOK(t, fields); ok != v.ok {
						t.Errorf("%s.%s = %v: parsed %v, schema says %v", kind, name, v.x, ok, v.ok)
					}
				}
				continue
			}
			switch {
			case len(p.Enum) > 0:
				s, _ := p.Enum[0].(string)
				fields[name] = `"` + s + `"`
			case fmt.Sprint(p.Type) == "[boolean null]":
				fields[name] = "true"
			case strings.Contains(fmt.Sprint(p.Type), "string"):
				fields[name] = `"x"`
			default:
				fields[name] = "1"
			}
			if !parsesOK(t, fields) {
				t.Errorf("%s.%s: refused", kind, name)
			}
		}
		// Properties of the other kinds are refused.
		for other, od := range docs {
			for name := range od.Properties {
				if _, mine := d.Properties[name]; mine || other == kind {
					continue
				}
				fields := map[string]string{"kind": `"` + kind + `"`, "time": base["time"], name: "1"}
				if kind == "sensor" {
					fields["quantity"], fields["value"] = `"wind_ms"`, "1"
				}
				if parsesOK(t, fields) {
					t.Errorf("%s accepts %s's field %s", kind, other, name)
				}
			}
		}
	}
}

func parsesOK(t *testing.T, fields map[string]string) bool {
	t.Helper()
	var b bytes.Buffer
	b.WriteByte('{')
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", k, fields[k])
	}
	b.WriteByte('}')
	st, err := telemetry.ParseJSONL(&b, "schema", "", func(datpin.Record) error { return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st.Records == 1
}
