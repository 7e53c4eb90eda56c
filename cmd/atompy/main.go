// Command atompy runs Python programs on the atompy runtime.
//
//	atompy prog.py [args]          run a program (same as `atompy run`)
//	atompy run [flags] prog.py     run with flags (see --help)
//	atompy -c CODE [args]          run a program given as a string
//	atompy dis prog.py             print the bytecode disassembly
//
// The command wires the layers together: the front end (interp/compile),
// the interpreter (interp/vm), the built-ins (interp/builtins) and, later,
// the JIT behind the vm.Tracer interface. Every error reaches the user as
// a CPython-style report and an exit status, never as a Go panic.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"atompy.dev/atompy/interp/builtins"
	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/compile"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
	"atompy.dev/atompy/stm"
)

// version is the atompy release; the Python language level is 3.11.
const version = "atompy 0.1.0 (Python 3.11 subset)"

func main() {
	os.Exit(mainExit(os.Args[1:], os.Stdout, os.Stderr))
}

// mainExit runs the command and returns its exit status. Usage errors exit
// 2, as CPython's do.
func mainExit(args []string, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "atompy: internal error: %v\n%s", r, debug.Stack())
			status = 70
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "-V", "--version", "version":
		fmt.Fprintln(stdout, version)
		return 0
	case "run":
		return runCommand(args[1:], stderr)
	case "dis":
		return disCommand(args[1:], stdout, stderr)
	case "bench":
		return runBench(args[1:], stdout, stderr)
	}
	return runCommand(args, stderr)
}

const usage = `usage: atompy [run] [flags] prog.py [args...]
       atompy [run] [flags] -c CODE [args...]
       atompy dis prog.py
       atompy bench [--quick] [--matrix AXIS=V,V ...] [--vs python3,pypy3] [PROGRAMS...]
       atompy bench compare OLD.json NEW.json
       atompy --version | --help

flags (before the program):
  --jit=on|off          tracing JIT (not built yet: only off is accepted)
  --jit-threshold=N     loop iterations before a trace is recorded
  --stm=on|off          concurrency backend: on, the parallel STM (default), or off, one
                        global lock (the GIL baseline)
  --dump=aborts         report every STM conflict on stderr as it happens and print a
                        summary of transactions and conflict sites at exit (also set by
                        the environment variable ATOMPY_DUMP=aborts)
  --htm=auto|on|off|sim hardware transactional memory (not built yet: auto and off run without it)
  --recursion-limit=N   initial sys.getrecursionlimit()
`

// runOptions are the flags of `atompy run`.
type runOptions struct {
	jit        string
	stm        string
	htm        string
	dump       string
	recursion  int
	code       string
	hasCode    bool
	program    string
	programArg []string
}

func parseRunFlags(args []string) (runOptions, error) {
	o := runOptions{jit: "off", stm: "on", htm: "auto", dump: os.Getenv("ATOMPY_DUMP")}
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "-c":
			if len(args) < 2 {
				return o, fmt.Errorf("argument expected for the -c option")
			}
			o.code, o.hasCode = args[1], true
			o.programArg = append([]string{"-c"}, args[2:]...)
			return o, nil
		case len(a) > 2 && a[:2] == "--":
			if err := o.setFlag(a); err != nil {
				return o, err
			}
			args = args[1:]
			continue
		case a == "-":
			return o, fmt.Errorf("reading a program from standard input is not supported")
		case len(a) > 1 && a[0] == '-':
			return o, fmt.Errorf("unknown option %s", a)
		}
		o.program = a
		o.programArg = args
		return o, nil
	}
	return o, fmt.Errorf("no program given")
}

func (o *runOptions) setFlag(a string) error {
	name, val, _ := cut(a[2:], "=")
	switch name {
	case "jit":
		if val != "on" && val != "off" {
			return fmt.Errorf("--jit must be on or off")
		}
		o.jit = val
	case "stm":
		if val != "off" && val != "on" {
			return fmt.Errorf("--stm must be on or off")
		}
		o.stm = val
	case "htm":
		if val != "auto" && val != "on" && val != "off" && val != "sim" {
			return fmt.Errorf("--htm must be auto, on, off or sim")
		}
		o.htm = val
	case "dump":
		if val != "aborts" && val != "" {
			return fmt.Errorf("--dump must be aborts")
		}
		o.dump = val
	case "jit-threshold", "dump-file":
	case "recursion-limit":
		if _, err := fmt.Sscan(val, &o.recursion); err != nil || o.recursion < 1 {
			return fmt.Errorf("--recursion-limit needs a positive integer")
		}
	default:
		return fmt.Errorf("unknown flag --%s", name)
	}
	return nil
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

func runCommand(args []string, stderr io.Writer) int {
	o, err := parseRunFlags(args)
	if err != nil {
		fmt.Fprintf(stderr, "atompy: %v\n%s", err, usage)
		return 2
	}
	// Configurations of later milestones are refused rather than silently
	// run as something else (atompy bench reports them as unsupported).
	switch {
	case o.jit == "on":
		fmt.Fprintln(stderr, "atompy: the JIT is not built yet")
		return 2
	case o.htm == "on" || o.htm == "sim":
		fmt.Fprintln(stderr, "atompy: hardware transactional memory is not built yet (--htm=auto and off run without it)")
		return 2
	}
	filename, src := "<string>", []byte(o.code)
	dir, _ := os.Getwd()
	if !o.hasCode {
		filename = o.program
		src, err = os.ReadFile(o.program)
		if err != nil {
			fmt.Fprintf(stderr, "atompy: can't open file '%s': [Errno 2] No such file or directory\n", o.program)
			return 2
		}
		abs, _ := filepath.Abs(o.program)
		dir = filepath.Dir(abs)
		// CPython reports the main script by its absolute path.
		filename = abs
	}
	return runMain(filename, src, o, dir)
}

// runMain compiles and runs a program as __main__.
func runMain(filename string, src []byte, o runOptions, dir string) int {
	dbg, err := parseDebug(os.Getenv("ATOMPY_DEBUG"))
	if err == nil {
		err = dbg.start()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "atompy: %v\n", err)
		return 2
	}
	defer dbg.stopProf()
	mode := stm.GlobalLock
	if o.stm == "on" {
		mode = stm.Parallel
	}
	if dbg.unsync {
		mode = stm.Unsync
	}
	machine, err := vm.New(vm.Options{RecursionLimit: o.recursion, Argv: o.programArg, Path: []string{dir}, GC: dbg.gc, STM: mode, CrashOnInternalError: dbg.crash})
	if err != nil {
		fmt.Fprintf(os.Stderr, "atompy: %v\n", err)
		return 1
	}
	machine.RT.STM.FixedLength = dbg.stmLength
	machine.RT.STM.InjectAbortEvery = dbg.stmAbort
	if o.dump == "aborts" {
		machine.EnableAbortDump(os.Stderr)
	}
	machine.SetCompiler(compileModule)
	builtins.Install(machine)
	th := machine.Main
	code, err := compileModule(filename, src)
	if err != nil {
		status := th.ExitStatus(vm.SyntaxErrorValue(err))
		machine.Shutdown()
		return status
	}
	t := th.Thread
	mod := object.NewModule(t, "__main__")
	g := object.ModuleDict(mod)
	if filename != "<string>" {
		object.DictSetStr(t, g, "__file__", object.NewStr(t, filename))
	}
	object.DictSetStr(t, g, "__builtins__", machine.Builtins)
	object.DictSetStr(t, machine.Modules(), "__main__", mod)
	status := 0
	if _, err := th.RunCode(code, g); err != nil {
		status = th.ExitStatus(err)
	}
	if err := waitForThreads(th); err != nil && status == 0 {
		status = th.ExitStatus(err)
	}
	machine.Shutdown()
	machine.WriteSTMSummary(os.Stderr)
	if dbg.gcStats {
		fmt.Fprintf(os.Stderr, "%+v\n", machine.RT.Heap.Stats())
	}
	return status
}

// waitForThreads runs threading._shutdown() if the program imported
// threading: as in CPython, the program ends only when every non-daemon
// thread has finished.
func waitForThreads(th *vm.Thread) error {
	t := th.Thread
	mod, ok := object.DictGetStr(t, th.VM().Modules(), "threading")
	if !ok {
		return nil
	}
	fn, err := object.GetAttr(t, mod, "_shutdown")
	if err != nil {
		return nil
	}
	_, err = object.Call(t, fn, nil, nil)
	return err
}

func compileModule(filename string, src []byte) (*bytecode.Code, error) {
	return compile.Compile(filename, src)
}

func disCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintf(stderr, "usage: atompy dis prog.py\n")
		return 2
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "atompy: can't open file '%s': [Errno 2] No such file or directory\n", args[0])
		return 2
	}
	code, err := compileModule(args[0], src)
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return 1
	}
	fmt.Fprint(stdout, bytecode.Disassemble(code))
	return 0
}
