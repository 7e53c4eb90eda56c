// Package stm is atompy's transactional memory: every read and write that the
// object model and the VM make to the guest heap goes through the barrier API
// in this package, so that the concurrency mechanism behind it can change
// without touching the layers above.
//
// # Backends
//
// Tx is what the layers above use; Mode picks what is behind it.
//
//   - Parallel (`--stm=on`, the default) is the real STM of DESIGN.md
//     section 5: Engine and Txn (txcore.go) implement encounter-time write
//     locks with in-place writes and backups, per-attempt read markers, and
//     a lock-free commit log that is the version clock and the
//     inevitability token. Threads run in parallel; a conflict aborts an
//     attempt, which a barrier reports by panicking with Aborted after the
//     heap has been rolled back. The VM recovers that panic at the point
//     where the attempt began and re-executes from its snapshot. See
//     docs/stm.md.
//   - GlobalLock (`--stm=off`) holds one process-wide mutex from Begin to
//     Commit, so transactions are serial and never abort; the barriers are
//     plain loads and stores. It is the GIL baseline.
//   - Unsync is a debug mode: no synchronisation at all. Threads run in
//     parallel on plain loads and stores, which is only correct for programs
//     whose threads share no mutable heap data; it exists to expose races on
//     the interpreter's Go-side state to the race detector.
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
//     commits; under Parallel the allocator hands them out already locked by
//     the allocating thread, so their barriers take the owner fast path.
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
	// Parallel is the real STM, `--stm=on`.
	Parallel
	// Unsync runs threads in parallel without any synchronisation (debug).
	Unsync
)

// String names the mode as the CLI spells it.
func (m Mode) String() string {
	switch m {
	case GlobalLock:
		return "off"
	case Parallel:
		return "on"
	case Unsync:
		return "unsync"
	}
	return "unknown"
}

// Aborted is the panic value with which a barrier, Commit or
// BecomeInevitable reports that the running attempt aborted. When it is
// raised the heap is already rolled back; the VM recovers it where the
// attempt began, restores its own state and calls BeginRestartable again.
var Aborted error = abortSignal{}

type abortSignal struct{}

func (abortSignal) Error() string { return "stm: transaction aborted" }

// Runtime is the shared state of all transactions of one guest process.
type Runtime struct {
	mode Mode
	lock sync.Mutex
	// waiting counts threads blocked in Begin; Break only yields the lock
	// when someone waits for it, so a single-threaded program never pays
	// for a mutex round trip at every break point.
	waiting atomic.Int32

	// lo and hi bound the heap, for the Parallel engine's read markers.
	lo, hi gc.Addr
	eng    *Engine

	// FixedLength, when positive, pins the length of Parallel transactions
	// to that many break points (1: break at every one), instead of the
	// adaptive length. A debug knob for tests.
	FixedLength int
	// InjectAbortEvery, when positive, makes about one barrier in that many
	// abort a restartable attempt for no reason: a debug knob that tests
	// that every guest-visible effect is rolled back.
	InjectAbortEvery int
	injectSeed       atomic.Uint64
}

// NewRuntime returns a runtime using the given backend for a heap whose
// objects lie in [lo, hi) (both zero: unknown, which costs the Parallel
// engine its dense read markers).
func NewRuntime(mode Mode, lo, hi gc.Addr) *Runtime {
	return &Runtime{mode: mode, lo: lo, hi: hi}
}

// Mode reports the backend in use.
func (rt *Runtime) Mode() Mode { return rt.mode }

// SetMode changes the backend. No transaction may be running: the process
// is between programs (tests run several VMs on the one runtime).
func (rt *Runtime) SetMode(m Mode) { rt.mode = m }

// Engine returns the Parallel engine, creating it on first use.
func (rt *Runtime) Engine() *Engine {
	if rt.eng == nil {
		if rt.hi > rt.lo {
			rt.eng = NewEngineFor(rt.lo, rt.hi)
		} else {
			rt.eng = NewEngine()
		}
	}
	return rt.eng
}

// Tx is one guest thread's transaction descriptor. A thread owns exactly one
// Tx for its whole life and runs every step inside a transaction of it.
//
// Under Parallel a transaction is either restartable (begun with
// BeginRestartable by the VM, which holds a snapshot of the thread's state
// to restart from) or not (begun with Begin, e.g. after a blocking call, in
// the middle of an instruction). A non-restartable transaction starts no
// attempt until its first barrier, which begins an inevitable one: it can
// never abort, so nothing needs restarting. The VM ends it at the next
// break point where it can take a snapshot.
type Tx struct {
	rt     *Runtime
	mode   Mode
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

	// Parallel only. fast is txn while its attempt runs and the barrier
	// fast paths may be used (dense markers, no injected aborts).
	fast        *Txn
	txn         *Txn
	alloc       *gc.Allocator
	restartable bool
	length      int // break points per transaction (adaptive)
	left        int // break points left in the running transaction
	injectLeft  int
	undo        []undoEntry
	goSyncs     []*GoSync
	attemptID   uint64
	// OnRollback, when set, is called when an attempt aborts, before its
	// heap locks are released (see Txn.BeforeRollback): the VM describes
	// the abort for the reports then.
	OnRollback func(Conflict)
	// AttemptStart is when the running attempt began (for time lost).
	AttemptStart time.Time
	// Aborts counts aborted attempts.
	Aborts uint64
}

// undoEntry restores Go-side state changed by an attempt (GoUndo).
type undoEntry struct {
	key     any
	restore func()
}

// Adaptive transaction length, in break points (loop back-edges and
// function entries): an abort halves it, a commit grows it by an eighth.
const (
	initialLength = 256
	minLength     = 4
	maxLength     = 8192
)

// NewTx returns an inactive transaction descriptor for a new thread whose
// objects come from alloc.
func (rt *Runtime) NewTx(alloc *gc.Allocator) *Tx {
	return &Tx{rt: rt, alloc: alloc, length: initialLength}
}

// Active reports whether a transaction is running.
func (tx *Tx) Active() bool { return tx.active }

// Parallel reports whether the descriptor runs on the real STM; the VM
// then drives the transaction breaks itself (ShouldBreak, BeginRestartable).
func (tx *Tx) Parallel() bool { return tx.mode == Parallel }

// Restartable reports whether the running transaction may abort (the VM
// holds a snapshot to restart it from).
func (tx *Tx) Restartable() bool { return tx.restartable }

// Txn returns the Parallel descriptor, nil under other backends.
func (tx *Tx) Txn() *Txn { return tx.txn }

// Close gives back what the descriptor holds (its STM slot).
func (tx *Tx) Close() {
	if tx.txn != nil {
		tx.txn.Close()
		tx.txn = nil
		tx.alloc.OwnerWord = 0
	}
}

// Begin starts a transaction. Under GlobalLock it waits for the global lock;
// under Parallel it starts a non-restartable transaction (see Tx).
func (tx *Tx) Begin() {
	if tx.active {
		panic("BUG: stm: Begin inside an active transaction")
	}
	tx.syncMode()
	tx.active = true
	tx.began = time.Now()
	switch tx.mode {
	case GlobalLock:
		rt := tx.rt
		if !rt.lock.TryLock() {
			rt.waiting.Add(1)
			rt.lock.Lock()
			rt.waiting.Add(-1)
		}
	case Parallel:
		tx.restartable = false
		tx.left = tx.length // Overdue counts from here
	}
}

// syncMode picks up the runtime's backend between transactions.
func (tx *Tx) syncMode() {
	if err := tx.Reserve(); err != nil {
		panic(err) // the VM reserves a new thread's slot before starting it
	}
}

// Reserve makes the descriptor ready for the runtime's backend: under
// Parallel it takes an STM slot, and fails with ErrNoSlot when every slot
// is taken (MaxSlots threads are running).
func (tx *Tx) Reserve() error {
	m := tx.rt.mode
	if m == tx.mode && (m != Parallel || tx.txn != nil) {
		return nil
	}
	tx.Close()
	tx.mode = m
	if m == Parallel {
		txn, err := tx.rt.Engine().NewTxn()
		if err != nil {
			tx.mode = GlobalLock
			return err
		}
		tx.txn = txn
		txn.BeforeRollback = tx.rollbackGo
		tx.alloc.OwnerWord = makeWord(txn.slot, 0)
	}
	return nil
}

// BeginRestartable starts a Parallel transaction whose attempt may abort:
// the caller holds a snapshot of everything it must restore then. Under the
// other backends it is Begin.
func (tx *Tx) BeginRestartable() {
	if tx.mode != Parallel {
		tx.Begin()
		return
	}
	if tx.active {
		panic("BUG: stm: BeginRestartable inside an active transaction")
	}
	tx.active = true
	tx.restartable = true
	tx.began = time.Now()
	tx.beginAttempt()
	tx.left = tx.length
	if n := tx.rt.FixedLength; n > 0 {
		tx.left = n
	}
	if n := tx.rt.InjectAbortEvery; n > 0 {
		tx.injectLeft = 1 + int(tx.rt.injectSeed.Add(0x9E3779B97F4A7C15)>>40)%(2*n)
	}
}

// attemptIDs numbers attempts process-wide (AttemptID).
var attemptIDs atomic.Uint64

// AttemptID identifies the running attempt among all attempts of all
// threads, 0 when none runs: Go-side state can remember the attempt that
// last saved it and skip saving it again (GoUndo's key search is linear).
func (tx *Tx) AttemptID() uint64 {
	if tx.txn == nil || !tx.txn.active {
		return 0
	}
	return tx.attemptID
}

func (tx *Tx) beginAttempt() {
	tx.attemptID = attemptIDs.Add(1)
	tx.txn.Begin()
	tx.AttemptStart = tx.txn.began
	if tx.txn.dense != nil && tx.rt.InjectAbortEvery == 0 {
		tx.fast = tx.txn
	}
}

// Commit ends the running transaction, making its effects visible. Under
// Parallel a restartable attempt may fail validation: Commit then panics
// with Aborted.
func (tx *Tx) Commit() {
	if !tx.active {
		panic("BUG: stm: Commit without a transaction")
	}
	switch tx.mode {
	case GlobalLock:
		tx.rt.lock.Unlock()
	case Parallel:
		tx.fast = nil
		tx.releaseFresh()
		if tx.txn.active && !tx.txn.Commit() {
			tx.aborted()
		}
		tx.undo = tx.undo[:0]
		tx.releaseGoSyncs()
		if tx.restartable && tx.length < maxLength {
			tx.length += tx.length/8 + 1
		}
		tx.restartable = false
	}
	tx.active = false
	tx.Commits++
}

// releaseFresh unlocks the objects allocated since the transaction began:
// they were handed out locked by this thread (gc.Allocator.OwnerWord) so
// that their barriers took the owner fast path. Nobody else can have
// reached them before the commit publishes the objects that point to them,
// so version 0 is as good as any. An object a leftover check unlocked
// already (see Txn.contend) has another word and is left alone.
func (tx *Tx) releaseFresh() {
	a := tx.alloc
	own := a.OwnerWord
	for _, p := range a.Fresh {
		// Nobody else writes these words now: the attempt is running (no
		// leftover check can unlock them) and the objects are private.
		switch loadWord(p) {
		case own:
			storeOwned(p, gc.STMWordOffset, 0)
		case CardedWord:
			for _, u := range units(p) {
				if loadWord(unitAddr(u)) == own {
					storeOwned(unitAddr(u), gc.STMWordOffset, 0)
				}
			}
		}
	}
	a.Fresh = a.Fresh[:0]
}

// rollbackGo runs while an aborting attempt still holds its heap locks:
// the Go-side state they protect comes back (GoUndo entries, newest
// first) before another thread can lock the objects and look at it.
func (tx *Tx) rollbackGo(c Conflict) {
	if tx.OnRollback != nil {
		tx.OnRollback(c)
	}
	for i := len(tx.undo) - 1; i >= 0; i-- {
		tx.undo[i].restore()
	}
	tx.undo = tx.undo[:0]
}

// aborted finishes an abort the Txn has rolled back: Go-side state comes
// back (GoUndo), the transaction ends, its length shrinks, and the VM is
// told by a panic with Aborted.
func (tx *Tx) aborted() {
	if !tx.restartable {
		panic("BUG: stm: a non-restartable transaction aborted")
	}
	tx.fast = nil
	tx.releaseGoSyncs()
	tx.alloc.Fresh = tx.alloc.Fresh[:0] // garbage now
	tx.active = false
	tx.restartable = false
	tx.Aborts++
	tx.length = max(tx.length/2, minLength)
	panic(Aborted)
}

// ShouldBreak reports, at a possible break point, whether a Parallel
// transaction has run its length and should commit now (never inside an
// atomic block).
func (tx *Tx) ShouldBreak() bool {
	if tx.AtomicDepth > 0 {
		return false
	}
	tx.left--
	return tx.left <= 0
}

// overdueFactor is how many transaction lengths a transaction may run in
// guest code called from Go before it is ended there anyway (Overdue).
const overdueFactor = 8

// Overdue reports, at a break point that cannot end the transaction as a
// matter of course (guest code called from Go), whether the transaction
// has run overdueFactor times its length and should end there anyway.
func (tx *Tx) Overdue() bool {
	tx.left--
	return tx.left <= -(overdueFactor-1)*max(tx.length, tx.rt.FixedLength)
}

// SwitchInterval is how long a transaction runs before Break lets a
// waiting thread in (CPython's default sys.getswitchinterval()). Without
// it, two busy threads would hand the lock over at every loop iteration.
const SwitchInterval = 5 * time.Millisecond

// breakCheckEvery is how many Breaks pass between looks at the clock.
const breakCheckEvery = 128

// Break is a possible transaction break point of the GlobalLock backend:
// it commits and begins a new transaction when another thread is waiting
// and the transaction has run for SwitchInterval, unless an atomic block is
// open. (Parallel transactions are broken by the VM: ShouldBreak.)
func (tx *Tx) Break() {
	if tx.AtomicDepth > 0 || tx.mode != GlobalLock {
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

// BreakNow asks for a transaction break as soon as possible unless an
// atomic block is open (pypystm.hint_commit_soon): at once under
// GlobalLock, at the next break point under Parallel.
func (tx *Tx) BreakNow() {
	if tx.AtomicDepth > 0 {
		return
	}
	switch tx.mode {
	case GlobalLock:
		tx.Commit()
		tx.Begin()
	case Parallel:
		tx.left = 0
	}
}

// BecomeInevitable makes the running transaction inevitable before an
// irreversible operation (I/O): it will not abort. Under Parallel it may
// abort instead (panic with Aborted) if the attempt's reads are already
// stale. The other backends never abort anyway.
func (tx *Tx) BecomeInevitable() {
	if tx.mode != Parallel {
		return
	}
	if !tx.txn.active {
		tx.startInevitable()
		return
	}
	if !tx.txn.BecomeInevitable() {
		tx.aborted()
	}
}

// Inevitable reports whether the running attempt is inevitable.
func (tx *Tx) Inevitable() bool { return tx.txn != nil && tx.txn.Inevitable() }

// startInevitable begins the attempt of a non-restartable transaction at
// its first heap access: inevitable from the start, so it cannot abort.
func (tx *Tx) startInevitable() {
	if !tx.active {
		panic("BUG: stm: heap access outside a transaction")
	}
	tx.beginAttempt()
	if !tx.txn.inevitable.Load() {
		tx.txn.beginInevitable()
	}
}

// RunAlone makes the running transaction inevitable and the only one
// running until it commits (Txn.RunAlone), for an operation that changes
// what other transactions read without barriers (assigning __class__).
// Under Parallel it may abort first, like BecomeInevitable; the other
// backends run one transaction at a time anyway.
func (tx *Tx) RunAlone() {
	if tx.mode != Parallel {
		return
	}
	tx.BecomeInevitable()
	tx.txn.RunAlone()
}

// GoUndo registers restore to run if the running attempt aborts, once per
// key and attempt: Go-side state that guest operations change (a random
// generator's state, a deque's Go storage) saves itself with it before its
// first change in an attempt. It reports whether restore was registered
// (false when the key already has an entry, or when nothing can abort).
func (tx *Tx) GoUndo(key any, restore func()) bool {
	if !tx.NeedsUndo(key) {
		return false
	}
	tx.undo = append(tx.undo, undoEntry{key, restore})
	return true
}

// PushUndo registers restore to run if the running attempt aborts, without
// GoUndo's search for an entry with the same key: the caller knows it has
// none (it remembers the AttemptID that saved its state).
func (tx *Tx) PushUndo(restore func()) {
	if tx.restartable {
		tx.undo = append(tx.undo, undoEntry{nil, restore})
	}
}

// NeedsUndo reports whether GoUndo would register an entry for key, so
// that a caller can skip copying its state when it would not.
func (tx *Tx) NeedsUndo(key any) bool {
	if !tx.restartable {
		return false
	}
	for _, u := range tx.undo {
		if u.key == key {
			return false
		}
	}
	return true
}

// GoSync is embedded in Go-side state that guest operations change under
// the protection of an STM lock on a heap object (a generator's frame, a
// pypystm.queue's counters): the hardware ordering comes from the lock's
// CAS and release store, but the race detector cannot see those (they are
// on arena memory), so SyncGo tells it.
type GoSync struct{ _ byte }

// SyncGo declares that the running transaction holds the STM lock that
// protects s: for the race detector it acquires s now and releases it
// when the transaction ends. Without the race detector it does nothing.
func (tx *Tx) SyncGo(s *GoSync) {
	if !raceEnabled {
		return
	}
	raceAcquire(s)
	tx.goSyncs = append(tx.goSyncs, s)
}

func (tx *Tx) releaseGoSyncs() {
	for _, s := range tx.goSyncs {
		raceRelease(s)
	}
	tx.goSyncs = tx.goSyncs[:0]
}

// Read is the read barrier plus the load of the word at off in object a.
// It is small enough for the compiler to inline: under the global lock it
// is a plain load.
func (tx *Tx) Read(a gc.Addr, off uintptr) uint64 {
	if tx.txn == nil {
		return gc.Load(a, off)
	}
	return tx.readPar(a, off)
}

// readPar is Read on the parallel STM: the fast path, written out here
// to save a call on every barriered read (it succeeds for an unlocked
// unit within the snapshot whose word did not change around the load,
// and for one this attempt holds), then the barrier (Txn.Read).
func (tx *Tx) readPar(a gc.Addr, off uintptr) uint64 {
	if x := tx.fast; x != nil {
		u := a
		w := loadWord(a)
		if w == CardedWord {
			u = cardOf(a, off)
			w = loadWord(u)
		}
		if w <= x.rv {
			v := atomic.LoadUint64(gc.Word(a, off))
			if loadWord(u) == w {
				m := x.dense
				if i := (u - m.lo) >> markerShift; i < gc.Addr(len(m.words)) {
					m.words[i] = m.epoch
				}
				return v
			}
		} else if wordOwner(w) == x.slot { // locked or allocated by this attempt
			return atomic.LoadUint64(gc.Word(a, off))
		}
	}
	return tx.readSTM(a, off)
}

// PollKill aborts the running attempt if an older or inevitable
// transaction asked it to, or one needs to run alone (the barrier fast
// paths do not look; the VM calls this at break points).
func (tx *Tx) PollKill() {
	if x := tx.txn; x != nil && x.active && tx.restartable && x.Killed() {
		x.abort(x.killedConflict())
		tx.aborted()
	}
}

func (tx *Tx) readSTM(a gc.Addr, off uintptr) uint64 {
	tx.enter()
	v, ok := tx.txn.Read(a, off)
	if !ok {
		tx.aborted()
	}
	return v
}

// enter makes sure an attempt runs before a barrier (starting the
// inevitable attempt of a non-restartable transaction) and injects the
// aborts of the InjectAbortEvery knob.
func (tx *Tx) enter() {
	if !tx.txn.active {
		tx.startInevitable()
		return
	}
	if tx.injectLeft > 0 && tx.restartable && !tx.txn.Inevitable() {
		if tx.injectLeft--; tx.injectLeft == 0 {
			tx.txn.abort(Conflict{Kind: Injected})
			tx.aborted()
		}
	}
}

// Write is the write barrier plus the store of v at off in object a.
func (tx *Tx) Write(a gc.Addr, off uintptr, v uint64) {
	if tx.txn == nil {
		gc.Store(a, off, v)
		return
	}
	tx.writePar(a, off, v)
}

// writePar is Write on the parallel STM.
func (tx *Tx) writePar(a gc.Addr, off uintptr, v uint64) {
	if x := tx.fast; x != nil && x.WriteFast(a, off, v) {
		return
	}
	tx.enter()
	if !tx.txn.Write(a, off, v) {
		tx.aborted()
	}
}

// OpenRead declares that the transaction is about to read object a in
// bulk, through a view of its raw bytes (bytearray and array buffers)
// whose loads go through no barrier. Under Parallel it takes the object's
// write lock, as OpenWrite does: marking it read would let another
// transaction lock and change the bytes while this one still looks at
// them, and opacity requires that no transaction ever acts on such a
// mixed view. Concurrent bulk readers of one buffer therefore conflict;
// element-wise readers (lists, dicts) use Read and do not.
func (tx *Tx) OpenRead(a gc.Addr) { tx.OpenWrite(a) }

// OpenWrite declares that the transaction is about to write object a in bulk.
func (tx *Tx) OpenWrite(a gc.Addr) {
	if tx.txn == nil {
		return
	}
	tx.openWritePar(a)
}

func (tx *Tx) openWritePar(a gc.Addr) {
	if x := tx.fast; x != nil && wordOwner(loadWord(a)) == x.slot {
		return
	}
	tx.enter()
	if !tx.txn.OpenWrite(a) {
		tx.aborted()
	}
}
