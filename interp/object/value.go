package object

import (
	"math"

	"atompy.dev/atompy/gc"
)

// Value is a guest value: one 64-bit word, never a Go pointer.
//
// The encoding is NaN-boxing with the float payload offset by 2^48 (the
// scheme JavaScriptCore uses), chosen so that heap references need no
// untagging at all:
//
//	top 16 bits   meaning
//	0x0000        reference: the low 48 bits are a gc.Addr (0 itself is Null)
//	0x0001-0xFFF1 float: the IEEE-754 bits plus FloatOffset (NaNs canonical)
//	0xFFFC        small int: a 48-bit two's-complement payload
//	0xFFFD        constant: None, False, True, NotImplemented, Ellipsis
//
// Null (the zero word) is not a Python value: it marks empty slots (unbound
// locals, deleted dict entries, a missing method receiver on the stack).
// docs/values.md lists these constants; the JIT relies on them and
// value_test.go checks them.
type Value uint64

// Encoding constants. The JIT emits these; do not change them casually.
const (
	TagShift    = 48
	FloatOffset = 1 << 48
	TagInt      = 0xFFFC
	TagConst    = 0xFFFD
	PayloadMask = 1<<48 - 1

	// SmallIntMin and SmallIntMax bound the ints stored inline; others are
	// heap big ints.
	SmallIntMin = -1 << 47
	SmallIntMax = 1<<47 - 1
)

// The constants. Null is the absence of a value.
const (
	Null           Value = 0
	None           Value = TagConst<<TagShift | 1
	False          Value = TagConst<<TagShift | 2
	True           Value = TagConst<<TagShift | 3
	NotImplemented Value = TagConst<<TagShift | 4
	Ellipsis       Value = TagConst<<TagShift | 5
)

// canonicalNaN is the one NaN bit pattern a float Value may hold, so that
// every float encodes below the int and constant tags.
const canonicalNaN = 0x7FF8000000000000

// IsRef reports whether v is a heap reference (Null is not).
func (v Value) IsRef() bool { return gc.IsRef(uint64(v)) }

// Addr returns the heap address of a reference.
func (v Value) Addr() gc.Addr { return gc.Addr(v) }

// FromAddr makes a reference Value from a heap address.
func FromAddr(a gc.Addr) Value { return Value(a) }

// IsSmallInt reports whether v is an inline int.
func (v Value) IsSmallInt() bool { return uint64(v)>>TagShift == TagInt }

// SmallInt returns the payload of an inline int.
func (v Value) SmallInt() int64 { return int64(uint64(v)<<16) >> 16 }

// MakeSmallInt encodes i, which must lie in [SmallIntMin, SmallIntMax].
func MakeSmallInt(i int64) Value {
	return Value(TagInt<<TagShift | uint64(i)&PayloadMask)
}

// FitsSmallInt reports whether i can be encoded inline.
func FitsSmallInt(i int64) bool { return i >= SmallIntMin && i <= SmallIntMax }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool {
	top := uint64(v) >> TagShift
	return top-1 < 0xFFF1
}

// Float returns the float held by v.
func (v Value) Float() float64 { return math.Float64frombits(uint64(v) - FloatOffset) }

// MakeFloat encodes f, canonicalising NaNs.
func MakeFloat(f float64) Value {
	if f != f {
		return Value(canonicalNaN + FloatOffset)
	}
	return Value(math.Float64bits(f) + FloatOffset)
}

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v == True || v == False }

// Bool encodes a Go bool.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}
