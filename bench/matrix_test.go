package bench

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseMatrix(t *testing.T) {
	m, err := ParseMatrix([]string{"threads=1,2 jit=on,off", "stm=off"})
	if err != nil {
		t.Fatal(err)
	}
	want := Matrix{{"jit", []string{"on", "off"}}, {"stm", []string{"off"}}, {"threads", []string{"1", "2"}}}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("ParseMatrix = %v, want %v (axes in jit, htm, stm, threads order)", m, want)
	}
	bad := []struct{ spec, want string }{
		{"gc=on", "unknown matrix axis"},
		{"jit=maybe", "not one of"},
		{"threads=0", "positive integer"},
		{"threads=two", "positive integer"},
		{"jit=on jit=off", "given twice"},
		{"jit=on,on", "given twice"},
		{"jit", "want name=value"},
		{"jit=", "want name=value"},
	}
	for _, tt := range bad {
		_, err := ParseMatrix([]string{tt.spec})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseMatrix(%q) error = %v, want one containing %q", tt.spec, err, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	m, err := ParseMatrix([]string{"jit=on,off htm=auto stm=on,off threads=1,4"})
	if err != nil {
		t.Fatal(err)
	}
	cfgs := m.Expand([]string{"python3", "pypy3"})
	var names []string
	for _, c := range cfgs {
		names = append(names, c.Name)
	}
	want := []string{
		"atompy jit=on htm=auto stm=on threads=1",
		"atompy jit=on htm=auto stm=on threads=4",
		"atompy jit=on htm=auto stm=off threads=1",
		"atompy jit=on htm=auto stm=off threads=4",
		"atompy jit=off htm=auto stm=on threads=1",
		"atompy jit=off htm=auto stm=on threads=4",
		"atompy jit=off htm=auto stm=off threads=1",
		"atompy jit=off htm=auto stm=off threads=4",
		"python3 threads=1", "python3 threads=4",
		"pypy3 threads=1", "pypy3 threads=4",
	}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Expand names:\n got %q\nwant %q", names, want)
	}
	c := cfgs[6]
	if c.Interpreter != "atompy" || c.Threads != 1 || c.Axes["stm"] != "off" {
		t.Errorf("config %q = %+v", c.Name, c)
	}
	if got, want := atompyFlags(c), []string{"--jit=off", "--htm=auto", "--stm=off"}; !reflect.DeepEqual(got, want) {
		t.Errorf("atompyFlags = %q, want %q", got, want)
	}
	p := cfgs[11]
	if p.Interpreter != "pypy3" || p.Threads != 4 || len(p.Axes) != 1 {
		t.Errorf("peer config %q = %+v, want pypy3 with only the threads axis", p.Name, p)
	}

	plain := Matrix(nil).Expand([]string{"python3"})
	if len(plain) != 2 || plain[0].Name != "atompy" || plain[1].Name != "python3" || plain[0].Threads != 0 {
		t.Errorf("empty matrix expands to %+v, want atompy and python3 without threads", plain)
	}
}

func TestApplies(t *testing.T) {
	m, _ := ParseMatrix([]string{"threads=2,4"})
	cfgs := m.Expand(nil)
	tests := []struct {
		prog string
		cfg  Config
		want bool
	}{
		{"mt_bank.py", cfgs[0], true},
		{"mt_bank.py", cfgs[1], true},
		{"nbody.py", cfgs[0], true}, // the first thread count only
		{"nbody.py", cfgs[1], false},
	}
	for _, tt := range tests {
		if got := m.Applies(tt.prog, tt.cfg); got != tt.want {
			t.Errorf("Applies(%s, %s) = %v, want %v", tt.prog, tt.cfg.Name, got, tt.want)
		}
	}
}

func TestProgramArgs(t *testing.T) {
	two := Config{Threads: 2}
	none := Config{}
	tests := []struct {
		prog  string
		cfg   Config
		quick bool
		want  []string
	}{
		{"nbody.py", none, false, nil},
		{"nbody.py", two, false, nil}, // only mt_ programs take a thread count
		{"nbody.py", none, true, []string{"50000"}},
		{"fannkuch.py", two, true, []string{"2", "8"}},
		{"mt_bank.py", two, false, []string{"2"}},
		{"mt_bank.py", two, true, []string{"2", "120000"}},
		{"mt_bank.py", none, true, []string{"1", "120000"}}, // a size needs a thread count first
		{"mt_bank.py", none, false, nil},
		{"tiny.py", none, true, nil}, // no quick size known
	}
	for _, tt := range tests {
		got := ProgramArgs(tt.prog, tt.cfg, tt.quick)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ProgramArgs(%s, threads=%d, quick=%v) = %q, want %q", tt.prog, tt.cfg.Threads, tt.quick, got, tt.want)
		}
	}
	if got, want := ExpectedKey("mt_bank.py", []string{"4", "120000"}), "mt_bank.py 120000"; got != want {
		t.Errorf("ExpectedKey = %q, want %q (thread count left out)", got, want)
	}
	if got, want := ExpectedKey("fannkuch.py", []string{"2", "8"}), "fannkuch.py 2 8"; got != want {
		t.Errorf("ExpectedKey = %q, want %q", got, want)
	}
}

// TestQuickSizesCoverSuite keeps the --quick table in step with the
// programs of this directory.
func TestQuickSizesCoverSuite(t *testing.T) {
	progs, err := DefaultPrograms(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range progs {
		if _, ok := quickSizes[p]; !ok {
			t.Errorf("%s has no --quick size in quickSizes", p)
		}
		if excludedByDefault[p] {
			t.Errorf("DefaultPrograms includes %s", p)
		}
	}
	if len(progs) < 20 {
		t.Errorf("DefaultPrograms found %d programs, want the 20 of the suite", len(progs))
	}
}

// TestExpectedCoversSuite checks that the committed expected.json has a
// checksum for every program at its default and its --quick size.
func TestExpectedCoversSuite(t *testing.T) {
	stored, err := ReadExpected(ExpectedFile)
	if err != nil {
		t.Fatal(err)
	}
	progs, _ := DefaultPrograms(".")
	for _, p := range progs {
		for _, quick := range []bool{false, true} {
			key := ExpectedKey(p, ProgramArgs(p, Config{}, quick))
			if len(stored[key]) != 64 {
				t.Errorf("expected.json: no sha256 for %q", key)
			}
		}
	}
}

func TestDefaultProgramsMissingDir(t *testing.T) {
	if _, err := DefaultPrograms(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("DefaultPrograms of a missing directory: no error")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "compare.py"), nil, 0o644)
	if _, err := DefaultPrograms(dir); err == nil {
		t.Error("DefaultPrograms of a directory without benchmarks: no error")
	}
}
