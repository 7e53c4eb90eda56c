package gc

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// Test classes: a node is [header, next, value, payload...].
const (
	classNode   uint32 = 10
	classRaw    uint32 = 11 // registered ScanNone
	classTraced uint32 = 12 // ScanNone, with a tracer reporting goSide[a]
)

// goSide is the Go-side state of classTraced objects: guest words they own.
var goSide = map[Addr][]uint64{}

func init() {
	SetClassScan(classRaw, ScanNone)
	SetClassScan(classTraced, ScanNone)
	SetClassTracer(classTraced, func(a Addr, mark func(uint64)) {
		for _, w := range goSide[a] {
			mark(w)
		}
	})
}

// isAllocated reports whether p is an allocated object of some heap.
func isAllocated(p Addr) bool {
	s := spanOf(p)
	return s != nil && s.isObject(p)
}

func newNode(a *Allocator, next Addr, v uint64, size uintptr) Addr {
	p := a.Alloc(classNode, size)
	Store(p, 16, next)
	Store(p, 24, v)
	return p
}

// list builds a linked list of n nodes whose values are base, base+1, ...
func list(a *Allocator, n int, base uint64) Addr {
	var head Addr
	for i := n - 1; i >= 0; i-- {
		head = newNode(a, head, base+uint64(i), 48)
	}
	return head
}

// checkList walks a list and returns an error if it is not intact.
func checkList(head Addr, n int, base uint64) error {
	p := head
	for i := 0; i < n; i++ {
		if p == 0 {
			return fmt.Errorf("list ends after %d nodes, want %d", i, n)
		}
		if Class(p) != classNode || Load(p, 24) != base+uint64(i) {
			return fmt.Errorf("node %d: class %d value %d, want %d %d", i, Class(p), Load(p, 24), classNode, base+uint64(i))
		}
		p = Load(p, 16)
	}
	if p != 0 {
		return fmt.Errorf("list longer than %d", n)
	}
	return nil
}

func TestReachability(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	live := list(a, 1000, 0)
	dead := list(a, 1000, 5000)
	r.words = []uint64{live, 0x7ff8_0000_0000_0001} // plus a non-reference
	collect(t, h)
	if err := checkList(live, 1000, 0); err != nil {
		t.Fatal(err)
	}
	if got, want := h.Stats().LiveBytes, uint64(1000*48); got != want {
		t.Errorf("LiveBytes: got %d, want %d", got, want)
	}
	if isAllocated(dead) {
		t.Errorf("unreachable head %#x still allocated", dead)
	}
	// New allocations reuse the dead list's memory and leave the live one alone.
	reused := false
	for i := 0; i < 2000; i++ {
		reused = reused || newNode(a, 0, 0, 48) == dead
	}
	if !reused {
		t.Errorf("slot of dead object %#x not reused", dead)
	}
	if err := checkList(live, 1000, 0); err != nil {
		t.Fatal(err)
	}
}

func TestDeepListNeedsNoRecursion(t *testing.T) {
	n := 1_000_000
	if testing.Short() {
		n = 200_000
	}
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	head := list(h.NewAllocator(), n, 0)
	r.words = []uint64{head}
	collect(t, h)
	if err := checkList(head, n, 0); err != nil {
		t.Fatal(err)
	}
}

func TestCycles(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	ring := func(n int) Addr {
		first := newNode(a, 0, 0, 32)
		p := first
		for i := 1; i < n; i++ {
			p = newNode(a, p, uint64(i), 32)
		}
		Store(first, 16, p) // close the ring
		return p
	}
	kept, dropped := ring(100), ring(100)
	r.words = []uint64{kept}
	collect(t, h)
	if got, want := h.Stats().LiveBytes, uint64(100*32); got != want {
		t.Errorf("LiveBytes: got %d, want %d (dead cycle kept?)", got, want)
	}
	if isAllocated(dropped) {
		t.Errorf("dead cycle survived")
	}
	n := 0
	for p := Load(kept, 16); p != kept; p = Load(p, 16) {
		n++
	}
	if n != 99 {
		t.Errorf("kept ring has %d other nodes, want 99", n)
	}
}

func TestLargeObjects(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	small := newNode(a, 0, 7, 32)
	big := a.Alloc(classNode, 1<<20)
	Store(big, 1<<20-8, small) // last word references a small object
	dead := a.Alloc(classNode, 300<<10)
	r.words = []uint64{big}
	collect(t, h)
	if Load(small, 24) != 7 || !isAllocated(small) {
		t.Fatalf("object referenced from the last word of a large object was freed")
	}
	if s := spanOf(dead); s != nil {
		t.Errorf("dead large object still has a span")
	}
	if got, want := h.Stats().LiveBytes, uint64(1<<20+32); got != want {
		t.Errorf("LiveBytes: got %d, want %d", got, want)
	}
	if again := a.Alloc(classNode, 300<<10); again != dead {
		t.Errorf("freed pages not reused: got %#x, want %#x", again, dead)
	}
}

func TestScanNone(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	victim := newNode(a, 0, 1, 32)
	raw := a.Alloc(classRaw, 64)
	Store(raw, 16, victim) // looks like a reference, is raw data
	r.words = []uint64{raw}
	collect(t, h)
	if isAllocated(victim) {
		t.Errorf("a word of a ScanNone object kept %#x alive", victim)
	}
	if !isAllocated(raw) {
		t.Errorf("the ScanNone object itself was freed")
	}
}

func TestClassTracer(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	owner, owned := a.Alloc(classTraced, 32), newNode(a, 0, 0, 32)
	goSide[owner] = []uint64{owned}
	defer delete(goSide, owner)
	r.words = []uint64{owner}
	collect(t, h)
	if !isAllocated(owned) {
		t.Fatalf("object reported by a class tracer was freed")
	}
	r.words = nil
	collect(t, h)
	if isAllocated(owner) || isAllocated(owned) {
		t.Errorf("owner or owned survived without roots")
	}
}

func TestWeakHook(t *testing.T) {
	h := newTestHeap(t, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	live, dead := newNode(a, 0, 0, 32), newNode(a, 0, 0, 32)
	r.words = []uint64{live}
	var got map[Addr]bool
	h.AddWeakHook(func(isLive func(Addr) bool) {
		got = map[Addr]bool{}
		for _, p := range []Addr{live, dead, live + 8, 0, 12345} {
			got[p] = isLive(p)
		}
	})
	collect(t, h)
	want := map[Addr]bool{live: true, dead: false, live + 8: false, 0: false, 12345: false}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("isLive(%#x): got %v, want %v", p, got[p], w)
		}
	}
}

// TestStaleAndInteriorRefs feeds the marker every kind of bad word; none may
// keep an object alive or corrupt memory.
func TestStaleAndInteriorRefs(t *testing.T) {
	h := newTestHeap(t, Config{Poison: true})
	r := addRoots(h)
	a := h.NewAllocator()
	freed := newNode(a, 0, 0, 64)
	keepSpan := newNode(a, 0, 0, 64) // keeps freed's span alive
	r.words = []uint64{keepSpan}
	collect(t, h)
	target := newNode(a, 0, 42, 96) // another class: must not reuse freed's slot
	big := a.Alloc(classNode, 100<<10)
	other := newTestHeap(t, Config{})
	foreign := other.NewAllocator().Alloc(classNode, 32)
	r.words = []uint64{
		keepSpan,
		target + 8, target + 16, target + 95, // interior of a small object
		big + 16, big + pageSize, big + 50<<10, // interior of a large object
		freed,                          // a freed slot
		foreign,                        // another heap
		Addr(uintptr(arenaBase)) - 16,  // below the reservation
		target + 64*1024*1024,          // carved region, no span
		1, 0xffff_ffff_ffff, 1<<48 + 1, // junk
	}
	collect(t, h)
	for _, p := range []Addr{target, big} {
		if isAllocated(p) {
			t.Errorf("object %#x kept alive by interior or stale words", p)
		}
	}
	if Load(foreign, 0) != uint64(classNode) {
		t.Errorf("foreign object's header changed: %#x", Load(foreign, 0))
	}
}

func TestRemoveRoots(t *testing.T) {
	h := newTestHeap(t, Config{})
	a := h.NewAllocator()
	p := newNode(a, 0, 0, 32)
	id := h.AddRoots(func(mark func(uint64)) { mark(p) })
	collect(t, h)
	if !isAllocated(p) {
		t.Fatalf("rooted object freed")
	}
	h.RemoveRoots(id)
	collect(t, h)
	if isAllocated(p) {
		t.Errorf("object survived after RemoveRoots")
	}
}

func TestRelease(t *testing.T) {
	h := newTestHeap(t, Config{})
	a, b := h.NewAllocator(), h.NewAllocator()
	p := a.Alloc(1, 32)
	a.Release()
	if q := b.Alloc(1, 32); SizeOf(q) != 32 || spanOf(q) != spanOf(p) {
		t.Errorf("released span not reused by another allocator")
	}
	a.Alloc(1, 32) // a stays usable
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestPacing(t *testing.T) {
	h := newTestHeap(t, Config{TriggerBytes: 1 << 20, GrowthPercent: 50})
	r := addRoots(h)
	a := h.NewAllocator()
	if h.ShouldCollect() {
		t.Fatalf("ShouldCollect before any allocation")
	}
	var head Addr
	for !h.ShouldCollect() {
		head = newNode(a, head, 0, 1024)
	}
	if got := h.Stats().AllocatedBytes; got < 1<<20 || got > 1<<20+64<<10 {
		t.Errorf("trigger passed at %d bytes, want about %d", got, 1<<20)
	}
	r.words = []uint64{head}
	collect(t, h)
	if h.ShouldCollect() {
		t.Errorf("ShouldCollect right after Collect")
	}
	live := h.Stats().LiveBytes
	if got, want := h.trigger.Load(), live+live/2; got != want {
		t.Errorf("next trigger: got %d, want %d (live %d)", got, want, live)
	}
	off := newTestHeap(t, Config{GrowthPercent: -1})
	off.NewAllocator().Alloc(1, 64<<20)
	if off.ShouldCollect() {
		t.Errorf("GrowthPercent -1: ShouldCollect")
	}
}

// TestConcurrentAllocators lets many goroutines allocate lists at once, each
// with its own allocator, then collects with the world stopped.
func TestConcurrentAllocators(t *testing.T) {
	workers, rounds, n := 8, 4, 5000
	if testing.Short() {
		rounds, n = 2, 2000
	}
	h := newTestHeap(t, Config{TriggerBytes: 1 << 20})
	r := addRoots(h)
	allocs := make([]*Allocator, workers)
	for i := range allocs {
		allocs[i] = h.NewAllocator()
	}
	heads := make([]Addr, workers)
	for round := 0; round < rounds; round++ {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a := allocs[w]
				for i := 0; i < n; i++ {
					a.Alloc(classNode, uintptr(16+i%200)) // garbage of mixed sizes
				}
				heads[w] = list(a, n, uint64(w*n))
				if w == 0 {
					a.Alloc(classNode, 64<<10)
				}
			}()
		}
		wg.Wait() // the world is stopped
		r.words = r.words[:0]
		for _, p := range heads {
			r.words = append(r.words, p)
		}
		collect(t, h)
		for w, p := range heads {
			if err := checkList(p, n, uint64(w*n)); err != nil {
				t.Fatalf("round %d worker %d: %v", round, w, err)
			}
		}
	}
	if got, want := h.Stats().LiveBytes, uint64(workers*n*48); got != want {
		t.Errorf("LiveBytes: got %d, want %d", got, want)
	}
}

// TestMemoryStaysBounded allocates far more than it keeps and checks that
// resident memory (committed minus released) stays near live + trigger.
func TestMemoryStaysBounded(t *testing.T) {
	total := uint64(2 << 30)
	if testing.Short() {
		total = 256 << 20
	}
	h := newTestHeap(t, Config{ReserveBytes: 4 << 30})
	r := addRoots(h)
	a := h.NewAllocator()
	var ring [64]Addr // a small live set that keeps changing
	sizes := []uintptr{16, 32, 48, 64, 100, 256, 1000, 4000, 40 << 10}
	peak, peakRSS := uint64(0), uint64(0)
	for i := 0; h.Stats().AllocatedBytes < total; i++ {
		p := a.Alloc(classNode, sizes[i%len(sizes)])
		if i%1000 == 0 {
			ring[(i/1000)%len(ring)] = p
		}
		if h.ShouldCollect() {
			r.words = r.words[:0]
			for _, q := range ring {
				r.words = append(r.words, q)
			}
			h.Collect()
			s := h.Stats()
			peak = max(peak, s.CommittedBytes-s.ReleasedBytes)
			peakRSS = max(peakRSS, rss(t))
		}
	}
	s := h.Stats()
	t.Logf("allocated %d MiB in %d collections; peak resident %d MiB (process RSS %d MiB); in use %d MiB; pause %v",
		s.AllocatedBytes>>20, s.Collections, peak>>20, peakRSS>>20, s.InUseBytes>>20, s.PauseTotal)
	if peakRSS > 300<<20 {
		t.Errorf("process RSS reached %d MiB, want under 300", peakRSS>>20)
	}
	if s.Collections < 3 {
		t.Errorf("only %d collections", s.Collections)
	}
	if limit := uint64(128 << 20); peak > limit || s.InUseBytes > limit {
		t.Errorf("resident %d / in use %d bytes, want under %d", peak, s.InUseBytes, limit)
	}
}

// rss returns the resident set size of the process, or 0 where /proc is
// missing.
func rss(t *testing.T) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, resident uint64
	if _, err := fmt.Sscan(string(b), &size, &resident); err != nil {
		t.Fatalf("parsing /proc/self/statm: %v", err)
	}
	return resident * uint64(os.Getpagesize())
}

// TestScavenge drops a large live set and checks that its pages go back to
// the OS.
func TestScavenge(t *testing.T) {
	h := newTestHeap(t, Config{TriggerBytes: 4 << 20})
	r := addRoots(h)
	a := h.NewAllocator()
	head := list(a, 1_000_000, 0) // 48 MB
	for i := 0; i < 20; i++ {
		r.words = append(r.words, a.Alloc(classNode, 2<<20))
	}
	r.words = append(r.words, head)
	collect(t, h)
	before := h.Stats()
	r.words = nil
	collect(t, h)
	s := h.Stats()
	if resident := s.CommittedBytes - s.ReleasedBytes; resident > 16<<20 {
		t.Errorf("after dropping %d MiB: resident %d MiB, want under 16 (released %d MiB)",
			before.InUseBytes>>20, resident>>20, s.ReleasedBytes>>20)
	}
	if s.InUseBytes != 0 || s.LiveBytes != 0 {
		t.Errorf("empty heap: in use %d, live %d, want 0, 0", s.InUseBytes, s.LiveBytes)
	}
	// Released pages are reused, and read as zero.
	for i := 0; i < 10; i++ {
		if p := a.Alloc(classNode, 2<<20); !isZero(p, 8, 2<<20) {
			t.Fatalf("reused page run not zero")
		}
	}
	if got := h.Stats().ReleasedBytes; got >= s.ReleasedBytes {
		t.Errorf("released pages not reused: %d released before, %d after", s.ReleasedBytes, got)
	}
}

func BenchmarkAlloc(b *testing.B) {
	for _, size := range []uintptr{16, 48, 256} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			h := newTestHeap(b, Config{})
			a := h.NewAllocator()
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				a.Alloc(classNode, size)
				if h.ShouldCollect() {
					b.StopTimer()
					h.Collect()
					b.StartTimer()
				}
			}
		})
	}
}

// BenchmarkCollect measures a collection of a heap with 1M live list nodes
// and as many dead ones interleaved.
func BenchmarkCollect(b *testing.B) {
	h := newTestHeap(b, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	var head Addr
	for i := 0; i < 1_000_000; i++ {
		head = newNode(a, head, uint64(i), 48)
		newNode(a, 0, 0, 48)
	}
	r.words = []uint64{head}
	h.Collect()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.Collect()
	}
	b.ReportMetric(float64(h.Stats().LiveBytes>>20), "live-MiB")
}

// BenchmarkCollectTree collects a heap whose live part is a tree (fan-out
// 4, a million nodes of 48 bytes) beside as much garbage: wide, so a
// parallel mark could split it (docs/gc.md says why there is none).
func BenchmarkCollectTree(b *testing.B) {
	h := newTestHeap(b, Config{})
	r := addRoots(h)
	a := h.NewAllocator()
	level := []Addr{a.Alloc(classNode, 48)}
	root := level[0]
	for n := 1; n < 1_000_000; {
		var next []Addr
		for _, p := range level {
			for k := uintptr(0); k < 4 && n < 1_000_000; k++ {
				child := a.Alloc(classNode, 48)
				a.Alloc(classNode, 48) // garbage
				Store(p, 16+8*k, child)
				next = append(next, child)
				n++
			}
		}
		level = next
	}
	r.words = []uint64{root}
	h.Collect()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.Collect()
	}
	b.ReportMetric(float64(h.Stats().LiveBytes>>20), "live-MiB")
}
