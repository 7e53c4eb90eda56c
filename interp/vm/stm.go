package vm

import (
	"time"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// Transactions on the parallel STM (stm.Parallel, `--stm=on`).
//
// Every guest thread runs a series of transactions. A transaction that may
// abort is *restartable*: when it began, at a possible break point (a loop
// back-edge or a function entry, i.e. a bytecode boundary), the thread took
// a Snapshot of its frame chain. A conflict makes a barrier roll the heap
// back and panic with stm.Aborted; the panic unwinds whatever Go code is on
// the stack (built-ins, nested runs of the dispatch loop) up to the dispatch
// loop that took the snapshot — its *owner* — which restores the frames and
// re-executes from there in a new attempt. Go-side state that guest code
// changes saves itself with stm.Tx.GoUndo (generators, see genTouch);
// output is buffered per transaction (outbuf.go).
//
// Only the owner loop ends a transaction for length: a nested loop (guest
// code called from Go) cannot, because an abort after the break would have
// nothing to restart from. When the owner loop itself returns (a guest
// call made from Go finishes, a generator driven from Go yields) its
// snapshot dies with it, so the transaction commits there and the thread
// continues in a non-restartable transaction: one whose attempt becomes
// inevitable at its first heap access, and which the next break point
// ends, taking a new snapshot. Blocking calls end their transaction the
// same way and continue non-restartable.
//
// The collector runs only when every thread is outside a transaction:
// parked at a break point after committing (parkForGC), or inside a
// blocking call. So at a collection no attempt is in flight: no locks, no
// backups, no fresh objects, no snapshots — nothing of the STM is a root.

// txState is the thread's view of its running Parallel transaction.
type txState struct {
	// snap is the snapshot the running attempt restarts from (nil: the
	// transaction is not restartable); owner is the nesting level of the
	// dispatch loop that took it, and marks the Go-side bookkeeping then.
	snap  *Snapshot
	owner int
	marks object.RestartMarks
	// pinned is the thread's pin count at the snapshot: Go code that pins
	// without a deferred unpin leaks a pin when an abort unwinds it.
	pinned int64
	// outMark is the length of the output buffer at the attempt start.
	outMark int
	// pins are generator frames the attempt saved (genTouch): like
	// snapshot frames they must not be recycled before the attempt ends.
	pins []*Frame
}

// stmSafepoint is the safepoint of a Parallel thread.
//
// The outermost dispatch loop (nesting 1: the program or the thread's
// entry function) is where transactions normally begin and end. A loop
// nested under Go code (guest code called from a built-in: a generator
// driven by sum(), a key function, an imported module's body) cannot end
// the running transaction as a matter of course, because an abort after
// the break could only restart inside that loop, and once the loop returns
// to its Go caller the snapshot is worthless: the next transaction would
// be non-restartable (inevitable). So a nested loop takes the transaction
// over only when it has run far too long (Overdue: 8 lengths) or a
// collection is wanted; after it returns, the transaction continues
// non-restartable until the outer loop's next break point.
func (th *Thread) stmSafepoint() {
	st := &th.stm
	tx := th.TX
	switch {
	case tx.AtomicDepth > 0:
		tx.PollKill()
	case th.nesting == st.owner && st.snap != nil:
		if tx.ShouldBreak() || th.gcDue() {
			th.transactionBreak()
			return
		}
		tx.PollKill()
	case st.snap == nil && th.nesting <= 1:
		th.transactionBreak()
	case tx.Overdue() || th.gcDue():
		th.transactionBreak()
	default:
		tx.PollKill()
	}
}

// transactionBreak commits the running transaction, lets a collection run
// if one is wanted, and begins a restartable one with a snapshot taken
// here. A failed commit panics with stm.Aborted like any barrier.
func (th *Thread) transactionBreak() {
	th.commit()
	if th.vm.gcWanted() {
		th.vm.parkForGC(th)
	}
	th.beginRestartable()
}

// beginRestartable begins a restartable transaction owned by the current
// dispatch loop.
func (th *Thread) beginRestartable() {
	st := &th.stm
	if r := th.vm.stmReport; r != nil && th.stmStats == nil {
		r.stats(th)
	}
	th.TX.BeginRestartable()
	st.snap = th.SnapshotChain(th.frame)
	st.owner = th.nesting
	st.marks = th.Marks()
	st.pinned = th.pinned.Load()
	st.outMark = len(th.out)
}

// commit commits the running transaction and publishes its output. The
// snapshot, if any, is released: the thread is between transactions.
func (th *Thread) commit() {
	inevitable := th.TX.Inevitable()
	th.TX.Commit()
	if r := th.vm.stmReport; r != nil {
		r.committed(th, inevitable)
	}
	th.flushOut()
	th.dropSnapshot()
}

func (th *Thread) dropSnapshot() {
	st := &th.stm
	if st.snap != nil {
		st.snap.Release()
		st.snap = nil
	}
	th.unpinFrames()
}

// unpinFrames ends the attempt's claim on the generator frames it saved.
func (th *Thread) unpinFrames() {
	st := &th.stm
	for _, f := range st.pins {
		f.snapshots.Add(-1)
	}
	clear(st.pins)
	st.pins = st.pins[:0]
}

// ownsTransaction reports whether the dispatch loop running now took the
// running transaction's snapshot.
func (th *Thread) ownsTransaction() bool {
	return th.stm.snap != nil && th.stm.owner == th.nesting
}

// restart puts the thread back into the state of its snapshot after an
// abort and begins the next attempt. The heap was rolled back by the STM
// and Go-side state by the GoUndo entries before the panic.
func (th *Thread) restart() {
	st := &th.stm
	th.noteAbort()
	st.snap.Restore(th)
	th.unpinFrames()
	th.ResetTo(st.marks)
	th.pinned.Store(st.pinned)
	th.out = th.out[:st.outMark]
	th.TX.BeginRestartable()
}

// endOwnedTransaction is called when the owner loop is about to return:
// it commits, and the thread continues in a non-restartable transaction.
// It returns false if the commit aborted and the loop must run again from
// the restored snapshot.
func (th *Thread) endOwnedTransaction() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if r != stm.Aborted {
				panic(r)
			}
			th.restart()
			ok = false
		}
	}()
	th.commit()
	th.TX.Begin()
	return true
}

// noteAbort accounts for the attempt that just aborted (reports).
func (th *Thread) noteAbort() {
	if r := th.vm.stmReport; r != nil {
		r.record(th, time.Since(th.TX.AttemptStart))
	}
}

// genTouch saves a generator's Go-side state before its first change in a
// restartable attempt, and opens its heap object for writing, so that two
// threads driving one generator conflict in the STM instead of racing on
// the Go frame.
func (th *Thread) genTouch(g *Generator) {
	tx := th.TX
	if !tx.Parallel() {
		return
	}
	tx.SyncGo(&g.sync) // for the race detector: g.obj was written by the creator
	if id := tx.AttemptID(); id != 0 && g.touched == id {
		return // locked and saved by this attempt already
	}
	if g.obj == 0 {
		return
	}
	tx.OpenWrite(g.obj)
	tx.SyncGo(&g.sync) // now that the lock is held
	g.touched = tx.AttemptID()
	if !tx.Restartable() {
		return
	}
	saved := *g
	f := g.frame
	if f == nil { // finished: nothing but the flags can change
		tx.PushUndo(func() { *g = saved })
		return
	}
	fs, fgen := saveFrame(f), f.gen
	f.snapshots.Add(1)
	th.stm.pins = append(th.stm.pins, f)
	tx.PushUndo(func() {
		*g = saved
		fs.restore()
		f.gen = fgen
	})
}
