// Package vm is atompy's bytecode interpreter: threads, frames, the dispatch
// loop, exception unwinding, tracebacks, generators, imports and the hook
// the JIT will plug into.
//
// # Execution model
//
// The interpreter is stackless: a Python-to-Python call (CALL and its
// variants, a class instantiation whose __init__ is Python code, a for loop
// or yield from driving a generator) pushes a Frame on the thread's frame
// chain and continues in the same Go loop, so guest recursion never grows
// the Go stack. Go code that needs a guest result (a user __eq__ called by
// a dict lookup, a key function called by sort) enters a nested run of the
// loop through object.Interp; those nested runs are bounded by the
// recursion limit like any frame.
//
// A thread's whole state at a bytecode boundary is its frame chain: each
// Frame holds its code, pc, value stack and local slots, and a generator's
// suspended frame lives behind a handle owned by the generator object. That
// is what the STM will snapshot at transaction start and restore on abort.
//
// # Safepoints
//
// The collector runs only at safepoints: loop back-edges (JUMP_BACKWARD)
// and function entry, and only when no Go code below the current run holds
// guest values in Go variables (Thread.pinned == 0): the roots are then
// exactly the frames. The same points are the transaction's possible break
// points (stm.Tx.Break).
//
// # Hot loops
//
// Each loop header (bytecode.Code.LoopHeaders) has a counter that the
// back-edge increments; past Options.HotThreshold the VM calls the Tracer,
// the interface through which the tracing JIT (package jit, wired by
// cmd/atompy) will record and enter traces. Without a Tracer the counters
// are maintained and nothing else happens.
package vm

import (
	"bufio"
	"os"
	"sync"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// Value is a guest value.
type Value = object.Value

// Null is the absence of a value.
const Null = object.Null

// Tracer is the JIT's view of the interpreter. OnLoopHeader is called when a
// loop header becomes hot; the JIT may record and run a trace and returns
// whether it did anything (a nil Tracer means interpretation only).
type Tracer interface {
	OnLoopHeader(th *Thread, f *Frame, pc int) bool
}

// Options configure a VM.
type Options struct {
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// HotThreshold is the back-edge count after which a loop header is
	// reported to the Tracer (default 1000).
	HotThreshold int
	Tracer       Tracer
	GC           gc.Config
	STM          stm.Mode
	// Argv is sys.argv.
	Argv []string
	// Path lists the directories searched by import (the script's own first).
	Path []string
	// CrashOnInternalError makes a Go panic inside an instruction crash the
	// process with its Go stack instead of becoming a SystemError (debug).
	CrashOnInternalError bool
}

// VM is one guest process: its heap, modules and threads.
type VM struct {
	RT      *object.Runtime
	Opts    Options
	Stdout  *bufio.Writer
	Stderr  *bufio.Writer
	Main    *Thread
	modules Value // sys.modules (a dict)
	// Builtins is the dict of the builtins module.
	Builtins Value
	// nativeModules builds the built-in modules on first import.
	nativeModules map[string]func(th *Thread) (Value, error)
	sourceModules map[string]sourceModule
	// codes holds the per-code data of every code run so far (frame.go).
	codes codeTable
	// ExitHooks run when the program ends (flushing files, ...).
	ExitHooks []func()
	compiler  Compiler
	// buildClass is the __build_class__ built-in that LOAD_BUILD_CLASS pushes.
	buildClass Value
	// threads lists the live guest threads.
	threads threadSet
	// outMu guards Stdout and Stderr (outbuf.go); gcSync coordinates
	// collections on the Parallel backend (threads.go); stmReport gathers
	// transaction statistics and abort reports there (stmreport.go).
	outMu     sync.Mutex
	gcSync    gcSync
	stmReport *stmReporter
}

// New creates a VM with its runtime and main thread.
func New(opts Options) (*VM, error) {
	if opts.RecursionLimit == 0 {
		opts.RecursionLimit = 1000
	}
	if opts.HotThreshold == 0 {
		opts.HotThreshold = 1000
	}
	rt, t0, err := object.Boot(opts.GC, opts.STM)
	if err != nil {
		return nil, err
	}
	vm := &VM{
		RT: rt, Opts: opts,
		Stdout:        bufio.NewWriterSize(os.Stdout, 64<<10),
		Stderr:        bufio.NewWriter(os.Stderr),
		nativeModules: map[string]func(*Thread) (Value, error){},
		sourceModules: map[string]sourceModule{},
	}
	vm.gcSync.cond = sync.NewCond(&vm.gcSync.mu)
	rt.STM.SetMode(opts.STM)
	if opts.STM == stm.Parallel {
		vm.stmReport = newSTMReporter(vm)
	}
	vm.Main = vm.newThread(t0)
	th := vm.Main
	vm.Main.ident = vm.threads.next.Add(1)
	vm.threads.add(vm.Main)
	th.ReprLimit = opts.RecursionLimit
	th.TX.Begin()
	vm.modules = object.NewDict(th.Thread)
	object.KeepAlive(&vm.modules)
	vm.Builtins = object.NewDict(th.Thread)
	object.MarkNamespace(vm.Builtins)
	object.KeepAlive(&vm.Builtins)
	vm.buildClass = object.NewBuiltin(th.Thread, &object.Builtin{Name: "__build_class__", Fn: buildClass})
	object.KeepAlive(&vm.buildClass)
	rt.Heap.AddRoots(vm.scanRoots)
	return vm, nil
}

// Modules returns sys.modules.
func (vm *VM) Modules() Value { return vm.modules }

// RegisterModule makes a built-in module importable; build runs on first
// import and returns the module object.
func (vm *VM) RegisterModule(name string, build func(th *Thread) (Value, error)) {
	vm.nativeModules[name] = build
}

// Flush writes out buffered standard output and error.
func (vm *VM) Flush() {
	vm.outMu.Lock()
	vm.Stdout.Flush()
	vm.Stderr.Flush()
	vm.outMu.Unlock()
}

// Shutdown runs the exit hooks and flushes output.
func (vm *VM) Shutdown() {
	for _, h := range vm.ExitHooks {
		h()
	}
	if vm.Main.TX.Restartable() {
		panic("BUG: vm: Shutdown inside a restartable transaction")
	}
	vm.Main.flushOut() // the transaction cannot abort: its output is final
	vm.Flush()
}

// scanRoots reports the guest values the interpreter holds to the collector.
func (vm *VM) scanRoots(mark func(w uint64)) {
	vm.codes.each(func(cd *codeData) { cd.scanRoots(mark) })
	vm.threads.each(func(th *Thread) { th.scanRoots(mark) })
}
