package stm_test

// Tests of the parallel STM core (Engine, Txn): the barrier protocol on
// hand-made interleavings (conflicts, snapshot extension, opacity, undo,
// contention, inevitability), then hammer tests with many goroutines whose
// invariants (exact counters, conserved sums seen inside transactions)
// would break under any lost update or inconsistent snapshot.

import (
	"errors"
	"math/rand"
	"runtime"
	"sync"
	"testing"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

const coreClass = 7 // an arbitrary class id; nothing collects in these tests

// field is the byte offset of payload word i.
func field(i int) uintptr { return gc.HeaderSize + uintptr(i)*gc.WordSize }

// newObjects allocates n objects of words payload words each.
func newObjects(t *testing.T, n, words int) []gc.Addr {
	t.Helper()
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		t.Fatalf("gc.New: %v", err)
	}
	t.Cleanup(func() { h.Close() })
	al := h.NewAllocator()
	objs := make([]gc.Addr, n)
	for i := range objs {
		objs[i] = al.Alloc(coreClass, field(words))
	}
	return objs
}

func newTxns(t *testing.T, e *stm.Engine, n int) []*stm.Txn {
	t.Helper()
	txs := make([]*stm.Txn, n)
	for i := range txs {
		tx, err := e.NewTxn()
		if err != nil {
			t.Fatalf("NewTxn: %v", err)
		}
		txs[i] = tx
	}
	return txs
}

// stmWord reads an object's STM word (for checks only).
func stmWord(a gc.Addr) uint64 { return gc.Load(a, gc.STMWordOffset) }

// atomically runs body in transactions of tx until one commits. body
// returns false when a barrier aborted the attempt.
func atomically(tx *stm.Txn, body func() bool) {
	for {
		tx.Begin()
		if body() && tx.Commit() {
			return
		}
	}
}

func TestTxnReadOwnWriteAndCommit(t *testing.T) {
	obj := newObjects(t, 1, 2)[0]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	a, b := txs[0], txs[1]
	a.Begin()
	if !a.Write(obj, field(0), 41) || !a.Write(obj, field(0), 42) {
		t.Fatalf("Write on an uncontended object aborted: %+v", a.LastConflict())
	}
	if v, ok := a.Read(obj, field(0)); !ok || v != 42 {
		t.Errorf("Read own write: got %d, %v, want 42, true", v, ok)
	}
	if got, want := stmWord(obj)>>56, uint64(a.Slot()); got != want {
		t.Errorf("owner while locked: got %d, want %d", got, want)
	}
	if !a.Commit() {
		t.Fatalf("Commit: got false, want true")
	}
	if got, want := stmWord(obj), e.Version(); got != want || want != 1 {
		t.Errorf("STM word after the first commit: got %#x, want %#x (version 1, unlocked)", got, want)
	}
	b.Begin()
	if v, ok := b.Read(obj, field(0)); !ok || v != 42 {
		t.Errorf("Read by another transaction after commit: got %d, %v, want 42, true", v, ok)
	}
	if !b.Commit() {
		t.Errorf("read-only Commit: got false, want true")
	}
	if got := e.Version(); got != 1 {
		t.Errorf("version after a read-only commit: got %d, want 1", got)
	}
}

func TestTxnAbortRestoresAndBumpsVersion(t *testing.T) {
	obj := newObjects(t, 1, 3)[0]
	e := stm.NewEngine()
	tx := newTxns(t, e, 1)[0]
	atomically(tx, func() bool { return tx.Write(obj, field(2), 7) })
	before := stmWord(obj)
	tx.Begin()
	tx.Write(obj, field(0), 100)
	tx.Write(obj, field(2), 200)
	tx.Abort()
	for i, want := range []uint64{0, 0, 7} {
		if got := gc.Load(obj, field(i)); got != want {
			t.Errorf("field %d after Abort: got %d, want %d", i, got, want)
		}
	}
	after := stmWord(obj)
	if after>>56 != 0 || after <= before {
		t.Errorf("STM word after Abort: got %#x, want unlocked with a version above %#x", after, before)
	}
	if tx.Active() {
		t.Errorf("Active after Abort: got true, want false")
	}
}

func TestTxnSnapshotExtension(t *testing.T) {
	objs := newObjects(t, 2, 1)
	x, y := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	r, w := txs[0], txs[1]
	r.Begin()
	if _, ok := r.Read(x, field(0)); !ok {
		t.Fatalf("Read x aborted")
	}
	atomically(w, func() bool { return w.Write(y, field(0), 5) })
	v, ok := r.Read(y, field(0))
	if !ok || v != 5 {
		t.Fatalf("Read y after an unrelated commit: got %d, %v, want 5, true (snapshot extension)", v, ok)
	}
	if got := r.Snapshot(); got != 1 {
		t.Errorf("snapshot after extension: got %d, want 1", got)
	}
	if !r.Commit() {
		t.Errorf("Commit: got false, want true")
	}
}

func TestTxnOpacity(t *testing.T) {
	// r reads x; w changes x and y together; r must not see the new y.
	objs := newObjects(t, 2, 1)
	x, y := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	r, w := txs[0], txs[1]
	r.Begin()
	if _, ok := r.Read(x, field(0)); !ok {
		t.Fatalf("Read x aborted")
	}
	atomically(w, func() bool { return w.Write(x, field(0), 1) && w.Write(y, field(0), 1) })
	if v, ok := r.Read(y, field(0)); ok {
		t.Fatalf("Read y after x was overwritten: got %d, ok, want an abort", v)
	}
	c := r.LastConflict()
	if c.Kind != stm.WriteRead || c.Object != x || c.Other != w.Slot() {
		t.Errorf("conflict: got %+v, want {%v %#x %d}", c, stm.WriteRead, x, w.Slot())
	}
}

func TestTxnCommitValidation(t *testing.T) {
	objs := newObjects(t, 2, 1)
	x, y := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	a, b := txs[0], txs[1]
	a.Begin()
	a.Read(x, field(0))
	a.Write(y, field(0), 9)
	atomically(b, func() bool { return b.Write(x, field(0), 3) })
	if a.Commit() {
		t.Fatalf("Commit after a read object was overwritten: got true, want false")
	}
	if got := gc.Load(y, field(0)); got != 0 {
		t.Errorf("y after the failed commit: got %d, want 0 (restored)", got)
	}
	if got := a.LastConflict().Kind; got != stm.WriteRead {
		t.Errorf("conflict kind: got %v, want %v", got, stm.WriteRead)
	}
}

func TestTxnWriteWriteYoungerGivesUp(t *testing.T) {
	obj := newObjects(t, 1, 1)[0]
	e := stm.NewEngine()
	e.SpinLimit = 2
	txs := newTxns(t, e, 2)
	old, young := txs[0], txs[1]
	old.Begin()
	young.Begin()
	old.Write(obj, field(0), 1)
	if young.Write(obj, field(0), 2) {
		t.Fatalf("younger Write on a locked object: got true, want an abort")
	}
	if c := young.LastConflict(); c.Kind != stm.WriteWrite || c.Object != obj || c.Other != old.Slot() {
		t.Errorf("conflict: got %+v, want {%v %#x %d}", c, stm.WriteWrite, obj, old.Slot())
	}
	if !old.Commit() {
		t.Errorf("older Commit: got false, want true (the younger must not kill it)")
	}
	if got := gc.Load(obj, field(0)); got != 1 {
		t.Errorf("value: got %d, want 1", got)
	}
}

func TestTxnOlderKillsYounger(t *testing.T) {
	objs := newObjects(t, 2, 1)
	obj, other := objs[0], objs[1]
	e := stm.NewEngine()
	e.SpinLimit = 2
	txs := newTxns(t, e, 2)
	old, young := txs[0], txs[1]
	old.Begin()
	young.Begin()
	young.Write(obj, field(0), 2)
	old.Write(obj, field(0), 1) // gives up after the spin limit, but asks young to abort
	if young.Write(other, field(0), 3) {
		t.Fatalf("younger Write after an older transaction wanted its lock: got true, want an abort")
	}
	if got := young.LastConflict().Kind; got != stm.Killed {
		t.Errorf("younger conflict kind: got %v, want %v", got, stm.Killed)
	}
	if got := gc.Load(obj, field(0)); got != 0 {
		t.Errorf("obj after the younger aborted: got %d, want 0", got)
	}
}

func TestTxnInevitableBlocksCommits(t *testing.T) {
	objs := newObjects(t, 2, 1)
	x, y := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	inev, other := txs[0], txs[1]
	inev.Begin()
	if !inev.BecomeInevitable() || !inev.Inevitable() {
		t.Fatalf("BecomeInevitable: got false, want true")
	}
	done := make(chan bool)
	go func() {
		atomically(other, func() bool { return other.Write(y, field(0), 1) })
		done <- true
	}()
	select {
	case <-done:
		t.Fatalf("a commit finished while an inevitable transaction ran")
	case <-time.After(20 * time.Millisecond):
	}
	inev.Write(x, field(0), 1)
	if !inev.Commit() {
		t.Fatalf("inevitable Commit: got false, want true")
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("the blocked commit did not finish after the inevitable one")
	}
	if got, want := e.Version(), uint64(2); got != want {
		t.Errorf("version: got %d, want %d", got, want)
	}
}

func TestTxnStarvingRetryRunsInevitable(t *testing.T) {
	e := stm.NewEngine()
	e.InevitableAfter = 3
	tx := newTxns(t, e, 1)[0]
	for i := 0; i < 3; i++ {
		tx.Begin()
		if tx.Inevitable() {
			t.Fatalf("attempt %d inevitable: got true, want false", i)
		}
		tx.Abort()
	}
	tx.Begin()
	if !tx.Inevitable() {
		t.Errorf("attempt after 3 aborts inevitable: got false, want true")
	}
	tx.Commit()
	tx.Begin()
	if tx.Inevitable() {
		t.Errorf("next transaction after a commit inevitable: got true, want false")
	}
	tx.Commit()
}

func TestEngineSlots(t *testing.T) {
	e := stm.NewEngine()
	txs := newTxns(t, e, stm.MaxSlots)
	if _, err := e.NewTxn(); !errors.Is(err, stm.ErrNoSlot) {
		t.Errorf("NewTxn beyond MaxSlots: got %v, want ErrNoSlot", err)
	}
	seen := map[uint8]bool{}
	for _, tx := range txs {
		if tx.Slot() == 0 || seen[tx.Slot()] {
			t.Fatalf("slot %d: zero or duplicated", tx.Slot())
		}
		seen[tx.Slot()] = true
	}
	txs[10].Close()
	if _, err := e.NewTxn(); err != nil {
		t.Errorf("NewTxn after a Close: got %v, want nil", err)
	}
}

func TestTxnBarrierOutsideAttemptPanics(t *testing.T) {
	obj := newObjects(t, 1, 1)[0]
	tx := newTxns(t, stm.NewEngine(), 1)[0]
	if !panics(func() { tx.Read(obj, field(0)) }) {
		t.Errorf("Read outside an attempt: got no panic, want a BUG panic")
	}
	tx.Begin()
	if !panics(func() { tx.Begin() }) {
		t.Errorf("nested Begin: got no panic, want a BUG panic")
	}
}

// hammerSize scales the hammer tests: small under -short (2 busy cores,
// -race), larger otherwise.
func hammerSize() (procs, txns int) {
	if testing.Short() {
		return 4, 1500
	}
	return 8, 5000
}

func TestHammerCounters(t *testing.T) {
	procs, txns := hammerSize()
	const counters, incs = 8, 3
	objs := newObjects(t, counters, 2)
	e := stm.NewEngine()
	txs := newTxns(t, e, procs)
	var wg sync.WaitGroup
	for p := 0; p < procs; p++ {
		wg.Add(1)
		go func(tx *stm.Txn, seed int64) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed))
			for i := 0; i < txns; i++ {
				picks := [incs]int{rng.Intn(counters), rng.Intn(counters), rng.Intn(counters)}
				inevitable := i%97 == 0
				atomically(tx, func() bool {
					if inevitable && !tx.BecomeInevitable() {
						return false
					}
					for _, k := range picks {
						for w := 0; w < 2; w++ {
							v, ok := tx.Read(objs[k], field(w))
							if !ok || !tx.Write(objs[k], field(w), v+1) {
								return false
							}
						}
					}
					return true
				})
			}
		}(txs[p], int64(p))
	}
	wg.Wait()
	var total [2]uint64
	for _, o := range objs {
		for w := range total {
			total[w] += gc.Load(o, field(w))
		}
		if got := stmWord(o) >> 56; got != 0 {
			t.Errorf("object %#x still locked by slot %d", o, got)
		}
	}
	want := uint64(procs * txns * incs)
	for w, got := range total {
		if got != want {
			t.Errorf("sum of counter word %d: got %d, want %d", w, got, want)
		}
	}
	var commits, aborts uint64
	for _, tx := range txs {
		commits += tx.Commits
		aborts += tx.Aborts
	}
	if commits != uint64(procs*txns) {
		t.Errorf("commits: got %d, want %d", commits, procs*txns)
	}
	t.Logf("%d commits, %d aborts, version %d", commits, aborts, e.Version())
}

func TestHammerBankOpacity(t *testing.T) {
	procs, txns := hammerSize()
	const accounts, initial = 16, 1000
	objs := newObjects(t, accounts, 1)
	for _, o := range objs {
		gc.Store(o, field(0), initial)
	}
	e := stm.NewEngine()
	writers, readers := procs, 2
	txs := newTxns(t, e, writers+readers)
	var wg, wwg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan string, readers+writers)
	for p := 0; p < writers; p++ {
		wg.Add(1)
		wwg.Add(1)
		go func(tx *stm.Txn, seed int64) {
			defer wg.Done()
			defer wwg.Done()
			rng := rand.New(rand.NewSource(seed))
			for i := 0; i < txns; i++ {
				from, to := rng.Intn(accounts), rng.Intn(accounts)
				amount := uint64(rng.Intn(50))
				atomically(tx, func() bool {
					a, ok := tx.Read(objs[from], field(0))
					if !ok {
						return false
					}
					if a < amount { // never go negative: the check must see a consistent a
						return true
					}
					if !tx.Write(objs[from], field(0), a-amount) {
						return false
					}
					b, ok := tx.Read(objs[to], field(0))
					return ok && tx.Write(objs[to], field(0), b+amount)
				})
			}
		}(txs[p], int64(100+p))
	}
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(tx *stm.Txn) {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				tx.Begin()
				sum, ok := uint64(0), true
				for _, o := range objs {
					var v uint64
					if v, ok = tx.Read(o, field(0)); !ok {
						break
					}
					sum += v
				}
				if !ok {
					continue // aborted: the view was never acted on
				}
				// Every read succeeded, so they belong to one snapshot.
				if sum != accounts*initial {
					errs <- "inconsistent snapshot inside a transaction"
					tx.Commit()
					return
				}
				tx.Commit()
			}
		}(txs[writers+r])
	}
	go func() { wwg.Wait(); close(stop) }()
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Errorf("reader: %s", msg)
	}
	var sum uint64
	for _, o := range objs {
		sum += gc.Load(o, field(0))
	}
	if sum != accounts*initial {
		t.Errorf("final sum: got %d, want %d", sum, accounts*initial)
	}
}

// TestHammerInjectedAborts has writers that scribble over objects and then
// abort, between honest commits that keep both words of an object equal.
// A reader that acts on a scribbled value (say, because an abort put the
// STM word back to what the reader saw before the scribble) sees the words
// differ.
func TestHammerInjectedAborts(t *testing.T) {
	procs, txns := hammerSize()
	const objects = 4
	const scribble = 1 << 40
	objs := newObjects(t, objects, 2)
	e := stm.NewEngine()
	writers, readers := procs/2, 2
	txs := newTxns(t, e, writers+readers)
	var wg, wwg sync.WaitGroup
	var failures sync.Map
	for p := 0; p < writers; p++ {
		wg.Add(1)
		wwg.Add(1)
		go func(tx *stm.Txn, seed int64) {
			defer wg.Done()
			defer wwg.Done()
			rng := rand.New(rand.NewSource(seed))
			for i := 0; i < txns; i++ {
				o := objs[rng.Intn(objects)]
				if i%3 == 0 { // injected abort
					tx.Begin()
					if tx.Write(o, field(0), scribble) {
						if i%9 == 0 {
							runtime.Gosched() // widen the window now and then
						}
						tx.Abort()
					}
					continue
				}
				atomically(tx, func() bool {
					v, ok := tx.Read(o, field(0))
					return ok && tx.Write(o, field(0), v+1) && tx.Write(o, field(1), v+1)
				})
			}
		}(txs[p], int64(200+p))
	}
	stop := make(chan struct{})
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(tx *stm.Txn) {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				runtime.Gosched() // spinning readers would starve descheduled lock holders
				for _, o := range objs {
					tx.Begin()
					a, ok := tx.Read(o, field(0))
					if !ok {
						continue
					}
					b, ok := tx.Read(o, field(1))
					if !ok {
						continue
					}
					if a != b {
						failures.Store(o, [2]uint64{a, b})
					}
					tx.Commit()
				}
			}
		}(txs[writers+r])
	}
	go func() { wwg.Wait(); close(stop) }()
	wg.Wait()
	for _, tx := range txs {
		t.Logf("slot %d: %d commits, %d aborts, last %+v", tx.Slot(), tx.Commits, tx.Aborts, tx.LastConflict())
	}
	failures.Range(func(k, v any) bool {
		t.Errorf("object %#x: a transaction saw words %v, want them equal", k, v)
		return true
	})
	for _, o := range objs {
		if a, b := gc.Load(o, field(0)), gc.Load(o, field(1)); a != b || a >= scribble {
			t.Errorf("object %#x at the end: got words %d, %d, want equal and unscribbled", o, a, b)
		}
	}
}

func TestTxnInevitableWinsLock(t *testing.T) {
	objs := newObjects(t, 2, 1)
	obj, other := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	holder, inev := txs[0], txs[1]
	locked := make(chan struct{})
	aborted := make(chan stm.Conflict)
	go func() {
		holder.Begin()
		holder.Write(obj, field(0), 5)
		close(locked)
		deadline := time.Now().Add(waitLimit)
		for time.Now().Before(deadline) { // keep running barriers until asked to go
			if _, ok := holder.Read(other, field(0)); !ok {
				aborted <- holder.LastConflict()
				return
			}
			runtime.Gosched()
		}
		holder.Commit()
		aborted <- stm.Conflict{}
	}()
	<-locked
	inev.Begin()
	inev.BecomeInevitable()
	if !inev.Write(obj, field(0), 1) {
		t.Fatalf("inevitable Write: got false, want true")
	}
	if !inev.Commit() {
		t.Fatalf("inevitable Commit: got false, want true")
	}
	if c := <-aborted; c.Kind != stm.Killed {
		t.Errorf("lock holder's conflict: got %+v, want kind %v", c, stm.Killed)
	}
	if got := gc.Load(obj, field(0)); got != 1 {
		t.Errorf("value: got %d, want 1 (the inevitable write)", got)
	}
}

// TestHammerHotSpotProgress makes every transaction write the same object
// with a tiny spin limit, so kills, write-write aborts and starvation-driven
// inevitability all happen; it must finish with the exact count.
func TestHammerHotSpotProgress(t *testing.T) {
	procs, txns := hammerSize()
	obj := newObjects(t, 1, 1)[0]
	e := stm.NewEngine()
	e.SpinLimit = 1
	e.InevitableAfter = 2
	txs := newTxns(t, e, procs)
	var wg sync.WaitGroup
	for _, tx := range txs {
		wg.Add(1)
		go func(tx *stm.Txn) {
			defer wg.Done()
			for i := 0; i < txns; i++ {
				atomically(tx, func() bool {
					v, ok := tx.Read(obj, field(0))
					return ok && tx.Write(obj, field(0), v+1)
				})
			}
		}(tx)
	}
	wg.Wait()
	if got, want := gc.Load(obj, field(0)), uint64(procs*txns); got != want {
		t.Errorf("hot counter: got %d, want %d", got, want)
	}
}

func benchObjects(b *testing.B, n int) []gc.Addr {
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		b.Fatalf("gc.New: %v", err)
	}
	b.Cleanup(func() { h.Close() })
	al := h.NewAllocator()
	objs := make([]gc.Addr, n)
	for i := range objs {
		objs[i] = al.Alloc(coreClass, field(2))
	}
	return objs
}

// BenchmarkTxnRead measures the read barrier's fast path (with the map
// marker table the engine uses until dense tables are wired in).
func BenchmarkTxnRead(b *testing.B) {
	objs := benchObjects(b, 64)
	tx, _ := stm.NewEngine().NewTxn()
	tx.Begin()
	var sum uint64
	for i := 0; b.Loop(); i++ {
		v, _ := tx.Read(objs[i&63], field(0))
		sum += v
	}
	tx.Commit()
	_ = sum
}

// BenchmarkTxnWriteOwned measures the write barrier on an object the
// transaction already locked: the one-compare fast path.
func BenchmarkTxnWriteOwned(b *testing.B) {
	obj := benchObjects(b, 1)[0]
	tx, _ := stm.NewEngine().NewTxn()
	tx.Begin()
	for i := 0; b.Loop(); i++ {
		tx.Write(obj, field(0), uint64(i))
	}
	tx.Commit()
}

// BenchmarkTxnCommitOneWrite measures a whole small updating transaction:
// Begin, one read, one locking write (with backup), Commit.
func BenchmarkTxnCommitOneWrite(b *testing.B) {
	obj := benchObjects(b, 1)[0]
	tx, _ := stm.NewEngine().NewTxn()
	for b.Loop() {
		atomically(tx, func() bool {
			v, ok := tx.Read(obj, field(0))
			return ok && tx.Write(obj, field(0), v+1)
		})
	}
}

// BenchmarkGlobalLockRead is the baseline for BenchmarkTxnRead: the
// global-lock backend's read barrier is a plain load.
func BenchmarkGlobalLockRead(b *testing.B) {
	objs := benchObjects(b, 64)
	tx := stm.NewRuntime(stm.GlobalLock, 0, 0).NewTx(nil)
	tx.Begin()
	var sum uint64
	for i := 0; b.Loop(); i++ {
		sum += tx.Read(objs[i&63], field(0))
	}
	tx.Commit()
	_ = sum
}

func TestTxnAdoptAndOpenWrite(t *testing.T) {
	objs := newObjects(t, 2, 1)
	fresh, old := objs[0], objs[1]
	e := stm.NewEngine()
	txs := newTxns(t, e, 2)
	a, b := txs[0], txs[1]
	a.Begin()
	a.Adopt(fresh)
	if !a.OpenWrite(old) {
		t.Fatalf("OpenWrite on an uncontended object: got false, want true")
	}
	for _, o := range objs {
		if got, want := stmWord(o)>>56, uint64(a.Slot()); got != want {
			t.Errorf("owner of %#x before commit: got %d, want %d", o, got, want)
		}
	}
	a.Write(fresh, field(0), 11)
	if !a.Commit() {
		t.Fatalf("Commit: got false, want true")
	}
	b.Begin()
	if v, ok := b.Read(fresh, field(0)); !ok || v != 11 {
		t.Errorf("Read of the adopted object after commit: got %d, %v, want 11, true", v, ok)
	}
	b.Commit()
	for _, o := range objs {
		if got := stmWord(o); got != e.Version() {
			t.Errorf("STM word of %#x after commit: got %#x, want %#x", o, got, e.Version())
		}
	}
}

func TestConflictKindString(t *testing.T) {
	tests := []struct {
		k    stm.ConflictKind
		want string
	}{
		{stm.NoConflict, "none"}, {stm.WriteWrite, "write-write"}, {stm.WriteRead, "write-read"},
		{stm.Killed, "killed"}, {stm.InevitableWait, "inevitable"}, {stm.ConflictKind(99), "unknown"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("ConflictKind(%d).String(): got %q, want %q", tt.k, got, tt.want)
		}
	}
}
