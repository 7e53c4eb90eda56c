package stm

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"atompy.dev/atompy/gc"
)

// Read markers replace a read log. Each transaction attempt has an epoch
// byte; a read stamps the object's marker with it. "Object a was read by
// the running attempt" is then "marker(a) == epoch", and starting a new
// attempt costs one increment, not a clear. Only when the epoch wraps (every
// 255 attempts) is the table cleared. The table belongs to one thread: only
// its owner writes it and only its owner validates against it, so it needs
// no synchronisation.
//
// There is one marker per 16 heap bytes (gc.MinObjectSize), so two objects
// never share one. The final table is dense, indexed by (a-lo)>>4 over the
// heap's address range (denseMarkers, what an Engine made by NewEngineFor
// uses); an Engine made by NewEngine, which knows no heap, uses mapMarkers,
// a hash map with the same semantics.
type markerTable interface {
	// mark records that the current attempt read the object at a.
	mark(a gc.Addr)
	// marked reports whether the current attempt read the object at a.
	marked(a gc.Addr) bool
	// nextEpoch forgets every mark: a new attempt begins.
	nextEpoch()
	// release frees the table's memory; the table is not used again.
	release()
}

// markerShift is log2 of the heap bytes covered by one marker byte.
const markerShift = 4

// mapMarkers is the marker table as a map from marker index to epoch.
type mapMarkers struct {
	epoch uint8
	m     map[gc.Addr]uint8
}

func newMapMarkers() *mapMarkers { return &mapMarkers{epoch: 1, m: make(map[gc.Addr]uint8)} }

func (t *mapMarkers) mark(a gc.Addr)        { t.m[a>>markerShift] = t.epoch }
func (t *mapMarkers) marked(a gc.Addr) bool { return t.m[a>>markerShift] == t.epoch }

func (t *mapMarkers) release() {}

func (t *mapMarkers) nextEpoch() {
	if t.epoch++; t.epoch == 0 {
		clear(t.m)
		t.epoch = 1
	}
}

// denseMarkers is the marker table as one 16-bit epoch per 16 bytes of
// [lo, hi). Addresses outside the range are never marked (an object of
// another heap cannot be in this heap's write sets). For a real heap the
// table is an anonymous mapping reserved without swap backing: a 64 GiB
// heap region needs an 8 GiB table per thread, of which only the pages for
// objects the thread actually reads are ever touched. With 16-bit epochs
// the table is cleared only every 65535 attempts, by handing its pages
// back to the kernel (which also returns their memory).
type denseMarkers struct {
	epoch  uint16
	lo     gc.Addr
	words  []uint16
	mapped []byte // the mapping behind words; nil when words is Go memory
}

// mmapMarkersAbove is the table size from which the table is mapped
// rather than allocated by Go (tests use small Go-allocated tables).
const mmapMarkersAbove = 1 << 20

func newDenseMarkers(lo, hi gc.Addr) *denseMarkers {
	n := int((hi - lo) >> markerShift)
	t := &denseMarkers{epoch: 1, lo: lo}
	if 2*n >= mmapMarkersAbove {
		b, err := unix.Mmap(-1, 0, 2*n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON|unix.MAP_NORESERVE)
		if err == nil {
			t.mapped = b
			t.words = unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), n)
			return t
		}
	}
	t.words = make([]uint16, n)
	return t
}

func (t *denseMarkers) index(a gc.Addr) (uint64, bool) {
	i := (a - t.lo) >> markerShift
	return i, i < uint64(len(t.words))
}

func (t *denseMarkers) mark(a gc.Addr) {
	if i, ok := t.index(a); ok {
		t.words[i] = t.epoch
	}
}

func (t *denseMarkers) marked(a gc.Addr) bool {
	i, ok := t.index(a)
	return ok && t.words[i] == t.epoch
}

func (t *denseMarkers) nextEpoch() {
	if t.epoch++; t.epoch != 0 {
		return
	}
	t.epoch = 1
	if t.mapped == nil || unix.Madvise(t.mapped, unix.MADV_DONTNEED) != nil {
		clear(t.words)
	}
}

func (t *denseMarkers) release() {
	if t.mapped != nil {
		unix.Munmap(t.mapped)
		t.mapped, t.words = nil, nil
	}
}
