package vm_test

// The VM tests run small Python programs on one VM shared by the whole test
// binary (the object model boots once per process) and check what the
// interpreter promises beyond plain semantics: guest recursion does not grow
// the Go stack, the recursion limit and Go panics become guest exceptions
// that leave the VM usable, suspended generators are collectable, the
// collector keeps live data intact under allocation pressure, inline caches
// follow class and global changes, and the handled-exception state never
// goes stale.
//
// Each program runs as a fresh __main__ module; results are read back from
// its globals (a program stores what it computed in `result`). Expected
// values were checked against CPython 3.11.

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/builtins"
	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/compile"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// machine is the VM every test uses. Tests of this package must not call
// t.Parallel: they share its main thread.
var machine *vm.VM

// defaultRecursionLimit is the limit the shared VM starts with; tests that
// change it restore it.
const defaultRecursionLimit = 1000

// gcTrigger is small so that the collector runs often during the tests.
const gcTrigger = 1 << 20

func TestMain(m *testing.M) {
	if os.Getenv(parallelChildEnv) != "" {
		os.Exit(runParallelChild()) // a child of TestParallelUnsync
	}
	v, err := vm.New(vm.Options{
		Argv: []string{"vm_test"},
		Path: []string{os.TempDir()},
		// Poison makes a freed object that is still used fail loudly.
		GC: gc.Config{TriggerBytes: gcTrigger, Poison: true},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "vm.New: %v\n", err)
		os.Exit(1)
	}
	v.SetCompiler(compile.Compile)
	builtins.Install(v)
	installTestBuiltins(v)
	machine = v
	code := m.Run()
	v.Shutdown()
	os.Exit(code)
}

// installTestBuiltins adds Go functions that the programs below call:
// _gostack() counts the Go frames of the running goroutine, _gopanic(msg)
// and _gonil() panic the way a buggy built-in would (_gopanic("oom") as the
// heap does when exhausted, _gopanic("keyerror") with a guest exception), _setbuiltin(name, v)
// changes the builtins dict (the `builtins` module is a copy of it).
func installTestBuiltins(v *vm.VM) {
	t := v.Main.Thread
	add := func(name string, fn object.BuiltinFn) {
		object.DictSetStr(t, v.Builtins, name, object.NewBuiltin(t, &object.Builtin{Name: name, Fn: fn}))
	}
	add("_gostack", func(t *object.Thread, _ object.Value, _ []object.Value, _ []string) (object.Value, error) {
		pcs := make([]uintptr, 1<<16)
		return object.MakeInt(t, int64(runtime.Callers(0, pcs))), nil
	})
	add("_gopanic", func(t *object.Thread, _ object.Value, args []object.Value, _ []string) (object.Value, error) {
		msg := "boom"
		if len(args) > 0 {
			msg, _ = object.Str(t, args[0])
		}
		switch msg {
		case "oom":
			panic(gc.ErrOutOfMemory)
		case "keyerror":
			panic(object.NewError(object.KeyErrorType, "from Go"))
		}
		panic(msg)
	})
	add("_setbuiltin", func(t *object.Thread, _ object.Value, args []object.Value, _ []string) (object.Value, error) {
		object.DictSetStr(t, v.Builtins, object.StrGo(args[0]), args[1])
		return object.None, nil
	})
	add("_gonil", func(t *object.Thread, _ object.Value, _ []object.Value, _ []string) (object.Value, error) {
		var p *int
		return object.MakeInt(t, int64(*p)), nil
	})
}

// compileProgram compiles src or fails the test.
func compileProgram(t *testing.T, src string) *bytecode.Code {
	t.Helper()
	code, err := compile.Compile("<test>", []byte(src))
	if err != nil {
		t.Fatalf("compile: %v\nsource:\n%s", err, src)
	}
	return code
}

// runCode runs code as a fresh __main__ module and returns its globals. The
// globals stay valid until the next guest code runs or the test collects.
func runCode(code *bytecode.Code) (object.Value, error) {
	th := machine.Main
	t := th.Thread
	mod := object.NewModule(t, "__main__")
	g := object.ModuleDict(mod)
	object.DictSetStr(t, g, "__builtins__", machine.Builtins)
	_, err := th.RunCode(code, g)
	return g, err
}

// run compiles and runs src.
func run(t *testing.T, src string) (object.Value, error) {
	t.Helper()
	return runCode(compileProgram(t, src))
}

// mustRun runs src and fails the test if it raises.
func mustRun(t *testing.T, src string) object.Value {
	t.Helper()
	g, err := run(t, src)
	if err != nil {
		t.Fatalf("program raised %s\nsource:\n%s", guestError(err), src)
	}
	return g
}

// global returns repr() of a global of a finished program.
func global(t *testing.T, g object.Value, name string) string {
	t.Helper()
	v, ok := object.DictGetStr(machine.Main.Thread, g, name)
	if !ok {
		t.Fatalf("the program set no global %q", name)
	}
	s, err := object.Repr(machine.Main.Thread, v)
	if err != nil {
		t.Fatalf("repr(%s): %v", name, err)
	}
	return s
}

// guestError renders an error the way a traceback's last line does.
func guestError(err error) string {
	exc, merr := machine.Main.ExceptionOf(err)
	if merr != nil {
		return fmt.Sprintf("%v (no exception value: %v)", err, merr)
	}
	return object.ExceptionMessage(machine.Main.Thread, exc)
}

// checkIdle asserts that the main thread is back to its state between
// programs: no frame left on the chain and no exception being handled.
func checkIdle(t *testing.T) {
	t.Helper()
	th := machine.Main
	if f := th.Frame(); f != nil {
		t.Errorf("after the program: a frame of %s is still on the chain", f.Code.Name)
	}
	if d := th.Depth(); d != 0 {
		t.Errorf("after the program: frame depth %d, want 0", d)
	}
	if h := th.Handled(); h != object.None && h != object.Null {
		t.Errorf("after the program: the handled exception is %s, want None", guestError(object.FromValue(h)))
		th.ClearHandled() // so that the failure does not cascade
	}
}

// checkUsable runs a program that recurses to just below the default
// recursion limit: the VM must work normally after whatever went before.
func checkUsable(t *testing.T) {
	t.Helper()
	checkIdle(t)
	g := mustRun(t, `
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
result = (depth(900), [x * 2 for x in range(3)])
`)
	if got, want := global(t, g, "result"), "(900, [0, 2, 4])"; got != want {
		t.Errorf("the VM after the test: got %s, want %s", got, want)
	}
}

// setRecursionLimit changes the limit for one test.
func setRecursionLimit(t *testing.T, n int) {
	machine.Opts.RecursionLimit = n
	t.Cleanup(func() { machine.Opts.RecursionLimit = defaultRecursionLimit })
}

// TestStackless checks that guest recursion 50000 frames deep, in every form
// the interpreter runs without Go recursion, uses no more Go frames at the
// bottom than at depth 10. It runs on a goroutine whose stack is capped far
// below what 50000 nested Go runs of the dispatch loop would need.
func TestStackless(t *testing.T) {
	const deep = 50000
	tests := []struct {
		name string
		src  string // defines probe(n): _gostack() measured n frames down
	}{
		{"function", `
def probe(n):
    return _gostack() if n == 0 else probe(n - 1)
`},
		{"keyword arguments", `
def probe(n, *, acc=0):
    return _gostack() if n == 0 else probe(n - 1, acc=acc + 1)
`},
		{"method", `
class C:
    def down(self, n):
        return _gostack() if n == 0 else self.down(n - 1)
def probe(n):
    return C().down(n)
`},
		{"lambda closure", `
def probe(n):
    f = lambda k: _gostack() if k == 0 else f(k - 1)
    return f(n)
`},
		{"__init__", `
class Node:
    def __init__(self, n):
        self.stack = _gostack() if n == 0 else Node(n - 1).stack
def probe(n):
    return Node(n).stack
`},
		{"yield from", `
def chain(n):
    if n == 0:
        yield _gostack()
    else:
        yield from chain(n - 1)
def probe(n):
    for v in chain(n):
        return v
`},
	}
	setRecursionLimit(t, deep+100)
	old := debug.SetMaxStack(32 << 20)
	defer debug.SetMaxStack(old)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src + fmt.Sprintf("result = (probe(10), probe(%d))\n", deep)
			code := compileProgram(t, src)
			// The program runs on a fresh goroutine so that the stack cap
			// applies to a stack that starts small.
			type outcome struct {
				shallow, bottom int64
				err             error
			}
			done := make(chan outcome)
			go func() {
				g, err := runCode(code)
				if err != nil {
					done <- outcome{err: err}
					return
				}
				v, _ := object.DictGetStr(machine.Main.Thread, g, "result")
				shallow, _ := object.IntValue(object.TupleItem(v, 0))
				bottom, _ := object.IntValue(object.TupleItem(v, 1))
				done <- outcome{shallow: shallow, bottom: bottom}
			}()
			o := <-done
			if o.err != nil {
				t.Fatalf("program raised %s", guestError(o.err))
			}
			if o.bottom != o.shallow {
				t.Errorf("Go frames at depth %d: got %d, want %d (as at depth 10)", deep, o.bottom, o.shallow)
			}
			checkIdle(t)
		})
	}
}

// TestGoStackProbe is the control for TestStackless: recursion that goes
// through Go code (repr calling __repr__) does show up in _gostack().
func TestGoStackProbe(t *testing.T) {
	g := mustRun(t, `
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return str(_gostack()) if self.n == 0 else repr(R(self.n - 1))
result = (int(repr(R(10))), int(repr(R(100))))
`)
	v, _ := object.DictGetStr(machine.Main.Thread, g, "result")
	shallow, _ := object.IntValue(object.TupleItem(v, 0))
	deeper, _ := object.IntValue(object.TupleItem(v, 1))
	if deeper < shallow+90 {
		t.Errorf("Go frames under 100 nested repr calls: got %d, want at least %d (10 calls: %d)", deeper, shallow+90, shallow)
	}
}

func TestRecursionLimit(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"function", `
def f():
    return f()
f()
`},
		{"__repr__ through Go", `
class R:
    def __repr__(self):
        return repr(self)
repr(R())
`},
		{"__eq__ through Go", `
class E:
    def __eq__(self, other):
        return self == other
E() == 1
`},
		{"sort key through Go", `
def key(x):
    return sorted([x], key=key)
key(1)
`},
		{"generator", `
def g():
    yield from g()
next(g())
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := run(t, tt.src)
			if !object.Matches(err, object.RecursionErrorType) {
				t.Fatalf("uncaught error: got %v, want RecursionError", err)
			}
			if got, want := guestError(err), "RecursionError: maximum recursion depth exceeded"; !strings.HasPrefix(got, want) {
				t.Errorf("message: got %q, want prefix %q", got, want)
			}
			checkUsable(t)
		})
		t.Run(tt.name+" caught", func(t *testing.T) {
			src := "try:\n" + indent(tt.src) + "except RecursionError as e:\n    result = str(e)\n"
			g := mustRun(t, src)
			if got := global(t, g, "result"); !strings.HasPrefix(got, "'maximum recursion depth exceeded") {
				t.Errorf("caught message: got %s", got)
			}
			checkUsable(t)
		})
	}
}

// indent indents every non-empty line of src by four spaces.
func indent(src string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimLeft(src, "\n"), "\n") {
		if line != "" {
			b.WriteString("    " + line)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestGoPanicBecomesGuestException(t *testing.T) {
	tests := []struct {
		name string
		call string // an expression that makes a built-in panic
		exc  string // the exception type the guest sees
		want string // substring of its message
	}{
		{"direct", `_gopanic("boom")`, "SystemError", "boom"},
		{"nil dereference", `_gonil()`, "SystemError", "nil pointer dereference"},
		{"called by Go code", `sorted([3, 1, 2], key=_gopanic)`, "SystemError", "3"},
		{"inside a nested run", `sorted([3, 1, 2], key=lambda x: _gopanic("nested"))`, "SystemError", "nested"},
		{"inside a generator", `list(_gopanic("gen") for _ in range(2))`, "SystemError", "gen"},
		{"inside a method", `type("K", (), {"__len__": lambda self: _gopanic("len")}).__len__(1)`, "SystemError", "len"},
		{"in __repr__", `repr(type("K", (), {"__repr__": lambda self: _gopanic("repr")})())`, "SystemError", "repr"},
		{"heap exhausted", `_gopanic("oom")`, "MemoryError", ""},
		{"guest exception", `_gopanic("keyerror")`, "KeyError", "from Go"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustRun(t, `
def attempt():
    try:
        `+tt.call+`
    except `+tt.exc+` as e:
        return str(e)
    return "no exception"
result = attempt()
after = [i for i in range(3)]
`)
			if got := global(t, g, "result"); !strings.Contains(got, tt.want) || got == "'no exception'" {
				t.Errorf("caught %s: got %s, want it to mention %q", tt.exc, got, tt.want)
			}
			if got, want := global(t, g, "after"), "[0, 1, 2]"; got != want {
				t.Errorf("code after the panic: got %s, want %s", got, want)
			}
			checkUsable(t)

			_, err := run(t, tt.call+"\n")
			if got := guestError(err); !strings.HasPrefix(got, tt.exc) || !strings.Contains(got, tt.want) {
				t.Errorf("uncaught: got %q, want a %s mentioning %q", got, tt.exc, tt.want)
			}
			checkUsable(t)
			if err := machine.RT.Heap.Check(); err != nil {
				t.Errorf("heap.Check after the panics: %v", err)
			}
		})
	}
}

// TestPanicLeavesNoReprState makes a built-in panic inside the repr of a
// container element: the container must not stay marked as being repr'd.
func TestPanicLeavesNoReprState(t *testing.T) {
	g := mustRun(t, `
class K:
    fail = True
    def __repr__(self):
        if K.fail:
            _gopanic("repr")
        return "K"
l = [K()]
d = {1: l}
try:
    repr(d)
except SystemError:
    pass
K.fail = False
result = (repr(l), repr(d))
`)
	if got, want := global(t, g, "result"), "('[K]', '{1: [K]}')"; got != want {
		t.Errorf("repr after a panic inside repr: got %s, want %s", got, want)
	}
	checkIdle(t)
}

func TestGenerators(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		want     string // repr of result
		knownBug string // why the case is skipped, until the VM is fixed
	}{
		{"send throw close", `
log = []
def g():
    try:
        x = yield 1
        log.append(('got', x))
        y = yield x * 2
        log.append(('got', y))
    except ValueError as e:
        log.append(('caught', str(e)))
        yield 'recovered'
    finally:
        log.append('finally')
    yield 'end'
it = g()
log.append(next(it))
log.append(it.send(5))
log.append(it.throw(ValueError('v')))
log.append(next(it))
try:
    next(it)
except StopIteration:
    log.append('stop')
it = g()
try:
    it.send(1)
except TypeError as e:
    log.append(str(e))
it = g()
next(it)
it.close()
log.append('closed')
it = g()
try:
    it.throw(KeyError('k'))
except KeyError:
    log.append('unstarted throw')
it = g()
it.close()
try:
    next(it)
except StopIteration:
    log.append('closed stop')
result = log
`, `[1, ('got', 5), 10, ('caught', 'v'), 'recovered', 'finally', 'end', 'stop', "can't send non-None value to a just-started generator", 'finally', 'closed', 'unstarted throw', 'closed stop']`, ""},
		{"close ignoring GeneratorExit", `
log = []
def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    log.append(str(e))
result = log
`, `['generator ignored GeneratorExit']`, ""},
		{"close semantics", `
log = []
def closer():
    try:
        yield 1
    except GeneratorExit:
        log.append('saw exit')
        raise
it = closer()
next(it)
log.append(it.close())
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
it = swallow()
next(it)
log.append(it.close())
result = log
`, `['saw exit', None, None]`, ""},
		{"return value and yield from", `
log = []
def r():
    yield 1
    return 'rv'
it = r()
next(it)
try:
    next(it)
except StopIteration as e:
    log.append(e.value)
def inner():
    x = yield 'i1'
    log.append(('inner got', x))
    try:
        yield 'i2'
    except KeyError:
        log.append('inner caught')
        yield 'i3'
    return 'inner-ret'
def outer():
    v = yield from inner()
    log.append(('outer', v))
    yield 'o'
it = outer()
log.append(next(it))
log.append(it.send('s'))
log.append(it.throw(KeyError()))
log.append(next(it))
result = log
`, `['rv', 'i1', ('inner got', 's'), 'i2', 'inner caught', 'i3', ('outer', 'inner-ret'), 'o']`, ""},
		{"misuse", `
log = []
def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as e:
    log.append(str(e))
def leak():
    next(iter([]))
    yield 1
try:
    next(leak())
except RuntimeError as e:
    log.append(str(e))
result = log
`, `['generator already executing', 'generator raised StopIteration']`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.knownBug != "" {
				t.Skip("known bug: " + tt.knownBug)
			}
			g := mustRun(t, tt.src)
			if got := global(t, g, "result"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			checkIdle(t)
		})
	}
}

// TestSuspendedGeneratorsAreCollected leaves many generators suspended
// (some in a cycle through their own frame, some inside try/finally or a
// with block) and checks that the live heap does not grow from run to run.
func TestSuspendedGeneratorsAreCollected(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 5000
	}
	code := compileProgram(t, fmt.Sprintf(`
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
def plain(payload):
    yield 1
    yield payload
def cyclic(payload):
    me = yield 1
    yield payload
def guarded(payload):
    with Ctx():
        try:
            yield 1
        finally:
            payload.append(0)
def make(n):
    for i in range(n):
        g = (plain, cyclic, guarded)[i %% 3](list(range(40)))
        next(g)
        if i %% 3 == 1:
            g.send(g)
    return n
result = make(%d)
`, n))
	heap := machine.RT.Heap
	heap.Collect()
	base := heap.Stats().LiveBytes
	var live []uint64
	for range 3 {
		if _, err := runCode(code); err != nil {
			t.Fatalf("program raised %s", guestError(err))
		}
		heap.Collect()
		live = append(live, heap.Stats().LiveBytes)
	}
	// One generator holds well over 300 bytes of payload, so keeping them
	// would cost n*300 bytes per run; allow a tenth of one run's worth.
	slack := uint64(n) * 30
	for i, l := range live {
		if l > base+slack {
			t.Errorf("live bytes after run %d: got %d, want at most %d (%d before the first run + %d)", i+1, l, base+slack, base, slack)
		}
	}
	if err := heap.Check(); err != nil {
		t.Errorf("heap.Check after the runs: %v", err)
	}
	t.Logf("live bytes: %d before, %v after each run", base, live)
	checkIdle(t)
}

// TestDeadClassesAreCollected creates classes in a loop and drops them: the
// live heap must not keep them.
func TestDeadClassesAreCollected(t *testing.T) {
	t.Skip("known bug: every class stays reachable from object's Go-side type table (see the report)")
	code := compileProgram(t, `
def make(n):
    for i in range(n):
        class K:
            def m(self):
                return i
        K().m()
make(2000)
`)
	heap := machine.RT.Heap
	heap.Collect()
	base := heap.Stats().LiveBytes
	for range 3 {
		if _, err := runCode(code); err != nil {
			t.Fatalf("program raised %s", guestError(err))
		}
	}
	heap.Collect()
	if got, limit := heap.Stats().LiveBytes, base+64<<10; got > limit {
		t.Errorf("live bytes after 6000 dead classes: got %d, want at most %d", got, limit)
	}
}

// TestGCUnderLoad churns through many short-lived objects while a small
// structure stays live, with a 1 MiB collection trigger, and checks the
// structure afterwards.
func TestGCUnderLoad(t *testing.T) {
	n := 400000 // about 200 MB of garbage
	if testing.Short() {
		n = 40000
	}
	heap := machine.RT.Heap
	before := heap.Stats()
	g := mustRun(t, fmt.Sprintf(`
class Box:
    def __init__(self, v):
        self.v = v
keep = {}
def churn(n):
    for i in range(n):
        t = (i, str(i), [i, i + 1], Box(i), {'k': i}, 'x' * (i %% 50))
        if i %% 997 == 0:
            keep[i] = t
churn(%d)
def intact(i, t):
    return (t[0] == i and t[1] == str(i) and t[2] == [i, i + 1] and t[3].v == i
            and t[4] == {'k': i} and t[5] == 'x' * (i %% 50))
bad = [i for i, t in keep.items() if not intact(i, t)]
result = (len(keep), bad, sum(t[3].v for t in keep.values()))
`, n))
	after := heap.Stats()
	kept, sum := 0, 0
	for i := 0; i < n; i += 997 {
		kept++
		sum += i
	}
	if got, want := global(t, g, "result"), fmt.Sprintf("(%d, [], %d)", kept, sum); got != want {
		t.Errorf("live structure after the churn: got %s, want %s", got, want)
	}
	allocated := after.AllocatedBytes - before.AllocatedBytes
	collections := after.Collections - before.Collections
	if minimum := uint64(n) * 200; allocated < minimum {
		t.Errorf("allocated %d bytes, want at least %d: the churn does not exercise the collector", allocated, minimum)
	}
	if want := allocated / (8 * gcTrigger); collections < max(want, 1) {
		t.Errorf("collections during %d allocated bytes: got %d, want at least %d", allocated, collections, max(want, 1))
	}
	if err := heap.Check(); err != nil {
		t.Errorf("heap.Check after the churn: %v", err)
	}
	t.Logf("allocated %d MB in %d collections", allocated>>20, collections)
	checkIdle(t)
}

// TestGCDuringUnpinnedIteration lets the collector run while Go code
// (list, sorted, str.join, dict, tuple, set) drains a generator that makes
// garbage: the items collected so far are held only by Go and must survive.
func TestGCDuringUnpinnedIteration(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 400
	}
	heap := machine.RT.Heap
	before := heap.Stats().Collections
	g := mustRun(t, fmt.Sprintf(`
N = %d
def produce(n):
    for i in range(n):
        junk = [str(j) + 'x' for j in range(60)]
        yield (i, str(i), junk[-1])
def good(t, i):
    return t == (i, str(i), '59x')
items = list(produce(N))
ok_list = all(good(t, i) for i, t in enumerate(items))
desc = sorted(produce(N), key=lambda t: -t[0])
ok_sorted = all(good(t, N - 1 - k) for k, t in enumerate(desc))
ok_join = ','.join(t[1] for t in produce(N)) == ','.join(str(i) for i in range(N))
d = dict((t[1], t) for t in produce(N))
ok_dict = len(d) == N and all(good(d[str(i)], i) for i in range(N))
tu = tuple(produce(N))
ok_tuple = all(good(t, i) for i, t in enumerate(tu))
st = set(produce(N))
ok_set = len(st) == N and all(good(t, t[0]) for t in st)
result = (ok_list, ok_sorted, ok_join, ok_dict, ok_tuple, ok_set)
`, n))
	if got, want := global(t, g, "result"), "(True, True, True, True, True, True)"; got != want {
		t.Errorf("results (list, sorted, join, dict, tuple, set) intact: got %s, want %s", got, want)
	}
	if after := heap.Stats().Collections; after == before {
		t.Errorf("no collection ran during the program: the test exercises nothing")
	}
	if err := heap.Check(); err != nil {
		t.Errorf("heap.Check: %v", err)
	}
	checkIdle(t)
}

func TestInlineCaches(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // repr of result
	}{
		{"class attributes", `
log = []
class C:
    x = 1
    def m(self):
        return 'm1'
class D(C):
    pass
c = C()
d = D()
def get():
    return c.x
def getd():
    return d.x
def call():
    return c.m()
for _ in range(3):
    log.append((get(), getd(), call()))
C.x = 2
log.append((get(), getd()))
c.x = 5
log.append(get())
del c.x
log.append(get())
c.x = 7
C.x = property(lambda self: 42)
log.append(get())
del C.x
log.append((get(), hasattr(d, 'x')))
C.m = lambda self: 'm2'
log.append(call())
c.m = lambda: 'inst m'
log.append(call())
D.x = 'dx'
log.append(getd())
result = log
`, `[(1, 1, 'm1'), (1, 1, 'm1'), (1, 1, 'm1'), (2, 2), 5, 2, 42, (7, False), 'm2', 'inst m', 'dx']`},
		{"__getattr__ added later", `
log = []
class C:
    pass
c = C()
def gety():
    return c.y
for _ in range(3):
    try:
        gety()
    except AttributeError:
        log.append('no y')
C.__getattr__ = lambda self, name: 'ga:' + name
log.append(gety())
C.y = 'class y'
log.append(gety())
del C.__getattr__
del C.y
try:
    gety()
except AttributeError:
    log.append('no y again')
result = log
`, `['no y', 'no y', 'no y', 'ga:y', 'class y', 'no y again']`},
		{"globals shadow builtins", `
log = []
def uselen():
    return len([1, 2, 3])
for _ in range(3):
    log.append(uselen())
len = lambda s: 99
log.append(uselen())
del len
log.append(uselen())
def uses():
    return missing_name
try:
    uses()
except NameError as e:
    log.append(str(e))
missing_name = 'now here'
log.append(uses())
del missing_name
try:
    uses()
except NameError as e:
    log.append(str(e))
result = log
`, `[3, 3, 3, 99, 3, "name 'missing_name' is not defined", 'now here', "name 'missing_name' is not defined"]`},
		{"builtins dict changed", `
log = []
saved = abs
def useabs():
    return abs(-3)
for _ in range(3):
    log.append(useabs())
_setbuiltin('abs', lambda v: 'patched')
log.append(useabs())
_setbuiltin('abs', saved)
log.append(useabs())
result = log
`, `[3, 3, 3, 'patched', 3]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustRun(t, tt.src)
			if got := global(t, g, "result"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			checkIdle(t)
		})
	}
}

func TestExceptionState(t *testing.T) {
	const prelude = `
import sys
log = []
def name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__
`
	tests := []struct {
		name     string
		src      string
		want     string // repr of result
		knownBug string // why the case is skipped, until the VM is fixed
	}{
		{"nested try except finally", `
def nested():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            try:
                raise KeyError('b')
            except KeyError:
                log.append(name())
            log.append(name())
        finally:
            log.append(name())
        log.append(name())
    finally:
        log.append(name())
nested()
log.append(name())
result = log
`, `['KeyError', 'ValueError', None, None, None, None]`, ""},
		{"leaving except early", `
def ret_from_except():
    try:
        raise ValueError
    except ValueError:
        return name()
log.append(ret_from_except())
log.append(name())
for i in range(2):
    try:
        raise IndexError
    except IndexError:
        break
log.append(name())
def in_finally():
    try:
        raise TypeError
    except TypeError:
        pass
    finally:
        return name()
log.append(in_finally())
def raise_in_except():
    try:
        raise ValueError
    except ValueError:
        raise KeyError
try:
    raise_in_except()
except KeyError as e:
    log.append((name(), type(e.__context__).__name__))
log.append(name())
result = log
`, `['ValueError', None, None, None, ('KeyError', 'ValueError'), None]`, ""},
		{"bare raise", `
try:
    raise
except RuntimeError as e:
    log.append(str(e))
log.append(name())
try:
    1 / 0
except ZeroDivisionError:
    try:
        raise
    except ZeroDivisionError:
        log.append('reraised')
log.append(name())
result = log
`, `['No active exception to reraise', None, 'reraised', None]`, ""},
		{"generator suspended in except", `
def gen():
    try:
        raise ValueError
    except ValueError:
        yield name()
        yield name()
g = gen()
log.append(next(g))
log.append(name())
try:
    raise OSError
except OSError:
    log.append(next(g))
    log.append(name())
log.append(name())
try:
    raise
except RuntimeError as e:
    log.append(str(e))
result = log
`, `['ValueError', None, 'ValueError', 'OSError', None, 'No active exception to reraise']`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.knownBug != "" {
				t.Skip("known bug: " + tt.knownBug)
			}
			g := mustRun(t, prelude+tt.src)
			if got := global(t, g, "result"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			checkIdle(t)
		})
	}
}

// TestNoStaleExceptionAfterFailure ends programs with an uncaught exception
// raised while another was being handled; the next program must start with
// no exception being handled.
func TestNoStaleExceptionAfterFailure(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *object.Type
	}{
		{"raise in except", "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyError('k')\n", object.KeyErrorType},
		{"raise in nested function", "def f():\n    try:\n        raise ValueError\n    except ValueError:\n        {}['missing']\nf()\n", object.KeyErrorType},
		{"raise in finally", "try:\n    raise ValueError\nfinally:\n    raise TypeError\n", object.TypeErrorType},
		{"bare raise at module level", "raise\n", object.RuntimeErrorType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := run(t, tt.src)
			if !object.Matches(err, tt.want) {
				t.Fatalf("uncaught: got %v, want %s", err, tt.want.Name)
			}
			checkIdle(t)
			g := mustRun(t, "try:\n    raise\nexcept RuntimeError as e:\n    result = str(e)\n")
			if got, want := global(t, g, "result"), "'No active exception to reraise'"; got != want {
				t.Errorf("bare raise in the next program: got %s, want %s", got, want)
			}
		})
	}
	_, err := run(t, "raise\n")
	if got, want := guestError(err), "RuntimeError: No active exception to reraise"; got != want {
		t.Errorf("bare raise: got %q, want %q", got, want)
	}
}
