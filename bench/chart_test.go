package bench

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

var chartOut = flag.String("chart.out", "", "write the example charts of TestChartExamples to this directory")

// chartConfig builds a configuration the way the matrix names them.
func chartConfig(interp string, threads int, axes ...string) Config {
	c := Config{Interpreter: interp, Axes: map[string]string{}, Threads: threads}
	name := []string{interp}
	for i := 0; i+1 < len(axes); i += 2 {
		c.Axes[axes[i]] = axes[i+1]
		name = append(name, axes[i]+"="+axes[i+1])
	}
	if threads > 0 {
		c.Axes["threads"] = fmt.Sprint(threads)
		name = append(name, fmt.Sprintf("threads=%d", threads))
	}
	c.Name = strings.Join(name, " ")
	return c
}

// chartReport builds a report whose (program, config) cell has wall time
// wall(p, c) (baseline: configs[0]); a wall of 0 makes the cell crash and
// a negative one makes it a wrong answer.
func chartReport(programs []string, configs []Config, wall func(p string, c Config) float64) *Report {
	r := &Report{
		Schema:  SchemaVersion,
		Started: time.Date(2026, 11, 26, 1, 30, 0, 0, time.UTC),
		Machine: Machine{Hostname: "dev", OS: "linux", Arch: "amd64", CPUModel: "Intel(R) Xeon(R) CPU @ 2.20GHz",
			Cores: 2, GoVersion: "go1.26.8", Atompy: "v0.1.0-dev"},
		Programs: programs,
		Configs:  configs,
		GeoMean:  map[string]float64{},
	}
	if len(configs) > 0 {
		r.Baseline = configs[0].Name
	}
	for _, c := range configs {
		logSum, n := 0.0, 0
		for _, p := range programs {
			s := Summary{Program: p, Config: c.Name, N: 5, Status: "ok"}
			w, base := wall(p, c), wall(p, configs[0])
			switch {
			case c.Unsupported != "":
				s.Status, s.N = "unsupported", 0
			case w == 0:
				s.Status, s.N = "crash", 0
			case w < 0:
				s.Status, s.N = "wrong", 0
			default:
				s.Wall = Stat{Median: w, Min: w * 0.95, Max: w * 1.1}
				if base > 0 {
					s.Ratio = w / base
					logSum += math.Log(s.Ratio)
					n++
				}
			}
			r.Summaries = append(r.Summaries, s)
		}
		if n > 0 {
			r.GeoMean[c.Name] = math.Exp(logSum / float64(n))
		}
	}
	return r
}

func chartCases() []struct {
	name    string
	report  *Report
	scaling bool // the scaling panel must appear
	log     bool // the bar axis must be logarithmic
} {
	single := []string{"richards", "nbody", "fannkuch"}
	odd := []string{"richards", `<odd & "name">`}
	mt := []string{"mt_primes", "mt_btree", "mt_bank", "mt_nqueens"}
	py := chartConfig("python3", 0)
	threaded := []Config{chartConfig("python3", 1), chartConfig("python3", 2), chartConfig("python3", 4)}
	for _, stm := range []string{"on", "off"} {
		for _, t := range []int{1, 2, 4} {
			threaded = append(threaded, chartConfig("atompy", t, "jit", "off", "stm", stm))
		}
	}
	unsup := chartConfig("atompy", 0, "jit", "on")
	unsup.Unsupported = "the JIT does not exist yet"
	return []struct {
		name    string
		report  *Report
		scaling bool
		log     bool
	}{
		{"one config", chartReport(odd, []Config{py}, func(string, Config) float64 { return 1.3 }), false, false},
		{"several configs, no thread axis",
			chartReport(single, []Config{py, chartConfig("atompy", 0, "stm", "off"), chartConfig("atompy", 0, "stm", "on"), unsup},
				func(p string, c Config) float64 {
					switch {
					case c.Interpreter == "python3":
						return 1.4
					case p == "nbody" && c.Axes["stm"] == "on":
						return 0 // crash
					case p == "fannkuch" && c.Axes["stm"] == "off":
						return -1 // wrong answer
					}
					return 2.1 + float64(len(p))/10
				}), false, false},
		{"thread axis",
			chartReport(mt, threaded, func(p string, c Config) float64 {
				if c.Interpreter == "python3" {
					return 1.2 + 0.1*float64(c.Threads)
				}
				if p == "mt_bank" && c.Threads == 4 && c.Axes["stm"] == "on" {
					return -1
				}
				eff := 0.9
				if c.Axes["stm"] == "off" {
					eff = 0.5
				}
				return 3.0 / (1 + eff*float64(c.Threads-1))
			}), true, false},
		{"log scale",
			chartReport(single, []Config{py, chartConfig("atompy", 0, "jit", "off"), chartConfig("pypy3", 0)},
				func(p string, c Config) float64 {
					switch c.Interpreter {
					case "python3":
						return 1.4
					case "pypy3":
						return 0.05
					}
					return 4.0
				}), false, true},
		{"one thread count", chartReport(mt, []Config{chartConfig("python3", 2), chartConfig("atompy", 2)},
			func(string, Config) float64 { return 1 }), false, false},
		{"empty", &Report{Schema: SchemaVersion}, false, false},
	}
}

// checkXML parses the whole document and returns its root element's name
// and namespace and every piece of character data, joined by newlines.
func checkXML(t *testing.T, doc []byte) (root xml.Name, text string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var sb strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output does not parse as XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root.Local == "" {
				root = tok.Name
			}
		case xml.CharData:
			sb.Write(tok)
			sb.WriteByte('\n')
		}
	}
	return root, sb.String()
}

func TestChartWriteSVG(t *testing.T) {
	for _, tc := range chartCases() {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteSVG(&buf, tc.report); err != nil {
				t.Fatalf("WriteSVG: got error %v, want nil", err)
			}
			root, text := checkXML(t, buf.Bytes())
			if want := (xml.Name{Space: "http://www.w3.org/2000/svg", Local: "svg"}); root != want {
				t.Errorf("root element: got %v, want %v", root, want)
			}
			var want []string
			want = append(want, tc.report.Programs...)
			for _, c := range tc.report.Configs {
				want = append(want, c.Name)
			}
			if len(tc.report.Programs) > 0 {
				want = append(want, "geometric mean")
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("chart text lacks %q", w)
				}
			}
			if got := strings.Contains(text, "Scaling with threads"); got != tc.scaling {
				t.Errorf("scaling panel present: got %v, want %v", got, tc.scaling)
			}
			if got := strings.Contains(text, "log scale"); got != tc.log {
				t.Errorf("log-scale axis: got %v, want %v", got, tc.log)
			}
		})
	}
}

func TestChartStatusStubs(t *testing.T) {
	var buf bytes.Buffer
	r := chartCases()[1].report
	if err := WriteSVG(&buf, r); err != nil {
		t.Fatal(err)
	}
	_, text := checkXML(t, buf.Bytes())
	for _, w := range []string{"\ncrash\n", "\nwrong\n", "\nunsupported\n", "1× = baseline", "(baseline)"} {
		if !strings.Contains(text, w) {
			t.Errorf("chart text lacks %q", w)
		}
	}
}

func TestChartNoScalingNote(t *testing.T) {
	for _, tc := range []struct {
		name string
		idx  int
		want string
	}{
		{"no thread axis", 1, "no thread-count axis"},
		{"one thread count", 4, "every configuration runs with 2 thread(s)"},
	} {
		var buf bytes.Buffer
		if err := WriteSVG(&buf, chartCases()[tc.idx].report); err != nil {
			t.Fatal(err)
		}
		if _, text := checkXML(t, buf.Bytes()); !strings.Contains(text, tc.want) {
			t.Errorf("%s: chart text lacks note %q", tc.name, tc.want)
		}
	}
}

// TestChartScalingFigures checks the speed-ups the scaling plot computes:
// wall(1 thread) / wall(n threads) of the same setting.
func TestChartScalingFigures(t *testing.T) {
	r := chartCases()[2].report
	d := newChartData(r)
	sd := newScalingData(d, chartThreadCounts(r.Configs))
	if got, want := fmt.Sprint(sd.threads), "[1 2 4]"; got != want {
		t.Errorf("thread counts: got %s, want %s", got, want)
	}
	if got, want := strings.Join(sd.settings, "|"), "python3|atompy jit=off stm=on|atompy jit=off stm=off"; got != want {
		t.Errorf("settings: got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		program string
		setting int
		want    string
	}{
		{"mt_primes", 1, "[1 1.9 3.7]"},
		{"mt_primes", 2, "[1 1.5 2.5]"},
		{"mt_bank", 1, "[1 1.9]"}, // 4 threads gave a wrong answer
	} {
		var got []float64
		for _, s := range sd.lines[tc.program] {
			if s.setting == tc.setting {
				for _, v := range s.speedup {
					got = append(got, math.Round(v*100)/100)
				}
			}
		}
		if fmt.Sprint(got) != tc.want {
			t.Errorf("%s setting %d: got speed-ups %v, want %s", tc.program, tc.setting, got, tc.want)
		}
	}
}

func TestChartTicks(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  []float64
		want string
	}{
		{"linear 0..2.4", linearTicks(niceLinearMax(2.4)), "[0 0.5 1 1.5 2 2.5]"},
		{"linear 0..1", linearTicks(niceLinearMax(1)), "[0 0.2 0.4 0.6 0.8 1]"},
		{"log 0.7..28", logTicks(tick125Below(0.7), tick125Above(28)), "[0.5 1 2 5 10 20 50]"},
		{"log 0.01..500", logTicks(tick125Below(0.01), tick125Above(500)), "[0.01 0.1 1 10 100]"},
	} {
		if fmt.Sprint(tc.got) != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, tc.got, tc.want)
		}
	}
}

func TestChartNilReport(t *testing.T) {
	if err := WriteSVG(io.Discard, nil); err == nil {
		t.Errorf("WriteSVG(nil): got nil error, want one")
	}
}

// TestChartExamples writes every example chart to -chart.out, for looking
// at: go test ./bench -run ChartExamples -chart.out=/tmp.
func TestChartExamples(t *testing.T) {
	if *chartOut == "" {
		t.Skip("no -chart.out")
	}
	for _, tc := range chartCases() {
		var buf bytes.Buffer
		if err := WriteSVG(&buf, tc.report); err != nil {
			t.Fatal(err)
		}
		name := strings.ReplaceAll(tc.name, " ", "_")
		name = strings.ReplaceAll(name, ",", "")
		if err := os.WriteFile(*chartOut+"/chart_"+name+".svg", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestChartInterpreterBaseline covers a baseline named by interpreter (the
// runner's default: python3 at each cell's thread count) and programs not
// run under every configuration, which get no bar and no failure stub.
func TestChartInterpreterBaseline(t *testing.T) {
	cfgs := []Config{chartConfig("atompy", 1), chartConfig("atompy", 2), chartConfig("python3", 1), chartConfig("python3", 2)}
	r := chartReport([]string{"mt_primes", "nbody"}, cfgs, func(string, Config) float64 { return 1 })
	r.Baseline = "python3"
	var kept []Summary
	for _, s := range r.Summaries {
		if s.Program != "nbody" || strings.HasSuffix(s.Config, "threads=1") {
			kept = append(kept, s)
		}
	}
	r.Summaries = kept
	var buf bytes.Buffer
	if err := WriteSVG(&buf, r); err != nil {
		t.Fatal(err)
	}
	_, text := checkXML(t, buf.Bytes())
	for _, tc := range []struct {
		what string
		want int
	}{
		{"(baseline)", 2},
		{"at the same thread count", 1},
		{"no data", 0},
		{"\n1.00×\n", 4 + 2 + 4}, // mt_primes 4 bars, nbody 2, geometric mean 4
	} {
		if got := strings.Count(text, tc.what); got != tc.want {
			t.Errorf("count of %q: got %d, want %d", tc.what, got, tc.want)
		}
	}
}
