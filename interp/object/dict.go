package object

import (
	"atompy.dev/atompy/gc"
)

// Hash tables: the common core of dict, set and frozenset.
//
// The design is CPython's compact dict: an array of entries in insertion
// order plus a separate open-addressing index whose slots hold entry
// numbers. Iteration walks the entries, so it follows insertion order and
// needs no index access; the index is small (4 bytes a slot) and is the only
// part that is probed.
//
// Table object layout (dictClass, setClass, frozensetClass):
//
//	word 2  count: live entries (small int)
//	word 3  used: entry slots consumed, live or deleted (small int)
//	word 4  index table (class indexClass, raw)
//	word 5  entries array (newArray): stride words per entry
//	word 6  first: no entry below it is live (set.pop starts there)
//	word 7  fill: index slots that are not empty (live or dummy)
//
// A dict entry is (hash, key, value), a set entry (hash, key). The hash is
// stored as a small int truncated to 48 bits, which is also what probing
// uses, so that resizing never re-hashes keys. A deleted entry has key Null
// and its index slot becomes a dummy, so no index slot ever leads to a
// deleted entry and the entry array can shrink from the end (dict.popitem).
//
// The index table is raw memory the collector does not scan: slot i is the
// 32-bit half (i&1) of word i/2, holding 0 (empty), 1 (dummy) or entry+2.
// It is read and written a whole word at a time through the STM barriers.
//
// Keys are compared with identity first, then Equal; exact str keys and
// small ints are decided without calling any protocol, which is what lets
// the boot code fill class and module dicts before the protocols exist.
// A lookup that calls a user __eq__ re-checks that the table did not change
// under it and restarts if it did, as CPython does.
const (
	tabCountOff   = off0
	tabUsedOff    = off1
	tabIndexOff   = off2
	tabEntriesOff = off3
	tabFirstOff   = off4
	tabFillOff    = off5
	tabWords      = 6

	dictStride = 3
	setStride  = 2

	minIndexSlots = 8

	slotEmpty = 0
	slotDummy = 1
)

// indexClass is the raw class of index tables. It is created on first use
// because boot hooks that run before bootDict already make dicts; boot is
// single-threaded, so the lazy assignment needs no lock.
var indexClass uint32

func ensureIndexClass() {
	if indexClass == 0 {
		indexClass = newClassID(DictType, nil, gc.ScanNone)
	}
}

// Index table layout: word 2 the number of slots (raw), then the slots.
const (
	indexSlotsOff = gc.HeaderSize
	indexDataOff  = gc.HeaderSize + gc.WordSize
)

func newIndex(t *Thread, slots int) Value {
	ensureIndexClass()
	a := t.alloc(indexClass, wordsSize(1+slots/2))
	gc.Store(a, indexSlotsOff, uint64(slots))
	return FromAddr(a)
}

// indexLen is immutable: a table that grows gets a new index object.
func indexLen(ix Value) int { return int(gc.Load(ix.Addr(), indexSlotsOff)) }

func indexGet(t *Thread, ix Value, i int) uint32 {
	w := t.TX.Read(ix.Addr(), indexDataOff+uintptr(i/2)*gc.WordSize)
	return uint32(w >> (32 * uint(i&1)))
}

func indexSet(t *Thread, ix Value, i int, s uint32) {
	off := indexDataOff + uintptr(i/2)*gc.WordSize
	shift := 32 * uint(i&1)
	w := t.TX.Read(ix.Addr(), off)
	w = w&^(0xFFFFFFFF<<shift) | uint64(s)<<shift
	t.TX.Write(ix.Addr(), off, w)
}

// usableFor is the number of entries a table with the given index size
// holds before it must grow: two thirds keeps probe chains short.
func usableFor(slots int) int { return slots * 2 / 3 }

// slotsFor returns the index size for a table expected to hold n entries.
func slotsFor(n int) int {
	s := minIndexSlots
	for usableFor(s) < n {
		s *= 2
	}
	return s
}

// newTable allocates an empty table object of class cls with room for n
// entries.
func newTable(t *Thread, cls uint32, stride, n int) Value {
	a := t.alloc(cls, wordsSize(tabWords))
	slots := slotsFor(n)
	store(a, tabCountOff, MakeSmallInt(0))
	store(a, tabUsedOff, MakeSmallInt(0))
	store(a, tabIndexOff, newIndex(t, slots))
	store(a, tabEntriesOff, newArray(t, usableFor(slots)*stride))
	store(a, tabFirstOff, MakeSmallInt(0))
	store(a, tabFillOff, MakeSmallInt(0))
	return FromAddr(a)
}

func tabInt(t *Thread, tab Value, off uintptr) int { return int(t.read(tab.Addr(), off).SmallInt()) }

func tabSetInt(t *Thread, tab Value, off uintptr, n int) {
	t.write(tab.Addr(), off, MakeSmallInt(int64(n)))
}

// tabLen returns the number of live entries.
func tabLen(t *Thread, tab Value) int { return tabInt(t, tab, tabCountOff) }

// truncHash folds a 64-bit hash into the small int stored in entries.
func truncHash(h int64) Value { return MakeSmallInt(h << 16 >> 16) }

// keyHash hashes a key, without the generic protocol for str.
func keyHash(t *Thread, k Value) (int64, error) {
	if IsStr(k) {
		return StrHash(k), nil
	}
	return Hash(t, k)
}

// quickEqual decides key equality for exact strs and small ints without
// calling any protocol; decided is false for other pairs.
func quickEqual(a, b Value) (eq, decided bool) {
	switch {
	case a == b:
		return true, true
	case IsStr(a) && IsStr(b):
		return StrEqual(a, b), true
	case a.IsSmallInt() && b.IsSmallInt():
		return false, true
	}
	return false, false
}

// probe is the open-addressing sequence of CPython's dicts: every slot is
// visited eventually because perturb reaches 0 and i*5+1 is a full cycle.
type probe struct {
	i, mask, perturb uint64
}

func newProbe(hv Value, slots int) probe {
	u := uint64(hv.SmallInt())
	return probe{i: u & uint64(slots-1), mask: uint64(slots - 1), perturb: u}
}

func (p *probe) next() {
	p.perturb >>= 5
	p.i = (p.i*5 + p.perturb + 1) & p.mask
}

// tabLookup returns the entry index of key, or -1.
func tabLookup(t *Thread, tab Value, stride int, key Value, h int64) (int, error) {
	for {
		e, restart, err := tabProbe(t, tab, stride, key, truncHash(h))
		if !restart {
			return e, err
		}
	}
}

// tabProbe does one lookup; restart reports that a user __eq__ changed the
// table, so the result cannot be trusted.
func tabProbe(t *Thread, tab Value, stride int, key, hv Value) (e int, restart bool, err error) {
	a := tab.Addr()
	ix := t.read(a, tabIndexOff)
	ents := t.read(a, tabEntriesOff)
	for p := newProbe(hv, indexLen(ix)); ; p.next() {
		s := indexGet(t, ix, int(p.i))
		if s == slotEmpty {
			return -1, false, nil
		}
		if s == slotDummy {
			continue
		}
		e := int(s) - 2
		k := arrayGet(t, ents, e*stride+1)
		if arrayGet(t, ents, e*stride) != hv {
			continue
		}
		eq, decided := quickEqual(k, key)
		if !decided {
			eq, err = Equal(t, k, key)
			if err != nil {
				return -1, false, err
			}
			if t.read(a, tabEntriesOff) != ents || t.read(a, tabIndexOff) != ix || arrayGet(t, ents, e*stride+1) != k {
				return -1, true, nil
			}
		}
		if eq {
			return e, false, nil
		}
	}
}

// tabLookupStr finds the exact-str key equal to s; it never calls Python.
func tabLookupStr(t *Thread, tab Value, stride int, s string) int {
	hv := truncHash(HashString(s))
	a := tab.Addr()
	ix := t.read(a, tabIndexOff)
	ents := t.read(a, tabEntriesOff)
	for p := newProbe(hv, indexLen(ix)); ; p.next() {
		sl := indexGet(t, ix, int(p.i))
		if sl == slotEmpty {
			return -1
		}
		if sl == slotDummy {
			continue
		}
		e := int(sl) - 2
		if arrayGet(t, ents, e*stride) != hv {
			continue
		}
		if k := arrayGet(t, ents, e*stride+1); IsStr(k) && StrEqualGo(k, s) {
			return e
		}
	}
}

// findSlotOf returns the index slot that refers to entry e.
func findSlotOf(t *Thread, ix Value, hv Value, e int) int {
	for p := newProbe(hv, indexLen(ix)); ; p.next() {
		s := indexGet(t, ix, int(p.i))
		if s == uint32(e+2) {
			return int(p.i)
		}
		if s == slotEmpty {
			panic("BUG: hash table entry missing from its index")
		}
	}
}

// freeSlot returns the first empty or dummy slot on hv's probe sequence.
func freeSlot(t *Thread, ix Value, hv Value) int {
	for p := newProbe(hv, indexLen(ix)); ; p.next() {
		if s := indexGet(t, ix, int(p.i)); s == slotEmpty || s == slotDummy {
			return int(p.i)
		}
	}
}

// userNamespace, in a dict's header user bits, marks a module namespace
// (a module's globals, the builtins): every change to such a dict counts in
// Thread.NSWrites, so that the interpreter can remember what LOAD_GLOBAL
// found for the rest of a transaction attempt and know when to forget.
const userNamespace = 1

// MarkNamespace flags d as a module namespace (see userNamespace). d must
// not be visible to other threads yet.
func MarkNamespace(d Value) { gc.SetUserBits(d.Addr(), gc.UserBits(d.Addr())|userNamespace) }

// IsNamespace reports whether d is flagged as a module namespace.
func IsNamespace(d Value) bool { return gc.UserBits(d.Addr())&userNamespace != 0 }

// noteChange counts a change to tab in t.NSWrites if tab is a namespace.
// Every function below that changes a table's entries calls it.
func noteChange(t *Thread, tab Value) {
	if gc.UserBits(tab.Addr())&userNamespace != 0 {
		t.NSWrites++
	}
}

// tabAppend adds an entry for a key known to be absent.
func tabAppend(t *Thread, tab Value, stride int, hv, key, val Value) {
	noteChange(t, tab)
	used := tabInt(t, tab, tabUsedOff)
	fill := tabInt(t, tab, tabFillOff)
	ix := t.read(tab.Addr(), tabIndexOff)
	if used*stride >= TupleLen(t.read(tab.Addr(), tabEntriesOff)) || fill >= usableFor(indexLen(ix)) {
		tabResize(t, tab, stride, tabLen(t, tab)+1)
		used, fill = tabInt(t, tab, tabUsedOff), tabInt(t, tab, tabFillOff)
		ix = t.read(tab.Addr(), tabIndexOff)
	}
	ents := t.read(tab.Addr(), tabEntriesOff)
	arraySet(t, ents, used*stride, hv)
	arraySet(t, ents, used*stride+1, key)
	if stride == dictStride {
		arraySet(t, ents, used*stride+2, val)
	}
	i := freeSlot(t, ix, hv)
	if indexGet(t, ix, i) == slotEmpty {
		tabSetInt(t, tab, tabFillOff, fill+1)
	}
	indexSet(t, ix, i, uint32(used+2))
	tabSetInt(t, tab, tabUsedOff, used+1)
	tabSetInt(t, tab, tabCountOff, tabLen(t, tab)+1)
}

// tabResize rebuilds the table for at least n live entries, compacting
// the entries and dropping dummies. Live entries keep their order.
func tabResize(t *Thread, tab Value, stride, n int) {
	noteChange(t, tab)
	if live := tabLen(t, tab); n < 2*live {
		n = 2 * live
	}
	slots := slotsFor(n)
	ix := newIndex(t, slots)
	ents := newArray(t, usableFor(slots)*stride)
	old := t.read(tab.Addr(), tabEntriesOff)
	used := tabInt(t, tab, tabUsedOff)
	j := 0
	for e := 0; e < used; e++ {
		k := arrayGet(t, old, e*stride+1)
		if k == Null {
			continue
		}
		hv := arrayGet(t, old, e*stride)
		for w := 0; w < stride; w++ {
			store(ents.Addr(), tupleItemsOff+uintptr(j*stride+w)*gc.WordSize, arrayGet(t, old, e*stride+w))
		}
		i := freeSlot(t, ix, hv)
		indexSet(t, ix, i, uint32(j+2))
		j++
	}
	t.write(tab.Addr(), tabIndexOff, ix)
	t.write(tab.Addr(), tabEntriesOff, ents)
	tabSetInt(t, tab, tabUsedOff, j)
	tabSetInt(t, tab, tabFillOff, j)
	tabSetInt(t, tab, tabFirstOff, 0)
}

// tabDelete removes entry e (live).
func tabDelete(t *Thread, tab Value, stride, e int) {
	noteChange(t, tab)
	a := tab.Addr()
	ix := t.read(a, tabIndexOff)
	ents := t.read(a, tabEntriesOff)
	hv := arrayGet(t, ents, e*stride)
	indexSet(t, ix, findSlotOf(t, ix, hv, e), slotDummy)
	for w := 0; w < stride; w++ {
		arraySet(t, ents, e*stride+w, Null)
	}
	tabSetInt(t, tab, tabCountOff, tabLen(t, tab)-1)
	used := tabInt(t, tab, tabUsedOff)
	if e == used-1 {
		for used > 0 && arrayGet(t, ents, (used-1)*stride+1) == Null {
			used--
		}
		tabSetInt(t, tab, tabUsedOff, used)
		if tabInt(t, tab, tabFirstOff) > used {
			tabSetInt(t, tab, tabFirstOff, used)
		}
	}
}

// tabClear empties a table in place.
func tabClear(t *Thread, tab Value, stride int) {
	noteChange(t, tab)
	a := tab.Addr()
	t.write(a, tabIndexOff, newIndex(t, minIndexSlots))
	t.write(a, tabEntriesOff, newArray(t, usableFor(minIndexSlots)*stride))
	for _, off := range []uintptr{tabCountOff, tabUsedOff, tabFirstOff, tabFillOff} {
		tabSetInt(t, tab, off, 0)
	}
}

// tabNext returns the first live entry at or after pos, or -1.
func tabNext(t *Thread, tab Value, stride, pos int) int {
	if pos < 0 {
		return -1
	}
	ents := t.read(tab.Addr(), tabEntriesOff)
	used := tabInt(t, tab, tabUsedOff)
	for e := pos; e < used; e++ {
		if arrayGet(t, ents, e*stride+1) != Null {
			return e
		}
	}
	return -1
}

// tabPrev returns the last live entry at or before pos, or -1.
func tabPrev(t *Thread, tab Value, stride, pos int) int {
	ents := t.read(tab.Addr(), tabEntriesOff)
	if used := tabInt(t, tab, tabUsedOff); pos >= used {
		pos = used - 1
	}
	for e := pos; e >= 0; e-- {
		if arrayGet(t, ents, e*stride+1) != Null {
			return e
		}
	}
	return -1
}

// tabEntry reads word w (0 hash, 1 key, 2 value) of entry e.
func tabEntry(t *Thread, tab Value, stride, e, w int) Value {
	return arrayGet(t, t.read(tab.Addr(), tabEntriesOff), e*stride+w)
}

// tabCopyInto appends every live entry of src to dst, whose keys must be
// disjoint from src's (dst is usually empty). A dict copied into a set
// contributes its keys.
func tabCopyInto(t *Thread, dst Value, dstStride int, src Value, srcStride int) {
	for e := tabNext(t, src, srcStride, 0); e >= 0; e = tabNext(t, src, srcStride, e+1) {
		val := Null
		if srcStride == dictStride {
			val = tabEntry(t, src, srcStride, e, 2)
		}
		tabAppend(t, dst, dstStride, tabEntry(t, src, srcStride, e, 0), tabEntry(t, src, srcStride, e, 1), val)
	}
}

// Dicts.

// NewDict returns an empty dict.
func NewDict(t *Thread) Value { return newTable(t, dictClass, dictStride, 0) }

// IsDict reports whether v is exactly a dict (not a subclass instance).
func IsDict(v Value) bool { return v.IsRef() && classOf(v) == dictClass }

// DictLen returns the number of items of d.
func DictLen(t *Thread, d Value) int { return tabLen(t, d) }

// DictGetStr looks up the str key s without calling any Python code: it
// only compares against exact str keys.
func DictGetStr(t *Thread, d Value, s string) (Value, bool) {
	e := tabLookupStr(t, d, dictStride, s)
	if e < 0 {
		return Null, false
	}
	return tabEntry(t, d, dictStride, e, 2), true
}

// DictSetStr sets d[s] = v for a Go string key, without calling Python code.
func DictSetStr(t *Thread, d Value, s string, v Value) {
	if e := tabLookupStr(t, d, dictStride, s); e >= 0 {
		dictSetValue(t, d, e, v)
		return
	}
	tabAppend(t, d, dictStride, truncHash(HashString(s)), NewStr(t, s), v)
}

func dictSetValue(t *Thread, d Value, e int, v Value) {
	noteChange(t, d)
	arraySet(t, t.read(d.Addr(), tabEntriesOff), e*dictStride+2, v)
}

// DictGet returns d[k]; found is false when k is absent.
func DictGet(t *Thread, d, k Value) (v Value, found bool, err error) {
	h, err := keyHash(t, k)
	if err != nil {
		return Null, false, err
	}
	e, err := tabLookup(t, d, dictStride, k, h)
	if err != nil || e < 0 {
		return Null, false, err
	}
	return tabEntry(t, d, dictStride, e, 2), true, nil
}

// DictSet sets d[k] = v.
func DictSet(t *Thread, d, k, v Value) error {
	h, err := keyHash(t, k)
	if err != nil {
		return err
	}
	return dictSetHashed(t, d, truncHash(h), k, v)
}

// dictSetHashed sets d[k] = v for a key whose stored hash is hv.
func dictSetHashed(t *Thread, d, hv, k, v Value) error {
	for {
		e, restart, err := tabProbe(t, d, dictStride, k, hv)
		if err != nil {
			return err
		}
		if restart {
			continue
		}
		if e >= 0 {
			dictSetValue(t, d, e, v)
		} else {
			tabAppend(t, d, dictStride, hv, k, v)
		}
		return nil
	}
}

// DictDel removes k from d; found is false when it was absent.
func DictDel(t *Thread, d, k Value) (found bool, err error) {
	h, err := keyHash(t, k)
	if err != nil {
		return false, err
	}
	e, err := tabLookup(t, d, dictStride, k, h)
	if err != nil || e < 0 {
		return false, err
	}
	tabDelete(t, d, dictStride, e)
	return true, nil
}

// DictNext iterates over d in insertion order: start with pos 0 and pass
// the returned next until it is -1.
func DictNext(t *Thread, d Value, pos int) (next int, k, v Value) {
	e := tabNext(t, d, dictStride, pos)
	if e < 0 {
		return -1, Null, Null
	}
	return e + 1, tabEntry(t, d, dictStride, e, 1), tabEntry(t, d, dictStride, e, 2)
}

// DictKeys returns the keys of d in order.
func DictKeys(t *Thread, d Value) []Value {
	out := make([]Value, 0, DictLen(t, d))
	for pos, k, _ := DictNext(t, d, 0); pos >= 0; pos, k, _ = DictNext(t, d, pos) {
		out = append(out, k)
	}
	return out
}

// dictValues returns the values of d in order.
func dictValues(t *Thread, d Value) []Value {
	out := make([]Value, 0, DictLen(t, d))
	for pos, _, v := DictNext(t, d, 0); pos >= 0; pos, _, v = DictNext(t, d, pos) {
		out = append(out, v)
	}
	return out
}

// DictCopy returns a shallow copy of d.
func DictCopy(t *Thread, d Value) Value {
	c := newTable(t, dictClass, dictStride, DictLen(t, d))
	tabCopyInto(t, c, dictStride, d, dictStride)
	return c
}

// DictClear removes every item of d.
func DictClear(t *Thread, d Value) { tabClear(t, d, dictStride) }

// dictMerge copies the items of src into d, overwriting equal keys.
func dictMerge(t *Thread, d, src Value) error {
	for e := tabNext(t, src, dictStride, 0); e >= 0; e = tabNext(t, src, dictStride, e+1) {
		hv, k, v := tabEntry(t, src, dictStride, e, 0), tabEntry(t, src, dictStride, e, 1), tabEntry(t, src, dictStride, e, 2)
		if err := dictSetHashed(t, d, hv, k, v); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdate implements dict.update's positional argument: a dict, a
// mapping with keys(), or an iterable of key/value pairs.
func dictUpdate(t *Thread, d, other Value) error {
	if IsDict(other) {
		return dictMerge(t, d, other)
	}
	if TypeOf(other).Lookup(t, "keys") != Null {
		return dictUpdateMapping(t, d, other)
	}
	return dictUpdatePairs(t, d, other)
}

func dictUpdateMapping(t *Thread, d, m Value) error {
	keys, _, err := CallMethod(t, m, "keys")
	if err != nil {
		return err
	}
	ks, err := Collect(t, keys)
	if err != nil {
		return err
	}
	for _, k := range ks {
		v, err := GetItem(t, m, k)
		if err != nil {
			return err
		}
		if err := DictSet(t, d, k, v); err != nil {
			return err
		}
	}
	return nil
}

func dictUpdatePairs(t *Thread, d, seq Value) error {
	it, err := Iter(t, seq)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, err := Next(t, it)
		if err != nil || item == Null {
			return err
		}
		k, v, err := dictPair(t, item, i)
		if err != nil {
			return err
		}
		if err := DictSet(t, d, k, v); err != nil {
			return err
		}
	}
}

// dictPair unpacks element i of a dict update sequence.
func dictPair(t *Thread, item Value, i int) (k, v Value, err error) {
	var kv []Value
	if IsTuple(item) {
		kv = TupleItems(item)
	} else {
		it, err := Iter(t, item)
		if err != nil {
			if Matches(err, TypeErrorType) {
				return Null, Null, TypeError("cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return Null, Null, err
		}
		if kv, err = Collect(t, it); err != nil {
			return Null, Null, err
		}
	}
	if len(kv) != 2 {
		return Null, Null, ValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
	}
	return kv[0], kv[1], nil
}

// dictUpdateArgs applies the arguments of dict(...) and dict.update(...).
func dictUpdateArgs(t *Thread, d Value, fname string, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return TypeError("%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := dictUpdate(t, d, args[0]); err != nil {
			return err
		}
	}
	for i, name := range kwnames {
		DictSetStr(t, d, name, args[npos+i])
	}
	return nil
}

// dictArg returns the dict behind v (a dict or an instance of a subclass).
func dictArg(t *Thread, v Value) (Value, bool) {
	p := Payload(t, v)
	return p, IsDict(p)
}

func dictRepr(t *Thread, d Value) (string, error) {
	if DictLen(t, d) == 0 {
		return "{}", nil
	}
	if !ReprEnter(t, d) {
		return "{...}", nil
	}
	defer ReprLeave(t, d)
	b := []byte{'{'}
	for pos, k, v := DictNext(t, d, 0); pos >= 0; pos, k, v = DictNext(t, d, pos) {
		if len(b) > 1 {
			b = append(b, ", "...)
		}
		ks, err := Repr(t, k)
		if err != nil {
			return "", err
		}
		vs, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		b = append(append(append(b, ks...), ": "...), vs...)
	}
	return string(append(b, '}')), nil
}

func dictGetItem(t *Thread, d, k Value) (Value, error) {
	v, found, err := DictGet(t, d, k)
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, KeyError(k)
	}
	return v, nil
}

func dictSetItem(t *Thread, d, k, v Value) error {
	if v != Null {
		return DictSet(t, d, k, v)
	}
	found, err := DictDel(t, d, k)
	if err == nil && !found {
		err = KeyError(k)
	}
	return err
}

func dictContains(t *Thread, d, k Value) (bool, error) {
	_, found, err := DictGet(t, d, k)
	return found, err
}

// dictEqual compares two dicts item by item.
func dictEqual(t *Thread, a, b Value) (bool, error) {
	if DictLen(t, a) != DictLen(t, b) {
		return false, nil
	}
	for pos, k, v := DictNext(t, a, 0); pos >= 0; pos, k, v = DictNext(t, a, pos) {
		w, found, err := DictGet(t, b, k)
		if err != nil || !found {
			return false, err
		}
		if v == w {
			continue
		}
		if eq, err := Equal(t, v, w); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	pb, ok := dictArg(t, b)
	if !ok || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, a, pb)
	if err != nil {
		return Null, err
	}
	return Bool(eq == (op == EQ)), nil
}

func dictBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpOr:
		pa, okA := dictArg(t, a)
		pb, okB := dictArg(t, b)
		if !okA || !okB {
			return NotImplemented, nil
		}
		d := DictCopy(t, pa)
		return d, dictMerge(t, d, pb)
	case OpOr + InplaceOffset:
		if !IsDict(a) {
			return NotImplemented, nil
		}
		return a, dictUpdate(t, a, b)
	}
	return NotImplemented, nil
}

// Dict iterators and views share one layout: word 2 the dict, word 3 the
// position (-1 when exhausted), word 4 the length the dict must keep, word
// 5 the kind.
const (
	dictItDictOff = off0
	dictItPosOff  = off1
	dictItLenOff  = off2
	dictItKindOff = off3
)

// Kinds of dict iterators and views.
const (
	viewKeys = iota
	viewValues
	viewItems
)

var (
	dictIterTypes    [3]*Type // dict_keyiterator, dict_valueiterator, dict_itemiterator
	dictRevIterTypes [3]*Type
	dictViewTypes    [3]*Type // dict_keys, dict_values, dict_items
)

var viewNames = [3]string{"keys", "values", "items"}

func newDictIter(t *Thread, d Value, kind int, reverse bool) Value {
	typ, pos := dictIterTypes[kind], 0
	if reverse {
		typ, pos = dictRevIterTypes[kind], tabInt(t, d, tabUsedOff)-1
	}
	a := t.alloc(typ.Class, wordsSize(4))
	store(a, dictItDictOff, d)
	store(a, dictItPosOff, MakeSmallInt(int64(pos)))
	store(a, dictItLenOff, MakeSmallInt(int64(DictLen(t, d))))
	store(a, dictItKindOff, MakeSmallInt(int64(kind)))
	return FromAddr(a)
}

// tabIterStep advances a dict or set iterator and returns the entry it
// reached, or -1 when exhausted. msg names the container in the error
// raised when its size changed.
func tabIterStep(t *Thread, it Value, stride int, reverse bool, msg string) (tab Value, e int, err error) {
	a := it.Addr()
	tab = load(a, dictItDictOff)
	pos := int(t.read(a, dictItPosOff).SmallInt())
	if pos < 0 {
		return tab, -1, nil
	}
	if int64(tabLen(t, tab)) != t.read(a, dictItLenOff).SmallInt() {
		t.write(a, dictItLenOff, MakeSmallInt(-1))
		return tab, -1, NewError(RuntimeErrorType, "%s changed size during iteration", msg)
	}
	next := -1
	if reverse {
		if e = tabPrev(t, tab, stride, pos); e > 0 {
			next = e - 1
		}
	} else if e = tabNext(t, tab, stride, pos); e >= 0 {
		next = e + 1
	}
	t.write(a, dictItPosOff, MakeSmallInt(int64(next)))
	return tab, e, nil
}

func dictIterNext(t *Thread, it Value, reverse bool) (Value, error) {
	d, e, err := tabIterStep(t, it, dictStride, reverse, "dictionary")
	if err != nil || e < 0 {
		return Null, err
	}
	switch load(it.Addr(), dictItKindOff).SmallInt() {
	case viewKeys:
		return tabEntry(t, d, dictStride, e, 1), nil
	case viewValues:
		return tabEntry(t, d, dictStride, e, 2), nil
	}
	return NewTuple(t, []Value{tabEntry(t, d, dictStride, e, 1), tabEntry(t, d, dictStride, e, 2)}), nil
}

func newDictView(t *Thread, d Value, kind int) Value {
	a := t.alloc(dictViewTypes[kind].Class, wordsSize(4))
	store(a, dictItDictOff, d)
	store(a, dictItKindOff, MakeSmallInt(int64(kind)))
	return FromAddr(a)
}

// IsDictView reports whether v is a dict_keys, dict_values or dict_items.
func IsDictView(v Value) bool {
	if !v.IsRef() {
		return false
	}
	typ := TypeOf(v)
	return typ == dictViewTypes[0] || typ == dictViewTypes[1] || typ == dictViewTypes[2]
}

func viewDict(v Value) Value { return load(v.Addr(), dictItDictOff) }
func viewKind(v Value) int   { return int(load(v.Addr(), dictItKindOff).SmallInt()) }

// isSetLikeView reports whether v is a keys or items view, which behave
// like sets.
func isSetLikeView(v Value) bool { return IsDictView(v) && viewKind(v) != viewValues }

func viewRepr(t *Thread, v Value) (string, error) {
	if !ReprEnter(t, v) {
		return "...", nil
	}
	defer ReprLeave(t, v)
	items, err := Collect(t, v)
	if err != nil {
		return "", err
	}
	s, err := reprItems(t, items)
	if err != nil {
		return "", err
	}
	return TypeOf(v).Name + "([" + s + "])", nil
}

// reprItems joins the reprs of items with ", ".
func reprItems(t *Thread, items []Value) (string, error) {
	var b []byte
	for i, x := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		s, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		b = append(b, s...)
	}
	return string(b), nil
}

func viewContains(t *Thread, v, x Value) (bool, error) {
	d := viewDict(v)
	switch viewKind(v) {
	case viewKeys:
		return dictContains(t, d, x)
	case viewValues:
		return seqContains(t, dictValues(t, d), x)
	}
	if !IsTuple(x) || TupleLen(x) != 2 {
		return false, nil
	}
	w, found, err := DictGet(t, d, TupleItem(x, 0))
	if err != nil || !found {
		return false, err
	}
	if w == TupleItem(x, 1) {
		return true, nil
	}
	return Equal(t, w, TupleItem(x, 1))
}

// seqContains reports whether x is among items, comparing by identity and
// then ==.
func seqContains(t *Thread, items []Value, x Value) (bool, error) {
	for _, y := range items {
		if y == x {
			return true, nil
		}
		if eq, err := Equal(t, y, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func bootDict(t *Thread) {
	ensureIndexClass()
	DictType.Flags |= FlagUnhashable
	DictType.Slots = Slots{
		New: func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
			d := NewDict(t)
			if cls != DictType {
				return d, nil // the subclass's __init__ gets the arguments
			}
			return d, dictUpdateArgs(t, d, "dict", args, kwnames)
		},
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error {
			return dictUpdateArgs(t, self, "dict", args, kwnames)
		},
		Repr:     dictRepr,
		Len:      func(t *Thread, v Value) (int, error) { return DictLen(t, v), nil },
		Bool:     func(t *Thread, v Value) (bool, error) { return DictLen(t, v) > 0, nil },
		Iter:     func(t *Thread, v Value) (Value, error) { return newDictIter(t, v, viewKeys, false), nil },
		GetItem:  dictGetItem,
		SetItem:  dictSetItem,
		Contains: dictContains,
		Compare:  dictCompare,
		Binary:   dictBinary,
	}
	bootDictIters(t)
	bootDictViews(t)
	for name, fn := range dictMethods {
		DefMethod(t, DictType, name, fn)
	}
	DefClassMethod(t, DictType, "fromkeys", dictFromKeys)
}

func bootDictIters(t *Thread) {
	names := [3]string{"key", "value", "item"}
	for kind := range dictIterTypes {
		dictIterTypes[kind] = newIterType(t, "dict_"+names[kind]+"iterator", func(t *Thread, it Value) (Value, error) {
			return dictIterNext(t, it, false)
		})
		dictRevIterTypes[kind] = newIterType(t, "dict_reverse"+names[kind]+"iterator", func(t *Thread, it Value) (Value, error) {
			return dictIterNext(t, it, true)
		})
	}
}

func bootDictViews(t *Thread) {
	for kind := range dictViewTypes {
		typ := builtinType(t, "dict_"+viewNames[kind], 0, ObjectType)
		typ.Class = newClassID(typ, nil, gc.ScanAll)
		typ.Slots = Slots{
			Repr: viewRepr,
			Len:  func(t *Thread, v Value) (int, error) { return DictLen(t, viewDict(v)), nil },
			Bool: func(t *Thread, v Value) (bool, error) { return DictLen(t, viewDict(v)) > 0, nil },
			Iter: func(t *Thread, v Value) (Value, error) {
				return newDictIter(t, viewDict(v), viewKind(v), false), nil
			},
			Contains: viewContains,
		}
		if kind != viewValues {
			typ.Flags |= FlagUnhashable
			typ.Slots.Compare = setLikeCompare
			typ.Slots.Binary = viewBinary
			DefMethod(t, typ, "isdisjoint", setIsDisjoint)
		}
		DefMethod(t, typ, "__reversed__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount("__reversed__", args, 0, 0); err != nil {
				return Null, err
			}
			return newDictIter(t, viewDict(self), viewKind(self), true), nil
		})
		dictViewTypes[kind] = typ
	}
}

func init() { OnBoot(10, bootDict) }

var dictMethods = map[string]BuiltinFn{
	"get":          dictGetMethod,
	"setdefault":   dictSetDefault,
	"pop":          dictPop,
	"popitem":      dictPopItem,
	"update":       dictUpdateMethod,
	"keys":         dictViewMethod(viewKeys),
	"values":       dictViewMethod(viewValues),
	"items":        dictViewMethod(viewItems),
	"copy":         dictCopyMethod,
	"clear":        dictClearMethod,
	"__reversed__": dictReversed,
}

func dictGetMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("dict.get", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("get", args, 1, 2); err != nil {
		return Null, err
	}
	v, found, err := DictGet(t, self, args[0])
	if err != nil || found {
		return v, err
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return None, nil
}

func dictSetDefault(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("dict.setdefault", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("setdefault", args, 1, 2); err != nil {
		return Null, err
	}
	v, found, err := DictGet(t, self, args[0])
	if err != nil || found {
		return v, err
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return def, DictSet(t, self, args[0], def)
}

func dictPop(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("dict.pop", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("pop", args, 1, 2); err != nil {
		return Null, err
	}
	h, err := keyHash(t, args[0])
	if err != nil {
		return Null, err
	}
	e, err := tabLookup(t, self, dictStride, args[0], h)
	if err != nil {
		return Null, err
	}
	if e < 0 {
		if len(args) == 2 {
			return args[1], nil
		}
		return Null, KeyError(args[0])
	}
	v := tabEntry(t, self, dictStride, e, 2)
	tabDelete(t, self, dictStride, e)
	return v, nil
}

func dictPopItem(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("dict.popitem", args, 0, 0); err != nil {
		return Null, err
	}
	e := tabPrev(t, self, dictStride, tabInt(t, self, tabUsedOff)-1)
	if e < 0 {
		return Null, NewErrorArgs(KeyErrorType, NewStr(t, "popitem(): dictionary is empty"))
	}
	kv := NewTuple(t, []Value{tabEntry(t, self, dictStride, e, 1), tabEntry(t, self, dictStride, e, 2)})
	tabDelete(t, self, dictStride, e)
	return kv, nil
}

func dictUpdateMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	return None, dictUpdateArgs(t, self, "update", args, kwnames)
}

func dictViewMethod(kind int) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("dict."+viewNames[kind], args, 0, 0); err != nil {
			return Null, err
		}
		return newDictView(t, self, kind), nil
	}
}

func dictCopyMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("dict.copy", args, 0, 0); err != nil {
		return Null, err
	}
	return DictCopy(t, self), nil
}

func dictClearMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("dict.clear", args, 0, 0); err != nil {
		return Null, err
	}
	DictClear(t, self)
	return None, nil
}

func dictReversed(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("dict.__reversed__", args, 0, 0); err != nil {
		return Null, err
	}
	return newDictIter(t, self, viewKeys, true), nil
}

// dictFromKeys is the class method dict.fromkeys(iterable, value=None).
func dictFromKeys(t *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("dict.fromkeys", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("fromkeys", args, 1, 2); err != nil {
		return Null, err
	}
	val := None
	if len(args) == 2 {
		val = args[1]
	}
	keys, err := Collect(t, args[0])
	if err != nil {
		return Null, err
	}
	if AsType(cls) == DictType {
		d := NewDict(t)
		for _, k := range keys {
			if err := DictSet(t, d, k, val); err != nil {
				return Null, err
			}
		}
		return d, nil
	}
	obj, err := Call(t, cls, nil, nil)
	if err != nil {
		return Null, err
	}
	for _, k := range keys {
		if err := SetItem(t, obj, k, val); err != nil {
			return Null, err
		}
	}
	return obj, nil
}
