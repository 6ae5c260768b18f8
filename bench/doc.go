// Package bench measures datpin: gas of every contract operation and of a contribution's whole
// lifecycle, and throughput of the edge pipeline, each beside a baseline measured in the same run.
// Results render as markdown sections of BENCHMARKS.md and as JSON.
package bench
