package vm_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/builtins"
	"atompy.dev/atompy/interp/compile"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
	"atompy.dev/atompy/stm"
)

// The programs testdata/stm_parallel_*.py run guest threads that share
// code, functions, classes and modules and each mutate only their own
// objects. TestParallelUnsync runs them on the Unsync backend, where
// threads run truly in parallel with no synchronisation at all: correct
// for such programs, and the way to expose races on the interpreter's
// Go-side shared state (inline caches, lookup memos, shape trees, type and
// code tables, frame pools). Under `go test -race` the race detector
// checks every such access; without it the programs still must print what
// CPython prints.
//
// The object model boots once per process, in the mode of the first VM, and
// this package's TestMain boots the shared test VM on the global lock; so
// each program runs in a child process: this test binary again, which
// TestMain diverts to runParallelChild when parallelChildEnv is set.

// parallelChildEnv names the program a child process runs, childModeEnv
// its backend.
const (
	parallelChildEnv = "ATOMPY_VM_TEST_PARALLEL_CHILD"
	childModeEnv     = "ATOMPY_VM_TEST_CHILD_MODE"
)

func TestParallelUnsync(t *testing.T) {
	progs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "stm_parallel_*.py"))
	if err != nil || len(progs) == 0 {
		t.Fatalf("no testdata/stm_parallel_*.py programs (%v)", err)
	}
	python, _ := exec.LookPath("python3")
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			got, stderr, err := runParallelProgram(t, prog)
			if strings.Contains(stderr, "DATA RACE") {
				t.Fatalf("data race on Go-side state:\n%s", tail(stderr, 120))
			}
			if err != nil {
				t.Fatalf("%s: %v\nstdout:\n%s\nstderr:\n%s", name, err, got, tail(stderr, 40))
			}
			if python == "" {
				t.Skip("no python3 to compare the output with")
			}
			cmd := exec.Command(python, filepath.Base(prog))
			cmd.Dir = filepath.Dir(prog)
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("python3 %s: %v", name, err)
			}
			if got != string(want) {
				t.Errorf("stdout differs from CPython's\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestSubclassesAfterAbort: threads define subclasses of one class and
// append them to one list, so that attempts conflict and abort after the
// class was registered on the Go side. On the parallel STM the aborted
// attempts' classes must not stay in the base's subclass list (they did,
// before Type.register undid its link on abort: 1000-1600 instead of 900).
func TestSubclassesAfterAbort(t *testing.T) {
	prog := filepath.Join(t.TempDir(), "subclasses.py")
	src := `import threading
class Base:
    x = 1
made = []
def work(k):
    for i in range(300):
        class D(Base):
            y = i
        made.append(D)
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
Base.x = 5
print(len(Base.__subclasses__()), len(made), made[3].x)
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, stderr, err := runChild(t, prog, "parallel")
	if err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, tail(stderr, 40))
	}
	if want := "900 900 5\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestClassWritesUnderSTM: a thread rewrites two class attributes in one
// atomic block while readers check, in atomic blocks, that they always
// see a pair written together, through an instance of a subclass (the
// Lookup memo and LOAD_ATTR caches) and through the subclass itself. A
// memo filled from another transaction's uncommitted view, or one that
// outlived an abort, shows a mixed pair. Run with injected aborts too.
func TestClassWritesUnderSTM(t *testing.T) {
	prog := filepath.Join(t.TempDir(), "classwrites.py")
	src := `import threading
from pypystm import atomic
class C:
    a = 0
    b = 0
    def total(self):
        return self.a + self.b
class D(C):
    pass
def writer():
    for i in range(2000):
        with atomic:
            C.a = i
            C.b = -i
def reader(out):
    o, n = D(), 0
    for i in range(3000):
        with atomic:
            if o.total() != 0 or D.a + D.b != 0:
                n += 1
    out.append(n)
outs = []
ts = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(outs,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(outs, C.a, D.b)
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"parallel", "parallel-aborts"} {
		got, stderr, err := runChild(t, prog, mode)
		if err != nil {
			t.Fatalf("%s: %v\nstderr:\n%s", mode, err, tail(stderr, 40))
		}
		if want := "[0, 0] 1999 -1999\n"; got != want {
			t.Errorf("%s: got %q, want %q", mode, got, want)
		}
	}
}

// runParallelProgram runs prog in a child process on the Unsync backend.
func runParallelProgram(t *testing.T, prog string) (stdout, stderr string, err error) {
	return runChild(t, prog, "unsync")
}

// runChild runs prog in a child process on the given backend ("unsync",
// "parallel", or "parallel-aborts": with about one barrier in 20 aborting).
func runChild(t *testing.T, prog, mode string) (stdout, stderr string, err error) {
	t.Helper()
	abs, err := filepath.Abs(prog)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), parallelChildEnv+"="+abs, childModeEnv+"="+mode, "GORACE=halt_on_error=1")
	cmd.Dir = filepath.Dir(abs)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

// runParallelChild runs the program named by parallelChildEnv as __main__
// on a VM with the backend named by childModeEnv and returns the exit
// status. On Unsync the collector is never triggered: collections are not
// safe without synchronisation.
func runParallelChild() int {
	path := os.Getenv(parallelChildEnv)
	mode, trigger, inject := stm.Unsync, uint64(1<<40), 0
	switch os.Getenv(childModeEnv) {
	case "parallel":
		mode, trigger = stm.Parallel, 0
	case "parallel-aborts":
		mode, trigger, inject = stm.Parallel, 0, 20
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	v, err := vm.New(vm.Options{
		Argv: []string{path},
		Path: []string{filepath.Dir(path)},
		GC:   gc.Config{TriggerBytes: trigger},
		STM:  mode,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	v.RT.STM.InjectAbortEvery = inject
	v.SetCompiler(compile.Compile)
	builtins.Install(v)
	th := v.Main
	code, err := compile.Compile(path, src)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	t := th.Thread
	mod := object.NewModule(t, "__main__")
	g := object.ModuleDict(mod)
	object.DictSetStr(t, g, "__file__", object.NewStr(t, path))
	object.DictSetStr(t, g, "__builtins__", v.Builtins)
	object.DictSetStr(t, v.Modules(), "__main__", mod)
	status := 0
	if _, err := th.RunCode(code, g); err != nil {
		status = th.ExitStatus(err)
	}
	v.Shutdown()
	return status
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
