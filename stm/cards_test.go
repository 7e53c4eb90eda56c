package stm

// Tests of card marking: a carded object is locked, backed up, marked and
// validated per card of CardWords data words.

import (
	"sync"
	"testing"

	"atompy.dev/atompy/gc"
)

// newCarded allocates a carded object with dataWords data words.
func newCarded(t *testing.T, dataWords int) gc.Addr {
	t.Helper()
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		t.Fatalf("gc.New: %v", err)
	}
	t.Cleanup(func() { h.Close() })
	size, cardsOff, cards, ok := CardLayout(dataWords)
	if !ok {
		t.Fatalf("CardLayout(%d): not carded", dataWords)
	}
	a := h.NewAllocator().Alloc(7, size)
	var tx *Tx
	tx.InitCards(a, cardsOff, cards)
	return a
}

// slot is the byte offset of data word i.
func slot(i int) uintptr { return gc.HeaderSize + uintptr(i)*gc.WordSize }

func TestCardLayout(t *testing.T) {
	a := newCarded(t, 100)
	if !IsCarded(a) {
		t.Fatalf("IsCarded: got false, want true")
	}
	if got, want := len(units(a)), 7; got != want { // ceil(100/16)
		t.Errorf("cards of a 100-word object: got %d, want %d", got, want)
	}
	for i := 0; i < 100; i++ {
		u := unitFor(a, slot(i))
		if !isCard(u) {
			t.Fatalf("unitFor(slot %d): got an object unit, want a card", i)
		}
		o, from, to := cardData(u)
		if o != a || slot(i) < from || slot(i) >= to {
			t.Errorf("slot %d: card covers [%d, %d) of %#x, want it inside the card of %#x", i, from, to, o, a)
		}
		if objectOf(u) != a {
			t.Errorf("objectOf(card of slot %d): got %#x, want %#x", i, objectOf(u), a)
		}
	}
	if unitFor(a, slot(0)) == unitFor(a, slot(16)) {
		t.Errorf("slots 0 and 16 share a card, want different cards")
	}
}

// TestCardsDoNotConflict: two attempts write different cards of one object
// and both commit; writing the same card makes one of them lose.
func TestCardsDoNotConflict(t *testing.T) {
	a := newCarded(t, 64)
	e := NewEngine()
	x, _ := e.NewTxn()
	y, _ := e.NewTxn()
	x.Begin()
	y.Begin()
	if !x.Write(a, slot(0), 1) || !y.Write(a, slot(40), 2) {
		t.Fatalf("writes to different cards: got an abort, want none")
	}
	if !x.Commit() || !y.Commit() {
		t.Fatalf("commits after writes to different cards: got an abort, want none")
	}
	if gc.Load(a, slot(0)) != 1 || gc.Load(a, slot(40)) != 2 {
		t.Errorf("values: got %d %d, want 1 2", gc.Load(a, slot(0)), gc.Load(a, slot(40)))
	}

	// Read-write on one card: y read slot 1, x writes slot 2 (same card)
	// and commits; y's commit must fail validation.
	x.Begin()
	y.Begin()
	if _, ok := y.Read(a, slot(1)); !ok {
		t.Fatalf("read: aborted")
	}
	y.Write(a, slot(50), 9) // y must be an updating attempt to validate
	if !x.Write(a, slot(2), 3) || !x.Commit() {
		t.Fatalf("x: aborted")
	}
	if y.Commit() {
		t.Errorf("y read a card x wrote since: commit got true, want an abort")
	}
	if c := y.LastConflict(); c.Kind != WriteRead || c.Object != a {
		t.Errorf("conflict: got %v on %#x, want write-read on the carded object %#x", c.Kind, c.Object, a)
	}
	if gc.Load(a, slot(50)) != 0 {
		t.Errorf("aborted write to slot 50 not rolled back: got %d", gc.Load(a, slot(50)))
	}
}

// TestCardAbortRestoresOnlyItsCard: an abort restores the cards it wrote
// and leaves the others (written by a committed attempt) alone.
func TestCardAbortRestoresOnlyItsCard(t *testing.T) {
	a := newCarded(t, 64)
	e := NewEngine()
	x, _ := e.NewTxn()
	y, _ := e.NewTxn()
	x.Begin()
	x.Write(a, slot(3), 33)
	y.Begin()
	y.Write(a, slot(60), 66)
	y.Commit()
	x.Abort()
	if got := gc.Load(a, slot(3)); got != 0 {
		t.Errorf("slot 3 after the abort: got %d, want 0", got)
	}
	if got := gc.Load(a, slot(60)); got != 66 {
		t.Errorf("slot 60 (committed by another attempt): got %d, want 66", got)
	}
}

// TestOpenReadMarksEveryCard: after OpenRead, a write to any card by
// another attempt fails the reader's validation.
func TestOpenReadMarksEveryCard(t *testing.T) {
	a := newCarded(t, 64)
	e := NewEngine()
	r, _ := e.NewTxn()
	w, _ := e.NewTxn()
	r.Begin()
	if !r.OpenRead(a) {
		t.Fatalf("OpenRead: aborted")
	}
	w.Begin()
	if !w.Write(a, slot(63), 1) || !w.Commit() {
		t.Fatalf("writer aborted")
	}
	r.Write(a, slot(0), 5)
	if r.Commit() {
		t.Errorf("commit after a bulk read of a card another attempt wrote: got true, want an abort")
	}
}

// TestCardHammer: threads increment counters in disjoint cards of one
// object and one shared counter in its own card, each in its own attempt;
// the totals are exact.
func TestCardHammer(t *testing.T) {
	const threads, rounds = 4, 2000
	a := newCarded(t, 16*(threads+1))
	e := NewEngine()
	var wg sync.WaitGroup
	for k := 0; k < threads; k++ {
		tx, err := e.NewTxn()
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func(k int, tx *Txn) {
			defer wg.Done()
			own, shared := slot(16*(k+1)), slot(0)
			for i := 0; i < rounds; i++ {
				for {
					tx.Begin()
					v, ok := tx.Read(a, own)
					ok = ok && tx.Write(a, own, v+1)
					if i%10 == 0 && ok {
						var s uint64
						s, ok = tx.Read(a, shared)
						ok = ok && tx.Write(a, shared, s+1)
					}
					if ok && tx.Commit() {
						break
					}
				}
			}
		}(k, tx)
	}
	wg.Wait()
	for k := 0; k < threads; k++ {
		if got := gc.Load(a, slot(16*(k+1))); got != rounds {
			t.Errorf("counter %d: got %d, want %d", k, got, rounds)
		}
	}
	if got, want := gc.Load(a, slot(0)), uint64(threads*rounds/10); got != want {
		t.Errorf("shared counter: got %d, want %d", got, want)
	}
}

// TestIdleTxnKeepsNoLog: an idle descriptor must not hold its last
// snapshot: the commit log from there on would stay reachable (a thread
// blocked for the whole run kept every entry of the run alive).
func TestIdleTxnKeepsNoLog(t *testing.T) {
	a := newCarded(t, 16)
	e := NewEngine()
	x, _ := e.NewTxn()
	x.Begin()
	x.Write(a, slot(0), 1)
	x.Commit()
	if x.snap != nil {
		t.Errorf("after Commit: snap is set, want nil")
	}
	x.Begin()
	x.Write(a, slot(0), 2)
	x.Abort()
	if x.snap != nil {
		t.Errorf("after Abort: snap is set, want nil")
	}
}
