package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sampleReport is a small report with two programs, atompy and python3,
// three runs each, and one wrong atompy run of the second program.
func sampleReport() *Report {
	r := &Report{
		Schema:   SchemaVersion,
		Started:  time.Date(2026, 11, 26, 1, 2, 3, 0, time.UTC),
		Machine:  Machine{Hostname: "h", OS: "linux", Arch: "amd64", CPUModel: "cpu", Cores: 2, GoVersion: "go1.26", Atompy: "atompy 0.1.0", Peers: map[string]string{"python3": "Python 3.11.7"}},
		Baseline: "python3",
		Programs: []string{"a.py", "b.py"},
		Configs: []Config{
			{Name: "atompy", Interpreter: "atompy", Axes: map[string]string{}},
			{Name: "atompy jit=on", Interpreter: "atompy", Axes: map[string]string{"jit": "on"}, Unsupported: "the JIT is not built yet"},
			{Name: "python3", Interpreter: "python3", Axes: map[string]string{}},
		},
	}
	add := func(prog, cfg string, status string, walls ...float64) {
		for i, w := range walls {
			r.Runs = append(r.Runs, Run{Program: prog, Config: cfg, Index: i, WallS: w, CPUS: w * 0.9, MaxRSS: 2048, Status: status})
		}
	}
	add("a.py", "atompy", StatusOK, 2, 4, 3)
	add("a.py", "python3", StatusOK, 1, 2, 1)
	add("b.py", "atompy", StatusOK, 1, 1)
	add("b.py", "atompy", StatusWrong, 0.1)
	r.Runs[len(r.Runs)-1].Index = 2
	add("b.py", "python3", StatusOK, 2, 2, 2)
	summarize(r, func(string, Config) bool { return true })
	return r
}

func TestSummarize_Report(t *testing.T) {
	r := sampleReport()
	byCell := map[string]Summary{}
	for _, s := range r.Summaries {
		byCell[s.Program+"|"+s.Config] = s
	}
	if len(r.Summaries) != 6 {
		t.Fatalf("%d summaries, want 6 (2 programs x 3 configurations)", len(r.Summaries))
	}
	a := byCell["a.py|atompy"]
	if a.N != 3 || a.Wall != (Stat{3, 2, 4}) || a.Ratio != 2 || a.Status != StatusOK {
		t.Errorf("a.py atompy = %+v, want n=3 wall 3 [2,4] ratio 2 (pairwise: 2, 2, 3)", a)
	}
	if a.MaxRSS.Median != 2048 {
		t.Errorf("a.py atompy maxrss median = %v, want 2048", a.MaxRSS.Median)
	}
	b := byCell["b.py|atompy"]
	if b.N != 2 || b.Status != StatusWrong || b.Wall.Min != 1 {
		t.Errorf("b.py atompy = %+v, want n=2 status wrong, the wrong run (0.1 s) excluded", b)
	}
	if s := byCell["a.py|atompy jit=on"]; s.Status != StatusUnsupported || s.N != 0 {
		t.Errorf("unsupported cell = %+v", s)
	}
	if g := r.GeoMean["atompy"]; g != 2 {
		t.Errorf("geomean atompy = %v, want 2 (b.py excluded for its wrong run)", g)
	}
	if g := r.GeoMean["python3"]; g != 1 {
		t.Errorf("geomean python3 = %v, want 1", g)
	}
	notes := strings.Join(r.Notes, "\n")
	for _, want := range []string{"b.py under atompy: 1 of 3 runs wrong", "atompy jit=on: unsupported (the JIT is not built yet)"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes %q lack %q", notes, want)
		}
	}
}

func TestBaselineByInterpreter(t *testing.T) {
	m, _ := ParseMatrix([]string{"threads=1,2"})
	cfgs := m.Expand([]string{"python3"})
	if got := baselineFor("python3", cfgs[1], cfgs); got != "python3 threads=2" {
		t.Errorf("baselineFor(python3, %s) = %q, want the python3 cell with the same thread count", cfgs[1].Name, got)
	}
	if got := baselineFor("atompy threads=1", cfgs[3], cfgs); got != "atompy threads=1" {
		t.Errorf("baselineFor by configuration name = %q", got)
	}
	if _, err := chooseBaseline("pypy3", cfgs, nil); err == nil {
		t.Error("chooseBaseline(pypy3) without pypy3: no error")
	}
	if got, _ := chooseBaseline("", cfgs, map[string]string{"python3": "/usr/bin/python3"}); got != "python3" {
		t.Errorf("default baseline with python3 = %q, want python3", got)
	}
	if got, _ := chooseBaseline("", cfgs[:2], nil); got != "atompy threads=1" {
		t.Errorf("default baseline without python3 = %q, want the first configuration", got)
	}
}

func TestWriteTable(t *testing.T) {
	r := sampleReport()
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteTable(&buf, r, color); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"a.py", "b.py", "unsupported", "WRONG", "geometric mean", "2.00", "notes:"} {
			if !strings.Contains(out, want) {
				t.Errorf("color=%v: table lacks %q:\n%s", color, want, out)
			}
		}
		if hasRed := strings.Contains(out, red+"WRONG"); hasRed != color {
			t.Errorf("color=%v: red WRONG present = %v", color, hasRed)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := sampleReport()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := ReadReport(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip changed the report:\n got %+v\nwant %+v", back, r)
	}
	checkSchemaFields(t, buf.Bytes())

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"schema": 99}`), 0o644)
	if _, err := ReadReport(bad); err == nil || !strings.Contains(err.Error(), "schema") {
		t.Errorf("ReadReport of schema 99: error %v, want a schema error", err)
	}
}

// checkSchemaFields checks the JSON field names docs/benchmarking.md
// documents.
func checkSchemaFields(t *testing.T, data []byte) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	fields := map[string][]string{
		"":             {"schema", "started", "machine", "baseline", "programs", "configs", "runs", "summaries", "geomean", "notes"},
		"machine":      {"hostname", "os", "arch", "cpu_model", "cores", "rtm", "go_version", "atompy_version", "peers"},
		"configs[1]":   {"name", "interpreter", "axes", "unsupported"},
		"runs[0]":      {"program", "config", "index", "wall_s", "cpu_s", "maxrss_kb", "status"},
		"summaries[0]": {"program", "config", "n", "wall_s", "cpu_s", "maxrss_kb", "ratio", "status"},
	}
	for where, names := range fields {
		obj := doc
		switch where {
		case "machine":
			obj = doc["machine"].(map[string]any)
		case "configs[1]":
			obj = doc["configs"].([]any)[1].(map[string]any)
		case "runs[0]":
			obj = doc["runs"].([]any)[0].(map[string]any)
		case "summaries[0]":
			obj = doc["summaries"].([]any)[0].(map[string]any)
		}
		for _, n := range names {
			if _, ok := obj[n]; !ok {
				t.Errorf("JSON %s lacks field %q", where, n)
			}
		}
	}
	wall := doc["summaries"].([]any)[0].(map[string]any)["wall_s"].(map[string]any)
	for _, n := range []string{"median", "min", "max"} {
		if _, ok := wall[n]; !ok {
			t.Errorf("JSON stat lacks field %q", n)
		}
	}
}

func TestWriteComparison(t *testing.T) {
	old := sampleReport()
	new := sampleReport()
	for i := range new.Runs {
		if new.Runs[i].Program == "a.py" && new.Runs[i].Config == "atompy" {
			new.Runs[i].WallS *= 3
		}
	}
	var buf bytes.Buffer
	if err := WriteComparison(&buf, old, new); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"a.py", "atompy", "~", "n=3+3", "geomean"} {
		if !strings.Contains(out, want) {
			t.Errorf("comparison lacks %q:\n%s", want, out)
		}
	}
	// 3 runs per side cannot reach p < 0.05 (the best is 2/20 = 0.1), so a
	// tripled time is still "~" with its p-value shown.
	if !strings.Contains(out, "p=0.100") {
		t.Errorf("comparison lacks p=0.100 for the tripled cell:\n%s", out)
	}
	if strings.Contains(out, "warning") {
		t.Errorf("comparison of two full runs warns:\n%s", out)
	}
	buf.Reset()
	new.Quick = true
	if err := WriteComparison(&buf, old, new); err != nil || !strings.Contains(buf.String(), "--quick") {
		t.Errorf("comparing a full run with a --quick one: err %v, want a warning:\n%s", err, buf.String())
	}
	if err := WriteComparison(&buf, old, &Report{}); err == nil {
		t.Error("comparing with an empty report: no error")
	}
}

func TestExpectedFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), ExpectedFile)
	m := map[string]string{"a.py": checksum([]byte("x\n")), "mt_b.py 10": checksum(nil)}
	if err := WriteExpected(path, m); err != nil {
		t.Fatal(err)
	}
	back, err := ReadExpected(path)
	if err != nil || !reflect.DeepEqual(back, m) {
		t.Errorf("ReadExpected = %v, %v; want %v", back, err, m)
	}
}

func TestParseCPUInfo(t *testing.T) {
	tests := []struct {
		text    string
		model   string
		wantRTM bool
	}{
		{"processor\t: 0\nmodel name\t: Intel Xeon\nflags\t\t: fpu hle rtm avx\n", "Intel Xeon", true},
		{"model name\t: Intel Xeon\nflags\t\t: fpu rtm rtm_always_abort\n", "Intel Xeon", false},
		{"model name\t: AMD EPYC\nflags\t\t: fpu sse2\nmodel name\t: other\nflags\t\t: rtm\n", "AMD EPYC", false},
		{"", "", false},
	}
	for _, tt := range tests {
		model, rtm := parseCPUInfo(strings.NewReader(tt.text))
		if model != tt.model || rtm != tt.wantRTM {
			t.Errorf("parseCPUInfo(%q) = %q, %v; want %q, %v", tt.text, model, rtm, tt.model, tt.wantRTM)
		}
	}
}

// TestOutputChecking runs small shell commands through execute and
// recordRun: a right answer, a wrong one, a crash and a timeout.
func TestOutputChecking(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	ref := checksum([]byte("42\n"))
	tests := []struct {
		name, script string
		timeout      time.Duration
		status       string
		tail         string
	}{
		{"right", "echo 42", 5 * time.Second, StatusOK, ""},
		{"wrong", "echo 41", 5 * time.Second, StatusWrong, "41"},
		{"crash", "echo 42; echo boom >&2; exit 3", 5 * time.Second, StatusCrash, "boom"},
		{"timeout", "echo started >&2; exec sleep 10", 200 * time.Millisecond, StatusTimeout, "started"},
	}
	for _, tt := range tests {
		c := cell{prog: program{name: "p.py"}, cfg: Config{Name: "sh"}, ref: ref}
		res := execute(context.Background(), []string{"sh", "-c", tt.script}, "", tt.timeout)
		run := recordRun(c, 0, res)
		if run.Status != tt.status {
			t.Errorf("%s: status %q, want %q (%s)", tt.name, run.Status, tt.status, res.describe())
		}
		if !strings.Contains(run.StderrTail, tt.tail) {
			t.Errorf("%s: tail %q lacks %q", tt.name, run.StderrTail, tt.tail)
		}
		if run.WallS <= 0 {
			t.Errorf("%s: wall %v, want > 0", tt.name, run.WallS)
		}
		if tt.status == StatusTimeout && run.WallS > 5 {
			t.Errorf("timeout: the run took %v s, want it killed", run.WallS)
		}
	}
}

func TestTail(t *testing.T) {
	if got := tail("a\nb\nc\n", 2); got != "b\nc" {
		t.Errorf("tail = %q, want %q", got, "b\nc")
	}
	if got := tail("a", 10); got != "a" {
		t.Errorf("tail = %q, want %q", got, "a")
	}
}
