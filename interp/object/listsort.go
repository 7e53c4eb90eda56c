package object

import "bytes"

// Sorting: a stable top-down merge sort with insertion sort for short runs.
//
// Python's sort must be stable and must survive a comparison that raises:
// the first error stops all further comparisons (less then reports false,
// so the sort finishes quickly with some permutation) and is returned. As
// in CPython, the right-hand item is the left operand of every comparison
// (is later < earlier?), which decides which TypeError message mixed types
// produce. Lists of only small ints, only exact strs or only floats are
// compared in Go without going through the protocol.

// sortItem pairs a sort key with the item it belongs to.
type sortItem struct{ key, val Value }

type sorter struct {
	t    *Thread
	err  error
	less func(a, b Value) bool
}

// insertionRun is the length below which merge sort switches to insertion
// sort.
const insertionRun = 12

// sortItems sorts s stably by key; reverse keeps stability the way
// CPython does, by reversing before and after an ascending sort.
func sortItems(t *Thread, s []sortItem, reverse bool) error {
	if reverse {
		reverseItems(s)
	}
	so := &sorter{t: t, less: pickLess(s)}
	if so.less == nil {
		so.less = so.genericLess
	}
	buf := make([]sortItem, len(s))
	so.mergeSort(s, buf)
	if reverse {
		reverseItems(s)
	}
	return so.err
}

func reverseItems(s []sortItem) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func (so *sorter) genericLess(a, b Value) bool {
	if so.err != nil {
		return false
	}
	lt, err := Less(so.t, a, b)
	if err != nil {
		so.err = err
	}
	return lt
}

// pickLess returns a protocol-free comparison when every key has the same
// simple type, or nil.
func pickLess(s []sortItem) func(a, b Value) bool {
	allInt, allStr, allFloat := true, true, true
	for _, x := range s {
		allInt = allInt && x.key.IsSmallInt()
		allStr = allStr && IsStr(x.key)
		allFloat = allFloat && x.key.IsFloat()
	}
	switch {
	case allInt:
		return func(a, b Value) bool { return a.SmallInt() < b.SmallInt() }
	case allStr:
		// UTF-8 byte order is code point order.
		return func(a, b Value) bool { return bytes.Compare(StrView(a), StrView(b)) < 0 }
	case allFloat:
		return func(a, b Value) bool { return a.Float() < b.Float() }
	}
	return nil
}

func (so *sorter) mergeSort(s, buf []sortItem) {
	if len(s) <= insertionRun {
		so.insertionSort(s)
		return
	}
	mid := len(s) / 2
	so.mergeSort(s[:mid], buf[:mid])
	so.mergeSort(s[mid:], buf[mid:])
	if !so.less(s[mid].key, s[mid-1].key) {
		return // already in order
	}
	so.merge(s, mid, buf)
}

// merge merges the sorted halves s[:mid] and s[mid:], taking from the right
// only when its head is strictly less, which keeps equal keys in order.
func (so *sorter) merge(s []sortItem, mid int, buf []sortItem) {
	copy(buf, s)
	i, j, k := 0, mid, 0
	for i < mid && j < len(s) {
		if so.less(buf[j].key, buf[i].key) {
			s[k] = buf[j]
			j++
		} else {
			s[k] = buf[i]
			i++
		}
		k++
	}
	k += copy(s[k:], buf[i:mid])
	copy(s[k:], buf[j:])
}

func (so *sorter) insertionSort(s []sortItem) {
	for i := 1; i < len(s); i++ {
		x := s[i]
		j := i
		for j > 0 && so.less(x.key, s[j-1].key) {
			s[j] = s[j-1]
			j--
		}
		s[j] = x
	}
}

// listSort sorts list l in place. While it sorts, the list is empty, so a
// key function or __lt__ that mutates it is detected afterwards, as in
// CPython ("list modified during sort").
func listSort(t *Thread, l, key Value, reverse bool) error {
	items := ListItems(t, l)
	s := make([]sortItem, len(items))
	for i, x := range items {
		s[i] = sortItem{x, x}
	}
	empty := newArray(t, 0)
	t.write(l.Addr(), listArrOff, empty)
	listSetLen(t, l, 0)
	err := sortKeyed(t, s, key, reverse)
	modified := ListLen(t, l) != 0 || listStore(t, l) != empty
	out := items // on error the list keeps its original order
	if err == nil {
		out = make([]Value, len(s))
		for i, x := range s {
			out[i] = x.val
		}
	}
	listReplace(t, l, out)
	if err == nil && modified {
		err = ValueError("list modified during sort")
	}
	return err
}

// sortKeyed computes the keys (when key is not None) and sorts.
func sortKeyed(t *Thread, s []sortItem, key Value, reverse bool) error {
	if key != None && key != Null {
		for i := range s {
			k, err := Call(t, key, []Value{s[i].val}, nil)
			if err != nil {
				return err
			}
			s[i].key = k
		}
	}
	return sortItems(t, s, reverse)
}

// SortValues sorts items in place stably, with an optional key function
// (None or Null for none); sorted() uses it.
func SortValues(t *Thread, items []Value, key Value, reverse bool) error {
	s := make([]sortItem, len(items))
	for i, x := range items {
		s[i] = sortItem{x, x}
	}
	if err := sortKeyed(t, s, key, reverse); err != nil {
		return err
	}
	for i, x := range s {
		items[i] = x.val
	}
	return nil
}

func listSortMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > len(kwnames) {
		return Null, TypeError("sort() takes no positional arguments")
	}
	key, rev := None, False
	if err := UnpackArgs("sort", args, kwnames, []string{"*", "key?", "reverse?"}, &key, &rev); err != nil {
		return Null, err
	}
	r, err := AsIndex(t, rev)
	if err != nil {
		return Null, err
	}
	return None, listSort(t, self, key, r != 0)
}
