package builtins

import (
	"math"
	"math/big"
	"os"
	"runtime"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The sys module.

// Version is what sys.version reports: the CPython version whose language
// atompy implements, then the implementation.
const Version = "3.11.7 (atompy)"

func (st *state) buildSys(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "sys")
	v := st.v

	argv := v.Opts.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	b.set("argv", strList(t, argv))
	b.set("path", strList(t, v.Opts.Path))
	b.set("modules", v.Modules())
	b.set("builtin_module_names", strTuple(t, []string{"builtins", "math", "sys", "time"}))

	stdout := stdObject(t, st.stdout, "<stdout>", "w")
	stderr := stdObject(t, st.stderr, "<stderr>", "w")
	stdin := stdObject(t, st.stdin, "<stdin>", "r")
	for name, f := range map[string]Value{"stdout": stdout, "stderr": stderr, "stdin": stdin} {
		b.set(name, f)
		b.set("__"+name+"__", f)
	}

	if err := st.sysVersion(b); err != nil {
		return Null, err
	}
	if err := sysFloatInfo(b); err != nil {
		return Null, err
	}
	if err := sysIntInfo(b); err != nil {
		return Null, err
	}
	b.set("maxsize", object.MakeInt(t, math.MaxInt64))
	b.set("maxunicode", object.MakeSmallInt(0x10FFFF))
	b.set("platform", object.NewStr(t, runtime.GOOS))
	b.set("byteorder", object.NewStr(t, "little"))
	exe, _ := os.Executable()
	b.set("executable", object.NewStr(t, exe))
	b.set("dont_write_bytecode", object.True)

	b.fn("exit", sysExit)
	b.fn("getrecursionlimit", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("getrecursionlimit", args, kw); err != nil {
			return Null, err
		}
		return object.MakeInt(t, int64(st.v.Opts.RecursionLimit)), nil
	})
	b.fn("setrecursionlimit", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("setrecursionlimit", args, kw); err != nil {
			return Null, err
		}
		n, err := object.AsIndex(t, args[0])
		if err != nil {
			return Null, err
		}
		if n < 1 {
			return Null, object.ValueError("recursion limit must be greater or equal than 1")
		}
		st.v.Opts.RecursionLimit = n
		t.ReprLimit = n
		return object.None, nil
	})
	b.fn("exc_info", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("exc_info", args, kw); err != nil {
			return Null, err
		}
		exc := vm.FromObject(t).Handled()
		if exc == object.None || exc == Null {
			return object.NewTuple(t, []Value{object.None, object.None, object.None}), nil
		}
		tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
		if tb == Null {
			tb = object.None
		}
		return object.NewTuple(t, []Value{object.TypeOf(exc).Ref, exc, tb}), nil
	})
	b.fn("exception", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("exception", args, kw); err != nil {
			return Null, err
		}
		exc := vm.FromObject(t).Handled()
		if exc == Null {
			return object.None, nil
		}
		return exc, nil
	})
	b.fn("intern", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("intern", args, kw); err != nil {
			return Null, err
		}
		if !object.IsStr(args[0]) {
			return Null, object.TypeError("intern() argument must be str, not %s", object.TypeName(args[0]))
		}
		return args[0], nil
	})
	b.fn("getsizeof", sysGetsizeof)
	b.fn("get_int_max_str_digits", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("get_int_max_str_digits", args, kw); err != nil {
			return Null, err
		}
		return object.MakeInt(t, st.intMaxStrDigits.Load()), nil
	})
	b.fn("set_int_max_str_digits", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		maxdigits := Null
		if err := object.UnpackArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, &maxdigits); err != nil {
			return Null, err
		}
		n, err := object.AsIndex(t, maxdigits)
		if err != nil {
			return Null, err
		}
		if n != 0 && n < 640 {
			return Null, object.ValueError("maxdigits must be 0 or larger than 640")
		}
		// The object model's limit is fixed for now (object.IntMaxStrDigits);
		// the setting is recorded and reported back.
		old := st.intMaxStrDigits.Load()
		t.TX.GoUndo(&st.intMaxStrDigits, func() { st.intMaxStrDigits.Store(old) })
		st.intMaxStrDigits.Store(int64(n))
		return object.None, nil
	})
	b.fn("getdefaultencoding", constStr("getdefaultencoding", "utf-8"))
	b.fn("getfilesystemencoding", constStr("getfilesystemencoding", "utf-8"))
	return b.mod, nil
}

func strList(t *object.Thread, ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = object.NewStr(t, s)
	}
	return object.NewList(t, items)
}

func strTuple(t *object.Thread, ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = object.NewStr(t, s)
	}
	return object.NewTuple(t, items)
}

func constStr(name, s string) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone(name, args, kw); err != nil {
			return Null, err
		}
		return object.NewStr(t, s), nil
	}
}

// sysVersion sets version, version_info, hexversion and implementation.
func (st *state) sysVersion(b moduleBuilder) error {
	t := b.t
	b.set("version", object.NewStr(t, Version))
	typ, err := structSeq(t, "sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	if err != nil {
		return err
	}
	vi, err := newStructSeq(t, typ, object.MakeSmallInt(3), object.MakeSmallInt(11), object.MakeSmallInt(7),
		object.NewStr(t, "final"), object.MakeSmallInt(0))
	if err != nil {
		return err
	}
	b.set("version_info", vi)
	hex := object.MakeSmallInt(0x030B07F0)
	b.set("hexversion", hex)
	impl := newNamespace(t)
	d := object.Field(t, impl, 0)
	object.DictSetStr(t, d, "name", object.NewStr(t, "atompy"))
	object.DictSetStr(t, d, "cache_tag", object.None)
	object.DictSetStr(t, d, "version", vi)
	object.DictSetStr(t, d, "hexversion", hex)
	b.set("implementation", impl)
	return nil
}

// sysFloatInfo sets sys.float_info.
func sysFloatInfo(b moduleBuilder) error {
	t := b.t
	typ, err := structSeq(t, "sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	if err != nil {
		return err
	}
	i := func(n int64) Value { return object.MakeSmallInt(n) }
	fi, err := newStructSeq(t, typ, object.MakeFloat(math.MaxFloat64), i(1024), i(308),
		object.MakeFloat(0x1p-1022), i(-1021), i(-307), i(15), i(53), object.MakeFloat(0x1p-52), i(2), i(1))
	if err != nil {
		return err
	}
	b.set("float_info", fi)
	return nil
}

// sysIntInfo sets sys.int_info.
func sysIntInfo(b moduleBuilder) error {
	t := b.t
	typ, err := structSeq(t, "sys", "int_info", []string{"bits_per_digit", "sizeof_digit",
		"default_max_str_digits", "str_digits_check_threshold"})
	if err != nil {
		return err
	}
	ii, err := newStructSeq(t, typ, object.MakeSmallInt(30), object.MakeSmallInt(4),
		object.MakeSmallInt(object.IntMaxStrDigits), object.MakeSmallInt(640))
	if err != nil {
		return err
	}
	b.set("int_info", ii)
	return nil
}

// sysExit is sys.exit([code]).
func sysExit(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("exit", args, kw, 0, 1); err != nil {
		return Null, err
	}
	return Null, object.NewErrorArgs(object.SystemExitType, args...)
}

// sysGetsizeof approximates CPython's sizes on a 64-bit build for the
// common types; others report a fixed header size.
func sysGetsizeof(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	obj, dflt := Null, Null
	if err := object.UnpackArgs("getsizeof", args, kw, []string{"object", "default?"}, &obj, &dflt); err != nil {
		return Null, err
	}
	n, err := approxSize(t, object.Payload(t, obj))
	if err != nil {
		return Null, err
	}
	return object.MakeInt(t, n), nil
}

func approxSize(t *object.Thread, v Value) (int64, error) {
	lenOf := func() int64 {
		n, _ := object.Len(t, v)
		return int64(n)
	}
	switch typ := object.TypeOf(v); {
	case v == object.None:
		return 16, nil
	case v.IsFloat():
		return 24, nil
	case object.IsIntOrBool(v):
		x := object.IntBig(v)
		if x.Sign() == 0 && !v.IsBool() {
			return 24, nil
		}
		digits := (new(big.Int).Abs(x).BitLen() + 29) / 30
		return 24 + 4*int64(max(digits, 1)), nil
	case object.IsStr(v):
		if object.StrIsASCII(v) {
			return 49 + int64(object.StrByteLen(v)), nil
		}
		return 74 + 4*int64(object.StrLen(v)), nil
	case typ == object.ListType:
		return 56 + 8*lenOf(), nil
	case typ == object.TupleType:
		return 40 + 8*lenOf(), nil
	case typ == object.DictType:
		if lenOf() == 0 {
			return 64, nil
		}
		return 184 + 40*lenOf(), nil
	case typ == object.SetType || typ == object.FrozenSetType:
		return 216 + 32*lenOf(), nil
	case typ == object.BytesType:
		return 33 + lenOf(), nil
	}
	return 48, nil
}
