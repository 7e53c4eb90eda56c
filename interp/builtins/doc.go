// Package builtins provides the guest's built-in namespace and the built-in
// modules that need no Python source: math, sys, time (and `builtins`).
//
// # Design
//
// Install fills a VM's builtins dict once, at start-up, with heap objects:
// built-in functions (object.NewBuiltin, some of them closures over a
// per-VM state), the class objects of the built-in types and the exception
// classes. The Go closures may capture the *vm.VM (standard streams,
// options) but never a guest value: everything guest-visible lives in the
// heap and is reached from the builtins dict, a GC root of the VM.
//
// The iterator types (enumerate, zip, map, filter, reversed,
// callable_iterator), the file types (_io.TextIOWrapper and the buffered
// binary kinds), types.SimpleNamespace and the exception classes the
// object model lacks (ConnectionError, the warnings, ...) are created once
// per process by object.OnBoot hooks, like the object model's own types,
// so that their slots exist before exposeAllSlots publishes them as dunder
// methods. Iterator instances are plain word arrays (object.AllocObject)
// whose fields are read and written through the STM barriers; an exhausted
// iterator drops its sources.
//
// # Files
//
// A file object holds a handle (object.NewHandle) to its Go-side stream,
// owned by the file object, since an *os.File may never be stored in the
// heap. Text streams decode UTF-8 (or Latin-1) and translate newlines into
// a read-ahead buffer; binary streams read and write bytes. CPython closes
// an unreferenced file at once (reference counting); here a weak hook of
// the collector closes the streams whose file object died, every file
// object carries a raw "ballast" allocation so that opening many files
// brings the next collection closer, and open() flushes all open files
// first so that a file written and never closed reads back complete. The
// standard streams are streams too: print and input use them directly
// until the program replaces sys.stdout or sys.stdin.
//
// # Numbers
//
// The math module's transcendental functions (ddmath.go) are evaluated in
// double-double arithmetic and rounded once, which reproduces the C
// library's results, and so CPython's, on all but about one argument in a
// thousand; Go's math package differs in the last bit far more often.
//
// Error messages follow CPython 3.11 word for word; the tests check the
// common ones.
package builtins
