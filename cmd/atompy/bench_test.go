package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestBenchEndToEnd builds the binary and benchmarks two tiny programs
// against python3 (skipped as a peer, with a note, where it is missing),
// checking the exit status, the table, the JSON report and the SVG chart;
// then compares the report with itself.
func TestBenchEndToEnd(t *testing.T) {
	bin := buildAtompy(t)
	dir := t.TempDir()
	progs := map[string]string{
		"tiny1.py": "print(sum(i * i for i in range(20000)))\n",
		"tiny2.py": "import sys\nwords = ['b', 'a', 'c'] * 1000\nprint(sorted(set(words)), len(sys.argv))\n",
	}
	for name, src := range progs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	jsonFile := filepath.Join(dir, "report.json")
	svgFile := filepath.Join(dir, "chart.svg")
	cmd := exec.Command(bin, "bench", "--runs", "2", "--warmup", "0", "--dir", dir,
		"--json", jsonFile, "--svg", svgFile, "--vs", "python3", "tiny1.py", "tiny2.py")
	cmd.Env = scriptEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("atompy bench: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	table := stdout.String()
	for _, want := range []string{"tiny1.py", "tiny2.py", "atompy", "geometric mean"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, "\x1b[") || stderr.Len() != 0 {
		t.Errorf("colour or progress output when not on a terminal:\nstdout %q\nstderr %q", table, stderr.String())
	}

	data, err := os.ReadFile(jsonFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	for _, field := range []string{"schema", "started", "machine", "baseline", "programs", "configs", "runs", "summaries", "geomean"} {
		if _, ok := doc[field]; !ok {
			t.Errorf("report lacks field %q", field)
		}
	}
	if got, want := doc["programs"], []any{"tiny1.py", "tiny2.py"}; !reflect.DeepEqual(got, want) {
		t.Errorf("report programs = %v, want %v", got, want)
	}
	configs := len(doc["configs"].([]any))
	if runs := len(doc["runs"].([]any)); runs != 2*2*configs {
		t.Errorf("report has %d runs, want 2 programs x %d configurations x 2 runs", runs, configs)
	}
	for _, r := range doc["runs"].([]any) {
		run := r.(map[string]any)
		if run["status"] != "ok" || run["wall_s"].(float64) <= 0 {
			t.Errorf("run %v: want status ok and a positive wall time", run)
		}
	}

	svg, err := os.ReadFile(svgFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := parsesAsXML(svg); err != nil {
		t.Errorf("chart is not XML: %v", err)
	}

	var out, errOut bytes.Buffer
	if status := runBench([]string{"compare", jsonFile, jsonFile}, &out, &errOut); status != 0 {
		t.Fatalf("bench compare: status %d, stderr %s", status, errOut.String())
	}
	if !strings.Contains(out.String(), "tiny1.py") || !strings.Contains(out.String(), "~") {
		t.Errorf("comparing a report with itself, want tiny1.py with no significant change (~):\n%s", out.String())
	}
}

func parsesAsXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	sawSVG := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "svg" {
			sawSVG = true
		}
	}
	if !sawSVG {
		return errors.New("no <svg> element")
	}
	return nil
}

func TestBenchFlags(t *testing.T) {
	f, err := parseBenchFlags([]string{"--quick", "--matrix", "jit=on,off", "stm=off", "threads=1,2",
		"mt_bank.py", "--vs", "python3,pypy3", "nbody.py"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.matrix, []string{"jit=on,off", "stm=off", "threads=1,2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("matrix = %q, want %q", got, want)
	}
	if got, want := f.programs, []string{"mt_bank.py", "nbody.py"}; !reflect.DeepEqual(got, want) {
		t.Errorf("programs = %q, want %q", got, want)
	}
	if f.runs != 1 || f.warmup != 0 || f.vs != "python3,pypy3" {
		t.Errorf("--quick: runs %d warmup %d vs %q, want 1, 0, python3,pypy3", f.runs, f.warmup, f.vs)
	}
	f, err = parseBenchFlags([]string{"--quick", "--runs", "3"}, io.Discard)
	if err != nil || f.runs != 3 || f.dir != "bench" || f.timeout.Seconds() != 120 {
		t.Errorf("--quick --runs 3: %+v, %v; want runs 3, dir bench, timeout 2m", f, err)
	}
	for _, bad := range [][]string{{"--runs", "0"}, {"--nope"}, {"--warmup", "-1"}} {
		if _, err := parseBenchFlags(bad, io.Discard); err == nil {
			t.Errorf("parseBenchFlags(%q): no error", bad)
		}
	}
}

func TestBenchUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--dir", filepath.Join(t.TempDir(), "missing")}, "use --dir"},
		{[]string{"--matrix", "gc=on"}, "unknown matrix axis"},
		{[]string{"compare", "one.json"}, "usage: atompy bench compare"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		status := runBench(tt.args, &out, &errOut)
		if status != 2 || !strings.Contains(errOut.String(), tt.want) {
			t.Errorf("runBench(%q) = %d, stderr %q; want 2 and %q", tt.args, status, errOut.String(), tt.want)
		}
	}
}
