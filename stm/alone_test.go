package stm_test

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// Tests of RunAlone: an inevitable attempt that waits for every other
// attempt to end and keeps new ones from beginning until it commits, so
// that it can change state that others read without barriers.

func TestRunAloneStopsOthersAndClosesTheGate(t *testing.T) {
	objs := newObjects(t, 2, 1)
	x, y := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	alone, other := txs[0], txs[1]

	other.Begin()
	if _, ok := other.Read(x, field(0)); !ok {
		t.Fatalf("Read before RunAlone: got false, want true")
	}
	alone.Begin()
	if !alone.BecomeInevitable() {
		t.Fatalf("BecomeInevitable: got false, want true")
	}
	returned := make(chan bool)
	go func() {
		alone.RunAlone()
		returned <- true
	}()
	select {
	case <-returned:
		t.Fatalf("RunAlone returned while another attempt ran")
	case <-time.After(20 * time.Millisecond):
	}
	if _, ok := other.Read(y, field(0)); ok {
		t.Fatalf("Read while another attempt waits to run alone: got true, want false (abort)")
	}
	if got := other.LastConflict().Kind; got != stm.Exclusive {
		t.Errorf("conflict kind: got %v, want %v", got, stm.Exclusive)
	}
	select {
	case <-returned:
	case <-time.After(10 * time.Second):
		t.Fatalf("RunAlone did not return after the other attempt aborted")
	}
	if !alone.Alone() {
		t.Errorf("Alone: got false, want true")
	}

	began := make(chan bool)
	go func() {
		other.Begin()
		began <- true
	}()
	select {
	case <-began:
		t.Fatalf("an attempt began while another ran alone")
	case <-time.After(20 * time.Millisecond):
	}
	alone.Write(x, field(0), 7)
	if !alone.Commit() {
		t.Fatalf("Commit of the attempt running alone: got false, want true")
	}
	select {
	case <-began:
	case <-time.After(10 * time.Second):
		t.Fatalf("the waiting attempt did not begin after the lone one committed")
	}
	if v, ok := other.Read(x, field(0)); !ok || v != 7 {
		t.Errorf("Read after the lone commit: got %d, %v, want 7, true", v, ok)
	}
	other.Commit()
}

// TestHammerRunAlone changes a Go variable that attempts read without a
// barrier (standing for an object's class) only while running alone,
// together with an object field; every attempt must see the variable
// constant and equal to the field, even attempts that go on to abort.
func TestHammerRunAlone(t *testing.T) {
	procs, txns := hammerSize()
	objs := newObjects(t, 2, 1)
	mirror, counter := objs[0], objs[1]
	e := stm.NewEngine()
	e.InevitableAfter = 4 // exercise the inevitable start at the gate too
	txs := newTxns(t, e, procs+1)
	var plain atomic.Uint64 // changed only by an attempt running alone
	var torn atomic.Int64
	var workers sync.WaitGroup
	for p := 0; p < procs; p++ {
		workers.Add(1)
		go func(tx *stm.Txn) {
			defer workers.Done()
			for i := 0; i < txns; i++ {
				atomically(tx, func() bool {
					c1 := plain.Load()
					v, ok := tx.Read(mirror, field(0))
					if !ok {
						return false
					}
					n, ok := tx.Read(counter, field(0))
					if !ok || !tx.Write(counter, field(0), n+1) {
						return false
					}
					if c2 := plain.Load(); c1 != v || c2 != v {
						torn.Add(1)
					}
					return true
				})
			}
		}(txs[p])
	}
	stop := make(chan struct{})
	go func() {
		workers.Wait()
		close(stop)
	}()
	changes := 0
	for k := uint64(1); ; k++ {
		select {
		case <-stop:
		default:
			tx := txs[procs]
			tx.Begin()
			if !tx.BecomeInevitable() {
				continue
			}
			tx.RunAlone()
			plain.Store(k)
			tx.Write(mirror, field(0), k)
			tx.Commit()
			changes++
			time.Sleep(50 * time.Microsecond)
			continue
		}
		break
	}
	if n := torn.Load(); n != 0 {
		t.Errorf("%d attempts saw the plain variable change or differ from the field", n)
	}
	if got, want := gc.Load(counter, field(0)), uint64(procs*txns); got != want {
		t.Errorf("counter: got %d, want %d", got, want)
	}
	var aborts uint64
	for _, tx := range txs[:procs] {
		aborts += tx.Aborts
	}
	t.Logf("%d lone changes, %d aborts", changes, aborts)
	if changes == 0 {
		t.Errorf("the changer never ran alone")
	}
}
