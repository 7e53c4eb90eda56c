package main

// The script tests are differential: every program under testdata/ runs in
// atompy and in CPython (python3), and the two must agree. CPython is the
// oracle, so the corpus needs no golden files; a program's expected output is
// whatever python3 prints for it, computed once per program and cached.
//
// Layout (see testdata/README.md):
//
//	testdata/*.py            programs that must exit 0; stdout and exit code
//	                         are compared (imp_helper_*.py are modules, not
//	                         programs)
//	testdata/errors/*.py     programs that end in an uncaught exception, a
//	                         sys.exit or a syntax error; exit code, stdout and
//	                         the last stderr line are compared, and the
//	                         traceback's "  File" lines in a separate subtest
//
// Every program runs as three subtests: interp (--jit=off), jit1 (--jit=on
// --jit-threshold=1, skipped while the binary reports that the JIT is not
// built) and cpython (checks the program itself behaves as intended). The
// atompy binary is built once, at the start of TestScripts, into the test's
// temporary directory, so `go vet` never needs it; ATOMPY_SCRIPT_BIN points
// the tests at an existing binary instead. Without python3 every comparison
// is skipped: there is nothing to compare against. Process runs are limited
// to two at a time because the machine this grew up on has two cores; the
// modes of one program run in sequence (programs may share files in /tmp),
// different programs in parallel.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	// runTimeout bounds one program run; a program that hangs is killed and
	// the subtest fails.
	runTimeout = 10 * time.Second
	// maxParallelRuns is how many interpreter processes may run at once.
	maxParallelRuns = 2
	// jitMissing is what the binary prints while the JIT does not exist.
	jitMissing = "the JIT is not built yet"
	// diffContext is how many equal lines a diff shows before the first
	// difference, and diffMaxLines how many differing lines it shows.
	diffContext  = 3
	diffMaxLines = 12
)

// testdataDir is the corpus, relative to this package's directory.
var testdataDir = filepath.Join("..", "..", "testdata")

// runSlots is the semaphore that limits concurrent process runs.
var runSlots = make(chan struct{}, maxParallelRuns)

// binEnv names an environment variable that, when set, points the script
// tests at an existing atompy binary instead of building one (useful to
// check the harness itself with a stand-in, or with a binary built -race).
const binEnv = "ATOMPY_SCRIPT_BIN"

// buildAtompy builds the binary into t's temporary directory, or returns the
// one named by binEnv. A failed build fails the test with the build output.
func buildAtompy(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv(binEnv); bin != "" {
		abs, err := filepath.Abs(bin)
		if err != nil {
			t.Fatal(err)
		}
		return abs
	}
	bin := filepath.Join(t.TempDir(), "atompy")
	out, err := exec.Command("go", "build", "-o", bin, "atompy.dev/atompy/cmd/atompy").CombinedOutput()
	if err != nil {
		t.Fatalf("go build of atompy failed: %v\n%s", err, out)
	}
	return bin
}

// result is what one run of a program produced.
type result struct {
	stdout   string
	stderr   string
	exitCode int
}

// runProgram runs argv in dir with the run timeout, holding a run slot while
// the process lives. A program killed by the timeout is an error.
func runProgram(dir string, argv ...string) (result, error) {
	runSlots <- struct{}{}
	defer func() { <-runSlots }()

	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = scriptEnv()
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.Stdin = strings.NewReader("")
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() == context.DeadlineExceeded {
		return res, fmt.Errorf("%s: killed after %v", strings.Join(argv, " "), runTimeout)
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		res.exitCode = exitErr.ExitCode()
	default:
		return res, fmt.Errorf("%s: %v", strings.Join(argv, " "), err)
	}
	return res, nil
}

// scriptEnv is the environment of every run: UTF-8 output in CPython
// whatever the locale, and no __pycache__ directories written into testdata
// when a program imports a helper module.
func scriptEnv() []string {
	return append(os.Environ(),
		"PYTHONDONTWRITEBYTECODE=1",
		"PYTHONUTF8=1",
		"PYTHONIOENCODING=utf-8",
	)
}

// cpython finds the real python3 executable once. Resolving it through
// sys.executable skips wrapper scripts such as pyenv shims, which cost more
// than most test programs.
var cpython = sync.OnceValue(func() string {
	path, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	out, err := exec.Command(path, "-c", "import sys; print(sys.executable)").Output()
	if exe := strings.TrimSpace(string(out)); err == nil && exe != "" {
		return exe
	}
	return path
})

// cpythonCache holds CPython's result per program path; each entry is
// computed once however many subtests ask for it.
var cpythonCache sync.Map // string -> func() (result, error)

func cpythonResult(t *testing.T, dir, file string) result {
	t.Helper()
	exe := cpython()
	if exe == "" {
		t.Skip("python3 not found: nothing to compare against")
	}
	key := filepath.Join(dir, file)
	once, _ := cpythonCache.LoadOrStore(key, sync.OnceValues(func() (result, error) {
		return runProgram(dir, exe, file)
	}))
	res, err := once.(func() (result, error))()
	if err != nil {
		t.Fatalf("cpython: %v", err)
	}
	return res
}

// mode is one way of running a program in atompy.
type mode struct {
	name  string
	args  []string // between the binary and the program
	debug string   // added to ATOMPY_DEBUG; "" for none
}

// atompyModes: the interpreter on the parallel STM (the default), on the
// global lock (the GIL baseline), on the STM with an injected abort at
// about one barrier in 20 (every guest-visible effect of an aborted
// attempt must be undone and redone exactly once), and the JIT.
var atompyModes = []mode{
	{"interp", []string{"run", "--jit=off"}, ""},
	{"gil", []string{"run", "--jit=off", "--stm=off"}, ""},
	{"aborts", []string{"run", "--jit=off"}, "stm.abort=20"},
	{"jit1", []string{"run", "--jit=on", "--jit-threshold=1"}, ""},
}

// runAtompy runs file in mode m, skipping the test when the mode needs the
// JIT and the binary says it has none.
func runAtompy(t *testing.T, bin string, m mode, dir, file string) result {
	t.Helper()
	argv := append(append([]string{bin}, m.args...), file)
	if m.debug != "" {
		argv = append([]string{envPath(t), "ATOMPY_DEBUG=" + debugWith(m.debug)}, argv...)
	}
	res, err := runProgram(dir, argv...)
	if err != nil {
		t.Fatal(err)
	}
	if res.exitCode == 2 && strings.Contains(res.stderr, jitMissing) {
		t.Skip(strings.TrimSpace(lastLine(res.stderr)))
	}
	return res
}

// programs lists the *.py files of dir in name order, without helper modules.
func programs(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasPrefix(name, "imp_helper_") {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatalf("no programs in %s", dir)
	}
	return names
}

// TestScripts runs the corpus: the programs of testdata/ must match
// CPython's stdout and exit code (subtests programs/NAME/MODE), those of
// testdata/errors/ its exit code, stdout, last stderr line and traceback
// frames (subtests errors/NAME/MODE and errors/NAME/MODE/traceback).
func TestScripts(t *testing.T) {
	bin := buildAtompy(t)
	t.Run("programs", func(t *testing.T) { runPrograms(t, bin) })
	t.Run("errors", func(t *testing.T) { runErrorPrograms(t, bin) })
}

// runPrograms requires atompy's stdout and exit code to equal CPython's for
// every program of testdata/.
func runPrograms(t *testing.T, bin string) {
	dir := testdataDir
	for _, file := range programs(t, dir) {
		name := strings.TrimSuffix(file, ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			// The modes of one program run one after the other: programs
			// may write files under fixed names in /tmp.
			for _, m := range atompyModes {
				t.Run(m.name, func(t *testing.T) {
					want := cpythonResult(t, dir, file)
					got := runAtompy(t, bin, m, dir, file)
					compareRun(t, got, want)
				})
			}
			t.Run("cpython", func(t *testing.T) {
				res := cpythonResult(t, dir, file)
				if res.exitCode != 0 {
					t.Errorf("python3 %s: exit code %d, want 0 (the program itself is broken)\n%s",
						file, res.exitCode, res.stderr)
				}
			})
		})
	}
}

// compareRun reports differences in exit code and stdout.
func compareRun(t *testing.T, got, want result) {
	t.Helper()
	if got.exitCode != want.exitCode {
		t.Errorf("exit code: got %d, want %d\natompy stderr:\n%s", got.exitCode, want.exitCode, tail(got.stderr, 20))
	}
	if got.stdout != want.stdout {
		t.Errorf("stdout differs (-cpython +atompy):\n%s", diff(want.stdout, got.stdout))
		if got.exitCode != 0 {
			t.Logf("atompy stderr:\n%s", tail(got.stderr, 20))
		}
	}
}

// runErrorPrograms runs the programs of testdata/errors/, which end in an
// uncaught exception, an exit or a syntax error, and compares exit code,
// stdout and the last stderr line with CPython's (and, for a syntax error,
// the line it is reported at); the traceback's frames are compared in a
// nested "traceback" subtest so that a wrong frame list shows up apart from
// a wrong error.
func runErrorPrograms(t *testing.T, bin string) {
	dir := filepath.Join(testdataDir, "errors")
	for _, file := range programs(t, dir) {
		name := strings.TrimSuffix(file, ".py")
		syntax := strings.HasPrefix(file, "syntax_")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, m := range atompyModes {
				t.Run(m.name, func(t *testing.T) {
					want := cpythonResult(t, dir, file)
					got := runAtompy(t, bin, m, dir, file)
					compareError(t, got, want)
					if syntax {
						compareSyntaxLine(t, frames(got.stderr), frames(want.stderr))
					}
					t.Run("traceback", func(t *testing.T) {
						compareFrames(t, frames(got.stderr), frames(want.stderr))
					})
				})
			}
			t.Run("cpython", func(t *testing.T) {
				res := cpythonResult(t, dir, file)
				if syntax && res.exitCode != 1 {
					t.Errorf("python3 %s: exit code %d, want 1 for a syntax error", file, res.exitCode)
				}
			})
		})
	}
}

// compareError checks what an error program must reproduce exactly.
func compareError(t *testing.T, got, want result) {
	t.Helper()
	if got.exitCode != want.exitCode {
		t.Errorf("exit code: got %d, want %d", got.exitCode, want.exitCode)
	}
	if got.stdout != want.stdout {
		t.Errorf("stdout differs (-cpython +atompy):\n%s", diff(want.stdout, got.stdout))
	}
	if g, w := lastLine(got.stderr), lastLine(want.stderr); g != w {
		t.Errorf("last stderr line:\n got  %q\n want %q\natompy stderr:\n%s", g, w, tail(got.stderr, 20))
	}
}

// compareSyntaxLine checks the line number a syntax error is reported at:
// the line of the last "  File" line of stderr.
func compareSyntaxLine(t *testing.T, got, want []frame) {
	t.Helper()
	if len(want) == 0 {
		t.Fatal("cpython printed no File line for the syntax error")
	}
	w := want[len(want)-1].line
	if len(got) == 0 {
		t.Errorf("syntax error line: atompy printed no File line, want line %s", w)
		return
	}
	if g := got[len(got)-1].line; g != w {
		t.Errorf("syntax error line: got %s, want %s", g, w)
	}
}

// frame is one "  File" line of a traceback, reduced to what must match:
// the file's base name (paths differ between the two interpreters' runs),
// the line and the function ("" in a syntax error's location line).
type frame struct {
	file string
	line string
	fn   string
}

func (f frame) String() string {
	if f.fn == "" {
		return fmt.Sprintf("%s:%s", f.file, f.line)
	}
	return fmt.Sprintf("%s:%s in %s", f.file, f.line, f.fn)
}

var frameLine = regexp.MustCompile(`^  File "([^"]*)", line (\d+)(?:, in (.*))?$`)

// frames extracts the traceback frames from stderr, in order, across all
// chained exceptions.
func frames(stderr string) []frame {
	var fs []frame
	for _, l := range strings.Split(stderr, "\n") {
		m := frameLine.FindStringSubmatch(strings.TrimRight(l, "\r"))
		if m == nil {
			continue
		}
		fs = append(fs, frame{file: filepath.Base(m[1]), line: m[2], fn: m[3]})
	}
	return fs
}

func compareFrames(t *testing.T, got, want []frame) {
	t.Helper()
	g := make([]string, len(got))
	for i, f := range got {
		g[i] = f.String()
	}
	w := make([]string, len(want))
	for i, f := range want {
		w[i] = f.String()
	}
	if gs, ws := strings.Join(g, "\n"), strings.Join(w, "\n"); gs != ws {
		t.Errorf("traceback frames differ (-cpython +atompy):\n%s", diff(ws+"\n", gs+"\n"))
	}
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\r\n"), "\n")
	return strings.TrimRight(lines[len(lines)-1], "\r")
}

// tail is the last n lines of s, for failure messages.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// diff renders the first difference between want and got in unified style:
// a few equal lines of context, then the differing lines of each side. It
// does not align insertions; the first difference is what one needs to
// start debugging.
func diff(want, got string) string {
	w := splitLines(want)
	g := splitLines(got)
	first := 0
	for first < len(w) && first < len(g) && w[first] == g[first] {
		first++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "@@ first difference at line %d (cpython %d lines, atompy %d lines) @@\n",
		first+1, len(w), len(g))
	for i := max(0, first-diffContext); i < first; i++ {
		fmt.Fprintf(&b, " %s\n", w[i])
	}
	writeSide(&b, "-", w, first)
	writeSide(&b, "+", g, first)
	return b.String()
}

// writeSide prints up to diffMaxLines lines of one side from index from.
func writeSide(b *strings.Builder, sign string, lines []string, from int) {
	end := min(len(lines), from+diffMaxLines)
	for i := from; i < end; i++ {
		fmt.Fprintf(b, "%s%s\n", sign, lines[i])
	}
	if end < len(lines) {
		fmt.Fprintf(b, "%s... (%d more lines)\n", sign, len(lines)-end)
	}
}

// splitLines splits s into lines, marking a missing final newline the way
// diff(1) does so that it shows up as a difference.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		return lines[:len(lines)-1]
	}
	lines[len(lines)-1] += " \\ no newline at end"
	return lines
}

func TestDiff(t *testing.T) {
	tests := []struct {
		want, got string
		contains  []string
	}{
		{"a\nb\nc\n", "a\nb\nx\n", []string{"line 3", " b\n", "-c\n", "+x\n"}},
		{"a\n", "a\nb\n", []string{"line 2", "+b\n"}},
		{"a\n", "a", []string{"line 1", "-a\n", "+a \\ no newline at end"}},
	}
	for _, tt := range tests {
		d := diff(tt.want, tt.got)
		for _, c := range tt.contains {
			if !strings.Contains(d, c) {
				t.Errorf("diff(%q, %q) = %q, want it to contain %q", tt.want, tt.got, d, c)
			}
		}
	}
}

func TestFrames(t *testing.T) {
	stderr := "Traceback (most recent call last):\n" +
		"  File \"/x/y/prog.py\", line 12, in <module>\n" +
		"    f()\n" +
		"  File \"/x/y/prog.py\", line 3, in f\n" +
		"    ^^^\n" +
		"ValueError: bad\n" +
		"  File \"prog.py\", line 7\n" +
		"SyntaxError: invalid syntax\n"
	got := frames(stderr)
	want := []frame{{"prog.py", "12", "<module>"}, {"prog.py", "3", "f"}, {"prog.py", "7", ""}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("frames: got %v, want %v", got, want)
	}
	if g := lastLine("a\nb\n\n"); g != "b" {
		t.Errorf("lastLine: got %q, want %q", g, "b")
	}
}
