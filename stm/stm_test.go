package stm_test

// These tests pin down the global-lock backend's contract: Begin and Commit
// pair up (misuse is a bug and panics), Break hands the lock over only when
// another thread waits and never inside an atomic block, and a
// read-modify-write through the barriers inside one transaction is atomic.

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// waitLimit bounds every wait for another goroutine, so that a broken
// hand-over fails the test instead of hanging it.
const waitLimit = 10 * time.Second

// panics reports whether f panics.
func panics(f func()) (did bool) {
	defer func() {
		if recover() != nil {
			did = true
		}
	}()
	f()
	return false
}

func TestModeString(t *testing.T) {
	if got, want := stm.GlobalLock.String(), "off"; got != want {
		t.Errorf("GlobalLock.String(): got %q, want %q", got, want)
	}
	if got, want := stm.Mode(200).String(), "unknown"; got != want {
		t.Errorf("Mode(200).String(): got %q, want %q", got, want)
	}
	if got := stm.NewRuntime(stm.GlobalLock, 0, 0).Mode(); got != stm.GlobalLock {
		t.Errorf("NewRuntime(GlobalLock).Mode(): got %v, want %v", got, stm.GlobalLock)
	}
}

func TestBeginCommitPairing(t *testing.T) {
	tests := []struct {
		name      string
		steps     func(tx *stm.Tx)
		wantPanic bool
	}{
		{"begin commit", func(tx *stm.Tx) { tx.Begin(); tx.Commit() }, false},
		{"twice", func(tx *stm.Tx) { tx.Begin(); tx.Commit(); tx.Begin(); tx.Commit() }, false},
		{"commit without begin", func(tx *stm.Tx) { tx.Commit() }, true},
		{"double commit", func(tx *stm.Tx) { tx.Begin(); tx.Commit(); tx.Commit() }, true},
		{"nested begin", func(tx *stm.Tx) { tx.Begin(); tx.Begin() }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := stm.NewRuntime(stm.GlobalLock, 0, 0)
			tx := rt.NewTx(nil)
			if got := panics(func() { tt.steps(tx) }); got != tt.wantPanic {
				t.Fatalf("panicked: got %v, want %v", got, tt.wantPanic)
			}
			// Whatever happened, the runtime must still be usable by
			// another thread once tx is out of its transaction.
			if tx.Active() {
				tx.Commit()
			}
			other := rt.NewTx(nil)
			done := make(chan struct{})
			go func() { other.Begin(); other.Commit(); close(done) }()
			select {
			case <-done:
			case <-time.After(waitLimit):
				t.Fatal("the global lock stayed held after the misuse")
			}
		})
	}
}

func TestActiveAndCommits(t *testing.T) {
	tx := stm.NewRuntime(stm.GlobalLock, 0, 0).NewTx(nil)
	if tx.Active() {
		t.Fatal("a new Tx is active")
	}
	for i := 1; i <= 3; i++ {
		tx.Begin()
		if !tx.Active() {
			t.Fatalf("after Begin %d: Active() = false", i)
		}
		tx.Commit()
		if tx.Active() {
			t.Fatalf("after Commit %d: Active() = true", i)
		}
		if got := tx.Commits; got != uint64(i) {
			t.Errorf("Commits after %d transactions: got %d, want %d", i, got, i)
		}
	}
}

func TestBreakWithoutWaiterKeepsTransaction(t *testing.T) {
	tx := stm.NewRuntime(stm.GlobalLock, 0, 0).NewTx(nil)
	tx.Begin()
	for range 1000 {
		tx.Break()
	}
	if got := tx.Commits; got != 0 {
		t.Errorf("Commits after 1000 uncontended Breaks: got %d, want 0", got)
	}
	if !tx.Active() {
		t.Error("Break left the transaction inactive")
	}
	tx.Commit()
}

// startWaiter starts a goroutine that enters a transaction of its own (a
// Begin that blocks while someone holds the lock), then commits. entered is
// closed once it is in.
func startWaiter(rt *stm.Runtime) (entered chan struct{}) {
	entered = make(chan struct{})
	go func() {
		tx := rt.NewTx(nil)
		tx.Begin()
		close(entered)
		tx.Commit()
	}()
	return entered
}

// breakUntil calls tx.Break in a busy loop, as a running guest thread does at
// its back-edges, until entered is closed or the wait limit passes.
func breakUntil(tx *stm.Tx, entered chan struct{}, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case <-entered:
			return true
		default:
		}
		tx.Break()
	}
	return false
}

func TestBreakYieldsToWaiter(t *testing.T) {
	rt := stm.NewRuntime(stm.GlobalLock, 0, 0)
	tx := rt.NewTx(nil)
	tx.Begin()
	entered := startWaiter(rt)
	if !breakUntil(tx, entered, waitLimit) {
		t.Fatal("a thread blocked in Begin never got in while the holder called Break")
	}
	if tx.Commits == 0 {
		t.Error("the holder got past a waiter without committing")
	}
	if !tx.Active() {
		t.Error("Break returned outside a transaction")
	}
	tx.Commit()
}

func TestAtomicDepthSuppressesBreak(t *testing.T) {
	rt := stm.NewRuntime(stm.GlobalLock, 0, 0)
	tx := rt.NewTx(nil)
	tx.Begin()
	tx.AtomicDepth = 2
	entered := startWaiter(rt)
	window := 50 * time.Millisecond
	if testing.Short() {
		window = 20 * time.Millisecond
	}
	if breakUntil(tx, entered, window) {
		t.Fatal("a waiter got in during an atomic block")
	}
	if got := tx.Commits; got != 0 {
		t.Errorf("Commits inside an atomic block: got %d, want 0", got)
	}
	tx.AtomicDepth = 1
	if breakUntil(tx, entered, window) {
		t.Fatal("a waiter got in during a (still nested) atomic block")
	}
	tx.AtomicDepth = 0
	if !breakUntil(tx, entered, waitLimit) {
		t.Fatal("the waiter never got in after the atomic block ended")
	}
	tx.Commit()
}

// counterClass is a class id for the test object (the gc only stores it).
const counterClass = 7

// TestHammerReadModifyWrite has many goroutines increment one word of a gc
// heap object through the barriers, each increment a transaction (or a
// stretch between two Breaks of a longer one); the final count must be exact.
func TestHammerReadModifyWrite(t *testing.T) {
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		t.Fatalf("gc.New: %v", err)
	}
	defer h.Close()
	obj := h.NewAllocator().Alloc(counterClass, gc.HeaderSize+2*gc.WordSize)
	const off = gc.HeaderSize // first payload word; the second stays untouched

	workers, iters := 8, 2000
	if testing.Short() {
		workers, iters = 4, 500
	}
	rt := stm.NewRuntime(stm.GlobalLock, 0, 0)
	var wg sync.WaitGroup
	var started atomic.Int32
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tx := rt.NewTx(nil)
			started.Add(1)
			if w%2 == 0 {
				incrementPerTransaction(tx, obj, off, iters)
			} else {
				incrementBetweenBreaks(tx, obj, off, iters)
			}
		}()
	}
	wg.Wait()

	check := rt.NewTx(nil)
	check.Begin()
	got := check.Read(obj, off)
	neighbour := check.Read(obj, off+gc.WordSize)
	check.Commit()
	if want := uint64(workers * iters); got != want {
		t.Errorf("counter after %d workers x %d increments: got %d, want %d", workers, iters, got, want)
	}
	if neighbour != 0 {
		t.Errorf("the word next to the counter: got %d, want 0", neighbour)
	}
	if int(started.Load()) != workers {
		t.Errorf("workers started: got %d, want %d", started.Load(), workers)
	}
}

func incrementPerTransaction(tx *stm.Tx, obj gc.Addr, off uintptr, n int) {
	for range n {
		tx.Begin()
		tx.OpenRead(obj)
		v := tx.Read(obj, off)
		tx.OpenWrite(obj)
		tx.Write(obj, off, v+1)
		tx.Commit()
	}
}

// incrementBetweenBreaks runs one long transaction that breaks after every
// increment, as a guest loop does at its back-edge.
func incrementBetweenBreaks(tx *stm.Tx, obj gc.Addr, off uintptr, n int) {
	tx.Begin()
	for range n {
		v := tx.Read(obj, off)
		tx.Write(obj, off, v+1)
		tx.Break()
	}
	tx.Commit()
}
