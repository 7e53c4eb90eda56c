package gc

import "math/bits"

// A span is a run of pages holding objects of one size class, or a single
// large object. Its metadata lives on the Go heap, never in the arena, so a
// stray store into guest memory cannot corrupt the collector's view.
//
// allocBits has a bit per slot. Between collections it is exact for every
// span no Allocator owns; an Allocator records what it handed out when it
// gives the span back (retire), and Collect makes every Allocator do so first.
// free lists the runs of free slots that allocation may still hand out, in
// address order; next indexes the first run not yet handed to an Allocator.
type span struct {
	heap     *Heap
	base     uintptr // offset of the first slot from arenaBase
	npages   uintptr
	class    int // size class, or largeClass
	elemSize uintptr
	nelems   uint32
	divMul   uint32

	allocBits []uint64
	free      []slotRun
	next      int
	curStart  uint32 // first slot of the run an owner is consuming

	owner    *Allocator
	needZero bool   // free slots may hold old data: zero each run before handing it out
	marked   uint32 // objects marked in the current collection
}

// slotRun is the half-open slot index range [start, end).
type slotRun struct{ start, end uint32 }

func (s *span) addr(i uint32) Addr { return Addr(uintptr(arenaBase) + s.base + uintptr(i)*s.elemSize) }

// slotIndex returns the index of the slot starting exactly at a, or false.
func (s *span) slotIndex(a Addr) (uint32, bool) {
	off := offsetOf(a) - s.base
	if off >= s.npages*pageSize {
		return 0, false
	}
	var i uint32
	if s.class != largeClass {
		i = uint32(uint64(off) * uint64(s.divMul) >> 32)
	}
	if uintptr(i)*s.elemSize != off || i >= s.nelems {
		return 0, false
	}
	return i, true
}

// isObject reports whether a is the start of an allocated object of s.
func (s *span) isObject(a Addr) bool {
	i, ok := s.slotIndex(a)
	return ok && s.allocated(i)
}

func (s *span) allocated(i uint32) bool { return s.allocBits[i/64]&(1<<(i%64)) != 0 }

// setAllocated marks the slots [start, end) allocated.
func (s *span) setAllocated(start, end uint32) {
	for i := start; i < end; i++ {
		s.allocBits[i/64] |= 1 << (i % 64)
	}
}

// freeBytes is the size of the slots still available to allocation.
func (s *span) freeBytes() uintptr {
	n := uintptr(0)
	for _, r := range s.free[s.next:] {
		n += uintptr(r.end-r.start) * s.elemSize
	}
	return n
}

// rebuildFree recomputes the free runs from allocBits.
func (s *span) rebuildFree() {
	s.free = s.free[:0]
	s.next = 0
	i := uint32(0)
	for i < s.nelems {
		i = s.nextZero(i)
		if i >= s.nelems {
			break
		}
		j := s.nextOne(i)
		s.free = append(s.free, slotRun{i, j})
		i = j
	}
}

// nextZero returns the first unallocated slot at or after i (or >= nelems).
func (s *span) nextZero(i uint32) uint32 {
	for i < s.nelems {
		w := ^s.allocBits[i/64] >> (i % 64)
		if w != 0 {
			return i + uint32(bits.TrailingZeros64(w))
		}
		i = (i/64 + 1) * 64
	}
	return s.nelems
}

// nextOne returns the first allocated slot at or after i, or nelems.
func (s *span) nextOne(i uint32) uint32 {
	for i < s.nelems {
		w := s.allocBits[i/64] >> (i % 64)
		if w != 0 {
			return min(i+uint32(bits.TrailingZeros64(w)), s.nelems)
		}
		i = (i/64 + 1) * 64
	}
	return s.nelems
}

// SizeOf returns the allocated size in bytes of the object at a (at least
// the size asked of Alloc). a must be a live object of some heap.
func SizeOf(a Addr) uintptr {
	s := spanOf(a)
	if s == nil {
		panic("BUG: gc: SizeOf of an address outside every heap")
	}
	return s.elemSize
}
