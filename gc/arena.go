package gc

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The process-wide reservation.
//
// One PROT_NONE mapping is reserved the first time a Heap is created and is
// never unmapped. Each Heap carves a region from it (regions are multiples of
// chunkSize, so that one page-table leaf belongs to exactly one heap) and
// commits pages of its region with mprotect as it grows. Keeping every heap in
// one reservation lets the raw accessors derive all pointers from a single
// package-level base, and lets SizeOf find any object's span without knowing
// its heap.

const (
	pageShift = 13
	pageSize  = 1 << pageShift // 8 KiB: the unit of span allocation

	chunkShift = 26
	chunkSize  = 1 << chunkShift // 64 MiB: one page-table leaf, region granularity
	leafPages  = chunkSize / pageSize

	commitStep = 4 << 20 // mprotect grows a heap's committed part in 4 MiB steps
)

// reservationSizes are tried in order: a smaller address-space limit
// (ulimit -v) still gets a working, smaller reservation.
var reservationSizes = []uint64{1 << 40, 256 << 30, 64 << 30, 16 << 30, 4 << 30, 1 << 30}

var (
	// ErrOutOfMemory is the panic value of Allocator.Alloc when the heap's
	// region is exhausted or the OS refuses to commit memory. The VM converts
	// it to MemoryError.
	ErrOutOfMemory = errors.New("gc: out of memory")

	errReserve = errors.New("gc: cannot reserve address space")
)

// reservation is the process-wide arena. Its fields are guarded by mu, except
// leaves, whose entries are published atomically.
var reservation struct {
	once    sync.Once
	err     error
	mapping []byte // keeps the mapping reachable for x/sys/unix's bookkeeping
	size    uintptr
	mu      sync.Mutex
	free    []region // free regions, sorted by offset
	leaves  []atomic.Pointer[leaf]
}

// region is a byte range of the reservation, as offsets from arenaBase.
type region struct{ off, size uintptr }

// leaf maps the pages of one chunk to the spans that contain them. Small spans
// have an entry for every page; a large object's span only for its first page,
// so that interior references never resolve.
type leaf [leafPages]*span

func reserve() {
	for _, size := range reservationSizes {
		b, err := unix.Mmap(-1, 0, int(size), unix.PROT_NONE,
			unix.MAP_PRIVATE|unix.MAP_ANON|unix.MAP_NORESERVE)
		if err != nil {
			continue
		}
		base := unsafe.Pointer(unsafe.SliceData(b))
		// Align the usable part to a chunk so that page-table leaves line up.
		skip := -uintptr(base) & (chunkSize - 1)
		reservation.mapping = b
		arenaBase = unsafe.Add(base, skip)
		reservation.size = (uintptr(size) - skip) &^ (chunkSize - 1)
		reservation.free = []region{{0, reservation.size}}
		reservation.leaves = make([]atomic.Pointer[leaf], reservation.size/chunkSize)
		return
	}
	reservation.err = errReserve
}

// carveRegion takes size bytes (a multiple of chunkSize) from the reservation.
func carveRegion(size uintptr) (uintptr, error) {
	reservation.once.Do(reserve)
	if reservation.err != nil {
		return 0, reservation.err
	}
	r := &reservation
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, f := range r.free {
		if f.size < size {
			continue
		}
		r.free[i] = region{f.off + size, f.size - size}
		if r.free[i].size == 0 {
			r.free = append(r.free[:i], r.free[i+1:]...)
		}
		return f.off, nil
	}
	return 0, fmt.Errorf("gc: reservation exhausted: no %d-byte region left of %d", size, r.size)
}

// returnRegion gives a region back to the reservation, coalescing neighbours.
func returnRegion(off, size uintptr) {
	r := &reservation
	r.mu.Lock()
	defer r.mu.Unlock()
	r.free = append(r.free, region{off, size})
	sort.Slice(r.free, func(i, j int) bool { return r.free[i].off < r.free[j].off })
	out := r.free[:1]
	for _, f := range r.free[1:] {
		last := &out[len(out)-1]
		if last.off+last.size == f.off {
			last.size += f.size
			continue
		}
		out = append(out, f)
	}
	r.free = out
}

// mem returns the arena bytes [off, off+n) (offsets from arenaBase) as a
// slice, for the system calls.
func mem(off, n uintptr) []byte {
	return unsafe.Slice((*byte)(unsafe.Add(arenaBase, off)), n)
}

func commit(off, n uintptr) error {
	return unix.Mprotect(mem(off, n), unix.PROT_READ|unix.PROT_WRITE)
}

func decommit(off, n uintptr) error {
	if err := unix.Madvise(mem(off, n), unix.MADV_DONTNEED); err != nil {
		return err
	}
	return unix.Mprotect(mem(off, n), unix.PROT_NONE)
}

// release returns the physical pages of [off, off+n) to the OS; they read as
// zero afterwards.
func release(off, n uintptr) {
	if err := unix.Madvise(mem(off, n), unix.MADV_DONTNEED); err != nil {
		panic("BUG: gc: madvise(MADV_DONTNEED) failed: " + err.Error())
	}
}

// offsetOf converts an address to its offset in the reservation. Addresses
// below the reservation wrap around to huge offsets, which every range check
// rejects.
func offsetOf(a Addr) uintptr { return uintptr(a) - uintptr(arenaBase) }

// spanOf returns the span recorded for the page containing a, or nil. It is
// safe on any word: foreign or stale addresses give nil or a span whose
// metadata the caller checks.
func spanOf(a Addr) *span {
	off := offsetOf(a)
	if off >= reservation.size {
		return nil
	}
	l := reservation.leaves[off>>chunkShift].Load()
	if l == nil {
		return nil
	}
	return l[(off&(chunkSize-1))>>pageShift]
}

// setPageSpan records s as the span of the page at offset off.
func setPageSpan(off uintptr, s *span) {
	reservation.leaves[off>>chunkShift].Load()[(off&(chunkSize-1))>>pageShift] = s
}

// addLeaves publishes empty leaves for the chunks of [off, off+n).
func addLeaves(off, n uintptr) {
	for c := off >> chunkShift; c < (off+n+chunkSize-1)>>chunkShift; c++ {
		if reservation.leaves[c].Load() == nil {
			reservation.leaves[c].Store(new(leaf))
		}
	}
}

// dropLeaves forgets the page tables of [off, off+n).
func dropLeaves(off, n uintptr) {
	for c := off >> chunkShift; c < (off+n)>>chunkShift; c++ {
		reservation.leaves[c].Store(nil)
	}
}
