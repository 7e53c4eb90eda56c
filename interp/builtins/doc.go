// Package builtins provides the guest's built-in namespace and the built-in
// modules that need no Python source: math, sys and time.
//
// # Design
//
// Install fills a VM's builtins dict once, at start-up, with heap objects:
// built-in functions (object.NewBuiltin closures over a per-VM state), the
// class objects of the built-in types and the exception types. The Go
// closures may capture the *vm.VM (standard streams, options) but never a
// guest value: everything guest-visible lives in the heap and is reached
// through the builtins dict, a GC root of the VM.
//
// The iterator types of this package (enumerate, zip, map, filter,
// reversed, callable_iterator) and the file types (_io.TextIOWrapper and
// the buffered binary kinds) are created once per process by an
// object.OnBoot hook, like the object model's own types, so that their
// slots (Iter, Next, New, Repr) exist before exposeAllSlots publishes them
// as dunder methods. Their instances are plain word arrays
// (object.AllocObject): an iterator holds its source iterators and counters
// in fields read and written through the STM barriers. A file object holds
// a handle (object.NewHandle) to its Go-side stream, owned by the file
// object, since an *os.File may never be stored in the heap.
//
// Error messages follow CPython 3.11 word for word; the tests check the
// common ones.
//
// Modules are registered with vm.RegisterModule and built on first import:
// math (on Go's math package, with an exact fsum and big-int factorial,
// comb, perm, isqrt), sys (argv, path, modules, the standard streams,
// recursion limit, version information) and time.
package builtins
