package object

// Arithmetic and comparison of the numeric tower int (with bool) < float <
// complex. One dispatcher serves the Binary slots of all four types: it
// classifies both operands, converts them to the wider kind and applies
// the operator there, as CPython's int, float and complex slots together
// do. Operand combinations it does not know give NotImplemented, so the
// generic operator code can try the other operand or raise the TypeError.

import (
	"math"
	"math/big"
	"math/bits"
)

// numKind orders the built-in numeric types by width.
type numKind uint8

const (
	kindNone numKind = iota
	kindInt          // int, big int or bool
	kindFloat
	kindComplex
)

func numKindOf(v Value) numKind {
	switch {
	case v.IsSmallInt() || v.IsBool():
		return kindInt
	case v.IsFloat():
		return kindFloat
	case v.IsRef():
		switch classOf(v) {
		case bigintClass:
			return kindInt
		case complexClass:
			return kindComplex
		}
	}
	return kindNone
}

// maxIntBits bounds the size of int results; larger ones raise MemoryError
// up front instead of exhausting memory (CPython fails the same way, only
// later).
const maxIntBits = 1 << 32

func intMemoryError() error { return NewErrorArgs(MemoryErrorType) }

// numericBinary implements a op b for any two built-in numbers.
func numericBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	if op >= InplaceOffset {
		op -= InplaceOffset
	}
	if (a.IsBool() || b.IsBool()) && !(a.IsBool() && b.IsBool() && isBitOp(op)) {
		a, b = intToExact(a), intToExact(b) // True + 1 is 1 + 1
	}
	if a.IsSmallInt() && b.IsSmallInt() {
		if r, ok := smallBinary(op, a.SmallInt(), b.SmallInt()); ok {
			return r, nil
		}
	}
	ka, kb := numKindOf(a), numKindOf(b)
	if ka == kindNone || kb == kindNone {
		return NotImplemented, nil
	}
	switch max(ka, kb) {
	case kindInt:
		return intBinary(t, op, a, b)
	case kindFloat:
		return floatBinary(t, op, a, b)
	}
	return complexBinary(t, op, a, b)
}

// smallBinary is the allocation-free fast path for two small ints. It
// reports false when the result is not a small int or the operation
// raises; the general path then handles it.
func smallBinary(op BinOp, x, y int64) (Value, bool) {
	var r int64
	switch op {
	case OpAdd:
		r = x + y // cannot overflow: both are 48-bit
	case OpSub:
		r = x - y
	case OpMul:
		p, ok := mulSmall(x, y)
		if !ok {
			return Null, false
		}
		r = p
	case OpFloorDiv, OpMod:
		if y == 0 {
			return Null, false
		}
		q, m := floorDivMod64(x, y)
		r = m
		if op == OpFloorDiv {
			r = q
		}
	case OpTrueDiv:
		if y == 0 || !int64ExactInFloat(x) || !int64ExactInFloat(y) {
			return Null, false
		}
		return MakeFloat(float64(x) / float64(y)), true
	case OpAnd:
		r = x & y
	case OpOr:
		r = x | y
	case OpXor:
		r = x ^ y
	case OpLShift:
		switch {
		case y < 0:
			return Null, false
		case x == 0:
			return MakeSmallInt(0), true
		case y >= 48:
			return Null, false
		}
		r = x << uint(y)
		if r>>uint(y) != x { // bits shifted out of the word
			return Null, false
		}
	case OpRShift:
		if y < 0 {
			return Null, false
		}
		r = x >> uint(min(y, 63))
	case OpPow:
		p, ok := powSmall(x, y)
		if !ok {
			return Null, false
		}
		r = p
	default:
		return Null, false
	}
	if !FitsSmallInt(r) {
		return Null, false
	}
	return MakeSmallInt(r), true
}

// isBitOp reports whether op is &, | or ^, which keep bools bools.
func isBitOp(op BinOp) bool { return op == OpAnd || op == OpOr || op == OpXor }

// int64ExactInFloat reports whether float64(x) == x.
func int64ExactInFloat(x int64) bool { return x >= -1<<53 && x <= 1<<53 }

// mulSmall multiplies when the product's magnitude is below 2^62.
func mulSmall(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(intAbsU64(x), intAbsU64(y))
	if hi != 0 || lo >= 1<<62 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

func intAbsU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// powSmall computes x**y for y >= 0 by squaring while the intermediate
// results stay below 2^62.
func powSmall(x, y int64) (int64, bool) {
	if y < 0 {
		return 0, false
	}
	r, base := int64(1), x
	for {
		if y&1 == 1 {
			var ok bool
			if r, ok = mulSmall(r, base); !ok {
				return 0, false
			}
		}
		y >>= 1
		if y == 0 {
			return r, true
		}
		var ok bool
		if base, ok = mulSmall(base, base); !ok {
			return 0, false
		}
	}
}

// floorDivMod64 is Python's // and % for y != 0 (no overflow for 48-bit x).
func floorDivMod64(x, y int64) (int64, int64) {
	q, m := x/y, x%y
	if m != 0 && (m < 0) != (y < 0) {
		q--
		m += y
	}
	return q, m
}

// intBinary applies op to two ints or bools.
func intBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	if a.IsBool() && b.IsBool() && isBitOp(op) {
		switch op {
		case OpAnd:
			return Bool(a == True && b == True), nil
		case OpOr:
			return Bool(a == True || b == True), nil
		}
		return Bool(a != b), nil
	}
	switch op {
	case OpTrueDiv:
		f, err := IntTrueDiv(IntBig(a), IntBig(b))
		if err != nil {
			return Null, FormatErrorException(err)
		}
		return MakeFloat(f), nil
	case OpPow:
		if IntSign(b) < 0 {
			return floatBinary(t, op, a, b)
		}
	case OpLShift, OpRShift:
		return intShift(t, op, a, b)
	case OpMatMul:
		return NotImplemented, nil
	}
	// The operands alias the arena and the result is computed in the
	// thread's scratch big.Int, then copied into the arena by NewInt: no
	// Go-heap garbage per operation.
	x, y := intBigView(a, &t.bigView[0]), intBigView(b, &t.bigView[1])
	z, err := bigBinary(op, x, y, &t.bigScratch)
	if err != nil {
		return Null, err
	}
	return NewInt(t, z), nil
}

// bigBinary applies an operator that maps ints to ints, computing into z
// when the operator allows it. x and y are only read.
func bigBinary(op BinOp, x, y, z *big.Int) (*big.Int, error) {
	switch op {
	case OpAdd:
		return z.Add(x, y), nil
	case OpSub:
		return z.Sub(x, y), nil
	case OpMul:
		return z.Mul(x, y), nil
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return nil, ZeroDivisionError("integer modulo by zero")
			}
			return nil, ZeroDivisionError("integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		if op == OpMod {
			return m, nil
		}
		return q, nil
	case OpAnd:
		return z.And(x, y), nil
	case OpOr:
		return z.Or(x, y), nil
	case OpXor:
		return z.Xor(x, y), nil
	case OpPow:
		return bigPow(x, y)
	}
	panic("BUG: bigBinary op")
}

// bigFloorDivMod is Python's divmod for y != 0.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

// bigPow returns x**y for y >= 0.
func bigPow(x, y *big.Int) (*big.Int, error) {
	if x.CmpAbs(big.NewInt(1)) <= 0 {
		// 0, 1 and -1 to any power stay small, however large y is.
		if x.Sign() == 0 && y.Sign() == 0 {
			return big.NewInt(1), nil
		}
		if x.Sign() < 0 && y.Bit(0) == 0 {
			return big.NewInt(1), nil
		}
		return new(big.Int).Set(x), nil
	}
	if !y.IsInt64() || uint64(x.BitLen()-1)*uint64(y.Int64()) > maxIntBits {
		return nil, intMemoryError()
	}
	return new(big.Int).Exp(x, y, nil), nil
}

// intShift implements << and >> on ints.
func intShift(t *Thread, op BinOp, a, b Value) (Value, error) {
	if IntSign(b) < 0 {
		return Null, ValueError("negative shift count")
	}
	x := IntBig(a)
	n, ok := IntValue(b)
	if op == OpRShift {
		if !ok || n > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return MakeSmallInt(-1), nil
			}
			return MakeSmallInt(0), nil
		}
		return NewInt(t, x.Rsh(x, uint(n))), nil
	}
	if x.Sign() == 0 {
		return MakeSmallInt(0), nil
	}
	if !ok || n > maxIntBits-int64(x.BitLen()) {
		return Null, hugeShiftError(x, IntBig(b))
	}
	return NewInt(t, x.Lsh(x, uint(n))), nil
}

// hugeShiftError is the error of x << n for an n too large to compute:
// CPython raises OverflowError when the result's size in 30-bit digits
// exceeds what a Py_ssize_t can count (with the shift clipped as CPython
// clips it), and MemoryError otherwise.
func hugeShiftError(x, n *big.Int) error {
	const (
		digitBits    = 30
		ssizeMax     = 1<<63 - 1
		maxDigits    = (ssizeMax - 24) / 4 // MAX_LONG_DIGITS on 64-bit CPython
		wordShiftCap = ssizeMax / 4
	)
	q, r := new(big.Int).QuoRem(n, big.NewInt(digitBits), new(big.Int))
	if !q.IsInt64() || q.Int64() >= wordShiftCap {
		q.SetInt64(wordShiftCap)
		r.SetInt64(0)
	}
	size := q.Int64() + int64((x.BitLen()+digitBits-1)/digitBits)
	if r.Sign() != 0 {
		size++
	}
	if size < 0 || size > maxDigits { // size < 0: the sum wrapped around
		return OverflowError("too many digits in integer")
	}
	return intMemoryError()
}

// numToFloat converts a number of int or float kind to a Go float.
func numToFloat(v Value) (float64, error) {
	if v.IsFloat() {
		return v.Float(), nil
	}
	if i, ok := IntValue(v); ok && int64ExactInFloat(i) {
		return float64(i), nil
	}
	f, err := BigIntToFloat(IntBig(v))
	return f, FormatErrorException(err)
}

// floatBinary applies op when the wider operand is a float.
func floatBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow:
	default:
		return NotImplemented, nil
	}
	x, err := numToFloat(a)
	if err != nil {
		return Null, err
	}
	y, err := numToFloat(b)
	if err != nil {
		return Null, err
	}
	var r float64
	switch op {
	case OpAdd:
		r = x + y
	case OpSub:
		r = x - y
	case OpMul:
		r = x * y
	case OpTrueDiv:
		r, err = FloatTrueDiv(x, y)
	case OpFloorDiv:
		r, err = FloatFloorDiv(x, y)
	case OpMod:
		r, err = FloatMod(x, y)
	case OpPow:
		r, err = FloatPow(x, y)
		if err == ErrFloatPowComplex {
			c, err := complexPow(complex(x, 0), complex(y, 0))
			if err != nil {
				return Null, err
			}
			return NewComplex(t, c), nil
		}
	}
	if err != nil {
		return Null, FormatErrorException(err)
	}
	return MakeFloat(r), nil
}

// numericCompare compares two built-in numbers exactly, as CPython does
// (an int and a float compare by their mathematical values; NaN is
// unordered; complex numbers support only == and !=).
func numericCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return Bool(cmpResult(cmpInt64(a.SmallInt(), b.SmallInt()), op)), nil
	}
	ka, kb := numKindOf(a), numKindOf(b)
	if ka == kindNone || kb == kindNone {
		return NotImplemented, nil
	}
	switch max(ka, kb) {
	case kindInt:
		return Bool(cmpResult(intCmp(a, b), op)), nil
	case kindFloat:
		c, ordered := realCmp(a, b)
		if !ordered {
			return Bool(op == NE), nil
		}
		return Bool(cmpResult(c, op)), nil
	}
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	return Bool(complexEqual(a, b) == (op == EQ)), nil
}

func cmpInt64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

// intCmp compares two ints or bools.
func intCmp(a, b Value) int {
	x, okx := IntValue(a)
	y, oky := IntValue(b)
	if okx && oky {
		return cmpInt64(x, y)
	}
	return IntBig(a).Cmp(IntBig(b))
}

// realCmp compares two numbers of int or float kind; ordered is false
// when a NaN is involved.
func realCmp(a, b Value) (c int, ordered bool) {
	if !a.IsFloat() {
		c, ordered = realCmp(b, a)
		return -c, ordered
	}
	x := a.Float()
	if math.IsNaN(x) {
		return 0, false
	}
	if b.IsFloat() {
		y := b.Float()
		switch {
		case math.IsNaN(y):
			return 0, false
		case x < y:
			return -1, true
		case x > y:
			return 1, true
		}
		return 0, true
	}
	if i, ok := IntValue(b); ok && int64ExactInFloat(i) {
		return cmpFloat64(x, float64(i)), true
	}
	return CompareFloatBigInt(x, IntBig(b)), true
}

func cmpFloat64(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// IntPow3 implements pow(a, b, m) for ints: a**b mod m with the sign of
// m, where a negative b means the modular inverse of a raised to -b. It
// returns NotImplemented when an operand is not a built-in number, so the
// caller can try __pow__ of user classes.
func IntPow3(t *Thread, a, b, m Value) (Value, error) {
	ka, kb, km := numKindOf(a), numKindOf(b), numKindOf(m)
	switch {
	case ka == kindNone || kb == kindNone || km == kindNone:
		return NotImplemented, nil
	case ka == kindComplex || kb == kindComplex || km == kindComplex:
		return Null, ValueError("complex modulo")
	case ka != kindInt || kb != kindInt || km != kindInt:
		return Null, TypeError("pow() 3rd argument not allowed unless all arguments are integers")
	}
	mod := IntBig(m)
	if mod.Sign() == 0 {
		return Null, ValueError("pow() 3rd argument cannot be 0")
	}
	negMod := mod.Sign() < 0
	mod.Abs(mod)
	x, y := IntBig(a), IntBig(b)
	x.Mod(x, mod)
	if y.Sign() < 0 {
		if mod.Cmp(big.NewInt(1)) == 0 {
			return MakeSmallInt(0), nil
		}
		if x.ModInverse(x, mod) == nil {
			return Null, ValueError("base is not invertible for the given modulus")
		}
		y.Neg(y)
	}
	r := new(big.Int).Exp(x, y, mod)
	if negMod && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return NewInt(t, r), nil
}

// Divmod implements divmod(a, b) for ints and floats (bools count as
// ints). It returns NotImplemented for other operands, complex included,
// leaving the caller to try __divmod__ or raise CPython's TypeError.
func Divmod(t *Thread, a, b Value) (Value, error) {
	ka, kb := numKindOf(a), numKindOf(b)
	if ka == kindNone || kb == kindNone || ka == kindComplex || kb == kindComplex {
		return NotImplemented, nil
	}
	if ka == kindInt && kb == kindInt {
		return intDivmod(t, a, b)
	}
	x, err := numToFloat(a)
	if err != nil {
		return Null, err
	}
	y, err := numToFloat(b)
	if err != nil {
		return Null, err
	}
	q, m, err := FloatDivmod(x, y)
	if err != nil {
		return Null, FormatErrorException(err)
	}
	return NewTuple(t, []Value{MakeFloat(q), MakeFloat(m)}), nil
}

func intDivmod(t *Thread, a, b Value) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() && b.SmallInt() != 0 {
		q, m := floorDivMod64(a.SmallInt(), b.SmallInt())
		return NewTuple(t, []Value{MakeInt(t, q), MakeInt(t, m)}), nil
	}
	y := IntBig(b)
	if y.Sign() == 0 {
		return Null, ZeroDivisionError("integer division or modulo by zero")
	}
	q, m := bigFloorDivMod(IntBig(a), y)
	return NewTuple(t, []Value{NewInt(t, q), NewInt(t, m)}), nil
}

// Abs implements abs(v): for built-in numbers directly, for other objects
// through __abs__.
func Abs(t *Thread, v Value) (Value, error) {
	switch numKindOf(v) {
	case kindInt:
		if IntSign(v) >= 0 {
			return intToExact(v), nil
		}
		return intNeg(t, v), nil
	case kindFloat:
		return MakeFloat(math.Abs(v.Float())), nil
	case kindComplex:
		f, err := complexAbs(ComplexValue(v))
		if err != nil {
			return Null, err
		}
		return MakeFloat(f), nil
	}
	r, found, err := CallMethod(t, v, "__abs__")
	if !found {
		return Null, TypeError("bad operand type for abs(): '%s'", TypeName(v))
	}
	return r, err
}

// intNeg returns -v for an int or bool.
func intNeg(t *Thread, v Value) Value {
	if i, ok := IntValue(v); ok && i != math.MinInt64 {
		return MakeInt(t, -i)
	}
	x := IntBig(v)
	return NewInt(t, x.Neg(x))
}

// intUnary implements -v, +v and ~v for ints and bools.
func intUnary(t *Thread, op UnOp, v Value) (Value, error) {
	if !IsIntOrBool(v) {
		return NotImplemented, nil
	}
	switch op {
	case OpPos:
		return intToExact(v), nil
	case OpNeg:
		return intNeg(t, v), nil
	}
	if i, ok := IntValue(v); ok && i != math.MinInt64 {
		return MakeInt(t, -i-1), nil
	}
	x := IntBig(v)
	return NewInt(t, x.Not(x)), nil
}

// RoundNumber implements round(v) (ndigits Null or None) and
// round(v, ndigits): ints round to ints (half to even for negative
// ndigits), floats to an int without ndigits and to a float with it.
// Other objects are rounded through their __round__ method.
func RoundNumber(t *Thread, v, ndigits Value) (Value, error) {
	noDigits := ndigits == Null || ndigits == None
	switch numKindOf(v) {
	case kindInt:
		if noDigits {
			return intToExact(v), nil
		}
		n, err := clampedIndex(t, ndigits)
		if err != nil {
			return Null, err
		}
		return roundInt(t, v, n), nil
	case kindFloat:
		if noDigits {
			z, err := FloatRoundToInt(v.Float())
			if err != nil {
				return Null, FormatErrorException(err)
			}
			return NewInt(t, z), nil
		}
		n, err := clampedIndex(t, ndigits)
		if err != nil {
			return Null, err
		}
		f, err := FloatRound(v.Float(), int(max(min(n, math.MaxInt32), math.MinInt32)))
		if err != nil {
			return Null, FormatErrorException(err)
		}
		return MakeFloat(f), nil
	}
	var args []Value
	if !noDigits {
		args = []Value{ndigits}
	}
	r, found, err := CallMethod(t, v, "__round__", args...)
	if !found {
		return Null, TypeError("type %s doesn't define __round__ method", TypeName(v))
	}
	return r, err
}

// clampedIndex converts v through __index__ and clamps it to the int64
// range, as CPython clamps ndigits.
func clampedIndex(t *Thread, v Value) (int64, error) {
	iv, err := IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	if i, ok := IntValue(iv); ok {
		return i, nil
	}
	if IntSign(iv) < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// roundInt rounds an int half to even to a multiple of 10**-n.
func roundInt(t *Thread, v Value, n int64) Value {
	if n >= 0 {
		return intToExact(v)
	}
	x := IntBig(v)
	// 10**k exceeds |x| once k is past the digit count: the result is 0.
	if n < -(int64(x.BitLen())/3 + 2) {
		return MakeSmallInt(0)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, m := bigFloorDivMod(x, unit) // x = q*unit + m, 0 <= m < unit
	twice := m.Lsh(m, 1)
	if c := twice.Cmp(unit); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewInt(t, q.Mul(q, unit))
}

// FormatIntBase returns bin(v), oct(v) or hex(v) for base 2, 8 or 16;
// v is converted with __index__.
func FormatIntBase(t *Thread, v Value, base int) (string, error) {
	iv, err := IndexValue(t, v)
	if err != nil {
		return "", err
	}
	var prefix string
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	default:
		panic("BUG: FormatIntBase base")
	}
	x := IntBig(iv)
	if x.Sign() < 0 {
		return "-" + prefix + x.Abs(x).Text(base), nil
	}
	return prefix + x.Text(base), nil
}
