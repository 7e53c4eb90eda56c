package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestAbortReports runs a program with a planted conflict (two threads
// incrementing one attribute inside long atomic blocks) and checks what
// the STM reports: the per-conflict dump on stderr names the kind, the
// guest object and attribute, both threads and both source locations; the
// exit summary has the thread table and the conflict sites; and
// pypystm.last_abort_info() hands the program a tuple describing it.
func TestAbortReports(t *testing.T) {
	bin := buildAtompy(t)
	prog := filepath.Join("testdata", "stm", "planted_conflict.py")
	for _, how := range []struct {
		name string
		argv []string
	}{
		{"flag", []string{bin, "run", "--dump=aborts", prog}},
		{"env", []string{"env", "ATOMPY_DUMP=aborts", bin, "run", prog}},
	} {
		t.Run(how.name, func(t *testing.T) {
			res, err := runProgram(".", how.argv...)
			if err != nil {
				t.Fatal(err)
			}
			if res.exitCode != 0 {
				t.Fatalf("exit code %d, stderr:\n%s", res.exitCode, res.stderr)
			}
			if !strings.HasPrefix(res.stdout, "conflict ") {
				t.Fatalf("stdout: got %q, want a conflict seen by last_abort_info()", res.stdout)
			}
			if !regexp.MustCompile(`(?m)^conflict (write-write|write-read|killed) float .+\nwhere File ".*planted_conflict.py", line \d+, in \w+$`).MatchString(res.stdout) {
				t.Errorf("last_abort_info() tuple printed as %q, want kind, float seconds, object and a location", res.stdout)
			}
			for _, want := range []string{
				"STM conflict: ",
				"'Tally' object, attribute 'hits'",
				"planted_conflict.py\", line 30, in worker",
				"tally.hits += 1",
				"STM statistics:",
				"Top conflict sites by time lost",
			} {
				if !strings.Contains(res.stderr, want) {
					t.Errorf("stderr lacks %q; stderr:\n%s", want, res.stderr)
				}
			}
			if !regexp.MustCompile(`aborted thread \d+.*\n(.*\n){2,3}\s+other thread \d+ (holds its write lock|wrote it)`).MatchString(res.stderr) {
				t.Errorf("no report names both threads; stderr:\n%s", res.stderr)
			}
		})
	}
	t.Run("gil", func(t *testing.T) {
		res, err := runProgram(".", bin, "run", "--stm=off", "--dump=aborts", prog)
		if err != nil {
			t.Fatal(err)
		}
		if res.stdout != "no conflict\n" || strings.Contains(res.stderr, "STM conflict") {
			t.Errorf("--stm=off: got stdout %q stderr %q, want no conflict and no report", res.stdout, res.stderr)
		}
	})
}

// TestCollectionsUnderSTM runs an allocation-heavy multithreaded program
// with a small collection trigger and checks that the collector really
// ran, about as often as the allocation volume asks: a leaked pin (Go code
// that pins around a guest call without a deferred unpin, unwound by an
// abort) or a thread that never parks would stop every collection while
// the program still gives the right answer.
func TestCollectionsUnderSTM(t *testing.T) {
	bin := buildAtompy(t)
	prog := filepath.Join(testdataDir, "stm", "memory.py")
	res, err := runProgram(".", envPath(t), "ATOMPY_DEBUG=gc.stats=1,gc.trigger=4000000", bin, "run", prog, "4", "200")
	if err != nil {
		t.Fatal(err)
	}
	if res.exitCode != 0 {
		t.Fatalf("exit code %d, stderr:\n%s", res.exitCode, res.stderr)
	}
	m := regexp.MustCompile(`Collections:(\d+) .*AllocatedBytes:(\d+)`).FindStringSubmatch(res.stderr)
	if m == nil {
		t.Fatalf("no heap statistics on stderr:\n%s", res.stderr)
	}
	var collections, allocated int
	fmt.Sscan(m[1], &collections)
	fmt.Sscan(m[2], &allocated)
	if want := allocated / 4000000 / 4; collections < want {
		t.Errorf("collections: got %d for %d bytes allocated with a 4 MB trigger, want at least %d", collections, allocated, want)
	}
}
