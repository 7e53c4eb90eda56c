package stm

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"atompy.dev/atompy/gc"
)

// Engine is the shared state of the parallel STM (DESIGN.md section 5) for
// one guest heap: the commit log and the table of transaction descriptors by
// slot. Tx (stm.go) puts the interpreter's face on it. See docs/stm.md for
// the protocol.
type Engine struct {
	log    *commitLog
	txns   [MaxSlots + 1]atomic.Pointer[Txn] // by slot; 0 is never used
	alone  aloneGate                         // RunAlone (alone.go)
	births atomic.Uint64                     // priority clock: lower = older

	mu   sync.Mutex // guards free
	free []uint8    // unused slots

	// SpinLimit bounds how many times a barrier yields while waiting for
	// a lock held by another transaction before it gives up and aborts.
	SpinLimit int
	// InevitableAfter is how many consecutive aborts make Begin start the
	// next attempt inevitable, which cannot abort: starvation freedom.
	InevitableAfter int

	// lo and hi are the heap range for dense read markers (NewEngineFor);
	// both zero means map markers.
	lo, hi gc.Addr
	// TrackSites makes the engine remember where each lock was taken
	// (Txn.Site) so that a conflict can name the other side's source
	// location. It costs a map store per first write, so it is on only
	// while abort reports are requested. Set it before transactions run.
	TrackSites bool
	lockSites  sync.Map // gc.Addr -> uint64 site, while TrackSites
}

// Default contention parameters.
const (
	DefaultSpinLimit       = 64
	DefaultInevitableAfter = 16
)

// ErrNoSlot is returned by NewTxn when MaxSlots descriptors exist.
var ErrNoSlot = errors.New("stm: too many transaction descriptors (255)")

// NewEngine returns an engine with an empty commit log (version 0).
func NewEngine() *Engine {
	e := &Engine{log: newCommitLog(), SpinLimit: DefaultSpinLimit, InevitableAfter: DefaultInevitableAfter}
	for s := MaxSlots; s >= 1; s-- {
		e.free = append(e.free, uint8(s))
	}
	return e
}

// NewEngineFor returns an engine for the heap whose objects lie in
// [lo, hi): its transactions use dense read markers over that range.
func NewEngineFor(lo, hi gc.Addr) *Engine {
	e := NewEngine()
	e.lo, e.hi = lo, hi
	return e
}

// Version returns the version of the newest finished commit-log entry.
func (e *Engine) Version() uint64 { return e.log.lastDone().version }

// ConflictKind says why a transaction attempt aborted.
type ConflictKind uint8

const (
	NoConflict ConflictKind = iota
	// WriteWrite: the object is write-locked by another transaction that
	// did not let go within the spin limit.
	WriteWrite
	// WriteRead: an object this attempt read was overwritten by a
	// transaction that committed after the snapshot.
	WriteRead
	// Killed: an older or inevitable transaction needed a lock this
	// attempt held and asked it to abort.
	Killed
	// InevitableWait: the object was released by an undo after the
	// running inevitable transaction's token, so no snapshot can reach its
	// version until that transaction commits, and waiting ran out.
	InevitableWait
	// Injected: a debug knob aborted the attempt (Runtime.InjectAbortEvery).
	Injected
	// Exclusive: another transaction needed to run alone (RunAlone: an
	// operation such as assigning __class__ that no attempt may overlap).
	Exclusive
)

// String names the kind as the abort reports will.
func (k ConflictKind) String() string {
	switch k {
	case NoConflict:
		return "none"
	case WriteWrite:
		return "write-write"
	case WriteRead:
		return "write-read"
	case Killed:
		return "killed"
	case InevitableWait:
		return "inevitable"
	case Injected:
		return "injected"
	case Exclusive:
		return "exclusive"
	}
	return "unknown"
}

// Conflict describes the last abort of a Txn: the kind, the object involved
// (0 when unknown) and the slot of the other transaction (0 when unknown).
type Conflict struct {
	Kind   ConflictKind
	Object gc.Addr
	Other  uint8
	// OtherSite is where the other transaction locked or wrote Object, as
	// its Txn.Site reported it (0 when unknown or not tracked).
	OtherSite uint64
}

// writeRecord is one object write-locked by the running attempt: its STM
// word before the lock and a copy of its fields for undo. backup is nil for
// an object allocated by the attempt (Adopt): there is nothing to restore.
type writeRecord struct {
	addr   gc.Addr  // the unit (object, or card entry with cardBit)
	data   gc.Addr  // where backup's words came from
	hdr    uint64   // an object's header word 0
	backup []uint64 // nil: nothing to restore (Adopt)
}

// Txn is one thread's descriptor of the parallel STM. It runs one attempt
// at a time: Begin, then barriers, then Commit. A barrier or Commit that
// returns false has already rolled the attempt back (restored every
// written object and released every lock); the caller must unwind to the
// point where it called Begin and call Begin again. A retry keeps its
// priority, so it gets older relative to newcomers and eventually wins.
//
// Only the owning goroutine calls a Txn's methods; other transactions touch
// only its atomic fields (priority, inevitable, killed).
type Txn struct {
	eng     *Engine
	slot    uint8
	active  bool
	snap    *logEntry // the snapshot: every read is consistent with snap.version
	rv      uint64    // snap.version, where the barrier fast paths read it
	markers markerTable
	dense   *denseMarkers // markers when dense: the fast paths call it directly
	writes  []writeRecord

	birth      atomic.Uint64 // priority of the logical transaction
	inevitable atomic.Bool
	killed     atomic.Bool // set by an older or inevitable transaction
	// killer describes the last kill request for the report: the object
	// the killer wanted, its slot and its site (stored before killed).
	killObj   atomic.Uint64
	killSlot  atomic.Uint32
	killSite  atomic.Uint64
	inevEntry *logEntry // this attempt's unfinished log entry while inevitable

	retrying bool // the last attempt aborted: Begin keeps the priority
	streak   int  // consecutive aborts
	// began is when the running attempt began, waitFrom when its current
	// wait for a lock began (contend).
	began, waitFrom time.Time
	last            Conflict
	// running mirrors active for other transactions: a lock whose owner
	// is not running can only be a leftover (see contend).
	running atomic.Bool

	// Site, when set, returns the owner's current source location as an
	// opaque token; it is called on the slow path of the first write to an
	// object while the engine's TrackSites is on.
	Site func() uint64
	// BeforeRollback, when set, is called when an attempt aborts, before
	// its locks are released: the last moment at which the owner's
	// Go-side state that the locks protect is still its own (the VM
	// describes the abort then).
	BeforeRollback func(Conflict)

	// Commits and Aborts count attempts by outcome; Paused sums the time
	// spent waiting for other transactions (the VM takes and resets it).
	Commits, Aborts uint64
	Paused          time.Duration
}

// NewTxn returns an idle descriptor with its own slot (the owner value of
// the locks it takes).
func (e *Engine) NewTxn() (*Txn, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.free) == 0 {
		return nil, ErrNoSlot
	}
	s := e.free[len(e.free)-1]
	e.free = e.free[:len(e.free)-1]
	tx := &Txn{eng: e, slot: s}
	if e.hi > e.lo {
		tx.dense = newDenseMarkers(e.lo, e.hi)
		tx.markers = tx.dense
	} else {
		tx.markers = newMapMarkers()
	}
	e.txns[s].Store(tx)
	return tx, nil
}

// Close gives the descriptor's slot back. It must be idle.
func (tx *Txn) Close() {
	if tx.active {
		panic("BUG: stm: Close of an active Txn")
	}
	e := tx.eng
	tx.markers.release()
	e.txns[tx.slot].Store(nil)
	e.mu.Lock()
	e.free = append(e.free, tx.slot)
	e.mu.Unlock()
}

// Slot returns the owner value this descriptor writes into STM words.
func (tx *Txn) Slot() uint8 { return tx.slot }

// Active reports whether an attempt is running.
func (tx *Txn) Active() bool { return tx.active }

// Snapshot returns the version the running attempt's reads are consistent with.
func (tx *Txn) Snapshot() uint64 {
	if tx.snap == nil {
		return 0
	}
	return tx.snap.version
}

// Inevitable reports whether the running attempt is inevitable.
func (tx *Txn) Inevitable() bool { return tx.inevitable.Load() }

// LastConflict describes why the last attempt aborted.
func (tx *Txn) LastConflict() Conflict { return tx.last }

// Begin starts an attempt: a new epoch of read markers and a snapshot at
// the newest finished commit. After InevitableAfter consecutive aborts the
// attempt becomes inevitable before it does anything.
func (tx *Txn) Begin() {
	if tx.active {
		panic("BUG: stm: Begin inside an active Txn")
	}
	tx.began = time.Now() // the backoff and a wait at the gate count as the attempt's
	if tx.retrying {
		backoff(tx.streak)
	} else {
		tx.birth.Store(tx.eng.births.Add(1))
		tx.streak = 0
	}
	tx.active = true
	tx.enterGate()
	tx.killed.Store(false)
	tx.markers.nextEpoch()
	tx.writes = tx.writes[:0]
	tx.setSnap(tx.eng.log.lastDone())
	if tx.retrying && tx.streak >= tx.eng.InevitableAfter {
		tx.beginInevitable()
	}
}

// setSnap moves the snapshot.
func (tx *Txn) setSnap(e *logEntry) {
	tx.snap = e
	tx.rv = e.version
}

// WriteFast is the write barrier's fast path: a store to an object the
// attempt has locked already. It reports false when Write must be used.
func (tx *Txn) WriteFast(a gc.Addr, off uintptr, v uint64) bool {
	w := loadWord(a)
	if w == CardedWord {
		w = loadWord(cardOf(a, off))
	}
	if wordOwner(w) != tx.slot {
		return false
	}
	storeOwned(a, off, v)
	return true
}

// Killed reports whether another transaction asked this attempt to abort
// (the VM polls it at break points, so that an attempt busy in barrier
// fast paths, which do not look, still gives way).
func (tx *Txn) Killed() bool { return tx.mustYield() }

// pause yields the processor while the attempt waits for another
// transaction, and accounts the time waited (Paused).
func (tx *Txn) pause() {
	t0 := time.Now()
	runtime.Gosched()
	tx.Paused += time.Since(t0)
}

// backoff yields a little after an abort, more after repeated ones, so
// that two transactions that keep colliding drift apart.
func backoff(streak int) {
	for i := 0; i < min(streak, 8); i++ {
		runtime.Gosched()
	}
}

// Read is the read barrier plus the load of the word at off in object a.
// ok is false when the attempt aborted instead.
func (tx *Txn) Read(a gc.Addr, off uintptr) (v uint64, ok bool) {
	tx.mustBeActive()
	if tx.mustYield() {
		return 0, tx.abort(tx.killedConflict())
	}
	field := gc.Word(a, off)
	u := unitFor(a, off)
	ua := unitAddr(u)
	for spins := 0; ; {
		w := loadWord(ua)
		if readableAt(w, tx.rv) {
			v = atomic.LoadUint64(field)
			if loadWord(ua) == w { // no writer locked the unit while we loaded
				tx.markers.mark(ua)
				return v, true
			}
			continue
		}
		switch owner := wordOwner(w); {
		case owner == tx.slot:
			return atomic.LoadUint64(field), true
		case owner != 0:
			if c, waited := tx.contend(u, owner, &spins); !waited {
				return 0, tx.abort(c)
			}
		default:
			if c, ok := tx.catchUp(u, &spins); !ok {
				return 0, tx.abort(c)
			}
		}
	}
}

// OpenRead marks every unit of object a as read once it is within the
// snapshot (bulk reads of its words follow, without per-word checks: a
// writer that changes them later makes validation fail).
func (tx *Txn) OpenRead(a gc.Addr) (ok bool) {
	tx.mustBeActive()
	if loadWord(a) != CardedWord {
		_, ok := tx.Read(a, 0)
		return ok
	}
	cardsOff, cards := cardGeometry(a)
	for k := 0; k < cards; k++ {
		if _, ok := tx.Read(cardEntry(a, cardsOff, k), 0); !ok {
			return false
		}
	}
	return true
}

// catchUp handles meeting object a unlocked with a version newer than the
// snapshot: extend the snapshot, and if that cannot reach the version yet
// (it lies behind an unfinished inevitable entry) wait a bounded time.
func (tx *Txn) catchUp(u gc.Addr, spins *int) (Conflict, bool) {
	before := tx.snap
	if c, extended := tx.extend(); !extended {
		return c, false
	}
	if tx.snap != before {
		return Conflict{}, true
	}
	if *spins++; *spins > tx.eng.SpinLimit && !tx.inevitable.Load() {
		return Conflict{Kind: InevitableWait, Object: objectOf(u)}, false
	}
	tx.pause()
	return Conflict{}, true
}

// Write is the write barrier plus the store of v at off in object a. ok is
// false when the attempt aborted instead. The first write of an attempt to
// an object locks it and saves its backup; later writes are one compare.
func (tx *Txn) Write(a gc.Addr, off uintptr, v uint64) (ok bool) {
	tx.mustBeActive()
	if u := unitFor(a, off); wordOwner(loadWord(unitAddr(u))) != tx.slot && !tx.lock(u) {
		return false
	}
	storeOwned(a, off, v)
	return true
}

// OpenWrite locks object a for bulk writes (as the first Write would).
func (tx *Txn) OpenWrite(a gc.Addr) (ok bool) {
	tx.mustBeActive()
	w := loadWord(a)
	if wordOwner(w) == tx.slot {
		return true
	}
	if w != CardedWord {
		return tx.lock(a)
	}
	cardsOff, cards := cardGeometry(a)
	for k := 0; k < cards; k++ {
		e := cardEntry(a, cardsOff, k)
		if wordOwner(loadWord(e)) != tx.slot && !tx.lock(e|cardBit) {
			return false
		}
	}
	return true
}

// Adopt declares that object a was allocated by the running attempt: it is
// private, so it is locked by this transaction without a backup, and its
// accesses take the owner fast paths. An abort leaves it unreachable.
func (tx *Txn) Adopt(a gc.Addr) {
	tx.mustBeActive()
	storeWord(a, makeWord(tx.slot, 0))
	tx.writes = append(tx.writes, writeRecord{addr: a})
}

// lock is the write barrier's slow path: take unit u's lock with a CAS
// once its version is within the snapshot, back it up, mark it as read.
func (tx *Txn) lock(u gc.Addr) bool {
	if tx.mustYield() {
		return tx.abort(tx.killedConflict())
	}
	ua := unitAddr(u)
	for spins := 0; ; {
		w := loadWord(ua)
		switch owner := wordOwner(w); {
		case owner == tx.slot:
			return true
		case owner != 0:
			if c, waited := tx.contend(u, owner, &spins); !waited {
				return tx.abort(c)
			}
		case wordVersion(w) > tx.rv:
			// Opacity: the values we are about to overwrite (and may
			// have read) must belong to our snapshot.
			if c, ok := tx.catchUp(u, &spins); !ok {
				return tx.abort(c)
			}
		case casWord(ua, w, makeWord(tx.slot, wordVersion(w))):
			tx.writes = append(tx.writes, backupOf(u))
			tx.markers.mark(ua)
			if tx.eng.TrackSites && tx.Site != nil {
				tx.eng.lockSites.Store(u, tx.Site())
			}
			return true
		}
	}
}

// backupOf copies what unit u protects: for an object, header word 0 (an
// instance's shape or class can change: attribute additions and
// __class__ assignment rewrite it) and every field after the header; for
// a card, its data words. The caller holds u's lock, so nobody else
// writes them.
func backupOf(u gc.Addr) writeRecord {
	if isCard(u) {
		o, from, to := cardData(u)
		return writeRecord{addr: u, data: o + gc.Addr(from), backup: copyWords(o+gc.Addr(from), int(to-from)/gc.WordSize)}
	}
	n := int(gc.SizeOf(u)-gc.HeaderSize) / gc.WordSize
	return writeRecord{addr: u, data: u + gc.HeaderSize, hdr: atomic.LoadUint64(gc.Word(u, 0)), backup: copyWords(u+gc.HeaderSize, n)}
}

func copyWords(from gc.Addr, n int) []uint64 {
	b := make([]uint64, n)
	for i := range b {
		b[i] = atomic.LoadUint64(gc.Word(from, uintptr(i)*gc.WordSize))
	}
	return b
}

// restore writes a backup made by backupOf back.
func (r *writeRecord) restore() {
	if !isCard(r.addr) {
		atomic.StoreUint64(gc.Word(r.addr, 0), r.hdr)
	}
	for i, v := range r.backup {
		atomic.StoreUint64(gc.Word(r.data, uintptr(i)*gc.WordSize), v)
	}
}

// contend handles meeting object a locked by the transaction in slot owner.
// It returns waited=true when the caller should look at the object again,
// and false with the conflict when the caller must abort. The policy: the
// inevitable transaction always wins: it asks the owner to abort at once
// and waits as long as needed. Anyone else waits at least SpinLimit
// yields, and longer the more work it would lose: an eighth of the
// attempt's age (so an attempt that ran for 8 ms waits up to 1 ms for a
// lock, typically held by a transaction about to commit, rather than redo
// 8 ms of work). An older transaction asks the younger owner to abort
// once it has waited half of that, then goes on waiting; a younger one
// gives up when it has waited all of it.
func (tx *Txn) contend(u gc.Addr, owner uint8, spins *int) (c Conflict, waited bool) {
	other := tx.eng.txns[owner].Load()
	meInev := tx.inevitable.Load()
	if tx.mustYield() {
		return tx.killedConflict(), false
	}
	ua := unitAddr(u)
	if w := loadWord(ua); wordVersion(w) == 0 && wordOwner(w) == owner && (other == nil || !other.running.Load()) {
		// A never-committed object (version 0) locked by a slot with no
		// running attempt: an object allocated by an attempt that
		// aborted and reached through a Go-side reference that outlived
		// it. Nobody can be writing it: unlock it.
		casWord(ua, w, 0)
		return Conflict{}, true
	}
	now := time.Now()
	if *spins == 0 {
		tx.waitFrom = now
	}
	waitedFor, budget := now.Sub(tx.waitFrom), now.Sub(tx.began)/8
	older := other != nil && tx.birth.Load() < other.birth.Load()
	if other != nil && !other.inevitable.Load() && (meInev || older && *spins > 0 && waitedFor >= budget/2) {
		other.killObj.Store(uint64(objectOf(u)))
		other.killSlot.Store(uint32(tx.slot))
		if tx.eng.TrackSites && tx.Site != nil {
			other.killSite.Store(tx.Site())
		}
		other.killed.Store(true)
	}
	if *spins++; *spins > tx.eng.SpinLimit && waitedFor >= budget && !meInev {
		return Conflict{Kind: WriteWrite, Object: objectOf(u), Other: owner, OtherSite: tx.eng.siteOf(u)}, false
	}
	tx.pause()
	return Conflict{}, true
}

// extend tries to move the snapshot to the newest finished commit: it
// validates every entry after the snapshot against the read markers. On a
// conflict the snapshot is unchanged and the conflict is returned.
func (tx *Txn) extend() (Conflict, bool) {
	e, c, ok := tx.validateFrom(tx.snap)
	if !ok {
		return c, false
	}
	tx.setSnap(e)
	return Conflict{}, true
}

// validateFrom walks the log from entry e while the entries are finished
// (or are this transaction's own inevitable entry) and checks that none of
// them wrote an object this attempt read. It returns the last entry walked.
func (tx *Txn) validateFrom(e *logEntry) (*logEntry, Conflict, bool) {
	for {
		n := e.next.Load()
		if n == nil || (!n.done.Load() && n != tx.inevEntry) {
			return e, Conflict{}, true
		}
		if c, ok := tx.validateEntry(n); !ok {
			return e, c, false
		}
		e = n
	}
}

// validateEntry checks one commit-log entry against the read markers.
func (tx *Txn) validateEntry(n *logEntry) (Conflict, bool) {
	if n.undo || n == tx.inevEntry {
		return Conflict{}, true
	}
	for i, a := range n.writes {
		if tx.markers.marked(a) {
			c := Conflict{Kind: WriteRead, Object: objectOf(a), Other: n.slot}
			if i < len(n.sites) {
				c.OtherSite = n.sites[i]
			}
			return c, false
		}
	}
	return Conflict{}, true
}

// BecomeInevitable makes the running attempt inevitable: it validates up to
// the tail and appends an unfinished entry, the token that stops everyone
// else from committing until this attempt commits. It returns false (the
// attempt aborted) if validation fails on the way. An inevitable attempt
// never aborts.
func (tx *Txn) BecomeInevitable() bool {
	tx.mustBeActive()
	if tx.inevitable.Load() {
		return true
	}
	tok := &logEntry{slot: tx.slot}
	e := tx.snap
	for {
		if tx.mustYield() {
			return tx.abort(tx.killedConflict())
		}
		n := e.next.Load()
		switch {
		case n == nil:
			if tx.takeToken(e, tok) {
				return true
			}
		case !n.done.Load():
			tx.pause() // another inevitable attempt runs
		default:
			if c, ok := tx.validateEntry(n); !ok {
				return tx.abort(c)
			}
			e = n
		}
	}
}

// takeToken tries to append the inevitability token tok after e, the last
// entry: on success the attempt is inevitable with its snapshot at e.
func (tx *Txn) takeToken(e, tok *logEntry) bool {
	if !tx.eng.log.tryAppend(e, tok) {
		return false
	}
	tx.inevEntry = tok
	tx.inevitable.Store(true)
	tx.setSnap(e)
	return true
}

// Commit ends the attempt. A read-only attempt has nothing to do: all its
// reads were consistent with its snapshot. An updating attempt validates
// the entries committed since its snapshot and appends its write set with
// one CAS on the log's tail, then releases its locks with the new version.
// It returns false if it aborted instead.
func (tx *Txn) Commit() bool {
	tx.mustBeActive()
	if tx.inevitable.Load() {
		tok := tx.inevEntry
		tok.finish(tx.writtenAddrs())
		tx.eng.log.advance(tok)
		tx.release(tok.version)
		tx.inevEntry = nil
		tx.inevitable.Store(false)
		tx.leaveAlone()
		return tx.finish()
	}
	if len(tx.writes) == 0 {
		return tx.finish()
	}
	entry := &logEntry{slot: tx.slot, writes: tx.writtenAddrs(), sites: tx.writtenSites()}
	entry.done.Store(true)
	e := tx.snap
	for {
		if tx.mustYield() {
			return tx.abort(tx.killedConflict())
		}
		n := e.next.Load()
		switch {
		case n == nil:
			if tx.eng.log.tryAppend(e, entry) {
				tx.eng.log.advance(entry) // every entry before it is done
				tx.release(entry.version)
				return tx.finish()
			}
		case !n.done.Load():
			tx.pause() // wait for the inevitable attempt
		default:
			if c, ok := tx.validateEntry(n); !ok {
				return tx.abort(c)
			}
			e = n
		}
	}
}

// killedConflict describes a kill request this attempt obeys: the object
// the killer needed, and who it was.
func (tx *Txn) killedConflict() Conflict {
	if s := tx.eng.alone.slot.Load(); s != 0 {
		return Conflict{Kind: Exclusive, Other: uint8(s - 1), OtherSite: tx.eng.alone.site.Load()}
	}
	return Conflict{Kind: Killed, Object: gc.Addr(tx.killObj.Load()), Other: uint8(tx.killSlot.Load()), OtherSite: tx.killSite.Load()}
}

// siteOf returns where object a was last locked, while TrackSites is on.
func (e *Engine) siteOf(a gc.Addr) uint64 {
	if !e.TrackSites {
		return 0
	}
	if v, ok := e.lockSites.Load(a); ok {
		return v.(uint64)
	}
	return 0
}

// writtenSites lists, parallel to writtenAddrs, where each object was
// locked (nil unless TrackSites).
func (tx *Txn) writtenSites() []uint64 {
	if !tx.eng.TrackSites {
		return nil
	}
	sites := make([]uint64, len(tx.writes))
	for i, r := range tx.writes {
		sites[i] = tx.eng.siteOf(r.addr)
	}
	return sites
}

// finish ends a successful attempt.
func (tx *Txn) finish() bool {
	tx.snap = nil // an idle thread must not keep the log from its snapshot on alive
	tx.active = false
	tx.running.Store(false)
	tx.retrying = false
	tx.streak = 0
	tx.Commits++
	tx.last = Conflict{}
	return true
}

// writtenAddrs lists the objects the attempt locked.
func (tx *Txn) writtenAddrs() []gc.Addr {
	addrs := make([]gc.Addr, len(tx.writes))
	for i, r := range tx.writes {
		addrs[i] = r.addr
	}
	return addrs
}

// release unlocks every written object, giving it version v.
func (tx *Txn) release(v uint64) {
	for _, r := range tx.writes {
		storeWord(unitAddr(r.addr), makeWord(0, v))
	}
	tx.writes = tx.writes[:0]
}

// Abort abandons the running attempt voluntarily (a guest-level retry); the
// next Begin keeps the priority like after a conflict.
func (tx *Txn) Abort() {
	tx.mustBeActive()
	if tx.inevitable.Load() {
		panic("BUG: stm: Abort of an inevitable Txn")
	}
	tx.abort(Conflict{})
}

// abort rolls the attempt back and returns false, for the barriers to pass
// on. Restored objects are released with the version of a fresh undo entry
// (see logEntry), never with their old word: a reader that loaded a value
// of this attempt must fail its re-check.
func (tx *Txn) abort(c Conflict) bool {
	if tx.inevitable.Load() {
		panic("BUG: stm: an inevitable Txn aborted")
	}
	if tx.BeforeRollback != nil {
		tx.BeforeRollback(c)
	}
	restored := false
	for _, r := range tx.writes {
		if r.backup != nil {
			r.restore()
			restored = true
		}
	}
	if restored {
		tx.release(tx.appendUndo())
	} else {
		tx.release(0) // only adopted objects: unreachable garbage now
	}
	tx.snap = nil // see finish
	tx.active = false
	tx.running.Store(false)
	tx.retrying = true
	if c.Kind != Exclusive { // a wait, not a sign of contention
		tx.streak++
	}
	tx.Aborts++
	tx.last = c
	return false
}

// appendUndo appends an undo entry for the restored objects and returns its
// version. It appends at the true tail, past an unfinished inevitable entry
// if there is one: the inevitable attempt may be waiting for our locks.
func (tx *Txn) appendUndo() uint64 {
	entry := &logEntry{slot: tx.slot, undo: true, writes: tx.writtenAddrs()}
	entry.done.Store(true)
	e := tx.snap
	for {
		n := e.next.Load()
		if n == nil {
			if tx.eng.log.tryAppend(e, entry) {
				return entry.version
			}
			continue
		}
		e = n
	}
}

// mustYield reports whether an older or inevitable transaction asked this
// attempt to abort and it has locks to give up. A kill request can arrive
// late, after the attempt it was meant for ended; an attempt without locks
// ignores it, so that a spurious request never aborts a read-only attempt
// or an attempt on its way to becoming inevitable.
//
// An attempt also yields, with or without locks, to one that runs alone
// (RunAlone), which waits for every other attempt to end.
func (tx *Txn) mustYield() bool {
	return (len(tx.writes) > 0 && tx.killed.Load() || tx.eng.alone.stopped()) && !tx.inevitable.Load()
}

func (tx *Txn) mustBeActive() {
	if !tx.active {
		panic("BUG: stm: barrier outside an attempt")
	}
}
