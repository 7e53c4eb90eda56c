package object

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"atompy.dev/atompy/gc"
)

// bytes, bytearray and the text codecs (utf-8, ascii, latin-1).
//
// A bytes object is immutable and raw, like a str (class bytesClass, not
// scanned):
//
//	word 2  length
//	word 3  hash, 0 until computed (idempotent write, no barrier)
//	word 4… the bytes
//
// A bytearray (class bytearrayClass, scanned) is mutable:
//
//	word 2  length (a small int)
//	word 3  storage: a raw buffer object, or Null while empty
//
// The buffer (class byteBufClass, not scanned) holds its capacity in word 2
// and the bytes from word 3. Its bytes are read and written only after
// t.TX.OpenRead / OpenWrite on it; growing allocates a new buffer and
// replaces the storage reference through the barrier, so a transaction
// that aborts never sees a half-grown buffer.
//
// The methods shared by both types work on a []byte view of the receiver
// and build their results with the receiver's type.
const (
	bytesLenOff  = gc.HeaderSize
	bytesHashOff = gc.HeaderSize + gc.WordSize
	bytesDataOff = gc.HeaderSize + 2*gc.WordSize

	bytearrayLenOff = gc.HeaderSize
	bytearrayBufOff = gc.HeaderSize + gc.WordSize

	byteBufCapOff  = gc.HeaderSize
	byteBufDataOff = gc.HeaderSize + gc.WordSize
)

var (
	byteBufClass  uint32
	bytesIterType *Type
	bytesIterCls  uint32
)

func init() { OnBoot(10, bootBytes) }

// NewBytes copies b into a new bytes object.
func NewBytes(t *Thread, b []byte) Value {
	a := t.alloc(bytesClass, bytesDataOff+uintptr(len(b)))
	gc.Store(a, bytesLenOff, uint64(len(b)))
	copy(gc.Bytes(a, bytesDataOff, len(b)), b)
	return FromAddr(a)
}

// NewByteArray copies b into a new bytearray.
func NewByteArray(t *Thread, b []byte) Value {
	a := t.alloc(bytearrayClass, wordsSize(2))
	store(a, bytearrayLenOff, MakeSmallInt(0))
	v := FromAddr(a)
	if len(b) > 0 {
		buf := newByteBuf(t, len(b))
		copy(gc.Bytes(buf.Addr(), byteBufDataOff, len(b)), b)
		store(a, bytearrayBufOff, buf)
		store(a, bytearrayLenOff, MakeSmallInt(int64(len(b))))
	}
	return v
}

func newByteBuf(t *Thread, capacity int) Value {
	a := t.alloc(byteBufClass, byteBufDataOff+uintptr(capacity))
	gc.Store(a, byteBufCapOff, uint64(capacity))
	return FromAddr(a)
}

// IsBytes reports whether v is exactly a bytes object.
func IsBytes(v Value) bool { return v.IsRef() && classOf(v) == bytesClass }

// IsByteArray reports whether v is exactly a bytearray.
func IsByteArray(v Value) bool { return v.IsRef() && classOf(v) == bytearrayClass }

// BytesView returns the contents of a bytes or bytearray, aliasing the
// heap and without barriers: the slice must not be kept across a
// safepoint, nor across a mutation of the bytearray, nor written. Code
// inside this package uses bytesData, which goes through the barriers.
func BytesView(v Value) []byte {
	a := v.Addr()
	if IsBytes(v) {
		return gc.Bytes(a, bytesDataOff, int(gc.Load(a, bytesLenOff)))
	}
	n := int(load(a, bytearrayLenOff).SmallInt())
	if n == 0 {
		return nil
	}
	return gc.Bytes(load(a, bytearrayBufOff).Addr(), byteBufDataOff, n)
}

// bytesData is BytesView through the STM barriers.
func bytesData(t *Thread, v Value) []byte {
	a := v.Addr()
	if IsBytes(v) {
		return gc.Bytes(a, bytesDataOff, int(gc.Load(a, bytesLenOff)))
	}
	n := int(t.read(a, bytearrayLenOff).SmallInt())
	if n == 0 {
		return nil
	}
	buf := t.read(a, bytearrayBufOff).Addr()
	t.TX.OpenRead(buf)
	return gc.Bytes(buf, byteBufDataOff, n)
}

// bytearraySet replaces the contents of a bytearray with b (which may
// alias the current contents).
func bytearraySet(t *Thread, v Value, b []byte) {
	a := v.Addr()
	buf := t.read(a, bytearrayBufOff)
	capacity := 0
	if buf != Null {
		capacity = int(gc.Load(buf.Addr(), byteBufCapOff))
	}
	if len(b) > capacity {
		nb := newByteBuf(t, max(len(b), 2*capacity))
		copy(gc.Bytes(nb.Addr(), byteBufDataOff, len(b)), b)
		t.write(a, bytearrayBufOff, nb)
	} else if len(b) > 0 {
		t.TX.OpenWrite(buf.Addr())
		copy(gc.Bytes(buf.Addr(), byteBufDataOff, len(b)), b)
	}
	t.write(a, bytearrayLenOff, MakeSmallInt(int64(len(b))))
}

// bytesLike returns the contents of a bytes, a bytearray or an instance of
// a subclass of either (aliasing; see BytesView).
func bytesLike(t *Thread, v Value) ([]byte, bool) {
	if !v.IsRef() {
		return nil, false
	}
	if IsBytes(v) || IsByteArray(v) {
		return bytesData(t, v), true
	}
	if IsInstance(v, BytesType) || IsInstance(v, ByteArrayType) {
		return bytesData(t, Payload(t, v)), true
	}
	return nil, false
}

// bytesArg returns a copy of a bytes-like argument or CPython's TypeError.
func bytesArg(t *Thread, v Value) ([]byte, error) {
	b, ok := bytesLike(t, v)
	if !ok {
		return nil, TypeError("a bytes-like object is required, not '%s'", TypeName(v))
	}
	return append([]byte(nil), b...), nil
}

// newLike makes a bytes or a bytearray, the type of like, holding b.
func newLike(t *Thread, like Value, b []byte) Value {
	if IsByteArray(like) {
		return NewByteArray(t, b)
	}
	return NewBytes(t, b)
}

func bytesTypeName(v Value) string {
	if IsByteArray(v) {
		return "bytearray"
	}
	return "bytes"
}

func bootBytes(t *Thread) {
	byteBufClass = newClassID(ByteArrayType, nil, gc.ScanNone)
	bytesIterType = builtinType(t, "bytes_iterator", 0, ObjectType)
	bytesIterCls = newClassID(bytesIterType, nil, gc.ScanAll)
	bytesIterType.Class = bytesIterCls
	bytesIterType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	bytesIterType.Slots.Next = bytesIterNext

	for _, typ := range []*Type{BytesType, ByteArrayType} {
		s := &typ.Slots
		s.Repr = bytesRepr
		s.Compare = bytesCompare
		s.Len = func(t *Thread, v Value) (int, error) { return len(bytesData(t, v)), nil }
		s.Iter = bytesIter
		s.GetItem = bytesGetItem
		s.Contains = bytesContains
		s.Binary = bytesBinary
		for name, fn := range bytesMethods {
			DefMethod(t, typ, name, fn)
		}
		DefClassMethod(t, typ, "fromhex", bytesFromhex)
	}
	BytesType.Slots.New = bytesNew
	BytesType.Slots.Hash = bytesHash
	ByteArrayType.Slots.New = bytearrayNew
	ByteArrayType.Slots.Init = bytearrayInit
	ByteArrayType.Slots.SetItem = bytearraySetItem
	for name, fn := range bytearrayMethods {
		DefMethod(t, ByteArrayType, name, fn)
	}
}

// ---- construction ----

func bytesNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	b, err := bytesSource(t, "bytes", args, kwnames)
	if err != nil {
		return Null, err
	}
	return NewBytes(t, b), nil
}

func bytearrayNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	b, err := bytesSource(t, "bytearray", args, kwnames)
	if err != nil {
		return Null, err
	}
	return NewByteArray(t, b), nil
}

func bytearrayInit(t *Thread, self Value, args []Value, kwnames []string) error {
	b, err := bytesSource(t, "bytearray", args, kwnames)
	if err == nil {
		bytearraySet(t, self, b)
	}
	return err
}

// bytesSource computes the initial contents of bytes(...) or
// bytearray(...): empty, a str encoded, a count of zero bytes, a copy of a
// bytes-like object, or an iterable of ints.
func bytesSource(t *Thread, fname string, args []Value, kwnames []string) ([]byte, error) {
	var src, encV, errV Value
	if err := UnpackArgs(fname, args, kwnames, []string{"source?", "encoding?", "errors?"}, &src, &encV, &errV); err != nil {
		return nil, invalidKeyword(err, fname)
	}
	if encV != Null || errV != Null {
		return bytesFromStr(t, fname, src, encV, errV)
	}
	if src == Null {
		return nil, nil
	}
	if _, ok := asStr(t, src); ok {
		return nil, TypeError("string argument without an encoding")
	}
	if b, ok := bytesLike(t, src); ok {
		return append([]byte(nil), b...), nil
	}
	if isUser(TypeOf(src)) && TypeOf(src).Lookup(t, "__bytes__") != Null {
		return callDunderBytes(t, src)
	}
	if IsIntOrBool(src) || TypeOf(src).Lookup(t, "__index__") != Null {
		n, err := AsIndex(t, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, ValueError("negative count")
		}
		if int64(n) > MaxBytes {
			return nil, NewError(MemoryErrorType, "")
		}
		return make([]byte, n), nil
	}
	if !strIsIterable(t, src) {
		return nil, TypeError("cannot convert '%s' object to %s", TypeName(src), fname)
	}
	b, err := bytesFromInts(t, src)
	if err != nil && fname == "bytes" {
		if e, ok := err.(*Exception); ok && e.Msg == "byte must be in range(0, 256)" {
			err = ValueError("bytes must be in range(0, 256)")
		}
	}
	return b, err
}

func bytesFromStr(t *Thread, fname string, src, encV, errV Value) ([]byte, error) {
	s, ok := asStr(t, src)
	if !ok {
		if encV != Null {
			return nil, TypeError("encoding without a string argument")
		}
		return nil, TypeError("errors without a string argument")
	}
	enc, errs, err := codecArgs(t, fname, encV, errV)
	if err != nil {
		return nil, err
	}
	return Encode(StrGo(s), enc, errs)
}

func callDunderBytes(t *Thread, src Value) ([]byte, error) {
	r, _, err := CallMethod(t, src, "__bytes__")
	if err != nil {
		return nil, err
	}
	b, ok := bytesLike(t, r)
	if !ok || !IsInstance(r, BytesType) {
		return nil, TypeError("__bytes__ returned non-bytes (type %s)", TypeName(r))
	}
	return append([]byte(nil), b...), nil
}

// bytesFromInts collects an iterable of ints in range(256).
func bytesFromInts(t *Thread, src Value) ([]byte, error) {
	items, err := Collect(t, src)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		c, err := byteValue(t, it)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// byteValue converts an int-like value to a byte.
func byteValue(t *Thread, v Value) (byte, error) {
	n, err := AsIndex(t, v)
	if err != nil {
		if Matches(err, IndexErrorType) {
			return 0, ValueError("byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, ValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// ---- slots ----

func bytesRepr(t *Thread, v Value) (string, error) {
	b := bytesData(t, v)
	if IsBytes(v) {
		return BytesRepr(b), nil
	}
	return "bytearray(" + bytearrayReprBody(b) + ")", nil
}

// bytearrayReprBody is the b'...' part of a bytearray's repr. Unlike
// bytes, CPython's bytearray repr escapes ' even inside "...".
func bytearrayReprBody(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&sb, "\\x%02x", c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

func bytesHash(t *Thread, v Value) (int64, error) {
	a := v.Addr()
	if h := gc.Load(a, bytesHashOff); h != 0 {
		return int64(h), nil
	}
	h := hashBytes(bytesData(t, v))
	gc.Store(a, bytesHashOff, uint64(h))
	return h, nil
}

func bytesCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	x, ok1 := bytesLike(t, a)
	y, ok2 := bytesLike(t, b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(compareResult(bytes.Compare(x, y), op)), nil
}

// The bytes iterator: word 2 the bytes or bytearray, word 3 the next index
// (a small int). A bytearray may change length while iterated.
func bytesIter(t *Thread, v Value) (Value, error) {
	a := t.alloc(bytesIterCls, wordsSize(2))
	store(a, off0, v)
	store(a, off1, MakeSmallInt(0))
	return FromAddr(a), nil
}

func bytesIterNext(t *Thread, it Value) (Value, error) {
	a := it.Addr()
	i := int(t.read(a, off1).SmallInt())
	b := bytesData(t, load(a, off0))
	if i >= len(b) {
		return Null, nil
	}
	t.write(a, off1, MakeSmallInt(int64(i+1)))
	return MakeSmallInt(int64(b[i])), nil
}

func bytesGetItem(t *Thread, v, key Value) (Value, error) {
	b := bytesData(t, v)
	if IsSlice(key) {
		start, _, step, n, err := SliceIndices(t, key, len(b))
		if err != nil {
			return Null, err
		}
		b = bytesData(t, v)
		out := make([]byte, n)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out[k] = b[i]
		}
		return newLike(t, v, out), nil
	}
	i, err := bytesIndex(t, v, key, len(b))
	if err != nil {
		return Null, err
	}
	return MakeSmallInt(int64(bytesData(t, v)[i])), nil
}

// bytesIndex converts a subscript to a position within n items.
func bytesIndex(t *Thread, v, key Value, n int) (int, error) {
	if !IsIntOrBool(key) && TypeOf(key).Lookup(t, "__index__") == Null {
		what := "byte"
		if IsByteArray(v) {
			what = "bytearray"
		}
		return 0, TypeError("%s indices must be integers or slices, not %s", what, TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if IsByteArray(v) {
			return 0, IndexError("bytearray index out of range")
		}
		return 0, IndexError("index out of range")
	}
	return i, nil
}

func bytesContains(t *Thread, v, x Value) (bool, error) {
	needle, err := bytesNeedle(t, x, false)
	if err != nil {
		return false, err
	}
	return bytes.Contains(bytesData(t, v), needle), nil
}

// bytesNeedle reads the argument of in, find, count, index: an int in
// range(256) or a bytes-like object. findStyle selects the wording of
// find's TypeError.
func bytesNeedle(t *Thread, x Value, findStyle bool) ([]byte, error) {
	if b, ok := bytesLike(t, x); ok {
		return append([]byte(nil), b...), nil
	}
	if IsIntOrBool(x) || TypeOf(x).Lookup(t, "__index__") != Null {
		c, err := byteValue(t, x)
		return []byte{c}, err
	}
	if findStyle {
		return nil, TypeError("argument should be integer or bytes-like object, not '%s'", TypeName(x))
	}
	return nil, TypeError("a bytes-like object is required, not '%s'", TypeName(x))
}

func bytesBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	inplace := op >= InplaceOffset
	if inplace {
		op -= InplaceOffset
	}
	switch op {
	case OpAdd:
		x, ok := bytesLike(t, a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok := bytesLike(t, b)
		if !ok {
			if isUser(TypeOf(b)) {
				return NotImplemented, nil
			}
			return Null, TypeError("can't concat %s to %s", TypeName(b), TypeName(a))
		}
		out := append(append(make([]byte, 0, len(x)+len(y)), x...), y...)
		if inplace && IsByteArray(a) {
			bytearraySet(t, a, out)
			return a, nil
		}
		return newLike(t, Payload(t, a), out), nil
	case OpMul:
		seq, count := a, b
		if _, ok := bytesLike(t, a); !ok {
			seq, count = b, a
		}
		return bytesRepeat(t, seq, count, inplace)
	case OpMod:
		x, ok := bytesLike(t, a)
		if !ok {
			return NotImplemented, nil
		}
		out, err := BytesPercentFormat(t, x, b)
		if err != nil {
			return Null, err
		}
		return newLike(t, Payload(t, a), out), nil
	}
	return NotImplemented, nil
}

// BytesPercentFormat implements `format % args` for bytes and bytearray:
// the template and the text are handled as Latin-1 so that every byte is
// one character of the str machinery.
func BytesPercentFormat(t *Thread, format []byte, args Value) ([]byte, error) {
	f := percentFormatter{
		convert: bytesPercentConvert,
		key:     func(k string) Value { return NewBytes(t, latin1Encode(k)) },
		isOwn: func(v Value) bool {
			_, ok := bytesLike(t, v)
			return ok
		},
		what: "bytes",
	}
	s, err := f.format(t, aliasPercentB(latin1Decode(format)), args)
	if err != nil {
		return nil, err
	}
	return latin1Encode(s), nil
}

// aliasPercentB rewrites %b conversions as %s, which means the same for
// bytes and which the shared parser knows.
func aliasPercentB(format string) string {
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			continue
		}
		j := i + 1
		if j < len(rs) && rs[j] == '(' {
			for depth := 0; j < len(rs); j++ {
				if rs[j] == '(' {
					depth++
				} else if rs[j] == ')' {
					if depth--; depth == 0 {
						j++
						break
					}
				}
			}
		}
		for j < len(rs) && strings.ContainsRune("-+ #0123456789*.hlL", rs[j]) {
			j++
		}
		if j < len(rs) && rs[j] == 'b' {
			rs[j] = 's'
		}
		i = j
	}
	return string(rs)
}

// bytesPercentConvert formats one conversion of bytes formatting; the
// result is Latin-1 text.
func bytesPercentConvert(t *Thread, arg Value, sp PercentSpec) (string, error) {
	switch sp.Conv {
	case 's':
		b, err := bytesPercentArg(t, arg)
		if err != nil {
			return "", err
		}
		return PadPercentString(latin1Decode(b), sp), nil
	case 'r', 'a':
		r, err := Repr(t, arg)
		return PadPercentString(EscapeNonASCII(r), sp), err
	case 'c':
		return bytesPercentChar(t, arg, sp)
	}
	return percentConvert(t, arg, sp)
}

func bytesPercentArg(t *Thread, arg Value) ([]byte, error) {
	if b, ok := bytesLike(t, arg); ok {
		return b, nil
	}
	if TypeOf(arg).Lookup(t, "__bytes__") != Null {
		return callDunderBytes(t, arg)
	}
	return nil, TypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
}

func bytesPercentChar(t *Thread, arg Value, sp PercentSpec) (string, error) {
	sp.Prec = -1
	if b, ok := bytesLike(t, arg); ok && len(b) == 1 {
		return PadPercentString(latin1Decode(b), sp), nil
	}
	if x, ok := intPayload(t, arg); ok {
		if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 255 {
			return "", OverflowError("%s", "%c arg not in range(256)")
		}
		return PadPercentString(string(rune(x.Int64())), sp), nil
	}
	return "", TypeError("%s", "%c requires an integer in range(256) or a single byte")
}

func bytesRepeat(t *Thread, seq, count Value, inplace bool) (Value, error) {
	x, ok := bytesLike(t, seq)
	if !ok {
		return NotImplemented, nil
	}
	n, ok, err := repeatCount(t, count)
	if !ok {
		return NotImplemented, nil
	}
	if err == nil {
		err = checkRepeatSize(n, len(x))
	}
	if err != nil {
		return Null, err
	}
	out := bytes.Repeat(bytesData(t, Payload(t, seq)), n)
	if inplace && IsByteArray(seq) {
		bytearraySet(t, seq, out)
		return seq, nil
	}
	return newLike(t, Payload(t, seq), out), nil
}

func bytearraySetItem(t *Thread, v, key, val Value) error {
	if IsSlice(key) {
		return bytearraySetSlice(t, v, key, val)
	}
	b := bytesData(t, v)
	i, err := bytesIndex(t, v, key, len(b))
	if err != nil {
		return err
	}
	if val == Null {
		out := append(append([]byte(nil), b[:i]...), b[i+1:]...)
		bytearraySet(t, v, out)
		return nil
	}
	c, err := byteValue(t, val)
	if err != nil {
		return err
	}
	buf := t.read(v.Addr(), bytearrayBufOff).Addr()
	t.TX.OpenWrite(buf)
	gc.Bytes(buf, byteBufDataOff, len(b))[i] = c
	return nil
}

// bytearraySetSlice assigns to (or, with val Null, deletes) a slice.
func bytearraySetSlice(t *Thread, v, key, val Value) error {
	var repl []byte
	if val != Null {
		var err error
		if repl, err = bytesAssignable(t, val); err != nil {
			return err
		}
	}
	b := append([]byte(nil), bytesData(t, v)...)
	start, stop, step, n, err := SliceIndices(t, key, len(b))
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		out := append(append(append([]byte(nil), b[:start]...), repl...), b[stop:]...)
		bytearraySet(t, v, out)
		return nil
	}
	if val == Null {
		drop := map[int]bool{}
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			drop[i] = true
		}
		out := make([]byte, 0, len(b)-n)
		for i, c := range b {
			if !drop[i] {
				out = append(out, c)
			}
		}
		bytearraySet(t, v, out)
		return nil
	}
	if len(repl) != n {
		return ValueError("attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
	}
	for i, k := start, 0; k < n; i, k = i+step, k+1 {
		b[i] = repl[k]
	}
	bytearraySet(t, v, b)
	return nil
}

// bytesAssignable reads the right side of a bytearray slice assignment.
func bytesAssignable(t *Thread, val Value) ([]byte, error) {
	if b, ok := bytesLike(t, val); ok {
		return append([]byte(nil), b...), nil
	}
	if _, isStr := asStr(t, val); isStr || IsIntOrBool(val) || !strIsIterable(t, val) {
		return nil, TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return bytesFromInts(t, val)
}

// ---- methods ----

var bytesMethods = map[string]BuiltinFn{
	"decode": bytesDecode, "hex": bytesHex, "join": bytesJoin,
	"split": bytesSplitter("split", false), "rsplit": bytesSplitter("rsplit", true),
	"strip": bytesStripper("strip", true, true), "lstrip": bytesStripper("lstrip", true, false),
	"rstrip": bytesStripper("rstrip", false, true), "replace": bytesReplace,
	"find": bytesFinder("find", false, false), "rfind": bytesFinder("rfind", true, false),
	"index": bytesFinder("index", false, true), "rindex": bytesFinder("rindex", true, true),
	"count": bytesCount, "startswith": bytesAffix("startswith", false), "endswith": bytesAffix("endswith", true),
	"upper": bytesMapper("upper", asciiUpper), "lower": bytesMapper("lower", asciiLower),
	"swapcase": bytesMapper("swapcase", asciiSwap),
	"isdigit":  bytesAll("isdigit", isASCIIDigit), "isalpha": bytesAll("isalpha", isASCIIAlpha),
	"isspace": bytesAll("isspace", isASCIISpace), "isalnum": bytesAll("isalnum", isASCIIAlnum),
	"isascii": bytesIsASCII, "isupper": bytesCaseTest("isupper", asciiUpper),
	"islower":   bytesCaseTest("islower", asciiLower),
	"partition": bytesPartitioner("partition", false), "rpartition": bytesPartitioner("rpartition", true),
	"splitlines": bytesSplitlines, "center": bytesPadder("center"), "ljust": bytesPadder("ljust"),
	"rjust": bytesPadder("rjust"), "zfill": bytesZfill,
	"removeprefix": bytesRemover("removeprefix", false), "removesuffix": bytesRemover("removesuffix", true),
	"title": bytesTransform("title", asciiTitle), "capitalize": bytesTransform("capitalize", asciiCapitalize),
	"expandtabs": bytesExpandtabs, "istitle": bytesIstitle,
}

// bytesTransform makes a no-argument method that maps the whole buffer.
func bytesTransform(name string, f func([]byte) []byte) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		return newLike(t, self, f(bytesData(t, self))), nil
	}
}

// asciiTitle upper-cases the first letter of every run of letters.
func asciiTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		if prevCased {
			out[i] = asciiLower(c)
		} else {
			out[i] = asciiUpper(c)
		}
		prevCased = isASCIIAlpha(c)
	}
	return out
}

// asciiCapitalize upper-cases the first byte and lower-cases the rest.
func asciiCapitalize(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if i == 0 {
			out[i] = asciiUpper(c)
		} else {
			out[i] = asciiLower(c)
		}
	}
	return out
}

func bytesIstitle(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".istitle", args, kwnames, 0); err != nil {
		return Null, err
	}
	b := bytesData(t, self)
	cased, prevCased := false, false
	for _, c := range b {
		isUp, isLow := c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z'
		switch {
		case isUp:
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isLow:
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

func bytesExpandtabs(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	size := MakeSmallInt(8)
	if err := UnpackArgs("expandtabs", args, kwnames, []string{"tabsize?"}, &size); err != nil {
		return Null, err
	}
	n, err := AsIndex(t, size)
	if err != nil {
		return Null, err
	}
	var out []byte
	col := 0
	for _, c := range bytesData(t, self) {
		switch c {
		case '\t':
			if n > 0 {
				pad := n - col%n
				for k := 0; k < pad; k++ {
					out = append(out, ' ')
				}
				col += pad
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return newLike(t, self, out), nil
}

var bytearrayMethods = map[string]BuiltinFn{
	"append": bytearrayAppend, "extend": bytearrayExtend, "pop": bytearrayPop,
	"insert": bytearrayInsert, "remove": bytearrayRemove, "clear": bytearrayClear,
	"copy": bytearrayCopy, "reverse": bytearrayReverse,
}

func bytesDecode(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var encV, errV Value
	if err := UnpackArgs("decode", args, kwnames, []string{"encoding?", "errors?"}, &encV, &errV); err != nil {
		return Null, invalidKeyword(err, "decode")
	}
	enc, errs, err := codecArgs(t, "decode", encV, errV)
	if err != nil {
		return Null, err
	}
	s, err := Decode(bytesData(t, self), enc, errs)
	if err != nil {
		return Null, err
	}
	return NewStr(t, s), nil
}

func bytesHex(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var sepV, groupV Value
	if err := UnpackArgs("hex", args, kwnames, []string{"sep?", "bytes_per_sep?"}, &sepV, &groupV); err != nil {
		return Null, invalidKeyword(err, "hex")
	}
	h := hex.EncodeToString(bytesData(t, self))
	if sepV == Null {
		return NewStr(t, h), nil
	}
	sep, err := hexSeparator(t, sepV)
	if err != nil {
		return Null, err
	}
	group := 1
	if groupV != Null {
		if group, err = AsIndex(t, groupV); err != nil {
			return Null, err
		}
	}
	return NewStr(t, groupHex(h, sep, group)), nil
}

func hexSeparator(t *Thread, v Value) (string, error) {
	var sep string
	if s, ok := asStr(t, v); ok {
		sep = StrGo(s)
	} else if b, ok := bytesLike(t, v); ok {
		sep = string(b)
	} else {
		return "", TypeError("object of type '%s' has no len()", TypeName(v))
	}
	if utf8.RuneCountInString(sep) != 1 {
		return "", ValueError("sep must be length 1.")
	}
	if sep[0] >= utf8.RuneSelf {
		return "", ValueError("sep must be ASCII.")
	}
	return sep, nil
}

// groupHex inserts sep between groups of group bytes (two hex digits
// each), counting from the right for positive group, the left for
// negative.
func groupHex(h, sep string, group int) string {
	if group == 0 || len(h) == 0 {
		return h
	}
	fromLeft := group < 0
	if fromLeft {
		group = -group
	}
	w := 2 * group
	var parts []string
	if fromLeft {
		for i := 0; i < len(h); i += w {
			parts = append(parts, h[i:min(i+w, len(h))])
		}
	} else {
		first := len(h) % w
		if first > 0 {
			parts = append(parts, h[:first])
		}
		for i := first; i < len(h); i += w {
			parts = append(parts, h[i:i+w])
		}
	}
	return strings.Join(parts, sep)
}

// bytesFromhex is the class method fromhex(string).
func bytesFromhex(t *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(fromhexOwner(cls)+".fromhex", args, kwnames, 1); err != nil {
		return Null, err
	}
	s, err := strGoArg(t, args[0], "fromhex() argument must be str, not %s")
	if err != nil {
		return Null, err
	}
	b, err := parseHex(s)
	if err != nil {
		return Null, err
	}
	if typ := AsType(cls); typ != nil && typ.IsSubtype(ByteArrayType) {
		return CallType(t, typ, []Value{NewByteArray(t, b)}, nil)
	}
	if typ := AsType(cls); typ != nil && typ != BytesType {
		return CallType(t, typ, []Value{NewBytes(t, b)}, nil)
	}
	return NewBytes(t, b), nil
}

// fromhexOwner names the class fromhex was called on, for messages.
func fromhexOwner(cls Value) string {
	if typ := AsType(cls); typ != nil {
		return typ.Name
	}
	return "bytes"
}

// parseHex decodes pairs of hex digits separated by optional ASCII
// whitespace.
func parseHex(s string) ([]byte, error) {
	var out []byte
	for i := 0; i < len(s); {
		if isASCIISpace(s[i]) {
			i++
			continue
		}
		hi, ok1 := hexDigit(s, i)
		lo, ok2 := hexDigit(s, i+1)
		if !ok1 || !ok2 {
			pos := i
			if ok1 {
				pos = i + 1
			}
			return nil, ValueError("non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return out, nil
}

func hexDigit(s string, i int) (byte, bool) {
	if i >= len(s) {
		return 0, false
	}
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func bytesJoin(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".join", args, kwnames, 1); err != nil {
		return Null, err
	}
	items, err := Collect(t, args[0])
	if err != nil {
		if Matches(err, TypeErrorType) && !strIsIterable(t, args[0]) {
			return Null, TypeError("can only join an iterable")
		}
		return Null, err
	}
	var out []byte
	for i, it := range items {
		b, ok := bytesLike(t, it)
		if !ok {
			return Null, TypeError("sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
		}
		if i > 0 {
			out = append(out, bytesData(t, self)...)
		}
		out = append(out, b...)
	}
	return newLike(t, self, out), nil
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIIAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIAlnum(c byte) bool { return isASCIIDigit(c) || isASCIIAlpha(c) }

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiSwap(c byte) byte {
	if u := asciiUpper(c); u != c {
		return u
	}
	return asciiLower(c)
}

func spaceRune(r rune) bool { return r < utf8.RuneSelf && isASCIISpace(byte(r)) }

// bytesList makes a list of objects of like's type.
func bytesList(t *Thread, like Value, parts [][]byte) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = newLike(t, like, p)
	}
	return NewList(t, items)
}

func bytesSplitter(name string, fromRight bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var sepV, maxV Value = None, Null
		if err := UnpackArgs(name, args, kwnames, []string{"sep?", "maxsplit?"}, &sepV, &maxV); err != nil {
			return Null, invalidKeyword(err, name)
		}
		max := -1
		if maxV != Null {
			var err error
			if max, err = AsIndex(t, maxV); err != nil {
				return Null, err
			}
		}
		// Byte strings are split as Latin-1 text so that the whitespace
		// splitter of str can serve (only ASCII whitespace counts).
		s := string(bytesData(t, self))
		var parts []string
		if sepV == None {
			parts = splitWhitespaceBytes(s, max, fromRight)
		} else {
			sep, err := bytesArg(t, sepV)
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, ValueError("empty separator")
			}
			parts = splitSepBytes(s, string(sep), max, fromRight)
		}
		out := make([][]byte, len(parts))
		for i, p := range parts {
			out[i] = []byte(p)
		}
		return bytesList(t, self, out), nil
	}
}

// splitWhitespaceBytes splits on ASCII whitespace; bytes >= 0x80 must not
// be decoded as UTF-8, so they are mapped through a byte-wise scan.
func splitWhitespaceBytes(s string, max int, fromRight bool) []string {
	isSpace := func(r rune) bool { return spaceRune(r) }
	lat := latin1Decode([]byte(s))
	var parts []string
	if fromRight {
		parts = rsplitWhitespace(lat, max, isSpace)
	} else {
		parts = splitWhitespace(lat, max, isSpace)
	}
	for i, p := range parts {
		parts[i] = string(latin1Encode(p))
	}
	return parts
}

func splitSepBytes(s, sep string, max int, fromRight bool) []string {
	switch {
	case fromRight:
		return rsplitSep(s, sep, max)
	case max < 0:
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, max+1)
}

func latin1Decode(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

func latin1Encode(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

func bytesSplitlines(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var keepV Value = False
	if err := UnpackArgs("splitlines", args, kwnames, []string{"keepends?"}, &keepV); err != nil {
		return Null, invalidKeyword(err, "splitlines")
	}
	keep, err := Truth(t, keepV)
	if err != nil {
		return Null, err
	}
	lat := latin1Decode(bytesData(t, self))
	parts := splitLines(lat, keep, func(r rune) bool { return r == '\n' || r == '\r' })
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = latin1Encode(p)
	}
	return bytesList(t, self, out), nil
}

func bytesStripper(name string, left, right bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return Null, err
		}
		if err := ArgCount(name, args, 0, 1); err != nil {
			return Null, err
		}
		b := bytesData(t, self)
		in := isASCIISpace
		if c := argOr(args, 0, None); c != None {
			chars, err := bytesArg(t, c)
			if err != nil {
				return Null, err
			}
			in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(b)
		for left && i < j && in(b[i]) {
			i++
		}
		for right && j > i && in(b[j-1]) {
			j--
		}
		return newLike(t, self, b[i:j]), nil
	}
}

func bytesReplace(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("replace", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("replace", args, 2, 3); err != nil {
		return Null, err
	}
	old, err := bytesArg(t, args[0])
	if err != nil {
		return Null, err
	}
	repl, err := bytesArg(t, args[1])
	if err != nil {
		return Null, err
	}
	count := -1
	if len(args) == 3 {
		if count, err = AsIndex(t, args[2]); err != nil {
			return Null, err
		}
	}
	return newLike(t, self, bytes.Replace(bytesData(t, self), old, repl, count)), nil
}

// bytesWindow reads the needle and the start/end arguments of find,
// count, index and returns the searched window and its offset.
func bytesWindow(t *Thread, self Value, args []Value) (needle, w []byte, base int, ok bool, err error) {
	if needle, err = bytesNeedle(t, args[0], true); err != nil {
		return nil, nil, 0, false, err
	}
	b := bytesData(t, self)
	start, end, err := strBounds(t, args[1:], len(b))
	if err != nil {
		return nil, nil, 0, false, err
	}
	if start > end {
		return needle, nil, 0, false, nil
	}
	return needle, bytesData(t, self)[start:end], start, true, nil
}

func bytesFinder(name string, fromRight, raise bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := methodArgs(name, args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		needle, w, base, ok, err := bytesWindow(t, self, args)
		if err != nil {
			return Null, err
		}
		i := -1
		if ok {
			if fromRight {
				i = bytes.LastIndex(w, needle)
			} else {
				i = bytes.Index(w, needle)
			}
		}
		if i < 0 {
			if raise {
				return Null, ValueError("subsection not found")
			}
			return MakeSmallInt(-1), nil
		}
		return MakeSmallInt(int64(base + i)), nil
	}
}

func bytesCount(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := methodArgs("count", args, kwnames, 1, 3); err != nil {
		return Null, err
	}
	needle, w, _, ok, err := bytesWindow(t, self, args)
	if err != nil || !ok {
		return MakeSmallInt(0), err
	}
	if len(needle) == 0 {
		return MakeSmallInt(int64(len(w) + 1)), nil
	}
	return MakeSmallInt(int64(bytes.Count(w, needle))), nil
}

func bytesAffix(name string, suffix bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := methodArgs(name, args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		var cands [][]byte
		if IsTuple(args[0]) {
			for _, c := range TupleItems(args[0]) {
				b, err := bytesArg(t, c)
				if err != nil {
					return Null, err
				}
				cands = append(cands, b)
			}
		} else if b, ok := bytesLike(t, args[0]); ok {
			cands = [][]byte{append([]byte(nil), b...)}
		} else {
			return Null, TypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[0]))
		}
		n := len(bytesData(t, self))
		start, end, err := strBounds(t, args[1:], n)
		if err != nil {
			return Null, err
		}
		if start > n || end < start {
			return False, nil
		}
		w := bytesData(t, self)[start:end]
		for _, c := range cands {
			if suffix && bytes.HasSuffix(w, c) || !suffix && bytes.HasPrefix(w, c) {
				return True, nil
			}
		}
		return False, nil
	}
}

func bytesMapper(name string, f func(byte) byte) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		b := bytesData(t, self)
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = f(c)
		}
		return newLike(t, self, out), nil
	}
}

func bytesAll(name string, f func(byte) bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		b := bytesData(t, self)
		if len(b) == 0 {
			return False, nil
		}
		for _, c := range b {
			if !f(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

func bytesIsASCII(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".isascii", args, kwnames, 0); err != nil {
		return Null, err
	}
	for _, c := range bytesData(t, self) {
		if c >= utf8.RuneSelf {
			return False, nil
		}
	}
	return True, nil
}

// bytesCaseTest makes isupper (conv asciiUpper) and islower: some cased
// byte, and converting changes nothing.
func bytesCaseTest(name string, conv func(byte) byte) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		cased := false
		for _, c := range bytesData(t, self) {
			if conv(c) != c {
				return False, nil
			}
			cased = cased || isASCIIAlpha(c)
		}
		return Bool(cased), nil
	}
}

func bytesPartitioner(name string, fromRight bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 1); err != nil {
			return Null, err
		}
		sep, err := bytesArg(t, args[0])
		if err != nil {
			return Null, err
		}
		if len(sep) == 0 {
			return Null, ValueError("empty separator")
		}
		b := append([]byte(nil), bytesData(t, self)...)
		var i int
		if fromRight {
			i = bytes.LastIndex(b, sep)
		} else {
			i = bytes.Index(b, sep)
		}
		mk := func(p []byte) Value { return newLike(t, self, p) }
		switch {
		case i >= 0:
			return NewTuple(t, []Value{mk(b[:i]), mk(sep), mk(b[i+len(sep):])}), nil
		case fromRight:
			return NewTuple(t, []Value{mk(nil), mk(nil), mk(b)}), nil
		}
		return NewTuple(t, []Value{mk(b), mk(nil), mk(nil)}), nil
	}
}

func bytesPadder(name string) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return Null, err
		}
		if err := ArgCount(name, args, 1, 2); err != nil {
			return Null, err
		}
		width, err := AsIndex(t, args[0])
		if err != nil {
			return Null, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			f, ok := bytesLike(t, args[1])
			if !ok || len(f) != 1 {
				return Null, TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
			}
			fill = f[0]
		}
		b := bytesData(t, self)
		if width <= len(b) {
			return newLike(t, self, b), nil
		}
		left, right := padSplit(name, width-len(b), width)
		out := append(append(bytes.Repeat([]byte{fill}, left), b...), bytes.Repeat([]byte{fill}, right)...)
		return newLike(t, self, out), nil
	}
}

func bytesZfill(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".zfill", args, kwnames, 1); err != nil {
		return Null, err
	}
	width, err := AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	b := bytesData(t, self)
	if width <= len(b) {
		return newLike(t, self, b), nil
	}
	return newLike(t, self, []byte(zfill(string(b), width-len(b)))), nil
}

func bytesRemover(name string, suffix bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs(bytesTypeName(self)+"."+name, args, kwnames, 1); err != nil {
			return Null, err
		}
		affix, err := bytesArg(t, args[0])
		if err != nil {
			return Null, err
		}
		b := bytesData(t, self)
		switch {
		case suffix && bytes.HasSuffix(b, affix):
			b = b[:len(b)-len(affix)]
		case !suffix && bytes.HasPrefix(b, affix):
			b = b[len(affix):]
		}
		return newLike(t, self, b), nil
	}
}

// ---- bytearray mutators ----

func bytearrayAppend(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".append", args, kwnames, 1); err != nil {
		return Null, err
	}
	c, err := byteValue(t, args[0])
	if err != nil {
		return Null, err
	}
	bytearraySet(t, self, append(append([]byte(nil), bytesData(t, self)...), c))
	return None, nil
}

func bytearrayExtend(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".extend", args, kwnames, 1); err != nil {
		return Null, err
	}
	var more []byte
	if b, ok := bytesLike(t, args[0]); ok {
		more = append([]byte(nil), b...)
	} else if !strIsIterable(t, args[0]) {
		return Null, TypeError("can't extend bytearray with %s", TypeName(args[0]))
	} else {
		var err error
		if more, err = bytesFromInts(t, args[0]); err != nil {
			return Null, err
		}
	}
	bytearraySet(t, self, append(append([]byte(nil), bytesData(t, self)...), more...))
	return None, nil
}

func bytearrayPop(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("pop", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("pop", args, 0, 1); err != nil {
		return Null, err
	}
	b := bytesData(t, self)
	if len(b) == 0 {
		return Null, IndexError("pop from empty bytearray")
	}
	i := len(b) - 1
	if len(args) == 1 {
		var err error
		if i, err = AsIndex(t, args[0]); err != nil {
			return Null, err
		}
		if i < 0 {
			i += len(b)
		}
		if i < 0 || i >= len(b) {
			return Null, IndexError("pop index out of range")
		}
	}
	c := b[i]
	bytearraySet(t, self, append(append([]byte(nil), b[:i]...), b[i+1:]...))
	return MakeSmallInt(int64(c)), nil
}

func bytearrayInsert(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("insert", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("insert", args, 2, 2); err != nil {
		return Null, err
	}
	i, err := AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	c, err := byteValue(t, args[1])
	if err != nil {
		return Null, err
	}
	b := bytesData(t, self)
	if i < 0 {
		i = max(i+len(b), 0)
	}
	i = min(i, len(b))
	out := append(append(append([]byte(nil), b[:i]...), c), b[i:]...)
	bytearraySet(t, self, out)
	return None, nil
}

func bytearrayRemove(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".remove", args, kwnames, 1); err != nil {
		return Null, err
	}
	c, err := byteValue(t, args[0])
	if err != nil {
		return Null, err
	}
	b := bytesData(t, self)
	i := bytes.IndexByte(b, c)
	if i < 0 {
		return Null, ValueError("value not found in bytearray")
	}
	bytearraySet(t, self, append(append([]byte(nil), b[:i]...), b[i+1:]...))
	return None, nil
}

func bytearrayClear(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".clear", args, kwnames, 0); err != nil {
		return Null, err
	}
	bytearraySet(t, self, nil)
	return None, nil
}

func bytearrayCopy(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".copy", args, kwnames, 0); err != nil {
		return Null, err
	}
	return NewByteArray(t, bytesData(t, self)), nil
}

func bytearrayReverse(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs(bytesTypeName(self)+".reverse", args, kwnames, 0); err != nil {
		return Null, err
	}
	b := append([]byte(nil), bytesData(t, self)...)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	bytearraySet(t, self, b)
	return None, nil
}

// ---- codecs ----

// codecName normalises an encoding name to "utf-8", "ascii" or "latin-1";
// ok is false for encodings this implementation does not have.
func codecName(enc string) (string, bool) {
	n := strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(enc))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8", true
	case "ascii", "us-ascii", "646", "us":
		return "ascii", true
	case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
		return "latin-1", true
	}
	return "", false
}

func unknownEncoding(enc string) error {
	return NewError(LookupErrorType, "unknown encoding: %s", enc)
}

func unknownHandler(errors string) error {
	return NewError(LookupErrorType, "unknown error handler name '%s'", errors)
}

// Encode implements str.encode for utf-8, ascii and latin-1 with the
// error handlers strict, ignore, replace, backslashreplace and
// xmlcharrefreplace.
func Encode(s, encoding, errors string) ([]byte, error) {
	enc, ok := codecName(encoding)
	if !ok {
		return nil, unknownEncoding(encoding)
	}
	if enc == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x80)
	if enc == "latin-1" {
		limit = 0x100
	}
	rs := []rune(s)
	out := make([]byte, 0, len(rs))
	for i := 0; i < len(rs); {
		if rs[i] < limit {
			out = append(out, byte(rs[i]))
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] >= limit {
			j++
		}
		rep, err := encodeError(rs, i, j, enc, errors, limit)
		if err != nil {
			return nil, err
		}
		out = append(out, rep...)
		i = j
	}
	return out, nil
}

// encodeError applies the error handler to the unencodable run rs[i:j].
func encodeError(rs []rune, i, j int, enc, errors string, limit rune) ([]byte, error) {
	var out []byte
	switch errors {
	case "strict":
		reason := fmt.Sprintf("ordinal not in range(%d)", limit)
		if j-i == 1 {
			return nil, NewError(UnicodeEncodeErrorType, "'%s' codec can't encode character %s in position %d: %s",
				enc, EscapeNonASCII(StrRepr(string(rs[i]))), i, reason)
		}
		return nil, NewError(UnicodeEncodeErrorType, "'%s' codec can't encode characters in position %d-%d: %s",
			enc, i, j-1, reason)
	case "ignore":
	case "replace":
		out = bytes.Repeat([]byte{'?'}, j-i)
	case "backslashreplace":
		out = []byte(EscapeNonASCII(string(rs[i:j])))
	case "xmlcharrefreplace":
		for _, r := range rs[i:j] {
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		}
	default:
		return nil, unknownHandler(errors)
	}
	return out, nil
}

// Decode implements bytes.decode for utf-8, ascii and latin-1 with the
// error handlers strict, ignore, replace and backslashreplace. Invalid
// UTF-8 is reported over the same byte ranges as CPython's decoder.
func Decode(b []byte, encoding, errors string) (string, error) {
	enc, ok := codecName(encoding)
	if !ok {
		return "", unknownEncoding(encoding)
	}
	if enc == "latin-1" {
		return latin1Decode(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
			i++
			continue
		}
		end, reason := i+1, "ordinal not in range(128)"
		if enc == "utf-8" {
			if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
				sb.WriteRune(r)
				i += size
				continue
			}
			end, reason = utf8ErrorEnd(b, i)
		}
		if err := decodeError(&sb, b, i, end, enc, errors, reason); err != nil {
			return "", err
		}
		i = end
	}
	return sb.String(), nil
}

// utf8ErrorEnd classifies the invalid sequence starting at b[i] as CPython
// does and returns the end of the bytes it reports.
func utf8ErrorEnd(b []byte, i int) (int, string) {
	c := b[i]
	if c < 0xc2 || c > 0xf4 {
		return i + 1, "invalid start byte"
	}
	need := 1
	if c >= 0xf0 {
		need = 3
	} else if c >= 0xe0 {
		need = 2
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(b) {
			return len(b), "unexpected end of data"
		}
		lo, hi := byte(0x80), byte(0xbf)
		if k == 1 {
			switch c {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if b[i+k] < lo || b[i+k] > hi {
			return i + k, "invalid continuation byte"
		}
	}
	return i + need + 1, "invalid continuation byte" // not reached for invalid input
}

// decodeError applies the error handler to the undecodable bytes b[i:end].
func decodeError(sb *strings.Builder, b []byte, i, end int, enc, errors, reason string) error {
	switch errors {
	case "strict":
		if end-i == 1 {
			return NewError(UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[i], i, reason)
		}
		return NewError(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, end-1, reason)
	case "ignore":
	case "replace":
		sb.WriteRune(utf8.RuneError)
	case "backslashreplace":
		for _, c := range b[i:end] {
			fmt.Fprintf(sb, "\\x%02x", c)
		}
	default:
		return unknownHandler(errors)
	}
	return nil
}
