package object

import (
	"sync"
	"testing"

	"atompy.dev/atompy/gc"
)

// The Go-side caches over heap state must survive an STM abort: the heap
// is rolled back from backups, the Go side is not. These tests replay an
// abort by hand: they back up the raw words of the objects a "transaction"
// writes, let it write and fill the caches, then restore the words, as
// the STM's rollback does.

// backup copies the payload words of heap objects.
type backup struct {
	objs  []gc.Addr
	words [][]uint64
}

func (b *backup) save(a gc.Addr) {
	n := int((gc.SizeOf(a) - gc.HeaderSize) / gc.WordSize)
	w := make([]uint64, n)
	for i := range w {
		w[i] = gc.Load(a, gc.HeaderSize+uintptr(i)*gc.WordSize)
	}
	b.objs = append(b.objs, a)
	b.words = append(b.words, w)
}

func (b *backup) restore() {
	for k, a := range b.objs {
		for i, x := range b.words[k] {
			gc.Store(a, gc.HeaderSize+uintptr(i)*gc.WordSize, x)
		}
	}
}

func newTestClass(t *testing.T, th *Thread, name string, bases []*Type, attrs map[string]Value) *Type {
	t.Helper()
	ns := NewDict(th)
	for k, v := range attrs {
		DictSetStr(th, ns, k, v)
	}
	typ, err := NewClass(th, name, bases, ns)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

// TestLookupMemoAfterAbortedClassWrite: a transaction sets C.x, fills the
// Lookup memo of C and of a subclass from its uncommitted view, and
// aborts. Lookups after the rollback must see the old value, and a later
// committed write must not be confused with the aborted one.
func TestLookupMemoAfterAbortedClassWrite(t *testing.T) {
	th := containerThread(t)
	c := newTestClass(t, th, "C", nil, map[string]Value{"x": MakeSmallInt(1)})
	d := newTestClass(t, th, "D", []*Type{c}, nil)
	if got := d.Lookup(th, "x"); got != MakeSmallInt(1) {
		t.Fatalf("D.x = %v, want 1", got)
	}
	var b backup
	b.save(c.Ref.Addr())
	b.save(d.Ref.Addr())
	b.save(c.Dict.Addr())
	for _, a := range []Value{c.Dict} {
		b.save(load(a.Addr(), tabEntriesOff).Addr())
		b.save(load(a.Addr(), tabIndexOff).Addr())
	}
	v0 := c.Version(th)

	// The doomed transaction.
	if err := SetAttr(th, c.Ref, "x", MakeSmallInt(2)); err != nil {
		t.Fatal(err)
	}
	if c.Version(th) == v0 || d.Version(th) == v0 {
		t.Fatalf("Touch kept the version %d", v0)
	}
	if got := d.Lookup(th, "x"); got != MakeSmallInt(2) {
		t.Fatalf("D.x inside the transaction = %v, want 2", got)
	}
	if got := c.Lookup(th, "x"); got != MakeSmallInt(2) {
		t.Fatalf("C.x inside the transaction = %v, want 2", got)
	}
	b.restore() // the abort

	if got := d.Lookup(th, "x"); got != MakeSmallInt(1) {
		t.Errorf("D.x after the abort = %v, want 1 (memo from the aborted view)", got)
	}
	if got := c.Lookup(th, "x"); got != MakeSmallInt(1) {
		t.Errorf("C.x after the abort = %v, want 1 (memo from the aborted view)", got)
	}
	// A committed write after the abort gets a version never seen before.
	if err := SetAttr(th, c.Ref, "x", MakeSmallInt(3)); err != nil {
		t.Fatal(err)
	}
	if got := d.Lookup(th, "x"); got != MakeSmallInt(3) {
		t.Errorf("D.x after a new write = %v, want 3", got)
	}
}

// TestDictStrCacheAbsentAfterAbort: a transaction inserts a key into a
// dict and caches that another name is absent; it aborts, and a later
// transaction inserts that very name, which brings the used count back to
// what the cache remembers. The cache must not report the name absent.
// (A cache serves one name: it is the cache of one LOAD_GLOBAL site.)
func TestDictStrCacheAbsentAfterAbort(t *testing.T) {
	th := containerThread(t)
	d := NewDict(th)
	DictSetStr(th, d, "a", MakeSmallInt(1))
	var c DictStrCache
	if _, ok := DictGetStrCached(th, d, "name", &c); ok {
		t.Fatal("name found in a dict without it")
	}
	var b backup
	b.save(d.Addr())
	b.save(load(d.Addr(), tabEntriesOff).Addr())
	b.save(load(d.Addr(), tabIndexOff).Addr())

	DictSetStr(th, d, "foo", MakeSmallInt(2)) // the doomed transaction
	if _, ok := DictGetStrCached(th, d, "name", &c); ok {
		t.Fatal("name found in a dict without it")
	}
	b.restore() // the abort

	DictSetStr(th, d, "name", MakeSmallInt(3))
	if v, ok := DictGetStrCached(th, d, "name", &c); !ok || v != MakeSmallInt(3) {
		t.Errorf("cached lookup after the abort = %v, %v; want 3, true", v, ok)
	}
	if v, ok := DictGetStrCached(th, d, "name", &c); !ok || v != MakeSmallInt(3) {
		t.Errorf("cached lookup (a hit now) = %v, %v; want 3, true", v, ok)
	}
}

// TestSharedTablesInParallel grows shape trees, registers class ids and
// fills Lookup memos from several goroutines at once while others read
// them (run it with -race). The heap is not touched in parallel: each
// goroutine only uses Go-side tables.
func TestSharedTablesInParallel(t *testing.T) {
	th := containerThread(t)
	c := newTestClass(t, th, "P", nil, map[string]Value{"m": MakeSmallInt(7)})
	root := c.RootShape
	names := []string{"a", "b", "c", "d", "e", "f"}
	const workers = 4
	var wg sync.WaitGroup
	leaves := make([][]*Shape, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s := root
				for k := range names {
					s = s.With(names[(k*(w+1)+i)%len(names)])
					if s == nil {
						t.Error("With returned nil")
						return
					}
					if got := classInfoOf(s.ID); got.shape != s || got.typ != c {
						t.Errorf("class id %d: got %p/%p, want %p/%p", s.ID, got.shape, got.typ, s, c)
						return
					}
				}
				leaves[w] = append(leaves[w], s)
				_ = c.dictShape()
				_ = ObjectType.Lookup(nil, "__repr__")
				_ = IntType.Lookup(nil, names[i%len(names)])
			}
		}(w)
	}
	wg.Wait()
	// Every path through the same names must end at the same shape.
	for w := 1; w < workers; w++ {
		for i := range leaves[w] {
			a, b := leaves[0][i], leaves[w][i]
			if len(a.Names) != len(b.Names) {
				t.Fatalf("leaf sizes differ: %v vs %v", a.Names, b.Names)
			}
		}
	}
	seen := map[string]*Shape{}
	for w := range leaves {
		for _, s := range leaves[w] {
			key := ""
			for _, n := range s.Names {
				key += n + ","
			}
			if o, ok := seen[key]; ok && o != s {
				t.Fatalf("two shapes for the attribute sequence %s", key)
			}
			seen[key] = s
		}
	}
	if c.dictShape() != c.dictShape() || !c.dictShape().DictMode {
		t.Error("dict-mode shape not unique")
	}
}
