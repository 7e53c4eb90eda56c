package builtins

import (
	"math"
	"unicode/utf8"

	"atompy.dev/atompy/interp/object"
)

// The built-in functions on numbers and single objects.

func builtinLen(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, exactlyOne("len", args, kw)
	}
	n, err := object.Len(t, args[0])
	if err != nil {
		return Null, err
	}
	return object.MakeInt(t, int64(n)), nil
}

func builtinAbs(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("abs", args, kw); err != nil {
		return Null, err
	}
	return object.Abs(t, args[0])
}

// baseFormatter returns bin, oct or hex.
func baseFormatter(name string, base int) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne(name, args, kw); err != nil {
			return Null, err
		}
		s, err := object.FormatIntBase(t, args[0], base)
		return strResult(t, s, err)
	}
}

func builtinChr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("chr", args, kw); err != nil {
		return Null, err
	}
	iv, err := object.IndexValue(t, args[0])
	if err != nil {
		return Null, err
	}
	i, ok := object.IntValue(iv)
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return Null, object.OverflowError("Python int too large to convert to C int")
	}
	if i < 0 || i > utf8.MaxRune {
		return Null, object.ValueError("chr() arg not in range(0x110000)")
	}
	// Lone surrogates cannot be stored in UTF-8; they become U+FFFD (a
	// documented difference).
	return object.NewStr(t, string(rune(i))), nil
}

func builtinOrd(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("ord", args, kw); err != nil {
		return Null, err
	}
	v := object.Payload(t, args[0])
	switch {
	case object.IsStr(v):
		if n := object.StrLen(v); n != 1 {
			return Null, object.TypeError("ord() expected a character, but string of length %d found", n)
		}
		r, _ := utf8.DecodeRune(object.StrView(v))
		return object.MakeSmallInt(int64(r)), nil
	case object.IsInstance(v, object.BytesType) || object.IsInstance(v, object.ByteArrayType):
		b, _ := bytesOf(t, v)
		if len(b) != 1 {
			return Null, object.TypeError("ord() expected a character, but string of length %d found", len(b))
		}
		return object.MakeSmallInt(int64(b[0])), nil
	}
	return Null, object.TypeError("ord() expected string of length 1, but %s found", object.TypeName(args[0]))
}

func builtinDivmod(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("divmod", args, kw, 2, 2); err != nil {
		return Null, err
	}
	a, b := args[0], args[1]
	r, err := object.Divmod(t, a, b)
	if err != nil || r != object.NotImplemented {
		return r, err
	}
	// User types: __divmod__, then the reflected __rdivmod__.
	if r, found, err := object.CallMethod(t, a, "__divmod__", b); found && (err != nil || r != object.NotImplemented) {
		return r, err
	}
	if object.TypeOf(a) != object.TypeOf(b) {
		if r, found, err := object.CallMethod(t, b, "__rdivmod__", a); found && (err != nil || r != object.NotImplemented) {
			return r, err
		}
	}
	return Null, object.TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", object.TypeName(a), object.TypeName(b))
}

func builtinPow(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	base, exp, mod := Null, Null, object.None
	if err := object.UnpackArgs("pow", args, kw, []string{"base", "exp", "mod?"}, &base, &exp, &mod); err != nil {
		return Null, err
	}
	if mod == object.None {
		return object.BinaryOp(t, object.OpPow, base, exp)
	}
	r, err := object.IntPow3(t, base, exp, mod)
	if err != nil || r != object.NotImplemented {
		return r, err
	}
	if object.TypeOf(base).Flags&object.FlagBuiltin == 0 {
		if r, found, err := object.CallMethod(t, base, "__pow__", exp, mod); found && (err != nil || r != object.NotImplemented) {
			return r, err
		}
	}
	return Null, object.TypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		object.TypeName(base), object.TypeName(exp), object.TypeName(mod))
}

func builtinRound(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	number, ndigits := Null, object.None
	if err := object.UnpackArgs("round", args, kw, []string{"number", "ndigits?"}, &number, &ndigits); err != nil {
		return Null, err
	}
	return object.RoundNumber(t, number, ndigits)
}

func builtinHash(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("hash", args, kw); err != nil {
		return Null, err
	}
	h, err := object.Hash(t, args[0])
	if err != nil {
		return Null, err
	}
	return object.MakeInt(t, h), nil
}

func builtinID(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("id", args, kw); err != nil {
		return Null, err
	}
	return object.MakeInt(t, int64(object.Identity(args[0]))), nil
}

func builtinRepr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("repr", args, kw); err != nil {
		return Null, err
	}
	s, err := object.Repr(t, args[0])
	return strResult(t, s, err)
}

func builtinASCII(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("ascii", args, kw); err != nil {
		return Null, err
	}
	s, err := object.Ascii(t, args[0])
	return strResult(t, s, err)
}

func builtinCallable(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("callable", args, kw); err != nil {
		return Null, err
	}
	return object.Bool(object.Callable(t, args[0])), nil
}

func builtinFormat(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("format", args, kw, 1, 2); err != nil {
		return Null, err
	}
	spec := ""
	if len(args) == 2 {
		if !object.IsInstance(args[1], object.StrType) {
			return Null, object.TypeError("format() argument 2 must be str, not %s", object.TypeName(args[1]))
		}
		spec = object.StrGo(object.Payload(t, args[1]))
	}
	s, err := object.Format(t, args[0], spec)
	return strResult(t, s, err)
}
