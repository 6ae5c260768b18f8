package agent

import (
	"fmt"
	"os"
	"strings"
)

// Markdown renders the result as a report section.
func (r *EdgeResult) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Edge pipeline on one core (GOMAXPROCS=1), %d records in %d station batches of synthetic G-NetTrack rows "+
		"(%.0f CSV bytes, %.0f encoded bytes per record); %s", r.Records, r.Stations, r.BytesPerRecord, r.EncodedPerRecord, r.GoVersion)
	if r.CPU != "" {
		fmt.Fprintf(&b, ", %s", r.CPU)
	}
	b.WriteString(".\n\n| stage | records/s/core | ns/record | share |\n|---|---:|---:|---:|\n")
	for _, s := range r.Stages {
		fmt.Fprintf(&b, "| %s | %.0f | %.0f | %.0f %% |\n", s.Stage, s.RecordsPerSecPerCore, s.NsPerRecord, 100*s.Share)
	}
	fmt.Fprintf(&b, "| **end to end** (parse → anonymize → score → seal) | **%.0f** | %.0f | |\n", r.EndToEnd.RecordsPerSecPerCore, r.EndToEnd.NsPerRecord)
	fmt.Fprintf(&b, "| raw SHA-256 over the input bytes | %.0f | %.0f | (%.0f MB/s) |\n", r.SHA256.RecordsPerSecPerCore, r.SHA256.NsPerRecord, r.SHA256.MBPerSec)
	fmt.Fprintf(&b, "| SHA-256 per encoded record | %.0f | %.0f | |\n", r.SHA256Encoded.RecordsPerSecPerCore, r.SHA256Encoded.NsPerRecord)
	if r.Outbox != nil {
		fmt.Fprintf(&b, "| %s (not in the pipeline) | %.0f | %.0f | |\n", r.Outbox.Stage, r.Outbox.RecordsPerSecPerCore, r.Outbox.NsPerRecord)
	}
	ok := func(v bool) string {
		if v {
			return "met"
		}
		return "not met"
	}
	fmt.Fprintf(&b, "\nA package holds %.1f bytes per record (%d bytes for the run's %d records).\n",
		float64(r.PackageBytes)/float64(r.Records), r.PackageBytes, r.Records)
	fmt.Fprintf(&b, "\nEnd to end is %.2f× raw SHA-256 (goal ≥ %.1f×: %s) and %.0f records/s/core (goal ≥ %d: %s). "+
		"The limiting stage is %s.\n", r.RatioToSHA256, GoalRatioToSHA256, ok(r.MeetsRatio), r.EndToEnd.RecordsPerSecPerCore,
		GoalRecordsPerSecond, ok(r.MeetsRate), r.Limiting)
	return b.String()
}

// cpuName returns the processor's model name (Linux), or "".
func cpuName() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
