package object

// Python ints.
//
// An int in [SmallIntMin, SmallIntMax] (48-bit two's complement) is an
// inline Value and costs no allocation; a larger one is a heap object of
// class bigintClass, never small-valued, so every int has exactly one
// encoding and equal ints compare equal as words when both are small.
//
// Big int layout (raw: the collector does not scan it; immutable):
//
//	word 2   limb count times the sign: n > 0 for a positive int, n < 0 for
//	         a negative one (zero is always a small int)
//	word 3…  |n| magnitude limbs, 64-bit, least significant first
//
// Arithmetic on big ints converts them to math/big temporaries and back
// (DESIGN.md section 3). Operations on two small ints take a fast path
// that neither allocates nor touches math/big (intops.go).
//
// bool is a subclass of int: True and False are constants, and every int
// operation accepts them as 1 and 0.

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"

	"atompy.dev/atompy/gc"
)

const (
	bigintCountOff = gc.HeaderSize
	bigintLimbsOff = gc.HeaderSize + gc.WordSize
)

// MakeInt returns the int i.
func MakeInt(t *Thread, i int64) Value {
	if FitsSmallInt(i) {
		return MakeSmallInt(i)
	}
	if i < 0 {
		return newBigint(t, true, []uint64{uint64(-i)}) // also right for MinInt64
	}
	return newBigint(t, false, []uint64{uint64(i)})
}

// NewInt returns the int x, small when it fits.
func NewInt(t *Thread, x *big.Int) Value {
	if x.IsInt64() {
		return MakeInt(t, x.Int64())
	}
	if bits.UintSize == 64 {
		return newBigintWords(t, x.Sign() < 0, x.Bits())
	}
	return newBigint(t, x.Sign() < 0, bigToLimbs(x))
}

// newBigintWords is newBigint for 64-bit big.Words: one block copy from the
// big.Int's words into the arena.
func newBigintWords(t *Thread, neg bool, words []big.Word) Value {
	a := t.alloc(bigintClass, wordsSize(1+len(words)))
	n := int64(len(words))
	if neg {
		n = -n
	}
	gc.Store(a, bigintCountOff, uint64(n))
	copy(limbWords(a, len(words)), words)
	return FromAddr(a)
}

// limbWords views the limbs of big int a as big.Words (64-bit platforms
// only), aliasing the arena: for block copies, never for keeping.
func limbWords(a gc.Addr, n int) []big.Word {
	if n == 0 {
		return nil
	}
	b := gc.Bytes(a, bigintLimbsOff, n*gc.WordSize)
	return unsafe.Slice((*big.Word)(unsafe.Pointer(&b[0])), n)
}

// newBigint allocates a big int with the given magnitude limbs, which must
// be normalised (no high zero limbs) and describe a value outside the small
// range.
func newBigint(t *Thread, neg bool, limbs []uint64) Value {
	a := t.alloc(bigintClass, wordsSize(1+len(limbs)))
	n := int64(len(limbs))
	if neg {
		n = -n
	}
	gc.Store(a, bigintCountOff, uint64(n))
	for i, l := range limbs {
		gc.Store(a, bigintLimbsOff+uintptr(i)*gc.WordSize, l)
	}
	return FromAddr(a)
}

// bigToLimbs returns the magnitude of x as 64-bit limbs, whatever the
// width of big.Word on this platform.
func bigToLimbs(x *big.Int) []uint64 {
	words := x.Bits()
	if bits.UintSize == 64 {
		limbs := make([]uint64, len(words))
		for i, w := range words {
			limbs[i] = uint64(w)
		}
		return limbs
	}
	limbs := make([]uint64, (len(words)+1)/2)
	for i, w := range words {
		limbs[i/2] |= uint64(w) << (32 * uint(i%2))
	}
	for len(limbs) > 0 && limbs[len(limbs)-1] == 0 {
		limbs = limbs[:len(limbs)-1]
	}
	return limbs
}

// isBigint reports whether v is a heap big int.
func isBigint(v Value) bool { return v.IsRef() && classOf(v) == bigintClass }

// bigintCount returns the signed limb count of a big int.
func bigintCount(v Value) int64 { return int64(gc.Load(v.Addr(), bigintCountOff)) }

// bigintValue copies a heap big int into a new big.Int.
func bigintValue(v Value) *big.Int {
	a := v.Addr()
	n := bigintCount(v)
	neg := n < 0
	if neg {
		n = -n
	}
	var words []big.Word
	if bits.UintSize == 64 {
		words = make([]big.Word, n)
		copy(words, limbWords(a, int(n)))
	} else {
		words = make([]big.Word, 2*n)
		for i := int64(0); i < n; i++ {
			l := gc.Load(a, bigintLimbsOff+uintptr(i)*gc.WordSize)
			words[2*i] = big.Word(l & math.MaxUint32)
			words[2*i+1] = big.Word(l >> 32)
		}
	}
	x := new(big.Int).SetBits(words)
	if neg {
		x.Neg(x)
	}
	return x
}

// IsInt reports whether v is exactly an int (small or big; not a bool).
func IsInt(v Value) bool { return v.IsSmallInt() || isBigint(v) }

// IsIntOrBool reports whether v is an int or a bool.
func IsIntOrBool(v Value) bool { return v.IsSmallInt() || v.IsBool() || isBigint(v) }

// IntValue returns the value of an int or bool if it fits in an int64.
func IntValue(v Value) (int64, bool) {
	switch {
	case v.IsSmallInt():
		return v.SmallInt(), true
	case v == True:
		return 1, true
	case v == False:
		return 0, true
	case isBigint(v):
		n := bigintCount(v)
		if n != 1 && n != -1 {
			return 0, false
		}
		l := gc.Load(v.Addr(), bigintLimbsOff)
		if n > 0 {
			return int64(l), l <= math.MaxInt64
		}
		return -int64(l), l <= 1<<63
	}
	return 0, false
}

// intBigView returns the value of the int v as a big.Int that aliases the
// arena limbs of a heap big int (using holder for its header): it must only
// be read, and not kept past the current operation.
func intBigView(v Value, holder *big.Int) *big.Int {
	if bits.UintSize != 64 || !isBigint(v) {
		return IntBig(v)
	}
	n := bigintCount(v)
	neg := n < 0
	if neg {
		n = -n
	}
	holder.SetBits(limbWords(v.Addr(), int(n)))
	if neg {
		holder.Neg(holder)
	}
	return holder
}

// IntBig returns the value of an int or bool as a new big.Int.
func IntBig(v Value) *big.Int {
	if isBigint(v) {
		return bigintValue(v)
	}
	i, ok := IntValue(v)
	if !ok {
		panic("BUG: IntBig of a " + TypeName(v))
	}
	return big.NewInt(i)
}

// IntSign returns -1, 0 or +1 as the int or bool v is negative, zero or
// positive.
func IntSign(v Value) int {
	if isBigint(v) {
		if bigintCount(v) < 0 {
			return -1
		}
		return 1
	}
	i, _ := IntValue(v)
	switch {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}

// intToExact returns the exact int equal to an int or bool (bool -> 0/1).
func intToExact(v Value) Value {
	switch v {
	case True:
		return MakeSmallInt(1)
	case False:
		return MakeSmallInt(0)
	}
	return v
}

// IntString returns str(v) for an int or bool's int value (decimal),
// with CPython's limit on the number of digits.
func IntString(v Value) (string, error) {
	if i, ok := IntValue(v); ok {
		return strconv.FormatInt(i, 10), nil
	}
	s, err := IntDecimalString(IntBig(v))
	return s, FormatErrorException(err)
}

func init() { OnBoot(10, bootInt) }

func bootInt(t *Thread) {
	s := &IntType.Slots
	s.New = intNew
	s.Repr = intRepr
	s.Hash = intHash
	s.Compare = numericCompare
	s.Bool = intBool
	s.Binary = numericBinary
	s.Unary = intUnary
	s.Index = intIndex
	s.GetAttr = intGetAttr
	defIntMethods(t, IntType)
}

func intRepr(t *Thread, v Value) (string, error) { return IntString(v) }

func intHash(t *Thread, v Value) (int64, error) {
	if i, ok := IntValue(v); ok {
		return smallIntHash(i), nil
	}
	return BigIntHash(IntBig(v)), nil
}

func intBool(t *Thread, v Value) (bool, error) { return IntSign(v) != 0, nil }

func intIndex(t *Thread, v Value) (Value, error) { return intToExact(v), nil }

// intGetAttr provides the numbers.Integral data attributes.
func intGetAttr(t *Thread, v Value, name string) (Value, error) {
	switch name {
	case "real", "numerator":
		return intToExact(v), nil
	case "imag":
		return MakeSmallInt(0), nil
	case "denominator":
		return MakeSmallInt(1), nil
	}
	return Null, nil
}

// intNew implements int(), int(x) and int(x, base).
func intNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	x, base, err := intNewArgs(args, kwnames)
	if err != nil {
		return Null, err
	}
	switch {
	case x == Null && base == Null:
		return MakeSmallInt(0), nil
	case x == Null:
		return Null, TypeError("int() missing string argument")
	case base == Null:
		return IntFromValue(t, x)
	}
	b, err := clampedIndex(t, base) // a huge base gets the range error
	if err != nil {
		return Null, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return Null, ValueError("int() base must be >= 2 and <= 36, or 0")
	}
	text, isBytes, ok := numStringArg(t, x)
	if !ok {
		return Null, TypeError("int() can't convert non-string with explicit base")
	}
	return parseIntText(t, text, isBytes, int(b))
}

// intNewArgs unpacks int's arguments: x is positional-only, base may be
// passed by keyword.
func intNewArgs(args []Value, kwnames []string) (x, base Value, err error) {
	npos := len(args) - len(kwnames)
	if npos > 2 {
		return Null, Null, TypeError("int() takes at most 2 arguments (%d given)", len(args))
	}
	if npos > 0 {
		x = args[0]
	}
	if npos > 1 {
		base = args[1]
	}
	for i, kw := range kwnames {
		switch {
		case kw != "base":
			return Null, Null, TypeError("'%s' is an invalid keyword argument for int()", kw)
		case npos > 1:
			return Null, Null, TypeError("argument for int() given by name ('base') and position (2)")
		}
		base = args[npos+i]
	}
	return x, base, nil
}

// IntFromValue implements int(x) with one argument.
func IntFromValue(t *Thread, x Value) (Value, error) {
	switch numKindOf(x) {
	case kindInt:
		return intToExact(x), nil
	case kindFloat:
		z, err := FloatToBigInt(x.Float())
		if err != nil {
			return Null, FormatErrorException(err)
		}
		return NewInt(t, z), nil
	}
	if r, done, err := intFromMethods(t, x); done {
		return r, err
	}
	text, isBytes, ok := numStringArg(t, x)
	if !ok {
		return Null, TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
	}
	return parseIntText(t, text, isBytes, 10)
}

// intFromMethods tries __int__, __index__ and __trunc__ in CPython's
// order; done is false when x has none of them.
func intFromMethods(t *Thread, x Value) (r Value, done bool, err error) {
	for _, name := range []string{"__int__", "__index__"} {
		r, found, err := CallMethod(t, x, name)
		if !found {
			continue
		}
		if err != nil {
			return Null, true, err
		}
		if !IsInstance(r, IntType) {
			return Null, true, TypeError("%s returned non-int (type %s)", name, TypeName(r))
		}
		return intToExact(Payload(t, r)), true, nil
	}
	r, found, err := CallMethod(t, x, "__trunc__")
	if !found {
		return Null, false, nil
	}
	if err != nil {
		return Null, true, err
	}
	if IsInstance(r, IntType) {
		return intToExact(Payload(t, r)), true, nil
	}
	if TypeOf(r).Lookup(t, "__index__") == Null {
		return Null, true, TypeError("__trunc__ returned non-Integral (type %s)", TypeName(r))
	}
	r, err = IndexValue(t, r)
	return r, true, err
}

// numStringArg returns the text of a str, bytes or bytearray (or of an
// instance of a user subclass of one); ok is false for other values.
func numStringArg(t *Thread, v Value) (text string, isBytes, ok bool) {
	if p := Payload(t, v); IsStr(p) {
		return StrGo(p), false, true
	}
	if b, ok := bytesLike(t, v); ok {
		return string(b), true, true
	}
	return "", false, false
}

// parseIntText parses int(text, base), quoting bytes as bytes in errors.
func parseIntText(t *Thread, text string, isBytes bool, base int) (Value, error) {
	z, err := ParseIntString(text, base)
	if err != nil {
		if fe, ok := err.(*FormatError); ok && isBytes && strings.HasPrefix(fe.Msg, "invalid literal") {
			return Null, ValueError("invalid literal for int() with base %d: %s", base, BytesRepr([]byte(text)))
		}
		return Null, FormatErrorException(err)
	}
	return NewInt(t, z), nil
}

// defIntMethods defines the methods of int (bool inherits them).
func defIntMethods(t *Thread, typ *Type) {
	exact := func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return intToExact(self), nil
	}
	for _, name := range []string{"conjugate", "__int__", "__trunc__", "__floor__", "__ceil__"} {
		name := name
		DefMethod(t, typ, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := numNoArgs(name, args, kw); err != nil {
				return Null, err
			}
			return exact(t, self, args, kw)
		})
	}
	DefMethod(t, typ, "__float__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("__float__", args, kw); err != nil {
			return Null, err
		}
		return floatResult(numToFloat(self))
	})
	DefMethod(t, typ, "bit_length", intBitLength)
	DefMethod(t, typ, "bit_count", intBitCount)
	DefMethod(t, typ, "as_integer_ratio", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("as_integer_ratio", args, kw); err != nil {
			return Null, err
		}
		return NewTuple(t, []Value{intToExact(self), MakeSmallInt(1)}), nil
	})
	DefMethod(t, typ, "to_bytes", intToBytes)
	DefClassMethod(t, typ, "from_bytes", intFromBytes)
	defNumberMethods(t, typ)
}

// defNumberMethods defines the methods int and float share: abs, round,
// divmod and three-argument pow.
func defNumberMethods(t *Thread, typ *Type) {
	DefMethod(t, typ, "__abs__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("__abs__", args, kw); err != nil {
			return Null, err
		}
		return Abs(t, self)
	})
	DefMethod(t, typ, "__round__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		nd := Null
		if err := UnpackArgs("__round__", args, kw, []string{"ndigits?"}, &nd); err != nil {
			return Null, err
		}
		return RoundNumber(t, self, nd)
	})
	DefMethod(t, typ, "__divmod__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__divmod__", args, 1, 1); err != nil {
			return Null, err
		}
		return Divmod(t, self, Payload(t, args[0]))
	})
	DefMethod(t, typ, "__rdivmod__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__rdivmod__", args, 1, 1); err != nil {
			return Null, err
		}
		return Divmod(t, Payload(t, args[0]), self)
	})
	DefMethod(t, typ, "__pow__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__pow__", args, 1, 2); err != nil {
			return Null, err
		}
		if len(args) == 2 && args[1] != None {
			return IntPow3(t, self, Payload(t, args[0]), Payload(t, args[1]))
		}
		return numericBinary(t, OpPow, self, Payload(t, args[0]))
	})
}

// numNoArgs checks that a method got no arguments at all.
func numNoArgs(name string, args []Value, kw []string) error {
	if err := NoKwargs(name, kw); err != nil {
		return err
	}
	return ArgCount(name, args, 0, 0)
}

func intBitLength(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := numNoArgs("bit_length", args, kw); err != nil {
		return Null, err
	}
	if i, ok := IntValue(self); ok {
		return MakeSmallInt(int64(bits.Len64(intAbsU64(i)))), nil
	}
	return MakeInt(t, int64(IntBig(self).BitLen())), nil
}

func intBitCount(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := numNoArgs("bit_count", args, kw); err != nil {
		return Null, err
	}
	if i, ok := IntValue(self); ok {
		return MakeSmallInt(int64(bits.OnesCount64(intAbsU64(i)))), nil
	}
	n := 0
	for _, w := range bigToLimbs(IntBig(self)) {
		n += bits.OnesCount64(w)
	}
	return MakeInt(t, int64(n)), nil
}

// byteOrderArgs unpacks (length|bytes, byteorder='big', *, signed=False).
func byteOrderArgs(t *Thread, fname, first string, args []Value, kw []string) (x Value, little, signed bool, err error) {
	order, sig := Null, Null
	if err := UnpackArgs(fname, args, kw, []string{first + "?", "byteorder?", "*", "signed?"}, &x, &order, &sig); err != nil {
		return Null, false, false, err
	}
	if order != Null {
		if !IsInstance(order, StrType) {
			return Null, false, false, TypeError("%s() argument 'byteorder' must be str, not %s", fname, TypeName(order))
		}
		switch StrGo(Payload(t, order)) {
		case "little":
			little = true
		case "big":
		default:
			return Null, false, false, ValueError("byteorder must be either 'little' or 'big'")
		}
	}
	if sig != Null {
		b, err := Truth(t, sig)
		if err != nil {
			return Null, false, false, err
		}
		signed = b
	}
	return x, little, signed, nil
}

// intToBytes implements int.to_bytes(length=1, byteorder='big', *,
// signed=False).
func intToBytes(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	lv, little, signed, err := byteOrderArgs(t, "to_bytes", "length", args, kw)
	if err != nil {
		return Null, err
	}
	length := 1
	if lv != Null {
		if length, err = AsIndex(t, lv); err != nil {
			return Null, err
		}
	}
	if length < 0 {
		return Null, ValueError("length argument must be non-negative")
	}
	b, err := twosComplementBytes(IntBig(self), length, signed)
	if err != nil {
		return Null, err
	}
	if little {
		reverseBytes(b)
	}
	return NewBytes(t, b), nil
}

// twosComplementBytes returns x as length big-endian bytes.
func twosComplementBytes(x *big.Int, length int, signed bool) ([]byte, error) {
	if x.Sign() < 0 && !signed {
		return nil, OverflowError("can't convert negative int to unsigned")
	}
	// Bits needed: the magnitude, plus a sign bit when signed (-2^(8n-1)
	// still fits, being the most negative n-byte value).
	need := x.BitLen()
	if signed {
		m := x
		if x.Sign() < 0 {
			m = new(big.Int).Not(x) // -x-1: the same bit length as x in two's complement
		}
		need = m.BitLen() + 1
	}
	if need > 8*length {
		return nil, OverflowError("int too big to convert")
	}
	v := x
	if x.Sign() < 0 {
		v = new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		v.Add(v, x)
	}
	return v.FillBytes(make([]byte, length)), nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intFromBytes implements int.from_bytes(bytes, byteorder='big', *,
// signed=False); bytes may be any iterable of ints in range(256).
func intFromBytes(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
	src, little, signed, err := byteOrderArgs(t, "from_bytes", "bytes", args, kw)
	if err != nil {
		return Null, err
	}
	b, err := byteValues(t, src)
	if err != nil {
		return Null, err
	}
	if little {
		reverseBytes(b)
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := NewInt(t, x)
	if typ := AsType(cls); typ != nil && typ != IntType {
		return Call(t, cls, []Value{r}, nil)
	}
	return r, nil
}

// byteValues returns the contents of a bytes-like object or collects an
// iterable of ints in range(256).
func byteValues(t *Thread, src Value) ([]byte, error) {
	if b, ok := bytesLike(t, src); ok {
		return append([]byte(nil), b...), nil
	}
	if IsStr(Payload(t, src)) {
		return nil, TypeError("cannot convert 'str' object to bytes")
	}
	items, err := Collect(t, src)
	if err != nil {
		return nil, err
	}
	b := make([]byte, len(items))
	for i, it := range items {
		n, err := AsIndex(t, it)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, ValueError("bytes must be in range(0, 256)")
		}
		b[i] = byte(n)
	}
	return b, nil
}
