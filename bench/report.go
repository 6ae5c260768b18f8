package bench

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// Machine describes where a benchmark ran.
func Machine() string {
	return fmt.Sprintf("%s/%s, %d cores, %s, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), runtime.Version())
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "model name") {
			if i := strings.IndexByte(line, ':'); i >= 0 {
				return strings.TrimSpace(line[i+1:])
			}
		}
	}
	return "unknown CPU"
}

// LoadAverage is the machine's 1, 5 and 15 minute load averages, or "unknown" where /proc is
// missing: each report states how busy the machine was while it measured.
func LoadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

// WriteSection replaces (or appends) the section named name in the markdown file at path. A
// section lies between "<!-- bench:NAME -->" and "<!-- /bench:NAME -->".
func WriteSection(path, name, body string) error {
	start, end := "<!-- bench:"+name+" -->", "<!-- /bench:"+name+" -->"
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	doc := string(old)
	if doc == "" {
		doc = "# datpin benchmarks\n\nEach section is written by `datpin bench <name>`; figures come from the run stamped in it.\n"
	}
	block := start + "\n" + strings.TrimRight(body, "\n") + "\n" + end
	if i := strings.Index(doc, start); i >= 0 {
		if j := strings.Index(doc[i:], end); j >= 0 {
			doc = doc[:i] + block + doc[i+j+len(end):]
			return os.WriteFile(path, []byte(doc), 0o644)
		}
	}
	doc = strings.TrimRight(doc, "\n") + "\n\n" + block + "\n"
	return os.WriteFile(path, []byte(doc), 0o644)
}

// Stamp is the line that heads each section.
func Stamp(now time.Time) string {
	return fmt.Sprintf("_Measured %s on %s._", now.UTC().Format("2006-01-02 15:04 MST"), Machine())
}
