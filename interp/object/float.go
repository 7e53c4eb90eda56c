package object

// Python floats are inline Values (value.go): IEEE-754 doubles, NaN
// canonicalised. Arithmetic is shared with int and complex (intops.go);
// this file holds the float type's slots, its constructor and its methods.
// Formatting, parsing, pow, rounding and hashing follow CPython exactly
// and live in numfmt.go, numparse.go and floatops.go.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

func init() { OnBoot(10, bootFloat) }

func bootFloat(t *Thread) {
	s := &FloatType.Slots
	s.New = floatNew
	s.Repr = floatRepr
	s.Hash = floatHash
	s.Compare = numericCompare
	s.Bool = floatBool
	s.Binary = numericBinary
	s.Unary = floatUnary
	s.GetAttr = floatGetAttr
	defFloatMethods(t, FloatType)
}

func floatRepr(t *Thread, v Value) (string, error) { return FloatRepr(v.Float()), nil }

func floatHash(t *Thread, v Value) (int64, error) { return FloatHash(v.Float()), nil }

func floatBool(t *Thread, v Value) (bool, error) { return v.Float() != 0, nil }

func floatUnary(t *Thread, op UnOp, v Value) (Value, error) {
	if !v.IsFloat() {
		return NotImplemented, nil
	}
	switch op {
	case OpPos:
		return v, nil
	case OpNeg:
		return MakeFloat(-v.Float()), nil
	}
	return NotImplemented, nil
}

func floatGetAttr(t *Thread, v Value, name string) (Value, error) {
	switch name {
	case "real":
		return v, nil
	case "imag":
		return MakeFloat(0), nil
	}
	return Null, nil
}

// floatNew implements float() and float(x).
func floatNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("float", kwnames); err != nil {
		return Null, err
	}
	switch len(args) {
	case 0:
		return MakeFloat(0), nil
	case 1:
		return FloatFromValue(t, args[0])
	}
	return Null, TypeError("float expected at most 1 argument, got %d", len(args))
}

// FloatFromValue implements float(x).
func FloatFromValue(t *Thread, x Value) (Value, error) {
	switch numKindOf(x) {
	case kindFloat:
		return x, nil
	case kindInt:
		return floatResult(numToFloat(x))
	}
	if !IsStr(x) {
		if r, done, err := floatFromMethods(t, x); done {
			return r, err
		}
	}
	text, isBytes, ok := numStringArg(t, x)
	if !ok {
		return Null, TypeError("float() argument must be a string or a real number, not '%s'", TypeName(x))
	}
	f, err := ParseFloatString(text)
	if err != nil {
		if isBytes {
			return Null, ValueError("could not convert string to float: %s", BytesRepr([]byte(text)))
		}
		return Null, FormatErrorException(err)
	}
	return MakeFloat(f), nil
}

// floatFromMethods tries __float__ and then __index__; done is false when
// x has neither.
func floatFromMethods(t *Thread, x Value) (r Value, done bool, err error) {
	r, found, err := CallMethod(t, x, "__float__")
	if found {
		if err != nil {
			return Null, true, err
		}
		if !IsInstance(r, FloatType) {
			return Null, true, TypeError("%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		return Payload(t, r), true, nil
	}
	if TypeOf(x).Lookup(t, "__index__") == Null {
		return Null, false, nil
	}
	iv, err := IndexValue(t, x)
	if err != nil {
		return Null, true, err
	}
	r, err = floatResult(numToFloat(iv))
	return r, true, err
}

// floatResult wraps a Go float result, or passes on its error.
func floatResult(f float64, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return MakeFloat(f), nil
}

func defFloatMethods(t *Thread, typ *Type) {
	unary := func(name string, fn func(t *Thread, f float64) (Value, error)) {
		DefMethod(t, typ, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := numNoArgs(name, args, kw); err != nil {
				return Null, err
			}
			return fn(t, self.Float())
		})
	}
	toInt := func(round func(float64) float64) func(t *Thread, f float64) (Value, error) {
		return func(t *Thread, f float64) (Value, error) {
			z, err := FloatToBigInt(round(f))
			if err != nil {
				return Null, FormatErrorException(err)
			}
			return NewInt(t, z), nil
		}
	}
	unary("__int__", toInt(math.Trunc))
	unary("__trunc__", toInt(math.Trunc))
	unary("__floor__", toInt(math.Floor))
	unary("__ceil__", toInt(math.Ceil))
	unary("__float__", func(t *Thread, f float64) (Value, error) { return MakeFloat(f), nil })
	unary("conjugate", func(t *Thread, f float64) (Value, error) { return MakeFloat(f), nil })
	unary("is_integer", func(t *Thread, f float64) (Value, error) { return Bool(FloatIsInteger(f)), nil })
	unary("as_integer_ratio", floatAsIntegerRatio)
	unary("hex", func(t *Thread, f float64) (Value, error) { return NewStr(t, FloatHex(f)), nil })
	DefClassMethod(t, typ, "fromhex", floatFromHexMethod)
	defNumberMethods(t, typ)
}

func floatAsIntegerRatio(t *Thread, f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return Null, OverflowError("cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return Null, ValueError("cannot convert NaN to integer ratio")
	}
	q := new(big.Rat).SetFloat64(f)
	return NewTuple(t, []Value{NewInt(t, q.Num()), NewInt(t, q.Denom())}), nil
}

// FloatHex returns float.hex(f): "[-]0x1.<13 hex digits>p<exp>" for
// normal numbers, "0x0.<13 digits>p-1022" for subnormals.
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(math.Abs(f))
	exp, mant := int(b>>52), b&(1<<52-1)
	if exp == 0 {
		return fmt.Sprintf("%s0x0.%013xp-1022", sign, mant)
	}
	return fmt.Sprintf("%s0x1.%013xp%+d", sign, mant, exp-1023)
}

func floatFromHexMethod(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
	if err := NoKwargs("fromhex", kw); err != nil {
		return Null, err
	}
	if err := ArgCount("fromhex", args, 1, 1); err != nil {
		return Null, err
	}
	s := Payload(t, args[0])
	if !IsStr(s) {
		return Null, TypeError("bad argument type for built-in operation")
	}
	f, err := FloatFromHex(StrGo(s))
	if err != nil {
		return Null, err
	}
	if typ := AsType(cls); typ != nil && typ != FloatType {
		return Call(t, cls, []Value{MakeFloat(f)}, nil)
	}
	return MakeFloat(f), nil
}

// FloatFromHex implements float.fromhex(s): an optionally signed
// hexadecimal significand ("0x" optional) with an optional binary
// exponent, or inf/infinity/nan, surrounded by optional whitespace.
func FloatFromHex(s string) (float64, error) {
	invalid := ValueError("invalid hexadecimal floating-point string")
	body := strings.TrimSpace(s)
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg, body = body[0] == '-', body[1:]
	}
	var f float64
	switch strings.ToLower(body) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		lit, ok := hexFloatLiteral(body)
		if !ok {
			return 0, invalid
		}
		var err error
		f, err = strconv.ParseFloat(lit, 64)
		if math.IsInf(f, 0) {
			return 0, OverflowError("hexadecimal value too large to represent as a float")
		}
		if err != nil {
			return 0, invalid
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// hexFloatLiteral checks ["0x"] hexdigits ["." hexdigits] [p [sign]
// digits] with at least one significand digit, and returns it in the form
// strconv.ParseFloat reads ("0x" prefix and "p" exponent required).
func hexFloatLiteral(s string) (string, bool) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	i, digits := 0, 0
	for ; i < len(s) && isHexByte(s[i]); i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isHexByte(s[i]); i++ {
			digits++
		}
	}
	if digits == 0 {
		return "", false
	}
	mant, rest := s[:i], s[i:]
	if rest == "" {
		return "0x" + mant + "p0", true
	}
	if rest[0] != 'p' && rest[0] != 'P' {
		return "", false
	}
	exp := rest[1:]
	if exp != "" && (exp[0] == '+' || exp[0] == '-') {
		exp = exp[1:]
	}
	if exp == "" || strings.Trim(exp, "0123456789") != "" {
		return "", false
	}
	return "0x" + mant + rest, true
}

func isHexByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
