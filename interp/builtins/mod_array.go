package builtins

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The array module: typed arrays stored compactly, as C values in a raw
// heap buffer, in the machine's byte order like CPython's.
//
// An array object (class arrayType, scanned) has three fields:
//
//	field 0  the typecode, as a small int (the character's code)
//	field 1  the length in items (a small int)
//	field 2  the storage: a raw buffer object, or Null while empty
//
// The buffer (class arrayBufType, never scanned: it holds no values)
// keeps its capacity in bytes in word 0 and the items from word 1. Its
// bytes are read and written only after t.TX.OpenRead / OpenWrite on it;
// growing allocates a new buffer and replaces the storage reference
// through the barrier, as bytearray does, so an aborted transaction never
// sees a half-grown buffer. Arguments are converted to C values before a
// slice of the buffer is taken, because a conversion may run guest code
// (__index__, __float__) that changes the array.

var (
	arrayType     *object.Type
	arrayBufType  *object.Type
	arrayIterType *object.Type
)

const (
	arrCodeField = 0
	arrLenField  = 1
	arrBufField  = 2
	arrFields    = 3

	arrBufCapOff  = gc.HeaderSize
	arrBufDataOff = gc.HeaderSize + gc.WordSize
)

// elemKind says how the bytes of an item are interpreted.
type elemKind int

const (
	kindSigned elemKind = iota
	kindUnsigned
	kindFloat
	kindUnicode
)

// typeCode describes one array typecode: its C type's size and range and
// the wording of CPython's range errors for it.
type typeCode struct {
	code byte
	size int
	kind elemKind
	// min and max bound the values of the signed types and of the
	// unsigned ones narrower than 64 bits.
	min, max int64
	// cname names the C type in "... is greater than maximum".
	cname string
}

// arrayTypeCodes in the order CPython's array.typecodes lists them.
var arrayTypeCodes = []*typeCode{
	{code: 'b', size: 1, kind: kindSigned, min: math.MinInt8, max: math.MaxInt8, cname: "signed char"},
	{code: 'B', size: 1, kind: kindUnsigned, max: math.MaxUint8, cname: "unsigned byte integer"},
	{code: 'u', size: 4, kind: kindUnicode},
	{code: 'h', size: 2, kind: kindSigned, min: math.MinInt16, max: math.MaxInt16, cname: "signed short integer"},
	{code: 'H', size: 2, kind: kindUnsigned, max: math.MaxUint16, cname: "unsigned short"},
	{code: 'i', size: 4, kind: kindSigned, min: math.MinInt32, max: math.MaxInt32, cname: "signed integer"},
	{code: 'I', size: 4, kind: kindUnsigned, max: math.MaxUint32, cname: "unsigned int"},
	{code: 'l', size: 8, kind: kindSigned, min: math.MinInt64, max: math.MaxInt64},
	{code: 'L', size: 8, kind: kindUnsigned},
	{code: 'q', size: 8, kind: kindSigned, min: math.MinInt64, max: math.MaxInt64},
	{code: 'Q', size: 8, kind: kindUnsigned},
	{code: 'f', size: 4, kind: kindFloat},
	{code: 'd', size: 8, kind: kindFloat},
}

func lookupTypeCode(c rune) *typeCode {
	for _, tc := range arrayTypeCodes {
		if rune(tc.code) == c {
			return tc
		}
	}
	return nil
}

var native = binary.NativeEndian

// load reads item i of data as a guest value.
func (tc *typeCode) load(t *object.Thread, data []byte, i int) Value {
	p := data[i*tc.size:]
	switch tc.code {
	case 'b':
		return object.MakeSmallInt(int64(int8(p[0])))
	case 'B':
		return object.MakeSmallInt(int64(p[0]))
	case 'h':
		return object.MakeSmallInt(int64(int16(native.Uint16(p))))
	case 'H':
		return object.MakeSmallInt(int64(native.Uint16(p)))
	case 'i':
		return object.MakeSmallInt(int64(int32(native.Uint32(p))))
	case 'I':
		return object.MakeSmallInt(int64(native.Uint32(p)))
	case 'l', 'q':
		return object.MakeInt(t, int64(native.Uint64(p)))
	case 'L', 'Q':
		u := native.Uint64(p)
		if u <= math.MaxInt64 {
			return object.MakeInt(t, int64(u))
		}
		return object.NewInt(t, new(big.Int).SetUint64(u))
	case 'f':
		return object.MakeFloat(float64(math.Float32frombits(native.Uint32(p))))
	case 'd':
		return object.MakeFloat(math.Float64frombits(native.Uint64(p)))
	case 'u':
		return object.NewStr(t, string(rune(int32(native.Uint32(p)))))
	}
	panic("BUG: array: unknown typecode")
}

// store writes the C value bits (as convert returns them) into item i.
func (tc *typeCode) store(data []byte, i int, bits uint64) {
	p := data[i*tc.size:]
	switch tc.size {
	case 1:
		p[0] = byte(bits)
	case 2:
		native.PutUint16(p, uint16(bits))
	case 4:
		native.PutUint32(p, uint32(bits))
	case 8:
		native.PutUint64(p, bits)
	}
}

// convert turns a guest value into the bits of a C item, with CPython's
// errors.
func (tc *typeCode) convert(t *object.Thread, v Value) (uint64, error) {
	switch tc.kind {
	case kindFloat:
		f, err := toFloat(t, v)
		if err != nil {
			return 0, err
		}
		if tc.size == 4 {
			return uint64(math.Float32bits(float32(f))), nil
		}
		return math.Float64bits(f), nil
	case kindUnicode:
		p := object.Payload(t, v)
		if object.IsStr(p) && object.StrLen(p) == 1 {
			r, _ := utf8.DecodeRune(object.StrView(p))
			return uint64(uint32(r)), nil
		}
		return 0, object.TypeError("array item must be unicode character")
	}
	iv, err := object.IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	if tc.kind == kindSigned {
		return tc.convertSigned(iv)
	}
	return tc.convertUnsigned(iv)
}

func (tc *typeCode) convertSigned(iv Value) (uint64, error) {
	n, ok := object.IntValue(iv)
	switch {
	case !ok && tc.code == 'q':
		return 0, object.OverflowError("int too big to convert")
	case !ok:
		return 0, object.OverflowError("Python int too large to convert to C long")
	case n < tc.min:
		return 0, object.OverflowError("%s is less than minimum", tc.cname)
	case n > tc.max:
		return 0, object.OverflowError("%s is greater than maximum", tc.cname)
	}
	return uint64(n), nil
}

func (tc *typeCode) convertUnsigned(iv Value) (uint64, error) {
	n, small := object.IntValue(iv)
	var u uint64
	fits := true // the value fits a C unsigned long
	switch {
	case small && n >= 0:
		u = uint64(n)
	case !small && object.IntBig(iv).Sign() > 0:
		b := object.IntBig(iv)
		fits = b.BitLen() <= 64
		u = b.Uint64()
	}
	negative := (small && n < 0) || (!small && object.IntBig(iv).Sign() < 0)
	switch tc.code {
	case 'B', 'H':
		// Parsed as a C long, then range-checked.
		switch {
		case !small:
			return 0, object.OverflowError("Python int too large to convert to C long")
		case n < 0:
			return 0, object.OverflowError("%s is less than minimum", tc.cname)
		case n > tc.max:
			return 0, object.OverflowError("%s is greater than maximum", tc.cname)
		}
	case 'I':
		switch {
		case negative:
			return 0, object.OverflowError("can't convert negative value to unsigned int")
		case !fits:
			return 0, object.OverflowError("Python int too large to convert to C unsigned long")
		case u > uint64(tc.max):
			return 0, object.OverflowError("%s is greater than maximum", tc.cname)
		}
	case 'L':
		switch {
		case negative:
			return 0, object.OverflowError("can't convert negative value to unsigned int")
		case !fits:
			return 0, object.OverflowError("Python int too large to convert to C unsigned long")
		}
	case 'Q':
		switch {
		case negative:
			return 0, object.OverflowError("can't convert negative int to unsigned")
		case !fits:
			return 0, object.OverflowError("int too big to convert")
		}
	}
	return u, nil
}

// ---- storage ----

func arrayCode(t *object.Thread, a Value) *typeCode {
	return lookupTypeCode(rune(object.Field(t, a, arrCodeField).SmallInt()))
}

func arrayLen(t *object.Thread, a Value) int {
	return int(object.Field(t, a, arrLenField).SmallInt())
}

// arrayBytes returns the items of a as bytes (aliasing the heap: not to
// be kept across guest code or a change of a).
func arrayBytes(t *object.Thread, a Value) []byte {
	n := arrayLen(t, a)
	if n == 0 {
		return nil
	}
	buf := object.Field(t, a, arrBufField).Addr()
	t.TX.OpenRead(buf)
	return gc.Bytes(buf, arrBufDataOff, n*arrayCode(t, a).size)
}

// arrayResize sets a's length to n items, keeping the first
// min(old, n) items, and returns its bytes, open for writing; new items
// are zero.
func arrayResize(t *object.Thread, a Value, n int) []byte {
	tc := arrayCode(t, a)
	old := arrayLen(t, a) * tc.size
	want := n * tc.size
	bufV := object.Field(t, a, arrBufField)
	capacity := 0
	if bufV != Null {
		capacity = int(gc.Load(bufV.Addr(), arrBufCapOff))
	}
	if want > capacity {
		newCap := max(want, 2*capacity, 16)
		nb := object.AllocObject(t, arrayBufType, 1+(newCap+7)/8)
		gc.Store(nb.Addr(), arrBufCapOff, uint64(newCap))
		if old > 0 {
			t.TX.OpenRead(bufV.Addr())
			copy(gc.Bytes(nb.Addr(), arrBufDataOff, old), gc.Bytes(bufV.Addr(), arrBufDataOff, old))
		}
		object.SetField(t, a, arrBufField, nb)
		bufV = nb
	} else if bufV != Null {
		t.TX.OpenWrite(bufV.Addr())
	}
	object.SetField(t, a, arrLenField, object.MakeSmallInt(int64(n)))
	if want == 0 {
		return nil
	}
	data := gc.Bytes(bufV.Addr(), arrBufDataOff, want)
	if want > old {
		clear(data[old:])
	}
	return data
}

// arraySet replaces the contents of a with b (which may alias them).
func arraySet(t *object.Thread, a Value, b []byte) {
	tmp := append([]byte(nil), b...)
	data := arrayResize(t, a, len(tmp)/arrayCode(t, a).size)
	copy(data, tmp)
}

func newArray(t *object.Thread, tc *typeCode, b []byte) Value {
	a := object.AllocObject(t, arrayType, arrFields)
	object.SetField(t, a, arrCodeField, object.MakeSmallInt(int64(tc.code)))
	object.SetField(t, a, arrLenField, object.MakeSmallInt(0))
	if len(b) > 0 {
		copy(arrayResize(t, a, len(b)/tc.size), b)
	}
	return a
}

// arrayOf returns the array behind v (an array or an instance of a user
// subclass), or Null.
func arrayOf(t *object.Thread, v Value) Value {
	p := object.Payload(t, v)
	if object.HasClass(p, arrayType) {
		return p
	}
	return Null
}

// ---- module and type ----

func init() {
	registerGoModule("array", buildArray)
	object.OnBoot(60, bootArray)
}

func buildArray(th *vm.Thread) (Value, error) {
	b := newModule(th, "array")
	b.set("array", arrayType.Ref)
	b.set("ArrayType", arrayType.Ref)
	var codes strings.Builder
	for _, tc := range arrayTypeCodes {
		codes.WriteByte(tc.code)
	}
	b.set("typecodes", object.NewStr(th.Thread, codes.String()))
	return b.mod, nil
}

func bootArray(t *object.Thread) {
	arrayBufType = object.NewBuiltinType(t, "array_buffer", gc.ScanNone)
	arrayIterType = object.NewBuiltinType(t, "arrayiterator", gc.ScanAll)
	arrayIterType.Slots.Iter = func(t *object.Thread, v Value) (Value, error) { return v, nil }
	arrayIterType.Slots.Next = arrayIterNext

	// CPython's type is named "array.array" in messages and repr but
	// "array" as __qualname__.
	typ := object.NewBuiltinType(t, "array.array", gc.ScanAll)
	typ.Qualname = "array"
	typ.Module = "array"
	typ.Flags |= object.FlagBaseType | object.FlagUnhashable
	s := &typ.Slots
	s.New = arrayNew
	s.Repr = arrayRepr
	s.Len = func(t *object.Thread, v Value) (int, error) { return arrayLen(t, v), nil }
	s.Bool = func(t *object.Thread, v Value) (bool, error) { return arrayLen(t, v) > 0, nil }
	s.Iter = func(t *object.Thread, v Value) (Value, error) {
		return newIterObject(t, arrayIterType, v, object.MakeSmallInt(0)), nil
	}
	s.GetItem = arrayGetItem
	s.SetItem = arraySetItem
	s.Contains = func(t *object.Thread, v, x Value) (bool, error) {
		i, err := arrayFind(t, v, x, 0, math.MaxInt)
		return i >= 0, err
	}
	s.Compare = arrayCompare
	s.Binary = arrayBinary
	s.GetAttr = func(t *object.Thread, v Value, name string) (Value, error) {
		switch name {
		case "typecode":
			return object.NewStr(t, string(rune(arrayCode(t, v).code))), nil
		case "itemsize":
			return object.MakeSmallInt(int64(arrayCode(t, v).size)), nil
		}
		return Null, nil
	}
	arrayType = typ
	for name, fn := range map[string]object.BuiltinFn{
		"append": arrayAppend, "extend": arrayExtend, "pop": arrayPop, "insert": arrayInsert,
		"remove": arrayRemove, "index": arrayIndex, "count": arrayCount, "reverse": arrayReverse,
		"tolist": arrayToList, "tobytes": arrayToBytes, "frombytes": arrayFromBytes,
		"fromlist": arrayFromList, "tounicode": arrayToUnicode, "fromunicode": arrayFromUnicode,
		"buffer_info": arrayBufferInfo, "byteswap": arrayByteswap,
		"__copy__": arrayCopy, "__deepcopy__": arrayCopy, "__reduce_ex__": arrayReduceEx,
		"__iadd__": arrayInplace(object.OpAdd), "__imul__": arrayInplace(object.OpMul),
	} {
		object.DefMethod(t, typ, name, fn)
	}
}

// arrayNew is array(typecode[, initializer]).
func arrayNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, object.TypeError("array.array() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return Null, object.TypeError("array() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return Null, object.TypeError("array() takes at most 2 arguments (%d given)", len(args))
	}
	code := object.Payload(t, args[0])
	if !object.IsStr(code) || object.StrLen(code) != 1 {
		return Null, object.TypeError("array() argument 1 must be a unicode character, not %s", object.TypeName(args[0]))
	}
	r, _ := utf8.DecodeRune(object.StrView(code))
	tc := lookupTypeCode(r)
	if tc == nil {
		return Null, object.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(t, tc, nil)
	if len(args) == 1 {
		return a, nil
	}
	init := args[1]
	p := object.Payload(t, init)
	switch {
	case object.IsStr(p):
		if tc.code != 'u' {
			return Null, object.TypeError("cannot use a str to initialize an array with typecode '%c'", tc.code)
		}
		return a, arrayAppendUnicode(t, a, p)
	case object.IsBytes(p) || object.IsByteArray(p):
		return a, arrayAppendBytes(t, a, object.BytesView(p))
	}
	if src := arrayOf(t, init); src != Null && arrayCode(t, src).code == 'u' && tc.code != 'u' {
		return Null, object.TypeError("cannot use a unicode array to initialize an array with typecode '%c'", tc.code)
	}
	items, err := object.CollectUnpinned(t, init, a)
	if err != nil {
		return Null, err
	}
	return a, arrayAppendValues(t, a, items)
}

// arrayAppendValues converts all items first, so that a bad item leaves
// the array unchanged, then appends them.
func arrayAppendValues(t *object.Thread, a Value, items []Value) error {
	tc := arrayCode(t, a)
	bits := make([]uint64, len(items))
	for i, v := range items {
		b, err := tc.convert(t, v)
		if err != nil {
			return err
		}
		bits[i] = b
	}
	n := arrayLen(t, a)
	data := arrayResize(t, a, n+len(bits))
	for i, b := range bits {
		tc.store(data, n+i, b)
	}
	return nil
}

func arrayAppendBytes(t *object.Thread, a Value, b []byte) error {
	tc := arrayCode(t, a)
	if len(b)%tc.size != 0 {
		return object.ValueError("bytes length not a multiple of item size")
	}
	tmp := append([]byte(nil), b...)
	n := arrayLen(t, a)
	data := arrayResize(t, a, n+len(tmp)/tc.size)
	copy(data[n*tc.size:], tmp)
	return nil
}

func arrayAppendUnicode(t *object.Thread, a Value, s Value) error {
	runes := []rune(object.StrGo(s))
	n := arrayLen(t, a)
	data := arrayResize(t, a, n+len(runes))
	tc := arrayCode(t, a)
	for i, r := range runes {
		tc.store(data, n+i, uint64(uint32(r)))
	}
	return nil
}

// ---- slots ----

func arrayRepr(t *object.Thread, v Value) (string, error) {
	tc := arrayCode(t, v)
	n := arrayLen(t, v)
	head := "array('" + string(rune(tc.code)) + "'"
	if n == 0 {
		return head + ")", nil
	}
	if tc.code == 'u' {
		return head + ", " + object.StrRepr(unicodeString(t, v)) + ")", nil
	}
	items := arrayItems(t, v)
	parts := make([]string, len(items))
	for i, x := range items {
		r, err := object.Repr(t, x)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	return head + ", [" + strings.Join(parts, ", ") + "])", nil
}

func unicodeString(t *object.Thread, a Value) string {
	data := arrayBytes(t, a)
	var b strings.Builder
	for i := 0; i < len(data); i += 4 {
		b.WriteRune(rune(int32(native.Uint32(data[i:]))))
	}
	return b.String()
}

// arrayItems returns the items as guest values.
func arrayItems(t *object.Thread, a Value) []Value {
	tc := arrayCode(t, a)
	data := arrayBytes(t, a)
	n := len(data) / tc.size
	items := make([]Value, n)
	for i := range items {
		items[i] = tc.load(t, data, i)
	}
	return items
}

// arrayIndexArg converts a subscript to a position, or errors with msg
// when it is out of range.
func arrayIndexArg(t *object.Thread, key Value, n int, msg string) (int, error) {
	i, err := object.AsIndex(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, object.IndexError("%s", msg)
	}
	return i, nil
}

func isIndexable(t *object.Thread, key Value) bool {
	return object.IsIntOrBool(key) || object.TypeOf(key).Lookup(t, "__index__") != Null
}

func arrayGetItem(t *object.Thread, v, key Value) (Value, error) {
	tc := arrayCode(t, v)
	n := arrayLen(t, v)
	if object.IsSlice(key) {
		start, _, step, count, err := object.SliceIndices(t, key, n)
		if err != nil {
			return Null, err
		}
		data := arrayBytes(t, v)
		out := make([]byte, 0, count*tc.size)
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			out = append(out, data[i*tc.size:(i+1)*tc.size]...)
		}
		return newArray(t, tc, out), nil
	}
	if !isIndexable(t, key) {
		return Null, object.TypeError("array indices must be integers")
	}
	i, err := arrayIndexArg(t, key, n, "array index out of range")
	if err != nil {
		return Null, err
	}
	return tc.load(t, arrayBytes(t, v), i), nil
}

func arraySetItem(t *object.Thread, v, key, val Value) error {
	tc := arrayCode(t, v)
	n := arrayLen(t, v)
	if object.IsSlice(key) {
		return arraySetSlice(t, v, key, val)
	}
	if !isIndexable(t, key) {
		return object.TypeError("array indices must be integers")
	}
	i, err := arrayIndexArg(t, key, n, "array assignment index out of range")
	if err != nil {
		return err
	}
	if val == Null {
		data := arrayBytes(t, v)
		rest := append([]byte(nil), data[(i+1)*tc.size:]...)
		copy(arrayResize(t, v, n-1)[i*tc.size:], rest)
		return nil
	}
	bits, err := tc.convert(t, val)
	if err != nil {
		return err
	}
	if i >= arrayLen(t, v) {
		// The conversion ran guest code that shrank the array.
		return object.IndexError("array assignment index out of range")
	}
	tc.store(arrayResize(t, v, arrayLen(t, v)), i, bits)
	return nil
}

// arraySetSlice assigns an array of the same typecode to a slice, or
// deletes the slice (val == Null).
func arraySetSlice(t *object.Thread, v, key, val Value) error {
	tc := arrayCode(t, v)
	n := arrayLen(t, v)
	var src []byte
	if val != Null {
		other := arrayOf(t, val)
		if other == Null {
			return object.TypeError("can only assign array (not \"%s\") to array slice", object.TypeName(val))
		}
		if arrayCode(t, other) != tc {
			return object.TypeError("bad argument type for built-in operation")
		}
		src = append([]byte(nil), arrayBytes(t, other)...)
	}
	start, stop, step, count, err := object.SliceIndices(t, key, n)
	if err != nil {
		return err
	}
	data := append([]byte(nil), arrayBytes(t, v)...)
	size := tc.size
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(data)-(stop-start)*size+len(src))
		out = append(out, data[:start*size]...)
		out = append(out, src...)
		out = append(out, data[stop*size:]...)
		arraySet(t, v, out)
		return nil
	}
	if val == Null {
		drop := make(map[int]bool, count)
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			drop[i] = true
		}
		out := make([]byte, 0, len(data))
		for i := 0; i < n; i++ {
			if !drop[i] {
				out = append(out, data[i*size:(i+1)*size]...)
			}
		}
		arraySet(t, v, out)
		return nil
	}
	if len(src)/size != count {
		return object.ValueError("attempt to assign array of size %d to extended slice of size %d", len(src)/size, count)
	}
	for k, i := 0, start; k < count; k, i = k+1, i+step {
		copy(data[i*size:(i+1)*size], src[k*size:(k+1)*size])
	}
	arraySet(t, v, data)
	return nil
}

// The iterator: field 0 the array, field 1 the next index.
func arrayIterNext(t *object.Thread, it Value) (Value, error) {
	a := object.Field(t, it, 0)
	if a == Null {
		return Null, nil
	}
	i := int(object.Field(t, it, 1).SmallInt())
	if i >= arrayLen(t, a) {
		object.SetField(t, it, 0, Null)
		return Null, nil
	}
	object.SetField(t, it, 1, object.MakeSmallInt(int64(i+1)))
	return arrayCode(t, a).load(t, arrayBytes(t, a), i), nil
}

// arrayCompare compares item by item, as sequences do; arrays of
// different lengths are unequal without looking at the items.
func arrayCompare(t *object.Thread, a, b Value, op object.CompareOp) (Value, error) {
	other := arrayOf(t, b)
	if other == Null {
		return object.NotImplemented, nil
	}
	na, nb := arrayLen(t, a), arrayLen(t, other)
	if na != nb && (op == object.EQ || op == object.NE) {
		return object.Bool(op == object.NE), nil
	}
	xs, ys := arrayItems(t, a), arrayItems(t, other)
	for i := 0; i < len(xs) && i < len(ys); i++ {
		eq, err := itemEqual(t, xs[i], ys[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			if op == object.EQ {
				return object.False, nil
			}
			if op == object.NE {
				return object.True, nil
			}
			return object.RichCompare(t, xs[i], ys[i], op)
		}
	}
	var r bool
	switch op {
	case object.LT:
		r = len(xs) < len(ys)
	case object.LE:
		r = len(xs) <= len(ys)
	case object.EQ:
		r = len(xs) == len(ys)
	case object.NE:
		r = len(xs) != len(ys)
	case object.GT:
		r = len(xs) > len(ys)
	case object.GE:
		r = len(xs) >= len(ys)
	}
	return object.Bool(r), nil
}

// arrayBinary implements + and * (and their in-place forms, which
// mutate the left operand).
func arrayBinary(t *object.Thread, op object.BinOp, a, b Value) (Value, error) {
	inplace := op >= object.InplaceOffset
	if inplace {
		op -= object.InplaceOffset
	}
	left := arrayOf(t, a)
	switch op {
	case object.OpAdd:
		if left == Null {
			return object.NotImplemented, nil
		}
		right := arrayOf(t, b)
		if right == Null {
			if inplace {
				return Null, object.TypeError("can only extend array with array (not \"%s\")", object.TypeName(b))
			}
			return Null, object.TypeError("can only append array (not \"%s\") to array", object.TypeName(b))
		}
		if arrayCode(t, right) != arrayCode(t, left) {
			if inplace {
				return Null, object.TypeError("can only extend with array of same kind")
			}
			return Null, object.TypeError("bad argument type for built-in operation")
		}
		rb := append([]byte(nil), arrayBytes(t, right)...)
		if inplace {
			return a, arrayAppendBytes(t, left, rb)
		}
		out := append(append([]byte(nil), arrayBytes(t, left)...), rb...)
		return newArray(t, arrayCode(t, left), out), nil
	case object.OpMul:
		arr, count := left, b
		if arr == Null {
			arr, count = arrayOf(t, b), a
		}
		if arr == Null || !isIndexable(t, count) {
			if arr != Null {
				return Null, object.TypeError("can't multiply sequence by non-int of type '%s'", object.TypeName(count))
			}
			return object.NotImplemented, nil
		}
		k, err := object.AsIndex(t, count)
		if err != nil {
			return Null, err
		}
		if k < 0 {
			k = 0
		}
		data := arrayBytes(t, arr)
		if len(data) > 0 && int64(k) > object.MaxBytes/int64(len(data)) {
			return Null, object.NewError(object.MemoryErrorType, "")
		}
		out := make([]byte, 0, len(data)*k)
		for ; k > 0; k-- {
			out = append(out, data...)
		}
		if inplace && arr == left {
			arraySet(t, left, out)
			return a, nil
		}
		return newArray(t, arrayCode(t, arr), out), nil
	}
	return object.NotImplemented, nil
}

// ---- methods ----

// arrayInplace makes __iadd__ and __imul__, which the object model calls
// for += and *= on Go-defined types: they extend or repeat the array in
// place and return it.
func arrayInplace(op object.BinOp) object.BuiltinFn {
	return func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne(object.BinSymbols[op], args, kw); err != nil {
			return Null, err
		}
		return arrayBinary(t, op+object.InplaceOffset, self, args[0])
	}
}

func arrayAppend(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("append", args, kw); err != nil {
		return Null, err
	}
	return object.None, arrayAppendValues(t, self, args)
}

func arrayExtend(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("extend", args, kw); err != nil {
		return Null, err
	}
	if other := arrayOf(t, args[0]); other != Null {
		if arrayCode(t, other) != arrayCode(t, self) {
			return Null, object.TypeError("can only extend with array of same kind")
		}
		return object.None, arrayAppendBytes(t, self, arrayBytes(t, other))
	}
	// Items are appended one by one: those before a bad item stay.
	err := object.ForEachUnpinned(t, args[0], func(x Value) (bool, error) {
		return false, arrayAppendValues(t, self, []Value{x})
	}, &self)
	return object.None, err
}

func arrayPop(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("pop", args, kw, 0, 1); err != nil {
		return Null, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = object.AsIndex(t, args[0]); err != nil {
			return Null, err
		}
	}
	n := arrayLen(t, self)
	if n == 0 {
		return Null, object.IndexError("pop from empty array")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Null, object.IndexError("pop index out of range")
	}
	tc := arrayCode(t, self)
	data := arrayBytes(t, self)
	x := tc.load(t, data, i)
	rest := append([]byte(nil), data[(i+1)*tc.size:]...)
	copy(arrayResize(t, self, n-1)[i*tc.size:], rest)
	return x, nil
}

func arrayInsert(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("insert", args, kw, 2, 2); err != nil {
		return Null, err
	}
	i, err := object.AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	tc := arrayCode(t, self)
	bits, err := tc.convert(t, args[1])
	if err != nil {
		return Null, err
	}
	n := arrayLen(t, self)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	data := arrayResize(t, self, n+1)
	copy(data[(i+1)*tc.size:], data[i*tc.size:n*tc.size])
	tc.store(data, i, bits)
	return object.None, nil
}

// itemEqual compares an item with a value as CPython does: the item is a
// fresh object, so no identity shortcut applies (a NaN item equals
// nothing, not even the NaN it came from; atompy's unboxed floats would
// otherwise compare equal by identity).
func itemEqual(t *object.Thread, item, x Value) (bool, error) {
	if item.IsFloat() && x.IsFloat() {
		return item.Float() == x.Float(), nil
	}
	return object.Equal(t, item, x)
}

// arrayFind returns the first index in [start, stop) whose item equals x,
// or -1.
func arrayFind(t *object.Thread, a, x Value, start, stop int) (int, error) {
	items := arrayItems(t, a)
	stop = min(stop, len(items))
	for i := start; i < stop; i++ {
		eq, err := itemEqual(t, items[i], x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func arrayRemove(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("remove", args, kw); err != nil {
		return Null, err
	}
	i, err := arrayFind(t, self, args[0], 0, math.MaxInt)
	if err != nil {
		return Null, err
	}
	if i < 0 {
		return Null, object.ValueError("array.remove(x): x not in array")
	}
	return object.None, arraySetItem(t, self, object.MakeSmallInt(int64(i)), Null)
}

func arrayIndex(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("index", args, kw, 1, 3); err != nil {
		return Null, err
	}
	n := arrayLen(t, self)
	bound := func(v Value) (int, error) {
		i, err := object.AsIndex(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i = max(i+n, 0)
		}
		return i, nil
	}
	start, stop := 0, n
	var err error
	if len(args) > 1 {
		if start, err = bound(args[1]); err != nil {
			return Null, err
		}
	}
	if len(args) > 2 {
		if stop, err = bound(args[2]); err != nil {
			return Null, err
		}
	}
	i, err := arrayFind(t, self, args[0], start, stop)
	if err != nil {
		return Null, err
	}
	if i < 0 {
		return Null, object.ValueError("array.index(x): x not in array")
	}
	return object.MakeSmallInt(int64(i)), nil
}

func arrayCount(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("count", args, kw); err != nil {
		return Null, err
	}
	count := 0
	for _, item := range arrayItems(t, self) {
		eq, err := itemEqual(t, item, args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			count++
		}
	}
	return object.MakeSmallInt(int64(count)), nil
}

func arrayReverse(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("reverse", args, kw); err != nil {
		return Null, err
	}
	tc := arrayCode(t, self)
	data := arrayResize(t, self, arrayLen(t, self))
	n := len(data) / tc.size
	tmp := make([]byte, tc.size)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		a, b := data[i*tc.size:(i+1)*tc.size], data[j*tc.size:(j+1)*tc.size]
		copy(tmp, a)
		copy(a, b)
		copy(b, tmp)
	}
	return object.None, nil
}

func arrayByteswap(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("byteswap", args, kw); err != nil {
		return Null, err
	}
	tc := arrayCode(t, self)
	data := arrayResize(t, self, arrayLen(t, self))
	for i := 0; i < len(data); i += tc.size {
		item := data[i : i+tc.size]
		for a, b := 0, tc.size-1; a < b; a, b = a+1, b-1 {
			item[a], item[b] = item[b], item[a]
		}
	}
	return object.None, nil
}

func arrayToList(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("tolist", args, kw); err != nil {
		return Null, err
	}
	return object.NewList(t, arrayItems(t, self)), nil
}

func arrayToBytes(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("tobytes", args, kw); err != nil {
		return Null, err
	}
	return object.NewBytes(t, arrayBytes(t, self)), nil
}

func arrayFromBytes(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("frombytes", args, kw); err != nil {
		return Null, err
	}
	p := object.Payload(t, args[0])
	if !object.IsBytes(p) && !object.IsByteArray(p) {
		if a := arrayOf(t, args[0]); a != Null {
			return object.None, arrayAppendBytes(t, self, arrayBytes(t, a))
		}
		return Null, object.TypeError("a bytes-like object is required, not '%s'", object.TypeName(args[0]))
	}
	return object.None, arrayAppendBytes(t, self, object.BytesView(p))
}

func arrayFromList(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("fromlist", args, kw); err != nil {
		return Null, err
	}
	if !object.IsInstance(args[0], object.ListType) {
		return Null, object.TypeError("arg must be list")
	}
	items := append([]Value(nil), object.ListItems(t, object.Payload(t, args[0]))...)
	return object.None, arrayAppendValues(t, self, items)
}

func arrayToUnicode(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("tounicode", args, kw); err != nil {
		return Null, err
	}
	if arrayCode(t, self).code != 'u' {
		return Null, object.ValueError("tounicode() may only be called on unicode type arrays")
	}
	return object.NewStr(t, unicodeString(t, self)), nil
}

func arrayFromUnicode(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("fromunicode", args, kw); err != nil {
		return Null, err
	}
	p := object.Payload(t, args[0])
	if !object.IsStr(p) {
		return Null, object.TypeError("fromunicode() argument must be str, not %s", object.TypeName(args[0]))
	}
	if arrayCode(t, self).code != 'u' {
		return Null, object.ValueError("fromunicode() may only be called on unicode type arrays")
	}
	return object.None, arrayAppendUnicode(t, self, p)
}

// arrayBufferInfo returns (address, length); the address is the buffer's
// arena address, meaningful only as an identity.
func arrayBufferInfo(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("buffer_info", args, kw); err != nil {
		return Null, err
	}
	addr := int64(0)
	if buf := object.Field(t, self, arrBufField); buf != Null {
		addr = int64(buf.Addr()) + int64(arrBufDataOff)
	}
	return object.NewTuple(t, []Value{object.MakeInt(t, addr), object.MakeSmallInt(int64(arrayLen(t, self)))}), nil
}

// arrayCopy serves copy.copy and copy.deepcopy: the items are plain
// numbers, so both copy the buffer.
func arrayCopy(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	return newArray(t, arrayCode(t, self), arrayBytes(t, self)), nil
}

func arrayReduceEx(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	tc := arrayCode(t, self)
	var init Value
	if tc.code == 'u' {
		init = object.NewStr(t, unicodeString(t, self))
	} else {
		init = object.NewList(t, arrayItems(t, self))
	}
	ctor := object.NewTuple(t, []Value{object.NewStr(t, string(rune(tc.code))), init})
	return object.NewTuple(t, []Value{arrayType.Ref, ctor, object.None}), nil
}
