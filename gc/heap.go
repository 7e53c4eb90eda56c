package gc

import (
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Config tunes a Heap. The zero value gives the defaults.
type Config struct {
	ReserveBytes  uint64 // virtual size of the heap's region; default 64 GiB
	TriggerBytes  uint64 // first collection after this many allocated bytes; default 32 MiB
	GrowthPercent int    // next trigger = live*(1+GrowthPercent/100), at least TriggerBytes; default 100, negative: never trigger
	Poison        bool   // fill freed memory with poisonByte (debug knob)
}

const (
	defaultReserve = 64 << 30
	defaultTrigger = 32 << 20
	defaultGrowth  = 100
)

func (c Config) withDefaults() Config {
	if c.ReserveBytes == 0 {
		c.ReserveBytes = defaultReserve
	}
	if c.TriggerBytes == 0 {
		c.TriggerBytes = defaultTrigger
	}
	if c.GrowthPercent == 0 {
		c.GrowthPercent = defaultGrowth
	}
	return c
}

// Stats describes a Heap. Byte counts are exact at the end of a collection;
// between collections AllocatedBytes counts the spans handed to Allocators.
type Stats struct {
	Collections    uint64
	LiveBytes      uint64 // bytes of objects marked by the last collection
	AllocatedBytes uint64 // bytes of objects allocated since New
	InUseBytes     uint64 // bytes of pages in spans (objects, free slots, tails)
	CommittedBytes uint64 // bytes of the region made readable and writable
	ReleasedBytes  uint64 // bytes of free committed pages currently returned to the OS
	PauseTotal     time.Duration
}

// A Heap is one guest heap: a region of the reservation, its spans and its
// roots. Allocation goes through Allocators; Collect needs the world stopped.
type Heap struct {
	cfg  Config
	off  uintptr // region start, offset from arenaBase
	size uintptr // region size

	allocSince atomic.Uint64 // bytes handed out since the last collection
	mutators   atomic.Int32  // threads allocating in parallel (SetMutators)
	trigger    atomic.Uint64 // ShouldCollect threshold for allocSince; MaxUint64 when off
	allocated  atomic.Uint64
	limit      atomic.Uintptr // copy of frontier for Contains, which takes no lock

	mu         sync.Mutex
	closed     bool
	frontier   uintptr // end of the pages ever carved, offset from off
	committed  uintptr // end of the RW part, offset from off
	dirty      []bool  // per carved page: may hold nonzero bytes
	freePages  []pageRun
	released   uintptr // pages free and known zero (returned to the OS)
	inUse      uintptr // pages in spans
	spans      []*span
	partial    [numClasses][]*span
	allocators map[*Allocator]struct{}
	roots      map[int]func(mark func(w uint64))
	nextRoot   int
	weakHooks  []func(isLive func(Addr) bool)
	spareSpans []*span // span structs of freed spans, for reuse

	// Collector state, touched only by Collect.
	markStack   []Addr
	liveBytes   uintptr
	freedRuns   []pageRun
	collections uint64
	pauseTotal  time.Duration
	lastLive    uint64
	markFn      func(w uint64)
	isLiveFn    func(Addr) bool
}

// pageRun is a run of free pages, as page indexes into the heap's region.
type pageRun struct{ start, n uintptr }

// New creates a heap with its own region of the process-wide reservation.
func New(cfg Config) (*Heap, error) {
	cfg = cfg.withDefaults()
	size := (uintptr(cfg.ReserveBytes) + chunkSize - 1) &^ (chunkSize - 1)
	off, err := carveRegion(size)
	if err != nil {
		return nil, err
	}
	h := &Heap{
		cfg:        cfg,
		off:        off,
		size:       size,
		allocators: make(map[*Allocator]struct{}),
		roots:      make(map[int]func(func(uint64))),
	}
	h.markFn = h.markWord
	h.isLiveFn = h.isLive
	h.setTrigger(0)
	return h, nil
}

// Close returns the heap's memory to the OS and its region to the
// reservation. Every address of the heap becomes invalid: touching one faults.
func (h *Heap) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil
	}
	h.closed = true
	h.limit.Store(0)
	dropLeaves(h.off, h.size)
	if h.committed > 0 {
		if err := decommit(h.off, h.committed); err != nil {
			return err
		}
	}
	returnRegion(h.off, h.size)
	h.spans, h.partial, h.freePages, h.dirty = nil, [numClasses][]*span{}, nil, nil
	return nil
}

// Contains reports whether a lies in the part of the heap's region that
// holds pages (it does not check that a is the start of a live object).
// It takes no lock.
func (h *Heap) Contains(a Addr) bool { return offsetOf(a)-h.off < h.limit.Load() }

func (h *Heap) contains(a Addr) bool { return offsetOf(a)-h.off < h.frontier }

// NewAllocator returns an allocator for one guest thread. The heap keeps
// track of it until its Release, which the thread must call when it ends.
func (h *Heap) NewAllocator() *Allocator {
	a := &Allocator{h: h}
	h.mu.Lock()
	h.allocators[a] = struct{}{}
	h.mu.Unlock()
	return a
}

// AddRoots registers a root set: at every collection, scan is called with a
// mark function, and must call it with every word the guest can reach
// directly (frames, globals, handle tables, STM logs). Words that are not
// references are ignored, so scan may pass any value word. The returned id is
// for RemoveRoots.
func (h *Heap) AddRoots(scan func(mark func(w uint64))) (id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextRoot++
	h.roots[h.nextRoot] = scan
	return h.nextRoot
}

// RemoveRoots unregisters the root set id.
func (h *Heap) RemoveRoots(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.roots, id)
}

// AddWeakHook registers f to run after marking and before sweeping: isLive
// tells whether an address is a live object of this heap, so the object layer
// can drop handle-table entries of dead objects. f must not allocate.
func (h *Heap) AddWeakHook(f func(isLive func(Addr) bool)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.weakHooks = append(h.weakHooks, f)
}

// ShouldCollect reports whether allocation since the last collection passed
// the trigger. It is one atomic load each, cheap enough for every safepoint.
func (h *Heap) ShouldCollect() bool { return h.allocSince.Load() >= h.trigger.Load() }

// Stats returns the heap's counters.
func (h *Heap) Stats() Stats {
	h.mu.Lock()
	defer h.mu.Unlock()
	return Stats{
		Collections:    h.collections,
		LiveBytes:      h.lastLive,
		AllocatedBytes: h.allocated.Load(),
		InUseBytes:     uint64(h.inUse * pageSize),
		CommittedBytes: uint64(h.committed),
		ReleasedBytes:  uint64(h.released * pageSize),
		PauseTotal:     h.pauseTotal,
	}
}

// setTrigger paces the next collection from the live bytes of the last
// one: the live bytes times the growth, and at least the floor (minTrigger).
func (h *Heap) setTrigger(live uint64) {
	if h.cfg.GrowthPercent < 0 {
		h.trigger.Store(^uint64(0))
		return
	}
	t := live + live*uint64(h.cfg.GrowthPercent)/100
	h.trigger.Store(max(t, h.minTrigger()))
}

// SetMutators tells the heap how many threads allocate in parallel, and
// raises or lowers the trigger's floor to match (minTrigger). Call it
// between collections, when the count changes.
func (h *Heap) SetMutators(n int) {
	h.mutators.Store(int32(max(n, 1)))
	h.mu.Lock()
	defer h.mu.Unlock()
	h.setTrigger(h.lastLive)
}

// maxExtraMutators bounds how many threads beyond the first widen the
// trigger's floor (minTrigger), so that memory stays bounded however many
// threads a program starts.
const maxExtraMutators = 15

// minTrigger is the trigger's floor: TriggerBytes, plus a quarter of it
// for each thread beyond the first that allocates in parallel (at most
// maxExtraMutators of them: 4.75 times TriggerBytes in all). A collection
// stops every thread, and waits for the one whose transaction is longest to
// reach a break point; with more threads allocating, a fixed floor would
// collect proportionally more often in wall-clock time and leave more
// threads idle each time. Measured on 16 cores (docs/performance.md): the
// ray tracer's paused time fell from 16% to 9% and the word count's from
// 30% to 13% with a floor of 128 MiB instead of 32.
func (h *Heap) minTrigger() uint64 {
	extra := uint64(min(max(h.mutators.Load()-1, 0), maxExtraMutators))
	return h.cfg.TriggerBytes + extra*h.cfg.TriggerBytes/4
}

// newSpan carves a span for size class c (or one large object of size bytes
// when c is largeClass). h.mu is held. It panics with ErrOutOfMemory.
func (h *Heap) newSpan(c int, size uintptr) *span {
	s := h.spanStruct()
	s.class = c
	if c == largeClass {
		s.elemSize = size
		s.npages = (size + pageSize - 1) / pageSize
		s.nelems = 1
	} else {
		s.elemSize = classSize[c]
		s.npages = classPages[c]
		s.nelems = uint32(s.npages * pageSize / s.elemSize)
		s.divMul = classDivMul[c]
	}
	first, needZero := h.allocPages(s.npages)
	s.base = h.off + first*pageSize
	s.needZero = needZero
	s.allocBits = resize(s.allocBits, int(s.nelems+63)/64)
	s.free = append(s.free[:0], slotRun{0, s.nelems})
	h.mapSpan(s, s)
	h.spans = append(h.spans, s)
	h.inUse += s.npages
	return s
}

// spanStruct returns a zeroed span struct, recycling the metadata slices of
// a freed one, so a steady allocation rate makes no Go garbage.
func (h *Heap) spanStruct() *span {
	n := len(h.spareSpans)
	if n == 0 {
		return &span{heap: h}
	}
	s := h.spareSpans[n-1]
	h.spareSpans = h.spareSpans[:n-1]
	*s = span{heap: h, allocBits: s.allocBits, free: s.free}
	return s
}

// resize returns b with length n and all bits clear.
func resize(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// mapSpan points the page table entries of s at v (s or nil). Only the first
// page of a large object is mapped, so interior references find nothing.
func (h *Heap) mapSpan(s, v *span) {
	n := s.npages
	if s.class == largeClass {
		n = 1
	}
	for i := uintptr(0); i < n; i++ {
		setPageSpan(s.base+i*pageSize, v)
	}
}

// allocPages finds n contiguous free pages, first fit from the lowest
// address, extending the frontier when no free run is big enough. It reports
// whether the pages may hold old data.
func (h *Heap) allocPages(n uintptr) (first uintptr, needZero bool) {
	first, ok := h.takeFreeRun(n)
	if !ok {
		first = h.frontier / pageSize
		h.grow(n * pageSize)
	}
	for p := first; p < first+n; p++ {
		if h.dirty[p] {
			needZero = true
		} else if ok {
			// A clean page from the free pool was released earlier.
			h.released--
		}
		h.dirty[p] = true
	}
	return first, needZero
}

// takeFreeRun removes n pages from the first free run big enough.
func (h *Heap) takeFreeRun(n uintptr) (uintptr, bool) {
	for i := range h.freePages {
		r := &h.freePages[i]
		if r.n < n {
			continue
		}
		first := r.start
		r.start += n
		r.n -= n
		if r.n == 0 {
			h.freePages = append(h.freePages[:i], h.freePages[i+1:]...)
		}
		return first, true
	}
	return 0, false
}

// grow extends the frontier by n bytes, committing memory as needed.
func (h *Heap) grow(n uintptr) {
	if h.closed {
		panic("BUG: gc: allocation from a closed heap")
	}
	end := h.frontier + n
	if end > h.size {
		panic(ErrOutOfMemory)
	}
	if end > h.committed {
		c := min((end+commitStep-1)&^(commitStep-1), h.size)
		addLeaves(h.off+h.committed, c-h.committed)
		if err := commit(h.off+h.committed, c-h.committed); err != nil {
			panic(ErrOutOfMemory)
		}
		h.committed = c
	}
	h.frontier = end
	h.limit.Store(end)
	for len(h.dirty) < int(end/pageSize) {
		h.dirty = append(h.dirty, false)
	}
}

// freePagesOf returns the pages of a dead span to the free pool (in bulk, by
// mergeFreedRuns at the end of the sweep).
func (h *Heap) freePagesOf(s *span) {
	h.mapSpan(s, nil)
	h.inUse -= s.npages
	h.freedRuns = append(h.freedRuns, pageRun{(s.base - h.off) / pageSize, s.npages})
	h.spareSpans = append(h.spareSpans, s)
}

// mergeFreedRuns merges the runs freed by a sweep into the sorted, coalesced
// free list.
func (h *Heap) mergeFreedRuns() {
	runs := append(h.freePages, h.freedRuns...)
	h.freedRuns = h.freedRuns[:0]
	sort.Slice(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	out := runs[:0]
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].start+out[n-1].n == r.start {
			out[n-1].n += r.n
			continue
		}
		out = append(out, r)
	}
	h.freePages = out
}

// Range returns the address range [lo, hi) of the heap's region: every
// object it ever allocates lies inside. Side tables indexed by address (the
// STM's read markers) size themselves from it.
func (h *Heap) Range() (lo, hi Addr) {
	lo = Addr(uintptr(arenaBase) + h.off)
	return lo, lo + Addr(h.size)
}
