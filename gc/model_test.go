package gc

import (
	"math/rand/v2"
	"testing"
)

// modelObj is the Go-side model of one guest object in TestRandomGraphs.
type modelObj struct {
	raw    bool     // ScanNone: its words are not edges
	fields []uint64 // expected contents of the words after the header
}

// TestRandomGraphs builds random object graphs full of junk words (interior
// pointers, non-references, addresses of freed objects), collects, and checks
// that exactly the objects reachable in the model survive, unchanged.
func TestRandomGraphs(t *testing.T) {
	rounds, perRound := 20, 2000
	if testing.Short() {
		rounds, perRound = 10, 1000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	h := newTestHeap(t, Config{Poison: true})
	r := addRoots(h)
	allocs := []*Allocator{h.NewAllocator(), h.NewAllocator()}
	model := map[Addr]*modelObj{}
	var addrs, dead []Addr
	for round := 0; round < rounds; round++ {
		for i := 0; i < perRound; i++ {
			p, o := randomObject(rng, allocs[i%2], addrs, dead)
			model[p] = o
			addrs = append(addrs, p)
		}
		r.words = r.words[:0]
		for i := 0; i < 20; i++ {
			r.words = append(r.words, addrs[rng.IntN(len(addrs))])
		}
		live := reachable(model, r.words)
		collect(t, h)
		addrs, dead = checkModel(t, model, live, dead[:0])
	}
}

// randomObject allocates an object whose words are references to earlier
// objects or junk, and returns it with its model.
func randomObject(rng *rand.Rand, a *Allocator, addrs, dead []Addr) (Addr, *modelObj) {
	size := uintptr(16 + 8*rng.IntN(12))
	switch rng.IntN(50) {
	case 0:
		size = uintptr(32<<10 + 8*rng.IntN(4000)) // large
	case 1:
		size = uintptr(1000 + 8*rng.IntN(3000))
	}
	o := &modelObj{raw: rng.IntN(10) == 0}
	class := classNode
	if o.raw {
		class = classRaw
	}
	p := a.Alloc(class, size)
	o.fields = make([]uint64, (size-HeaderSize)/8)
	for i := range o.fields {
		o.fields[i] = randomWord(rng, addrs, dead)
		Store(p, HeaderSize+uintptr(i)*8, o.fields[i])
	}
	return p, o
}

func randomWord(rng *rand.Rand, addrs, dead []Addr) uint64 {
	pick := func(s []Addr) Addr { return s[rng.IntN(len(s))] }
	switch k := rng.IntN(10); {
	case k < 3 && len(addrs) > 0:
		return pick(addrs)
	case k == 3 && len(addrs) > 0:
		return pick(addrs) + 8*uint64(1+rng.IntN(4)) // interior
	case k == 4 && len(dead) > 0:
		return pick(dead) // stale
	case k == 5:
		return rng.Uint64() // mostly not references
	default:
		return uint64(rng.IntN(1000)) << 48 // small non-reference
	}
}

// reachable computes the live set of the model: edges are the words of
// ScanAll objects that are exactly the address of a modelled object.
func reachable(model map[Addr]*modelObj, roots []uint64) map[Addr]bool {
	live := map[Addr]bool{}
	stack := []Addr{}
	visit := func(w uint64) {
		if model[w] != nil && !live[w] {
			live[w] = true
			stack = append(stack, w)
		}
	}
	for _, w := range roots {
		visit(w)
	}
	for len(stack) > 0 {
		o := model[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if !o.raw {
			for _, w := range o.fields {
				visit(w)
			}
		}
	}
	return live
}

// checkModel checks the heap against the model after a collection, drops
// dead objects from the model and returns the live and the dead addresses.
func checkModel(t *testing.T, model map[Addr]*modelObj, live map[Addr]bool, dead []Addr) (addrs, _ []Addr) {
	t.Helper()
	for p, o := range model {
		if got := isAllocated(p); got != live[p] {
			t.Fatalf("object %#x: allocated %v, want %v", p, got, live[p])
		}
		if !live[p] {
			delete(model, p)
			dead = append(dead, p)
			continue
		}
		for i, w := range o.fields {
			if got := Load(p, HeaderSize+uintptr(i)*8); got != w {
				t.Fatalf("object %#x word %d: got %#x, want %#x", p, i, got, w)
			}
		}
		addrs = append(addrs, p)
	}
	return addrs, dead
}
