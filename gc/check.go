package gc

import "fmt"

// Check verifies the heap's invariants and returns the first violation found.
// Like Collect it needs the world stopped; it is meant for tests and for the
// VM's gc.check debug knob (after every collection). It costs a walk of all
// metadata and of every allocated object's header.
func (h *Heap) Check() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	owner := make([]*span, h.frontier/pageSize)
	inUse := uintptr(0)
	for _, s := range h.spans {
		if err := h.checkSpan(s, owner); err != nil {
			return err
		}
		inUse += s.npages
	}
	if inUse != h.inUse {
		return fmt.Errorf("gc: %d pages in spans, counter says %d", inUse, h.inUse)
	}
	if err := h.checkFreePages(owner); err != nil {
		return err
	}
	return h.checkPartial()
}

// checkSpan checks one span's pages, page table entries and slots, and
// records its pages in owner.
func (h *Heap) checkSpan(s *span, owner []*span) error {
	first := (s.base - h.off) / pageSize
	if s.base < h.off || first+s.npages > uintptr(len(owner)) {
		return fmt.Errorf("gc: span at %#x outside the carved pages", s.base)
	}
	for p := first; p < first+s.npages; p++ {
		if owner[p] != nil {
			return fmt.Errorf("gc: page %d in two spans", p)
		}
		owner[p] = s
		want := s
		if s.class == largeClass && p != first {
			want = nil
		}
		if got := spanOf(Addr(uintptr(arenaBase) + h.off + p*pageSize)); got != want {
			return fmt.Errorf("gc: page table entry of page %d is wrong", p)
		}
	}
	for i := uint32(0); i < s.nelems; i++ {
		if s.allocated(i) && Load(s.addr(i), 0)&markBit != 0 {
			return fmt.Errorf("gc: object %#x still marked", s.addr(i))
		}
	}
	if s.owner != nil {
		return nil // its free runs are being consumed
	}
	return checkFreeRuns(s)
}

// checkFreeRuns checks that the free runs of s are sorted, disjoint and
// exactly its unallocated slots.
func checkFreeRuns(s *span) error {
	free := uint32(0)
	prev := uint32(0)
	for _, r := range s.free[s.next:] {
		if r.start < prev || r.start >= r.end || r.end > s.nelems {
			return fmt.Errorf("gc: bad free run [%d,%d) in span at %#x", r.start, r.end, s.base)
		}
		for i := r.start; i < r.end; i++ {
			if s.allocated(i) {
				return fmt.Errorf("gc: allocated slot %d in a free run", i)
			}
		}
		free += r.end - r.start
		prev = r.end
	}
	allocated := uint32(0)
	for i := uint32(0); i < s.nelems; i++ {
		if s.allocated(i) {
			allocated++
		}
	}
	if allocated+free != s.nelems {
		return fmt.Errorf("gc: span at %#x: %d allocated + %d free slots, want %d", s.base, allocated, free, s.nelems)
	}
	return nil
}

// checkFreePages checks that the free page pool is sorted, coalesced and
// disjoint from spans, that spans and pool cover the carved pages, and the
// released counter.
func (h *Heap) checkFreePages(owner []*span) error {
	free, clean := uintptr(0), uintptr(0)
	for i, r := range h.freePages {
		if i > 0 && h.freePages[i-1].start+h.freePages[i-1].n >= r.start {
			return fmt.Errorf("gc: free page runs %d and %d overlap or touch", i-1, i)
		}
		for p := r.start; p < r.start+r.n; p++ {
			if owner[p] != nil {
				return fmt.Errorf("gc: free page %d belongs to a span", p)
			}
			if !h.dirty[p] {
				clean++
			}
		}
		free += r.n
	}
	if free+h.inUse != h.frontier/pageSize {
		return fmt.Errorf("gc: %d free + %d used pages, frontier has %d", free, h.inUse, h.frontier/pageSize)
	}
	if clean != h.released {
		return fmt.Errorf("gc: %d released pages, counter says %d", clean, h.released)
	}
	return nil
}

// checkPartial checks that listed spans have free slots and no owner.
func (h *Heap) checkPartial() error {
	for c, list := range h.partial {
		for _, s := range list {
			if s.class != c || s.owner != nil || s.next >= len(s.free) {
				return fmt.Errorf("gc: span at %#x should not be on the class %d list", s.base, c)
			}
		}
	}
	return nil
}
