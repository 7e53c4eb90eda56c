package object

import (
	"unicode/utf8"

	"atompy.dev/atompy/gc"
)

// Str layout (class strClass, raw: the collector does not scan it):
//
//	word 2  length in bytes (raw)
//	word 3  hash, 0 until computed (raw)
//	word 4  length in code points (raw); equal to the byte length iff the
//	        string is ASCII, which makes indexing O(1) in that case
//	word 5… UTF-8 bytes
//
// A str is immutable; the lazily stored hash is the only later write, and it
// is idempotent, so no barrier is used.
const (
	strByteLenOff = gc.HeaderSize
	strHashOff    = gc.HeaderSize + gc.WordSize
	strCharLenOff = gc.HeaderSize + 2*gc.WordSize
	strDataOff    = gc.HeaderSize + 3*gc.WordSize
)

// NewStr copies a Go string into a new heap str.
func NewStr(t *Thread, s string) Value {
	if len(s) == 1 && s[0] < 128 && asciiChars[s[0]] != Null {
		return asciiChars[s[0]]
	}
	if len(s) == 0 && emptyStr != Null {
		return emptyStr
	}
	a := t.alloc(strClass, strDataOff+uintptr(len(s)))
	gc.Store(a, strByteLenOff, uint64(len(s)))
	gc.Store(a, strCharLenOff, uint64(utf8.RuneCountInString(s)))
	copy(gc.Bytes(a, strDataOff, len(s)), s)
	return FromAddr(a)
}

// NewStrBytes copies UTF-8 bytes into a new heap str.
func NewStrBytes(t *Thread, b []byte) Value {
	a := t.alloc(strClass, strDataOff+uintptr(len(b)))
	gc.Store(a, strByteLenOff, uint64(len(b)))
	gc.Store(a, strCharLenOff, uint64(utf8.RuneCount(b)))
	copy(gc.Bytes(a, strDataOff, len(b)), b)
	return FromAddr(a)
}

var (
	emptyStr   Value
	asciiChars [128]Value
)

// IsStr reports whether v is exactly a str (not a subclass instance).
func IsStr(v Value) bool { return v.IsRef() && classOf(v) == strClass }

// StrByteLen returns the UTF-8 length of a str.
func StrByteLen(v Value) int { return int(gc.Load(v.Addr(), strByteLenOff)) }

// StrLen returns the length of a str in code points.
func StrLen(v Value) int { return int(gc.Load(v.Addr(), strCharLenOff)) }

// StrIsASCII reports whether every code point of v is below 128.
func StrIsASCII(v Value) bool { return StrLen(v) == StrByteLen(v) }

// StrView returns the UTF-8 bytes of a str, aliasing the heap. The slice
// must not be kept across a safepoint nor written.
func StrView(v Value) []byte {
	return gc.Bytes(v.Addr(), strDataOff, StrByteLen(v))
}

// StrGo copies a str into a Go string.
func StrGo(v Value) string { return string(StrView(v)) }

// StrHash returns the (cached) hash of a str.
func StrHash(v Value) int64 {
	a := v.Addr()
	if h := gc.Load(a, strHashOff); h != 0 {
		return int64(h)
	}
	h := hashBytes(StrView(v))
	gc.Store(a, strHashOff, uint64(h))
	return h
}

// HashString hashes a Go string exactly as StrHash hashes the equal str.
func HashString(s string) int64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return fixHash(h)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) int64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return fixHash(h)
}

// fixHash keeps string hashes away from 0 (the "not computed" mark) and -1
// (an error marker in CPython's C API that Python code never sees as a hash).
func fixHash(h uint64) int64 {
	r := int64(h)
	if r == 0 || r == -1 {
		r = 2
	}
	return r
}

// StrEqual compares two strs by content.
func StrEqual(a, b Value) bool {
	if a == b {
		return true
	}
	if StrByteLen(a) != StrByteLen(b) {
		return false
	}
	return string(StrView(a)) == string(StrView(b))
}

// StrEqualGo compares a str with a Go string without copying.
func StrEqualGo(a Value, s string) bool {
	return StrByteLen(a) == len(s) && string(StrView(a)) == s
}
