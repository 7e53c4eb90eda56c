package stm

import (
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// The STM word is header word 1 of every object (gc.STMWordOffset):
//
//	bits 56..63 owner: 0 = unlocked, 1..255 = the slot of the Txn that
//	            holds the object's write lock
//	bits  0..55 version: the commit-log version of the last transaction
//	            that committed (or undid) a write to the object
//
// With the owner in the high byte one unsigned compare answers the read
// barrier's question: word < snapshot+1 iff unlocked and version <= snapshot.
// A freshly allocated object has word 0: unlocked, version 0, which is the
// version of the commit log's first (sentinel) entry.
const (
	ownerShift  = 56
	versionMask = 1<<ownerShift - 1
	// MaxSlots is the number of transaction descriptors an Engine can have
	// at once: the owner field has 255 nonzero values, and 255 marks carded
	// objects (cards.go).
	MaxSlots = 254
)

// makeWord builds an STM word from its fields.
func makeWord(owner uint8, version uint64) uint64 {
	return uint64(owner)<<ownerShift | version&versionMask
}

// wordOwner returns the slot holding the lock in w, 0 when unlocked.
func wordOwner(w uint64) uint8 { return uint8(w >> ownerShift) }

// wordVersion returns the version field of w.
func wordVersion(w uint64) uint64 { return w & versionMask }

// readableAt reports whether an object whose STM word is w may be read by a
// transaction with snapshot version rv without any slow path: unlocked and
// not newer than the snapshot.
func readableAt(w, rv uint64) bool { return w < rv+1 }

// stmWordOf returns the object's STM word as a Go pointer for sync/atomic.
func stmWordOf(a gc.Addr) *uint64 { return gc.Word(a, gc.STMWordOffset) }

// loadWord atomically reads the STM word of a.
func loadWord(a gc.Addr) uint64 { return atomic.LoadUint64(stmWordOf(a)) }

// casWord atomically replaces the STM word of a if it is still old.
func casWord(a gc.Addr, old, new uint64) bool {
	return atomic.CompareAndSwapUint64(stmWordOf(a), old, new)
}

// storeWord atomically sets the STM word of a (used by the lock holder only).
func storeWord(a gc.Addr, w uint64) { atomic.StoreUint64(stmWordOf(a), w) }
