package object

// DictStrCache remembers where a str key was found in a dict, so that the
// interpreter's LOAD_GLOBAL sites can skip hashing and probing. It is valid
// while the dict's entries array is the same object: entries are only ever
// appended (a resize makes a new array) and a deleted entry's key becomes
// Null, so "same array, same key at entry e" proves the entry is current,
// and "same array, same used count" proves an absent key is still absent.
// The interpreter reports Ents and Key to the collector, so their addresses
// cannot be reused while a cache holds them.
type DictStrCache struct {
	Ents Value
	Key  Value
	used int
	e    int
}

// DictGetStrCached is DictGetStr through a cache.
func DictGetStrCached(t *Thread, d Value, s string, c *DictStrCache) (Value, bool) {
	a := d.Addr()
	ents := t.read(a, tabEntriesOff)
	if c.Ents == ents && ents != Null {
		if c.e >= 0 {
			if arrayGet(t, ents, c.e*dictStride+1) == c.Key {
				return arrayGet(t, ents, c.e*dictStride+2), true
			}
		} else if tabInt(t, d, tabUsedOff) == c.used {
			return Null, false
		}
	}
	e := tabLookupStr(t, d, dictStride, s)
	c.Ents, c.e, c.used, c.Key = ents, e, tabInt(t, d, tabUsedOff), Null
	if e < 0 {
		return Null, false
	}
	c.Key = arrayGet(t, ents, e*dictStride+1)
	return arrayGet(t, ents, e*dictStride+2), true
}
