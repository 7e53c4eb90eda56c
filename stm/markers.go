package stm

import "atompy.dev/atompy/gc"

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
// heap's address range (denseMarkers); while gc.Heap does not export its
// range, Engines use mapMarkers, a hash map with the same semantics.
type markerTable interface {
	// mark records that the current attempt read the object at a.
	mark(a gc.Addr)
	// marked reports whether the current attempt read the object at a.
	marked(a gc.Addr) bool
	// nextEpoch forgets every mark: a new attempt begins.
	nextEpoch()
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

func (t *mapMarkers) nextEpoch() {
	if t.epoch++; t.epoch == 0 {
		clear(t.m)
		t.epoch = 1
	}
}

// denseMarkers is the marker table as one byte per 16 bytes of [lo, hi).
// Addresses outside the range are never marked (an object of another heap
// cannot be in this heap's write sets).
type denseMarkers struct {
	epoch uint8
	lo    gc.Addr
	bytes []uint8
}

func newDenseMarkers(lo, hi gc.Addr) *denseMarkers {
	return &denseMarkers{epoch: 1, lo: lo, bytes: make([]uint8, (hi-lo)>>markerShift)}
}

func (t *denseMarkers) index(a gc.Addr) (uint64, bool) {
	i := (a - t.lo) >> markerShift
	return i, i < uint64(len(t.bytes))
}

func (t *denseMarkers) mark(a gc.Addr) {
	if i, ok := t.index(a); ok {
		t.bytes[i] = t.epoch
	}
}

func (t *denseMarkers) marked(a gc.Addr) bool {
	i, ok := t.index(a)
	return ok && t.bytes[i] == t.epoch
}

func (t *denseMarkers) nextEpoch() {
	if t.epoch++; t.epoch == 0 {
		clear(t.bytes)
		t.epoch = 1
	}
}
