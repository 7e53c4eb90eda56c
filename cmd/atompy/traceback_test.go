package main

// The traceback tests hold atompy's report of an uncaught exception to
// CPython's byte for byte: every program under testdata/tracebacks/ ends in
// an uncaught exception or a syntax error, and its whole stderr (source
// lines, caret markers, chained exceptions, repeated-frame summaries) must
// equal what python3 prints, as must its stdout and exit code. The harness
// is script_test.go's: the same binary (ATOMPY_SCRIPT_BIN or a fresh
// build), the same run limits and the same CPython cache. Programs run from
// the directory's absolute path, so both interpreters print the same file
// names; imp_helper_*.py files are modules the programs import.

import (
	"path/filepath"
	"strings"
	"testing"
)

// tracebackDir is the traceback corpus, relative to this package.
var tracebackDir = filepath.Join("testdata", "tracebacks")

// TestTracebacks runs the programs of testdata/tracebacks in every atompy
// mode (subtests NAME/MODE) and compares their output with CPython's.
func TestTracebacks(t *testing.T) {
	if cpython() == "" {
		t.Skip("python3 not found: nothing to compare against")
	}
	bin := buildAtompy(t)
	dir, err := filepath.Abs(tracebackDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range programs(t, dir) {
		name := strings.TrimSuffix(file, ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, m := range atompyModes {
				t.Run(m.name, func(t *testing.T) {
					want := cpythonResult(t, dir, file)
					if want.exitCode == 0 {
						t.Fatalf("python3 %s exited 0: the program must end in an uncaught exception", file)
					}
					got := runAtompy(t, bin, m, dir, file)
					compareTraceback(t, got, want)
				})
			}
		})
	}
}

// compareTraceback requires equal exit codes, stdout and stderr.
func compareTraceback(t *testing.T, got, want result) {
	t.Helper()
	if got.exitCode != want.exitCode {
		t.Errorf("exit code: got %d, want %d", got.exitCode, want.exitCode)
	}
	if got.stdout != want.stdout {
		t.Errorf("stdout differs (-cpython +atompy):\n%s", diff(want.stdout, got.stdout))
	}
	if got.stderr != want.stderr {
		t.Errorf("stderr differs (-cpython +atompy):\n%s", diff(want.stderr, got.stderr))
	}
}
