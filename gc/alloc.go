package gc

// An Allocator hands out objects for one guest thread. It owns at most one
// span per size class and bump-allocates inside one free run of that span, so
// the fast path is a compare, an add and the header store: no lock, no atomic.
// The heap's mutex is taken only to get a new span (and for large objects).
//
// An Allocator is not safe for concurrent use. Collect retires all of them, so
// after a collection each starts over with fresh spans.
type Allocator struct {
	h     *Heap
	runs  [numClasses]bumpRun
	spans [numClasses]*span
	gone  bool // released: not in h.allocators

	// OwnerWord, when nonzero, is stored into the STM word of every new
	// object, and the object is appended to Fresh: the parallel STM hands
	// out objects already locked by the allocating thread, so that the
	// barriers on them take the owner fast path, and unlocks Fresh when
	// the transaction commits (package stm owns both fields).
	OwnerWord uint64
	Fresh     []Addr

	// Spans counts the spans (and large objects) this allocator has taken
	// from the heap: only then can the heap become due for a collection
	// because of it, so a thread that wants to know whether to collect
	// need look at the heap's shared counters only when its own count
	// moved (the interpreter's break points do).
	Spans uint64
}

// bumpRun is the part of a free run not yet handed out: [next, end) as
// absolute addresses, in steps of size.
type bumpRun struct{ next, end, size uintptr }

// Alloc returns a new object of at least size bytes (header included, rounded
// up to 16) with header word 0 = class, every other byte zero. It never
// collects. It panics with ErrOutOfMemory when the heap is exhausted.
func (a *Allocator) Alloc(class uint32, size uintptr) Addr {
	if size-1 < maxSmallSize { // 1..maxSmallSize; size 0 wraps around
		r := &a.runs[sizeToClass[(size+15)>>4]]
		if p := r.next; p < r.end {
			r.next = p + r.size
			Store(Addr(p), 0, uint64(class))
			if a.OwnerWord != 0 {
				a.own(Addr(p))
			}
			return Addr(p)
		}
	}
	p := a.allocSlow(class, size)
	if a.OwnerWord != 0 {
		a.own(p)
	}
	return p
}

// own marks a new object as locked by the allocating transaction.
func (a *Allocator) own(p Addr) {
	Store(p, STMWordOffset, a.OwnerWord)
	a.Fresh = append(a.Fresh, p)
}

func (a *Allocator) allocSlow(class uint32, size uintptr) Addr {
	size = max(size, MinObjectSize)
	if size > maxSmallSize {
		return a.allocLarge(class, size)
	}
	c := classOf(size)
	r := &a.runs[c]
	if r.next >= r.end { // not just size 0 missing the fast path
		a.refill(c)
	}
	p := r.next
	r.next = p + r.size
	Store(Addr(p), 0, uint64(class))
	return Addr(p)
}

// refill makes a.runs[c] non-empty: the next free run of the owned span, or
// a span from the heap.
func (a *Allocator) refill(c int) {
	if s := a.spans[c]; s != nil {
		if s.next < len(s.free) {
			a.startRun(c, s)
			return
		}
		a.retire(c) // full: it stays in h.spans, on no list
	}
	h := a.h
	h.mu.Lock()
	if a.gone {
		h.allocators[a] = struct{}{}
		a.gone = false
	}
	s, err := h.acquireSpan(c)
	h.mu.Unlock()
	if err != nil {
		panic(err)
	}
	s.owner = a
	a.spans[c] = s
	a.Spans++
	a.startRun(c, s)
}

// startRun begins bump allocation in the next free run of s.
func (a *Allocator) startRun(c int, s *span) {
	run := s.free[s.next]
	s.next++
	s.curStart = run.start
	start, end := s.addr(run.start), s.addr(run.end)
	if s.needZero {
		clear(Bytes(start, 0, int(end-start)))
	}
	a.runs[c] = bumpRun{uintptr(start), uintptr(end), s.elemSize}
}

// retire gives the span of class c back to the heap: it records the slots
// handed out in allocBits, keeps the rest as free runs and returns the bytes
// it did not use to the allocation counters. The caller puts the span on a
// list if it wants it reused before the next sweep.
func (a *Allocator) retire(c int) *span {
	s := a.spans[c]
	r := a.runs[c]
	for _, run := range s.free[:max(s.next-1, 0)] {
		s.setAllocated(run.start, run.end)
	}
	var rest []slotRun
	if s.next > 0 {
		cur := s.free[s.next-1]
		stop := uint32((r.next - uintptr(s.addr(0))) / s.elemSize)
		s.setAllocated(cur.start, stop)
		if stop < cur.end {
			rest = append(rest, slotRun{stop, cur.end})
		}
	}
	rest = append(rest, s.free[s.next:]...)
	s.free = append(s.free[:0], rest...)
	s.next = 0
	unused := uint64(s.freeBytes())
	a.h.allocSince.Add(-unused)
	a.h.allocated.Add(-unused)
	s.owner = nil
	a.spans[c] = nil
	a.runs[c] = bumpRun{}
	return s
}

// Release gives back the partially used spans of a; call it when the thread
// ends. a stays usable (it re-registers on its next slow path).
func (a *Allocator) Release() {
	h := a.h
	h.mu.Lock()
	defer h.mu.Unlock()
	a.retireAll()
	delete(h.allocators, a)
	a.gone = true
}

// retireAll retires every span of a and lists the ones with free slots for
// reuse. h.mu is held.
func (a *Allocator) retireAll() {
	for c := range a.spans {
		if a.spans[c] == nil {
			continue
		}
		if s := a.retire(c); len(s.free) > 0 {
			a.h.partial[c] = append(a.h.partial[c], s)
		}
	}
}

// allocLarge gives a large object its own run of pages.
func (a *Allocator) allocLarge(class uint32, size uintptr) Addr {
	h := a.h
	if size > h.size {
		panic(ErrOutOfMemory) // also keeps the rounding below from overflowing
	}
	size = (size + 15) &^ 15
	h.mu.Lock()
	s, err := h.newSpanChecked(largeClass, size)
	h.mu.Unlock()
	if err != nil {
		panic(err)
	}
	s.setAllocated(0, 1)
	s.free = s.free[:0]
	p := s.addr(0)
	if s.needZero {
		clear(Bytes(p, 0, int(size)))
	}
	h.allocSince.Add(uint64(size))
	h.allocated.Add(uint64(size))
	a.Spans++
	Store(p, 0, uint64(class))
	return p
}

// acquireSpan returns a span of class c with free slots, from the partial
// list or new, and counts its free bytes as allocated. h.mu is held.
func (h *Heap) acquireSpan(c int) (*span, error) {
	var s *span
	if n := len(h.partial[c]); n > 0 {
		s = h.partial[c][n-1]
		h.partial[c] = h.partial[c][:n-1]
	} else {
		var err error
		if s, err = h.newSpanChecked(c, 0); err != nil {
			return nil, err
		}
	}
	b := uint64(s.freeBytes())
	h.allocSince.Add(b)
	h.allocated.Add(b)
	return s, nil
}

// newSpanChecked is newSpan with its out-of-memory panic turned into an error,
// so that callers can drop h.mu before panicking.
func (h *Heap) newSpanChecked(c int, size uintptr) (s *span, err error) {
	defer func() {
		if r := recover(); r != nil {
			if r != ErrOutOfMemory {
				panic(r)
			}
			err = ErrOutOfMemory
		}
	}()
	return h.newSpan(c, size), nil
}
