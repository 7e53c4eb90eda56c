package gc

import "unsafe"

// Addr is the absolute address of an object's first byte (its header).
// 0 means nil. An Addr is never converted to a Go pointer that outlives an
// expression: the arena is outside the Go heap and Go's collector must never
// see it.
type Addr = uint64

// Object layout. These constants are the contract with interp/object, stm and
// the future JIT, which emits loads and stores at these offsets directly.
const (
	WordSize      = 8
	HeaderWords   = 2
	HeaderSize    = HeaderWords * WordSize // word 0: class id + GC bits; word 1: the STM word (owned by package stm)
	MinObjectSize = 16
	ClassMask     = 1<<32 - 1 // header word 0 bits 0..31: class id (meaning defined by interp/object)
	FlagShift     = 32        // bits 32..39: GC-owned flags (mark bit, ...). Never touched by others.
	UserShift     = 40        // bits 40..63: 24 bits free for the object layer
	STMWordOffset = 8         // byte offset of header word 1
)

const (
	userMask = 1<<24 - 1         // width of the user field
	flagMask = 0xff << FlagShift // GC-owned bits of header word 0
	markBit  = 1 << FlagShift    // set on reachable objects during a collection
)

// header mirrors the two header words; it exists so that a test can check the
// offsets above against unsafe.Offsetof.
type header struct {
	word0 uint64 // class | flags<<FlagShift | user<<UserShift
	stm   uint64 // owned by package stm
}

// IsRef is the value encoding's reference test: a word is a reference iff it
// is nonzero and its top 16 bits are zero. interp/object's NaN-boxing puts
// floats, ints and constants elsewhere; x86-64 user addresses fit in 47 bits.
func IsRef(w uint64) bool { return w != 0 && w>>48 == 0 }

// arenaBase is the start of the single process-wide reservation (see
// arena.go). Every accessor derives its pointer from it with unsafe.Add, so no
// integer is ever converted to a pointer (go vet's unsafeptr check stays
// quiet and checkptr accepts the arithmetic).
var arenaBase unsafe.Pointer

// ptr returns a pointer to byte off of the object at a.
func ptr(a Addr, off uintptr) unsafe.Pointer {
	return unsafe.Add(arenaBase, uintptr(a)-uintptr(arenaBase)+off)
}

// Load reads the word at byte offset off of the object at a. No barrier.
func Load(a Addr, off uintptr) uint64 { return *(*uint64)(ptr(a, off)) }

// Store writes the word at byte offset off of the object at a. No barrier.
func Store(a Addr, off uintptr, v uint64) { *(*uint64)(ptr(a, off)) = v }

// Load32 reads the 32-bit value at byte offset off of the object at a.
func Load32(a Addr, off uintptr) uint32 { return *(*uint32)(ptr(a, off)) }

// Store32 writes the 32-bit value at byte offset off of the object at a.
func Store32(a Addr, off uintptr, v uint32) { *(*uint32)(ptr(a, off)) = v }

// LoadByte reads the byte at offset off of the object at a.
func LoadByte(a Addr, off uintptr) byte { return *(*byte)(ptr(a, off)) }

// StoreByte writes the byte at offset off of the object at a.
func StoreByte(a Addr, off uintptr, v byte) { *(*byte)(ptr(a, off)) = v }

// Word returns a Go pointer to the word at byte offset off of the object at a,
// for sync/atomic operations (the STM word). The pointer refers to arena
// memory: it is valid only while the object is alive and must not be stored in
// a place that outlives a safepoint.
func Word(a Addr, off uintptr) *uint64 { return (*uint64)(ptr(a, off)) }

// Bytes returns a slice aliasing n bytes of arena memory starting at byte off
// of the object at a. It is valid only until the object can be freed: never
// keep it across a safepoint.
func Bytes(a Addr, off uintptr, n int) []byte {
	return unsafe.Slice((*byte)(ptr(a, off)), n)
}

// Class returns the class id stored in the header of the object at a.
func Class(a Addr) uint32 { return uint32(Load(a, 0) & ClassMask) }

// UserBits returns the 24 bits of header word 0 reserved for the object layer.
func UserBits(a Addr) uint32 { return uint32(Load(a, 0) >> UserShift) }

// SetUserBits sets the 24 object-layer bits of the header of the object at a
// (higher bits of v are ignored). Not atomic: the object layer serializes
// writers itself.
func SetUserBits(a Addr, v uint32) {
	w := Load(a, 0)
	Store(a, 0, w&^(userMask<<UserShift)|uint64(v&userMask)<<UserShift)
}
