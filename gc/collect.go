package gc

import (
	"math/bits"
	"sync"
	"sync/atomic"
	"time"
)

// ScanKind tells the collector how to scan the objects of a class.
type ScanKind uint8

const (
	ScanAll  ScanKind = iota // every word after the header may hold a value (the default)
	ScanNone                 // raw data (strings, big int limbs): never scanned
)

// classTable maps class ids to what the collector knows about them.
var (
	classTable   atomic.Pointer[[]classInfo]
	classTableMu sync.Mutex
)

// classInfo is what the collector knows about a class.
type classInfo struct {
	scan  ScanKind
	trace func(a Addr, mark func(w uint64))
}

// SetClassScan sets how objects of class are scanned, for every heap. Call it
// once per class, at startup or when the class is created, before any object
// of the class can be reached by a collection.
func SetClassScan(class uint32, k ScanKind) {
	updateClass(class, func(c *classInfo) { c.scan = k })
}

// SetClassTracer registers f to run whenever an object of class is marked,
// after its words are scanned. It is for objects that own Go-side state (a
// handle to a Go value holding guest values, such as a suspended generator's
// frame): f reports those values with mark, so they live exactly as long as
// the object. f runs with the world stopped and must not call the Heap.
func SetClassTracer(class uint32, f func(a Addr, mark func(w uint64))) {
	updateClass(class, func(c *classInfo) { c.trace = f })
}

// updateClass copies the class table with one entry changed: classes are
// registered rarely, and the collector reads the table without a lock.
func updateClass(class uint32, change func(*classInfo)) {
	classTableMu.Lock()
	defer classTableMu.Unlock()
	var old []classInfo
	if p := classTable.Load(); p != nil {
		old = *p
	}
	t := make([]classInfo, max(len(old), int(class)+1))
	copy(t, old)
	change(&t[class])
	classTable.Store(&t)
}

// Collect runs a precise, non-moving mark-sweep collection. The caller
// guarantees that the world is stopped: no Allocator of h is in use and no
// guest code runs until Collect returns. Roots are the words passed to mark by
// the registered root sets.
func (h *Heap) Collect() {
	start := time.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return
	}
	for a := range h.allocators {
		a.retireAll()
	}
	for c := range h.partial {
		h.partial[c] = h.partial[c][:0] // the sweep rebuilds the lists
	}
	h.mark()
	for _, f := range h.weakHooks {
		f(h.isLiveFn)
	}
	h.sweep()
	h.mergeFreedRuns()
	h.lastLive = uint64(h.liveBytes)
	h.setTrigger(h.lastLive)
	h.scavenge()
	h.allocSince.Store(0)
	h.collections++
	h.pauseTotal += time.Since(start)
}

// mark marks everything reachable from the roots, with an explicit stack.
func (h *Heap) mark() {
	h.liveBytes = 0
	for _, scan := range h.roots {
		scan(h.markFn)
	}
	var table []classInfo
	if p := classTable.Load(); p != nil {
		table = *p
	}
	for len(h.markStack) > 0 {
		a := h.markStack[len(h.markStack)-1]
		h.markStack = h.markStack[:len(h.markStack)-1]
		var info classInfo
		if c := Class(a); int(c) < len(table) {
			info = table[c]
		}
		if info.scan == ScanAll {
			h.scanObject(a, spanOf(a).elemSize)
		}
		if info.trace != nil {
			info.trace(a, h.markFn)
		}
	}
}

// scanObject marks every word of the object at a after the header.
func (h *Heap) scanObject(a Addr, size uintptr) {
	for off := uintptr(HeaderSize); off < size; off += WordSize {
		if w := Load(a, off); IsRef(w) {
			h.markWord(w)
		}
	}
}

// markWord marks the object w refers to, if w is a reference to the start of
// an allocated object of h: anything else (other heaps, interior pointers,
// free slots, stale words) is ignored without touching memory.
func (h *Heap) markWord(w uint64) {
	if !IsRef(w) || !h.contains(w) {
		return
	}
	s := spanOf(w)
	if s == nil || !s.isObject(w) {
		return
	}
	hdr := Load(w, 0)
	if hdr&markBit != 0 {
		return
	}
	Store(w, 0, hdr|markBit)
	s.marked++
	h.liveBytes += s.elemSize
	h.markStack = append(h.markStack, w)
}

// isLive is the weak hooks' view of the mark: a is a marked object of h.
func (h *Heap) isLive(a Addr) bool {
	if !IsRef(a) || !h.contains(a) {
		return false
	}
	s := spanOf(a)
	return s != nil && s.isObject(a) && Load(a, 0)&markBit != 0
}

// sweep frees unmarked objects, clears the marks, returns empty spans' pages
// to the free pool and lists spans with free slots for reuse.
func (h *Heap) sweep() {
	kept := h.spans[:0]
	for _, s := range h.spans {
		if s.marked == 0 {
			h.freeSpan(s)
			continue
		}
		h.sweepSpan(s)
		kept = append(kept, s)
		if s.class != largeClass && len(s.free) > 0 {
			h.partial[s.class] = append(h.partial[s.class], s)
		}
	}
	clear(h.spans[len(kept):]) // drop dead spans for Go's collector
	h.spans = kept
}

// sweepSpan frees the unmarked objects of a span that has marked ones.
func (h *Heap) sweepSpan(s *span) {
	for wi, word := range s.allocBits {
		for word != 0 {
			i := uint32(wi*64) + uint32(bits.TrailingZeros64(word))
			word &= word - 1
			a := s.addr(i)
			hdr := Load(a, 0)
			if hdr&markBit != 0 {
				Store(a, 0, hdr&^markBit)
				continue
			}
			s.allocBits[wi] &^= 1 << (i % 64)
			if h.cfg.Poison {
				poison(a, s.elemSize)
			}
		}
	}
	s.marked = 0
	s.rebuildFree()
	if len(s.free) > 0 {
		s.needZero = true
	}
}

// freeSpan returns a span without marked objects to the page pool.
func (h *Heap) freeSpan(s *span) {
	if h.cfg.Poison {
		poison(Addr(uintptr(arenaBase)+s.base), s.npages*pageSize)
	}
	h.freePagesOf(s)
}

// poisonByte fills freed memory when Config.Poison is set: a use after free
// reads 0xdbdbdbdbdbdbdbdb, which IsRef rejects, so it cannot revive objects.
const poisonByte = 0xdb

func poison(a Addr, n uintptr) {
	b := Bytes(a, 0, int(n))
	for i := range b {
		b[i] = poisonByte
	}
}

// scavenge returns free pages to the OS, highest addresses first, until the
// dirty free pages left are no more than what the next cycle is expected to
// allocate (the trigger plus 1/8 for tail waste). The kept ones spare page
// faults and zeroing; the released ones bound RSS after the live set shrinks.
func (h *Heap) scavenge() {
	trigger := h.trigger.Load()
	keep := uintptr(min(trigger+trigger/8, uint64(h.size))/pageSize) + 1
	dirtyFree := uintptr(0)
	for _, r := range h.freePages {
		dirtyFree += h.dirtyPages(r)
	}
	for i := len(h.freePages) - 1; i >= 0 && dirtyFree > keep; i-- {
		dirtyFree -= h.releaseTail(h.freePages[i], dirtyFree-keep)
	}
}

// releaseTail returns the highest pages of the free run r to the OS, up to
// and including the want-th dirty one, and reports how many dirty pages it
// released.
func (h *Heap) releaseTail(r pageRun, want uintptr) uintptr {
	p, n := r.start+r.n, uintptr(0)
	for p > r.start && n < want {
		p--
		if h.dirty[p] {
			h.dirty[p] = false
			n++
		}
	}
	if n > 0 {
		release(h.off+p*pageSize, (r.start+r.n-p)*pageSize)
		h.released += n
	}
	return n
}

func (h *Heap) dirtyPages(r pageRun) uintptr {
	n := uintptr(0)
	for p := r.start; p < r.start+r.n; p++ {
		if h.dirty[p] {
			n++
		}
	}
	return n
}
