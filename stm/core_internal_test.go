package stm

// Unit tests of the parallel STM's data structures: the STM word encoding,
// the commit log and the read-marker tables.

import (
	"sync"
	"testing"

	"atompy.dev/atompy/gc"
)

func TestWordEncoding(t *testing.T) {
	tests := []struct {
		owner   uint8
		version uint64
	}{
		{0, 0}, {0, 1}, {1, 0}, {7, 12345}, {255, versionMask}, {3, versionMask + 5},
	}
	for _, tt := range tests {
		w := makeWord(tt.owner, tt.version)
		if got := wordOwner(w); got != tt.owner {
			t.Errorf("wordOwner(makeWord(%d, %d)): got %d, want %d", tt.owner, tt.version, got, tt.owner)
		}
		if got, want := wordVersion(w), tt.version&versionMask; got != want {
			t.Errorf("wordVersion(makeWord(%d, %d)): got %d, want %d", tt.owner, tt.version, got, want)
		}
	}
}

func TestReadableAt(t *testing.T) {
	tests := []struct {
		w, rv uint64
		want  bool
	}{
		{makeWord(0, 0), 0, true},
		{makeWord(0, 5), 5, true},
		{makeWord(0, 5), 4, false},
		{makeWord(0, 5), 100, true},
		{makeWord(1, 0), 100, false},
		{makeWord(255, 3), versionMask - 1, false},
	}
	for _, tt := range tests {
		if got := readableAt(tt.w, tt.rv); got != tt.want {
			t.Errorf("readableAt(%#x, %d): got %v, want %v", tt.w, tt.rv, got, tt.want)
		}
	}
}

// chain returns the versions of the entries after e, in order.
func chain(e *logEntry) []uint64 {
	var vs []uint64
	for n := e.next.Load(); n != nil; n = n.next.Load() {
		vs = append(vs, n.version)
	}
	return vs
}

func TestCommitLogSequential(t *testing.T) {
	l := newCommitLog()
	head := l.last.Load()
	stale := head
	for i := 1; i <= 3; i++ {
		n := &logEntry{}
		n.done.Store(true)
		if !l.tryAppend(l.lastDone(), n) {
			t.Fatalf("append %d at the tail: got failure, want success", i)
		}
		l.advance(n)
		if got := n.version; got != uint64(i) {
			t.Errorf("version of append %d: got %d, want %d", i, got, i)
		}
	}
	if l.tryAppend(stale, &logEntry{}) {
		t.Errorf("append after a stale tail: got success, want failure")
	}
	if got, want := chain(head), []uint64{1, 2, 3}; !equalU64(got, want) {
		t.Errorf("chain: got %v, want %v", got, want)
	}
	inev := &logEntry{}
	if !l.tryAppend(l.lastDone(), inev) {
		t.Fatalf("append of an inevitable entry failed")
	}
	if got := l.lastDone().version; got != 3 {
		t.Errorf("lastDone with an unfinished entry at version 4: got %d, want 3", got)
	}
	inev.finish([]gc.Addr{16})
	if got := l.lastDone().version; got != 4 {
		t.Errorf("lastDone after finish: got %d, want 4", got)
	}
}

func TestCommitLogConcurrentAppends(t *testing.T) {
	const procs, each = 4, 500
	l := newCommitLog()
	head := l.last.Load()
	var wg sync.WaitGroup
	for p := 0; p < procs; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				n := &logEntry{slot: uint8(p + 1)}
				n.done.Store(true)
				for e := l.last.Load(); ; {
					if next := e.next.Load(); next != nil {
						e = next
						continue
					}
					if l.tryAppend(e, n) {
						l.advance(n)
						break
					}
				}
			}
		}(p)
	}
	wg.Wait()
	vs := chain(head)
	if len(vs) != procs*each {
		t.Fatalf("entries: got %d, want %d", len(vs), procs*each)
	}
	for i, v := range vs {
		if v != uint64(i+1) {
			t.Fatalf("entry %d: got version %d, want %d", i, v, i+1)
		}
	}
	if got, want := l.last.Load().version, uint64(procs*each); got != want {
		t.Errorf("hint after the appends: got version %d, want %d", got, want)
	}
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMarkerTables(t *testing.T) {
	const lo = 1 << 20
	tables := map[string]func() markerTable{
		"map":    func() markerTable { return newMapMarkers() },
		"dense":  func() markerTable { return newDenseMarkers(lo, lo+1<<16) },
		"mapped": func() markerTable { return newDenseMarkers(lo, lo+1<<30) },
	}
	for name, mk := range tables {
		t.Run(name, func(t *testing.T) {
			m := mk()
			a := gc.Addr(lo + 64)
			m.mark(a)
			if !m.marked(a) {
				t.Errorf("marked(a) after mark: got false, want true")
			}
			if m.marked(a + 16) {
				t.Errorf("marked(next granule): got true, want false")
			}
			if !m.marked(a + 8) {
				t.Errorf("marked(a+8), same granule: got false, want true")
			}
			m.nextEpoch()
			if m.marked(a) {
				t.Errorf("marked(a) in the next epoch: got true, want false")
			}
			m.mark(a)
			for i := 0; i < 65535; i++ { // a full wrap back to this epoch value (both periods divide it)
				m.nextEpoch()
			}
			if m.marked(a) {
				t.Errorf("marked(a) after the epoch wrapped: got true, want false (stale mark survived)")
			}
			m.release()
		})
	}
	d := newDenseMarkers(lo, lo+1<<10)
	d.mark(lo + 1<<12)
	if d.marked(lo + 1<<12) {
		t.Errorf("dense marked(outside the range): got true, want false")
	}
}

// TestAbortNeverRestoresAnOldWord replays, step by step, a reader racing an
// attempt that writes and aborts: the reader's seqlock re-check is only
// sound if the STM word after the abort differs from the one the reader saw
// before the write (no ABA).
func TestAbortNeverRestoresAnOldWord(t *testing.T) {
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		t.Fatalf("gc.New: %v", err)
	}
	defer h.Close()
	obj := h.NewAllocator().Alloc(7, gc.HeaderSize+gc.WordSize)
	e := NewEngine()
	w, err := e.NewTxn()
	if err != nil {
		t.Fatalf("NewTxn: %v", err)
	}
	before := loadWord(obj) // the reader's first look
	w.Begin()
	w.Write(obj, gc.HeaderSize, 99)
	scribbled := gc.Load(obj, gc.HeaderSize) // the reader's load, mid-attempt
	w.Abort()
	after := loadWord(obj) // the reader's re-check
	if scribbled != 99 {
		t.Fatalf("in-place write not visible: got %d, want 99", scribbled)
	}
	if after == before {
		t.Errorf("STM word after the abort: got %#x, the same as before the write (ABA)", after)
	}
	if !readableAt(after, e.Version()) {
		t.Errorf("STM word after the abort: got %#x, want readable at the newest version %d", after, e.Version())
	}
}

// BenchmarkReadDenseMarkers measures the read barrier with the dense marker
// table that needs (*gc.Heap).Range; the table here covers just the
// benchmark's objects.
func BenchmarkReadDenseMarkers(b *testing.B) {
	h, err := gc.New(gc.Config{ReserveBytes: 1 << 26})
	if err != nil {
		b.Fatalf("gc.New: %v", err)
	}
	defer h.Close()
	al := h.NewAllocator()
	objs := make([]gc.Addr, 64)
	for i := range objs {
		objs[i] = al.Alloc(7, gc.HeaderSize+2*gc.WordSize)
	}
	lo, hi := objs[0], objs[0]
	for _, o := range objs {
		lo, hi = min(lo, o), max(hi, o+gc.Addr(gc.SizeOf(o)))
	}
	tx, _ := NewEngine().NewTxn()
	tx.markers = newDenseMarkers(lo, hi)
	tx.Begin()
	var sum uint64
	for i := 0; b.Loop(); i++ {
		v, _ := tx.Read(objs[i&63], gc.HeaderSize)
		sum += v
	}
	tx.Commit()
	_ = sum
}
