package eval_test

import (
	"reflect"
	"testing"

	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/sim"
)

func TestSimulate_OneTownIsSim(t *testing.T) {
	cfg := sim.Config{Seed: 5, Stations: 8, Devices: 10, Sensors: 3, Days: 1, Adversaries: map[sim.Kind]int{sim.Replay: 1, sim.StuckSensor: 1}}
	net, err := eval.Simulate(cfg, 8)
	if err != nil {
		t.Fatal(err)
	}
	want, err := sim.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if net.Towns != 1 || !reflect.DeepEqual(net.Batches, want.Records()) || !reflect.DeepEqual(net.Truth, want.GroundTruth()) {
		t.Fatal("a network of one town differs from sim's")
	}
}

// A network of several towns reads as one: ids are unique across towns, every record is under
// its batch's station, and the answer key covers every batch with its labels.
func TestSimulate_Towns(t *testing.T) {
	cfg := sim.Config{Seed: 5, Stations: 25, Devices: 30, Sensors: 6, Days: 2,
		Adversaries: map[sim.Kind]int{sim.Sybil: 3, sim.Replay: 2, sim.SpikingSensor: 3}}
	net, err := eval.Simulate(cfg, 10)
	if err != nil {
		t.Fatal(err)
	}
	if net.Towns != 3 || len(net.Truth.Stations) != 25 || len(net.Truth.Sensors) != 6 {
		t.Fatalf("%d towns, %d stations, %d sensors", net.Towns, len(net.Truth.Stations), len(net.Truth.Sensors))
	}
	labels := map[sim.Kind]int{}
	known := map[string]bool{}
	for _, s := range net.Truth.Stations {
		if known[s.ID] {
			t.Fatalf("station id %s twice", s.ID)
		}
		known[s.ID] = true
		for _, l := range s.Labels {
			labels[l]++
		}
	}
	for _, s := range net.Truth.Stations {
		if s.CopyOf != "" && !known[s.CopyOf] {
			t.Errorf("sybil %s copies unknown %s", s.ID, s.CopyOf)
		}
	}
	for _, s := range net.Truth.Sensors {
		if known[s.ID] {
			t.Fatalf("sensor id %s twice", s.ID)
		}
		known[s.ID] = true
		for _, l := range s.Labels {
			labels[l]++
		}
	}
	if !reflect.DeepEqual(labels, cfg.Adversaries) {
		t.Fatalf("labels %v, want %v", labels, cfg.Adversaries)
	}
	// Handsets are the towns' own: one never reports in two towns (towns are 20 km apart and a
	// handset roams 5 km), and a station's records are its own.
	townOf := map[string]int{}
	station := map[string]int{}
	for i, s := range net.Truth.Stations {
		station[s.ID] = i
	}
	towns := map[int]bool{}
	perEpoch := map[uint32]int{}
	for _, b := range net.Batches {
		if !known[b.ID] {
			t.Fatalf("batch of unknown %s", b.ID)
		}
		perEpoch[b.Epoch]++
		if b.Sensor {
			continue
		}
		town := station[b.ID] / 9 // 25 stations: towns of 9, 8 and 8
		if station[b.ID] >= 17 {
			town = 2
		}
		towns[town] = true
		for _, r := range b.Records {
			if r.StationID != b.ID {
				t.Fatalf("record of %s in %s's batch", r.StationID, b.ID)
			}
			if r.DeviceID == "" {
				continue
			}
			if tt, ok := townOf[r.DeviceID]; ok && tt != town {
				t.Fatalf("handset %s in towns %d and %d", r.DeviceID, tt, town)
			}
			townOf[r.DeviceID] = town
		}
	}
	if len(towns) != 3 || len(perEpoch) != 2 {
		t.Fatalf("batches from towns %v over epochs %v", towns, perEpoch)
	}
}
