package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeAtompy stands in for the atompy binary: it refuses --jit=on as the
// real one does while the JIT does not exist, answers `-c pass`, and runs
// the "program" (a shell script named .py) with /bin/sh.
const fakeAtompy = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "fake atompy 0"; exit 0; fi
shift
for a in "$@"; do
  case "$a" in --jit=on) echo "atompy: the JIT is not built yet" >&2; exit 2;; esac
done
while [ $# -gt 0 ]; do case "$1" in --*) shift;; *) break;; esac; done
if [ "$1" = "-c" ]; then exit 0; fi
exec /bin/sh "$@"
`

// TestBenchRunner runs the whole runner on shell scripts through a fake
// atompy, with no CPython on PATH so that the stored checksums are the
// reference: one right program, one wrong, one crashing, and a
// multithreaded one that hangs at two threads.
func TestBenchRunner(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	dir := t.TempDir()
	files := map[string]string{
		"fake-atompy": fakeAtompy,
		"a.py":        "echo hello\n",
		"w.py":        "echo wrong\n",
		"c.py":        "echo oops >&2; exit 3\n",
		"mt_t.py":     "if [ \"$1\" = 2 ]; then while :; do :; done; fi; echo same\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	err := WriteExpected(filepath.Join(dir, ExpectedFile), map[string]string{
		"a.py": checksum([]byte("hello\n")), "w.py": checksum([]byte("right\n")),
		"c.py": checksum(nil), "mt_t.py": checksum([]byte("same\n")),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", t.TempDir()) // no python3: the stored checksums are the reference
	m, err := ParseMatrix([]string{"jit=on,off threads=1,2"})
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Dir: dir, Programs: []string{"a.py", "w.py", "c.py", "mt_t.py"}, Matrix: m,
		Peers: []string{"python3"}, Runs: 2, Warmup: 1, Timeout: 300 * time.Millisecond,
		Atompy: filepath.Join(dir, "fake-atompy")}
	r, err := Bench(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}

	const base, two = "atompy jit=off threads=1", "atompy jit=off threads=2"
	if r.Baseline != base {
		t.Errorf("baseline %q, want the first supported configuration %q", r.Baseline, base)
	}
	if r.Machine.Atompy != "fake atompy 0" {
		t.Errorf("atompy version %q, want %q", r.Machine.Atompy, "fake atompy 0")
	}
	status := map[string]string{}
	for _, s := range r.Summaries {
		status[s.Program+"|"+s.Config] = s.Status
	}
	want := map[string]string{
		"a.py|" + base:                    StatusOK,
		"w.py|" + base:                    StatusWrong,
		"c.py|" + base:                    StatusCrash,
		"mt_t.py|" + base:                 StatusOK,
		"mt_t.py|" + two:                  StatusTimeout,
		"a.py|atompy jit=on threads=1":    StatusUnsupported,
		"mt_t.py|atompy jit=on threads=2": StatusUnsupported,
		"a.py|" + two:                     "", // single-threaded: first thread count only
		"a.py|atompy jit=on threads=2":    "",
		"a.py|python3 threads=1":          "", // the peer is not installed
		"mt_t.py|atompy jit=on threads=1": StatusUnsupported,
	}
	for cell, w := range want {
		if got := status[cell]; got != w {
			t.Errorf("cell %s: status %q, want %q", cell, got, w)
		}
	}
	if len(r.Runs) != 5*2 {
		t.Errorf("%d runs recorded, want 5 cells x 2 (warm-up runs not recorded)", len(r.Runs))
	}
	for _, run := range r.Runs {
		if run.Program == "c.py" && !strings.Contains(run.StderrTail, "oops") {
			t.Errorf("crash run's tail %q lacks the stderr", run.StderrTail)
		}
		if run.Status == StatusTimeout && run.WallS > 3 {
			t.Errorf("timed-out run took %v s: not killed", run.WallS)
		}
	}
	if g := r.GeoMean[base]; g != 1 {
		t.Errorf("geomean of the baseline = %v, want 1", g)
	}
	if _, ok := r.GeoMean[two]; ok {
		t.Errorf("geomean of %s present, want none (its only cell timed out)", two)
	}
	notes := strings.Join(r.Notes, "\n")
	for _, w := range []string{"python3 is not installed", "the JIT is not built yet", "w.py under " + base, "oops"} {
		if !strings.Contains(notes, w) {
			t.Errorf("notes lack %q:\n%s", w, notes)
		}
	}
}
