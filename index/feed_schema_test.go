package index_test

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/datpin/datpin/index"
)

// fill sets every field of v, recursively: pointers allocated, slices given one item, so that
// the JSON encoding shows every field path of the type.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 { // raw JSON: left for the caller
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	}
}

// current is the JSON of an event of kind as the Go types encode it now, every field set.
func current(t *testing.T, kind string) []byte {
	t.Helper()
	data := index.EventData(kind)
	fill(reflect.ValueOf(data))
	d, err := json.Marshal(data)
	if err != nil {
		t.Fatal(err)
	}
	var e index.Event
	fill(reflect.ValueOf(&e))
	e.Kind, e.Data = kind, d
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEventSchemas_Golden: each kind the index emits has a golden at its current version, and
// its Go types still encode every field of the golden with the golden's JSON type.
func TestEventSchemas_Golden(t *testing.T) {
	files, err := os.ReadDir("testdata/events")
	if err != nil {
		t.Fatal(err)
	}
	goldens := map[string]bool{}
	for _, f := range files {
		goldens[strings.TrimSuffix(f.Name(), ".json")] = true
	}
	for _, kind := range index.KindNames() {
		if index.EventData(kind) == nil {
			if goldens[kind] {
				t.Errorf("%s is reserved but has a golden", kind)
			}
			continue
		}
		if !goldens[kind] {
			t.Errorf("%s has no golden in testdata/events", kind)
			continue
		}
		delete(goldens, kind)
		g := golden(t, kind)
		var env struct {
			Kind    string
			Version int
		}
		if err := json.Unmarshal(g, &env); err != nil || env.Kind != kind || env.Version != index.EventKinds[kind] {
			t.Errorf("golden of %s: kind %q version %d (%v); the kind is at version %d", kind, env.Kind, env.Version, err, index.EventKinds[kind])
		}
		gs := shapeOf(t, g)
		for p, typ := range gs {
			if typ == "array" && underEmptyArray(p+"[]", gs) {
				t.Errorf("golden of %s: array %s has no item, so its items' fields are not pinned", kind, p)
			}
		}
		if bad := incompatible(gs, shapeOf(t, current(t, kind))); len(bad) > 0 {
			t.Errorf("%s: the Go types break the published schema: %v", kind, bad)
		}
	}
	for k := range goldens {
		t.Errorf("golden %s names no event kind", k)
	}
}

// TestEventSchemas_CheckerCatchesBreaks: removing or renaming a field, or changing its type, is
// reported; adding one is not.
func TestEventSchemas_CheckerCatchesBreaks(t *testing.T) {
	g := shapeOf(t, golden(t, index.KindSale))
	edit := func(f func(e map[string]any)) map[string]string {
		var e map[string]any
		if err := json.Unmarshal(golden(t, index.KindSale), &e); err != nil {
			t.Fatal(err)
		}
		f(e)
		b, _ := json.Marshal(e)
		return shapeOf(t, b)
	}
	data := func(e map[string]any) map[string]any { return e["data"].(map[string]any) }
	if bad := incompatible(g, edit(func(e map[string]any) { data(e)["newField"] = 1; e["extra"] = "x" })); len(bad) != 0 {
		t.Errorf("an added field reported: %v", bad)
	}
	for name, f := range map[string]func(map[string]any){
		"removed": func(e map[string]any) { delete(data(e), "holder") },
		"renamed": func(e map[string]any) { data(e)["holderAddress"] = data(e)["holder"]; delete(data(e), "holder") },
		"retyped": func(e map[string]any) { data(e)["amount"] = 82000 },
		"nested removed": func(e map[string]any) {
			for _, x := range data(e)["entries"].([]any) {
				delete(x.(map[string]any), "share")
			}
		},
		"envelope": func(e map[string]any) { delete(e, "cursor") },
	} {
		if bad := incompatible(g, edit(f)); len(bad) == 0 {
			t.Errorf("%s field not reported", name)
		}
	}
}
