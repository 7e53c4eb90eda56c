package builtins

import (
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// Value is a guest value.
type Value = object.Value

// Null is the absence of a value.
const Null = object.Null

// state is what the built-ins of one VM share: the VM itself (standard
// streams, options) and the Go side of its open files.
type state struct {
	v *vm.VM
	// The standard streams; sys.stdin/stdout/stderr wrap them, and print()
	// and input() use them directly while sys has not replaced them.
	stdin, stdout, stderr *stream

	// intMaxStrDigits is what sys.set_int_max_str_digits last set (a
	// process-wide setting that threads may read and set in parallel).
	intMaxStrDigits atomic.Int64

	mu    sync.Mutex
	files map[*stream]struct{} // open files, flushed at exit
}

// Install fills v.Builtins with the built-in functions, types, exceptions
// and constants, and registers the built-in modules. It must run on the
// main thread with its transaction active.
func Install(v *vm.VM) {
	st := &state{v: v, files: map[*stream]struct{}{}}
	st.intMaxStrDigits.Store(object.IntMaxStrDigits)
	st.newStdStreams()
	t := v.Main.Thread
	d := v.Builtins
	for name, typ := range builtinTypes() {
		object.DictSetStr(t, d, name, typ.Ref)
	}
	installExceptions(t, d)
	object.DictSetStr(t, d, "None", object.None)
	object.DictSetStr(t, d, "True", object.True)
	object.DictSetStr(t, d, "False", object.False)
	object.DictSetStr(t, d, "NotImplemented", object.NotImplemented)
	object.DictSetStr(t, d, "Ellipsis", object.Ellipsis)
	object.DictSetStr(t, d, "__debug__", object.True)
	for name, fn := range st.functions() {
		object.DictSetStr(t, d, name, object.NewBuiltin(t, &object.Builtin{Name: name, Fn: fn}))
	}
	st.registerModules()
	v.ExitHooks = append(v.ExitHooks, st.flushFiles)
	v.RT.Heap.AddWeakHook(st.closeDead)
}

// builtinTypes are the classes the builtins namespace names.
func builtinTypes() map[string]*object.Type {
	return map[string]*object.Type{
		"object": object.ObjectType, "type": object.TypeType,
		"int": object.IntType, "bool": object.BoolType, "float": object.FloatType,
		"complex": object.ComplexType, "str": object.StrType, "bytes": object.BytesType,
		"bytearray": object.ByteArrayType, "tuple": object.TupleType, "list": object.ListType,
		"dict": object.DictType, "set": object.SetType, "frozenset": object.FrozenSetType,
		"range": object.RangeType, "slice": object.SliceType, "property": object.PropertyType,
		"staticmethod": object.StaticMethodType, "classmethod": object.ClassMethType,
		"super":     object.SuperType,
		"enumerate": enumerateType, "zip": zipType, "map": mapType, "filter": filterType,
		"reversed": reversedType,
	}
}

// functions returns the built-in functions by name.
func (st *state) functions() map[string]object.BuiltinFn {
	return map[string]object.BuiltinFn{
		// numbers and conversions
		"abs": builtinAbs, "bin": baseFormatter("bin", 2), "oct": baseFormatter("oct", 8),
		"hex": baseFormatter("hex", 16), "chr": builtinChr, "ord": builtinOrd,
		"divmod": builtinDivmod, "pow": builtinPow, "round": builtinRound,
		"hash": builtinHash, "id": builtinID, "repr": builtinRepr, "ascii": builtinASCII,
		"format": builtinFormat, "len": builtinLen, "callable": builtinCallable,
		// iteration
		"all": builtinAll, "any": builtinAny, "sum": builtinSum,
		"min": minMax("min", object.LT), "max": minMax("max", object.GT),
		"sorted": builtinSorted, "iter": builtinIter, "next": builtinNext,
		// attributes and introspection
		"getattr": builtinGetattr, "setattr": builtinSetattr, "hasattr": builtinHasattr,
		"delattr": builtinDelattr, "isinstance": builtinIsinstance, "issubclass": builtinIssubclass,
		"vars": builtinVars, "dir": builtinDir, "globals": builtinGlobals, "locals": builtinLocals,
		"__import__": builtinImport,
		// input and output
		"print": st.print, "input": st.input, "open": st.open,
		"exit": builtinExit("exit"), "quit": builtinExit("quit"),
	}
}

// exactlyOne checks the arguments of a function of one positional
// parameter, with CPython's message.
func exactlyOne(name string, args []Value, kwnames []string) error {
	if err := object.NoKwargs(name, kwnames); err != nil {
		return err
	}
	return object.ArgCount(name, args, 1, 1)
}

// checkCount checks the positional argument count of functions whose
// CPython messages read "name expected at most N arguments, got M".
func checkCount(name string, args []Value, kwnames []string, min, max int) error {
	if err := object.NoKwargs(name, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case n >= min && n <= max:
		return nil
	case min == max:
		return object.TypeError("%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return object.TypeError("%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return object.TypeError("%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// invalidKeyword is CPython's error for an unknown keyword argument of a
// function that parses its keywords by hand.
func invalidKeyword(kw, fname string) error {
	return object.TypeError("'%s' is an invalid keyword argument for %s()", kw, fname)
}

// str makes a heap str.
func str(t *object.Thread, s string) Value { return object.NewStr(t, s) }

// strResult wraps a (string, error) result as a str value.
func strResult(t *object.Thread, s string, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return object.NewStr(t, s), nil
}
