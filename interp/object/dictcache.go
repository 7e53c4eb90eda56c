package object

import "sync/atomic"

// DictStrCache remembers where a str key was found in a dict, so that the
// interpreter's LOAD_GLOBAL sites can skip hashing and probing. It is valid
// while the dict's entries array is the same object: entries are only ever
// appended (a resize makes a new array) and a deleted entry's key becomes
// Null, so "same array, same key at entry e" proves the entry is current.
// For an absent key, "same array, same used count, same key object in the
// last used entry" proves it is still absent: the count alone could come
// back to its old value after an aborted transaction's insertions were
// rolled back and others made, the last key guards that.
//
// Guest threads share a cache (it lives in per-code data), so its state is
// one immutable dictStrEntry behind an atomic pointer: a reader never sees
// the array of one fill with the entry index of another. Every check reads
// the dict through the STM barriers, so the transaction that uses the
// cache has read the words the cached answer depends on, and a concurrent
// writer of the dict conflicts with it as it would without the cache.
//
// The cached Ents and Key are reported to the collector (Scan), so their
// addresses cannot be reused while the cache holds them.
type DictStrCache struct {
	p atomic.Pointer[dictStrEntry]
}

type dictStrEntry struct {
	ents Value
	key  Value // the key at e, or for an absent key the key of the last used entry
	used int
	e    int
}

// Scan reports the cached references to the collector.
func (c *DictStrCache) Scan(mark func(w uint64)) {
	if e := c.p.Load(); e != nil {
		mark(uint64(e.ents))
		mark(uint64(e.key))
	}
}

// Reset empties the cache.
func (c *DictStrCache) Reset() { c.p.Store(nil) }

// DictGetStrCached is DictGetStr through a cache.
func DictGetStrCached(t *Thread, d Value, s string, c *DictStrCache) (Value, bool) {
	a := d.Addr()
	ents := t.read(a, tabEntriesOff)
	if ce := c.p.Load(); ce != nil && ce.ents == ents && ents != Null {
		if ce.e >= 0 {
			if arrayGet(t, ents, ce.e*dictStride+1) == ce.key {
				return arrayGet(t, ents, ce.e*dictStride+2), true
			}
		} else if used := tabInt(t, d, tabUsedOff); used == ce.used && lastKey(t, ents, used) == ce.key {
			return Null, false
		}
	}
	e := tabLookupStr(t, d, dictStride, s)
	used := tabInt(t, d, tabUsedOff)
	ne := &dictStrEntry{ents: ents, e: e, used: used}
	if e < 0 {
		ne.key = lastKey(t, ents, used)
		c.p.Store(ne)
		return Null, false
	}
	ne.key = arrayGet(t, ents, e*dictStride+1)
	c.p.Store(ne)
	return arrayGet(t, ents, e*dictStride+2), true
}

// lastKey returns the key of the last used entry (Null if none or deleted).
func lastKey(t *Thread, ents Value, used int) Value {
	if used == 0 || ents == Null {
		return Null
	}
	return arrayGet(t, ents, (used-1)*dictStride+1)
}
