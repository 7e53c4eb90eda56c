package stm

import (
	"sync"
	"sync/atomic"
	"time"
)

// Running alone. A few operations change state that readers look at
// without a barrier, so no read marker records that they looked: the
// class of an object (header word 0), which the interpreter reads on
// almost every operation. Barriering every such read would cost more than
// the operations that change it are worth (assigning __class__ is rare), so
// such an operation runs its attempt alone instead: it becomes inevitable,
// every other running attempt aborts (or, if it has read nothing yet,
// waits), no attempt begins until it commits, and only then does it change
// anything. Nobody can hold a stale view of what it changed, because
// nobody was running while it changed it.
//
// The aborts are ordinary ones (kind Exclusive) raised where attempts
// already look for kill requests: barrier slow paths, the waits in Commit
// and BecomeInevitable, and the VM's break points (Tx.PollKill). An
// attempt busy in Go code that reaches none of them delays the operation
// until it does.

// aloneGate is the engine's state for RunAlone.
type aloneGate struct {
	slot atomic.Int32  // slot+1 of the attempt running alone, 0 when none
	site atomic.Uint64 // where it decided to (Txn.Site), for the reports
	mu   sync.Mutex
	cond *sync.Cond // signalled when slot goes back to 0
}

// stopped reports whether another attempt runs alone. (The attempt
// running alone is inevitable, and callers exclude inevitable attempts.)
func (g *aloneGate) stopped() bool { return g.slot.Load() != 0 }

// wait blocks until no attempt runs alone.
func (g *aloneGate) wait() {
	g.mu.Lock()
	if g.cond == nil {
		g.cond = sync.NewCond(&g.mu)
	}
	for g.slot.Load() != 0 {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

// end lets everyone run again.
func (g *aloneGate) end() {
	g.mu.Lock()
	g.slot.Store(0)
	if g.cond != nil {
		g.cond.Broadcast()
	}
	g.mu.Unlock()
}

// enterGate marks the attempt running, waiting first for an attempt that
// runs alone to commit. The store comes before the check (both sequentially
// consistent): either RunAlone sees this attempt running and waits for it,
// or this attempt sees the gate closed.
func (tx *Txn) enterGate() {
	for {
		tx.running.Store(true)
		if !tx.eng.alone.stopped() {
			return
		}
		tx.running.Store(false)
		t0 := time.Now()
		tx.eng.alone.wait()
		tx.Paused += time.Since(t0)
	}
}

// RunAlone makes the running attempt, which must be inevitable, the only
// one: it closes the gate to new attempts, and returns when every other
// attempt has ended (aborted with kind Exclusive, or committed if it was
// about to). The gate opens again when this attempt commits.
func (tx *Txn) RunAlone() {
	tx.mustBeActive()
	if !tx.inevitable.Load() {
		panic("BUG: stm: RunAlone of an attempt that is not inevitable")
	}
	me := int32(tx.slot) + 1
	if tx.eng.alone.slot.Load() == me {
		return
	}
	if tx.eng.TrackSites && tx.Site != nil {
		tx.eng.alone.site.Store(tx.Site())
	}
	tx.eng.alone.slot.Store(me)
	for i := range tx.eng.txns {
		if o := tx.eng.txns[i].Load(); o != nil && o != tx {
			for o.running.Load() {
				tx.pause()
			}
		}
	}
}

// Alone reports whether the running attempt runs alone.
func (tx *Txn) Alone() bool { return tx.eng.alone.slot.Load() == int32(tx.slot)+1 }

// leaveAlone opens the gate if this attempt held it (at its commit).
func (tx *Txn) leaveAlone() {
	if tx.Alone() {
		tx.eng.alone.end()
	}
}

// beginInevitable makes a fresh attempt, which has read nothing yet,
// inevitable: it appends the token at the tail of the log, waiting as long
// as another inevitable attempt runs. It needs no validation (there are no
// markers to check) and cannot abort; while it waits for an attempt that
// runs alone it does not count as running, so that one need not wait for
// it in turn.
func (tx *Txn) beginInevitable() {
	tok := &logEntry{slot: tx.slot}
	e := tx.snap
	for {
		n := e.next.Load()
		switch {
		case n == nil:
			if tx.takeToken(e, tok) {
				return
			}
		case !n.done.Load():
			if tx.eng.alone.stopped() {
				tx.running.Store(false)
				t0 := time.Now()
				tx.eng.alone.wait()
				tx.Paused += time.Since(t0)
				tx.enterGate()
			} else {
				tx.pause() // another inevitable attempt runs
			}
		default:
			e = n
		}
	}
}
