// Package stm is atompy's transactional memory: every read and write that the
// object model and the VM make to the guest heap goes through the barrier API
// in this package, so that the concurrency mechanism behind it can change
// without touching the layers above.
//
// # Backends
//
// The backend the VM uses today is the global lock (Mode GlobalLock,
// selected by `--stm=off`): a transaction holds one process-wide mutex from Begin to
// Commit, so transactions are serial and never abort. The barriers are plain
// loads and stores. This is the GIL baseline that the real STM (DESIGN.md
// section 5: in-place writes with CAS-locked STM words and undo copies, read
// markers, a commit log that doubles as the version clock) will be measured
// against, and it stays available as `--stm=off` when that lands.
//
// The real STM's algorithm core exists beside it, not yet wired into the
// VM: Engine and Txn (txcore.go) implement encounter-time write locks with
// in-place writes and backups, per-attempt read markers, and a lock-free
// commit log that is the version clock and the inevitability token. See
// docs/stm.md.
//
// # Barrier contract
//
// The layers above obey these rules now, so that the real STM can rely on them:
//
//   - A mutable field of a heap object is read with Tx.Read and written with
//     Tx.Write. Bulk access to an object's raw bytes (bytearray, list storage
//     copied as a block) is preceded by Tx.OpenRead or Tx.OpenWrite.
//   - Immutable data (str and bytes contents, tuple items, int limbs, the
//     class id of objects whose class cannot change) may be read with gc.Load
//     directly: it is never written after the object is published.
//   - Objects allocated by the current transaction are private until it
//     commits; the real STM will skip barriers on them.
//   - A transaction only ends at a possible-break point (Tx.Break) or at a
//     blocking call (Tx.Commit before blocking, Tx.Begin after), never in the
//     middle of a bytecode instruction.
//
// The STM word (header word 1, gc.STMWordOffset) is reserved for this package.
package stm

import (
	"sync"
	"sync/atomic"
	"time"

	"atompy.dev/atompy/gc"
)

// Mode selects the concurrency backend.
type Mode uint8

const (
	// GlobalLock runs transactions one at a time under one mutex; they never
	// abort. It is `--stm=off`.
	GlobalLock Mode = iota
)

// String names the mode as the CLI spells it.
func (m Mode) String() string {
	switch m {
	case GlobalLock:
		return "off"
	}
	return "unknown"
}

// Runtime is the shared state of all transactions of one guest process.
type Runtime struct {
	mode Mode
	lock sync.Mutex
	// waiting counts threads blocked in Begin; Break only yields the lock
	// when someone waits for it, so a single-threaded program never pays
	// for a mutex round trip at every break point.
	waiting atomic.Int32
}

// NewRuntime returns a runtime using the given backend.
func NewRuntime(mode Mode) *Runtime {
	return &Runtime{mode: mode}
}

// Mode reports the backend in use.
func (rt *Runtime) Mode() Mode { return rt.mode }

// Tx is one guest thread's transaction descriptor. A thread owns exactly one
// Tx for its whole life and runs every step inside a transaction of it.
type Tx struct {
	rt     *Runtime
	active bool
	// began is when the running transaction started; countdown spaces
	// out Break's look at the clock.
	began     time.Time
	countdown int
	// AtomicDepth counts nested `with atomic:` blocks; while it is nonzero
	// Break does not end the transaction.
	AtomicDepth int
	// Commits counts the transactions this descriptor has committed.
	Commits uint64
}

// NewTx returns an inactive transaction descriptor for a new thread.
func (rt *Runtime) NewTx() *Tx { return &Tx{rt: rt} }

// Active reports whether a transaction is running.
func (tx *Tx) Active() bool { return tx.active }

// Begin starts a transaction. Under GlobalLock it waits for the global lock.
func (tx *Tx) Begin() {
	if tx.active {
		panic("BUG: stm: Begin inside an active transaction")
	}
	rt := tx.rt
	if !rt.lock.TryLock() {
		rt.waiting.Add(1)
		rt.lock.Lock()
		rt.waiting.Add(-1)
	}
	tx.active = true
	tx.began = time.Now()
}

// Commit ends the running transaction, making its effects visible.
func (tx *Tx) Commit() {
	if !tx.active {
		panic("BUG: stm: Commit without a transaction")
	}
	tx.active = false
	tx.Commits++
	tx.rt.lock.Unlock()
}

// SwitchInterval is how long a transaction runs before Break lets a
// waiting thread in (CPython's default sys.getswitchinterval()). Without
// it, two busy threads would hand the lock over at every loop iteration.
const SwitchInterval = 5 * time.Millisecond

// breakCheckEvery is how many Breaks pass between looks at the clock.
const breakCheckEvery = 128

// Break is a possible transaction break point: it commits and begins a new
// transaction when another thread is waiting and the transaction has run
// for SwitchInterval, unless an atomic block is open.
func (tx *Tx) Break() {
	if tx.AtomicDepth > 0 {
		return
	}
	if tx.countdown--; tx.countdown > 0 {
		return
	}
	tx.countdown = breakCheckEvery
	if tx.rt.waiting.Load() == 0 || time.Since(tx.began) < SwitchInterval {
		return
	}
	tx.Commit()
	tx.Begin()
}

// BreakNow commits and begins a new transaction at once unless an atomic
// block is open (pypystm.hint_commit_soon).
func (tx *Tx) BreakNow() {
	if tx.AtomicDepth > 0 {
		return
	}
	tx.Commit()
	tx.Begin()
}

// Read is the read barrier plus the load of the word at off in object a.
func (tx *Tx) Read(a gc.Addr, off uintptr) uint64 { return gc.Load(a, off) }

// Write is the write barrier plus the store of v at off in object a.
func (tx *Tx) Write(a gc.Addr, off uintptr, v uint64) { gc.Store(a, off, v) }

// OpenRead declares that the transaction is about to read object a in bulk.
func (tx *Tx) OpenRead(a gc.Addr) {}

// OpenWrite declares that the transaction is about to write object a in bulk.
func (tx *Tx) OpenWrite(a gc.Addr) {}
