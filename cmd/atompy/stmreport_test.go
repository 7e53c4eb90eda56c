package main

import (
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
