package gc

import (
	"errors"
	"testing"
)

// newTestHeap creates a heap with a small region that is closed, after a
// consistency check, when the test ends.
func newTestHeap(t testing.TB, cfg Config) *Heap {
	t.Helper()
	if cfg.ReserveBytes == 0 {
		cfg.ReserveBytes = 1 << 30
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := h.Check(); err != nil {
			t.Error(err)
		}
		if err := h.Close(); err != nil {
			t.Error(err)
		}
	})
	return h
}

// roots is a root set a test can edit.
type roots struct{ words []uint64 }

func (r *roots) scan(mark func(uint64)) {
	for _, w := range r.words {
		mark(w)
	}
}

func addRoots(h *Heap) *roots {
	r := &roots{}
	h.AddRoots(r.scan)
	return r
}

// collect runs a collection and checks the heap.
func collect(t testing.TB, h *Heap) {
	t.Helper()
	h.Collect()
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
}

func isZero(p Addr, from, size uintptr) bool {
	for _, b := range Bytes(p, from, int(size-from)) {
		if b != 0 {
			return false
		}
	}
	return true
}

func TestAlloc(t *testing.T) {
	h := newTestHeap(t, Config{})
	a := h.NewAllocator()
	tests := []struct{ size, want uintptr }{
		{0, 16}, {1, 16}, {16, 16}, {17, 32}, {24, 32}, {129, 160}, {1000, 1024},
		{4097, 5120}, {32 << 10, 32 << 10}, {32<<10 + 1, 32<<10 + 16}, {1 << 20, 1 << 20},
	}
	for _, tt := range tests {
		for i := 0; i < 3; i++ {
			p := a.Alloc(uint32(tt.size), tt.size)
			if p%16 != 0 || !h.Contains(p) {
				t.Fatalf("Alloc(%d) = %#x: misaligned or outside the heap", tt.size, p)
			}
			if got := SizeOf(p); got != tt.want {
				t.Errorf("SizeOf(Alloc(%d)): got %d, want %d", tt.size, got, tt.want)
			}
			if got := Class(p); got != uint32(tt.size) {
				t.Errorf("Class: got %d, want %d", got, tt.size)
			}
			if Load(p, 0)>>FlagShift != 0 || !isZero(p, 8, tt.want) {
				t.Errorf("Alloc(%d): memory not zero", tt.size)
			}
		}
	}
	if h.Contains(0) || h.Contains(1<<47) {
		t.Errorf("Contains accepts foreign addresses")
	}
}

// TestReuseIsZeroed fills objects with garbage, frees them and checks that
// the slots come back (reused) and zeroed, with and without poisoning.
func TestReuseIsZeroed(t *testing.T) {
	for _, poison := range []bool{false, true} {
		h := newTestHeap(t, Config{Poison: poison})
		r := addRoots(h)
		a := h.NewAllocator()
		seen := map[Addr]bool{}
		for _, size := range []uintptr{16, 48, 1024, 100 << 10} {
			var keep Addr
			for i := 0; i < 100; i++ {
				p := a.Alloc(1, size)
				seen[p] = true
				for off := uintptr(8); off < size; off += 8 {
					Store(p, off, ^uint64(0))
				}
				if i == 50 {
					keep = p
				}
			}
			r.words = []uint64{keep}
			collect(t, h)
			if poison && size <= 1024 && LoadByte(keep+Addr(size), 8) != poisonByte {
				t.Errorf("poison: freed neighbour of size %d not poisoned", size)
			}
			reused := false
			for i := 0; i < 100; i++ {
				p := a.Alloc(2, size)
				reused = reused || seen[p]
				if p == keep || !isZero(p, 8, size) {
					t.Fatalf("poison=%v size %d: reallocated %#x not zero or live", poison, size, p)
				}
			}
			if !reused {
				t.Errorf("poison=%v size %d: no freed slot reused", poison, size)
			}
			r.words = nil
			collect(t, h)
		}
	}
}

func TestOutOfMemory(t *testing.T) {
	h := newTestHeap(t, Config{ReserveBytes: 64 << 20})
	a := h.NewAllocator()
	got := func() (err error) {
		defer func() { err, _ = recover().(error) }()
		for {
			a.Alloc(1, 1<<20)
		}
	}()
	if !errors.Is(got, ErrOutOfMemory) {
		t.Fatalf("got %v, want ErrOutOfMemory", got)
	}
	huge := func() (err error) {
		defer func() { err, _ = recover().(error) }()
		a.Alloc(1, ^uintptr(0)-3)
		return nil
	}()
	if huge != ErrOutOfMemory {
		t.Errorf("Alloc of 2^64-4 bytes: got %v, want ErrOutOfMemory", huge)
	}
	collect(t, h) // the heap stays usable
	if p := a.Alloc(1, 1<<20); !h.Contains(p) {
		t.Errorf("allocation after a collection failed")
	}
}

func TestHeapsCoexist(t *testing.T) {
	h1 := newTestHeap(t, Config{})
	h2 := newTestHeap(t, Config{})
	p1 := h1.NewAllocator().Alloc(1, 32)
	p2 := h2.NewAllocator().Alloc(1, 32)
	if !h1.Contains(p1) || h1.Contains(p2) || !h2.Contains(p2) || h2.Contains(p1) {
		t.Errorf("Contains confuses heaps: %#x %#x", p1, p2)
	}
	// A reference from h1 to h2 neither keeps nor corrupts anything.
	r := addRoots(h1)
	r.words = []uint64{p1}
	Store(p1, 16, p2)
	collect(t, h1)
	if Load(p2, 0)&markBit != 0 {
		t.Errorf("h1's collection marked an object of h2")
	}
}

// TestRegionsAreReused creates and closes more heaps than the reservation
// holds at once.
func TestRegionsAreReused(t *testing.T) {
	newTestHeap(t, Config{}) // makes sure the reservation exists
	const size = 64 << 30
	if reservation.size < size {
		t.Skipf("reservation of %d bytes is too small", reservation.size)
	}
	n := int(reservation.size/size) + 2
	for i := 0; i < n; i++ {
		h, err := New(Config{ReserveBytes: size})
		if err != nil {
			t.Fatalf("heap %d of %d: %v", i, n, err)
		}
		h.NewAllocator().Alloc(1, 64)
		if err := h.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSetMutatorsWidensTheTriggerFloor(t *testing.T) {
	h, err := New(Config{ReserveBytes: 1 << 26, TriggerBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	for _, c := range []struct {
		mutators int
		want     uint64
	}{
		{1, 1 << 20},
		{5, 2 << 20},          // four more threads: a quarter each
		{16, 1<<20 + 15<<18},  // the most that counts
		{100, 1<<20 + 15<<18}, // capped
		{0, 1 << 20},          // no thread counts as one
	} {
		h.SetMutators(c.mutators)
		if got := h.trigger.Load(); got != c.want {
			t.Errorf("SetMutators(%d): trigger %d, want %d", c.mutators, got, c.want)
		}
	}
}
