package object

import (
	"atompy.dev/atompy/gc"
)

// List layout (class listClass):
//
//	word 2  length (small int)
//	word 3  storage: an array (tuple layout, class arrayClass) whose length
//	        is the capacity; slots past the list's length hold Null
//
// Both words and the storage slots are mutable and go through the STM
// barriers. Growing allocates a bigger array and replaces the reference, so
// a transaction that only reads the list never sees a half-copied store.
const (
	listLenOff = off0
	listArrOff = off1
)

// NewList returns a new list holding items.
func NewList(t *Thread, items []Value) Value {
	arr := newArray(t, len(items))
	for i, x := range items {
		store(arr.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize, x)
	}
	a := t.alloc(listClass, wordsSize(2))
	store(a, listLenOff, MakeSmallInt(int64(len(items))))
	store(a, listArrOff, arr)
	return FromAddr(a)
}

// IsList reports whether v is exactly a list (not a subclass instance).
func IsList(v Value) bool { return v.IsRef() && classOf(v) == listClass }

// ListLen returns the length of list l.
func ListLen(t *Thread, l Value) int { return int(t.read(l.Addr(), listLenOff).SmallInt()) }

func listStore(t *Thread, l Value) Value { return t.read(l.Addr(), listArrOff) }

// ListGet returns item i of l; i must be in range.
func ListGet(t *Thread, l Value, i int) Value { return arrayGet(t, listStore(t, l), i) }

// ListSet replaces item i of l; i must be in range.
func ListSet(t *Thread, l Value, i int, v Value) { arraySet(t, listStore(t, l), i, v) }

// ListAppend appends v to l.
func ListAppend(t *Thread, l Value, v Value) {
	n := ListLen(t, l)
	listReserve(t, l, n+1)
	arraySet(t, listStore(t, l), n, v)
	listSetLen(t, l, n+1)
}

// ListItems copies the items of l into a Go slice.
func ListItems(t *Thread, l Value) []Value {
	n := ListLen(t, l)
	arr := listStore(t, l)
	out := make([]Value, n)
	for i := range out {
		out[i] = arrayGet(t, arr, i)
	}
	return out
}

func listSetLen(t *Thread, l Value, n int) { t.write(l.Addr(), listLenOff, MakeSmallInt(int64(n))) }

// listReserve makes the storage of l hold at least n items, growing by
// about 1.5x like CPython so that appends are amortised O(1).
func listReserve(t *Thread, l Value, n int) {
	arr := listStore(t, l)
	c := TupleLen(arr)
	if n <= c {
		return
	}
	if g := c + c/2 + 4; g > n {
		n = g
	}
	nu := newArray(t, n)
	for i, used := 0, ListLen(t, l); i < used; i++ {
		store(nu.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize, arrayGet(t, arr, i))
	}
	t.write(l.Addr(), listArrOff, nu)
}

// listReplace makes items the whole content of l.
func listReplace(t *Thread, l Value, items []Value) {
	old := ListLen(t, l)
	listReserve(t, l, len(items))
	arr := listStore(t, l)
	for i, x := range items {
		arraySet(t, arr, i, x)
	}
	for i := len(items); i < old; i++ {
		arraySet(t, arr, i, Null) // let the collector free them
	}
	listSetLen(t, l, len(items))
}

// listExtend appends items to l.
func listExtend(t *Thread, l Value, items []Value) {
	n := ListLen(t, l)
	listReserve(t, l, n+len(items))
	arr := listStore(t, l)
	for i, x := range items {
		arraySet(t, arr, n+i, x)
	}
	listSetLen(t, l, n+len(items))
}

// listInsert inserts v before index i (0 <= i <= len).
func listInsert(t *Thread, l Value, i int, v Value) {
	n := ListLen(t, l)
	listReserve(t, l, n+1)
	arr := listStore(t, l)
	for j := n; j > i; j-- {
		arraySet(t, arr, j, arrayGet(t, arr, j-1))
	}
	arraySet(t, arr, i, v)
	listSetLen(t, l, n+1)
}

// listRemoveAt deletes item i (in range) and returns it.
func listRemoveAt(t *Thread, l Value, i int) Value {
	n := ListLen(t, l)
	arr := listStore(t, l)
	v := arrayGet(t, arr, i)
	for j := i; j < n-1; j++ {
		arraySet(t, arr, j, arrayGet(t, arr, j+1))
	}
	arraySet(t, arr, n-1, Null)
	listSetLen(t, l, n-1)
	return v
}

// listArg returns the list behind v (a list or an instance of a subclass).
func listArg(t *Thread, v Value) (Value, bool) {
	p := Payload(t, v)
	return p, IsList(p)
}

// hasIndex reports whether v can be used as a sequence index (an int, a
// bool, or an object with __index__), without calling anything.
func hasIndex(t *Thread, v Value) bool {
	if v.IsSmallInt() || v.IsBool() {
		return true
	}
	typ := TypeOf(v)
	if typ.IsSubtype(IntType) {
		return true
	}
	if isUser(typ) {
		return typ.Lookup(t, "__index__") != Null
	}
	return typ.Slots.Index != nil
}

// seqIndex converts a subscript to an item index of a sequence of length
// n, counting negative indices from the end. ok is false when the index is
// out of range. kind names the sequence in the TypeError ("list").
func seqIndex(t *Thread, key Value, n int, kind string) (i int, ok bool, err error) {
	if key.IsSmallInt() {
		i = int(key.SmallInt())
	} else if !hasIndex(t, key) {
		return 0, false, TypeError("%s indices must be integers or slices, not %s", kind, TypeName(key))
	} else if i, err = AsIndex(t, key); err != nil {
		return 0, false, err
	}
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n, nil
}

// sliceItems returns items[start:stop:step] as SliceIndices computed it.
func sliceItems(items []Value, start, step, n int) []Value {
	out := make([]Value, n)
	for k := range out {
		out[k] = items[start+k*step]
	}
	return out
}

// repeatCount converts the int operand of seq * n; ok is false when n is
// not an integer (the operator then returns NotImplemented).
func repeatCount(t *Thread, n Value) (count int, ok bool, err error) {
	if !hasIndex(t, n) {
		return 0, false, nil
	}
	c, err := AsIndex(t, n)
	if err != nil {
		if Matches(err, IndexErrorType) {
			err = OverflowError("cannot fit 'int' into an index-sized integer")
		}
		return 0, true, err
	}
	return max(c, 0), true, nil
}

// repeatItems returns items repeated count times.
// MaxItems bounds the length of a list, tuple or dict, and MaxBytes the
// size of a str or bytes: larger requests raise MemoryError before any
// memory is touched (one arena object stays under 4 GiB).
const (
	MaxItems = 1 << 29
	MaxBytes = 1 << 32
)

func repeatItems(items []Value, count int) ([]Value, error) {
	if count > 0 && len(items) > MaxItems/count {
		return nil, NewError(MemoryErrorType, "")
	}
	out := make([]Value, 0, len(items)*count)
	for k := 0; k < count; k++ {
		out = append(out, items...)
	}
	return out, nil
}

// sameOrEqual is the element comparison of containers: identity, except
// for floats (NaN), then ==.
func sameOrEqual(t *Thread, a, b Value) (bool, error) {
	if a == b && !a.IsFloat() {
		return true, nil
	}
	return Equal(t, a, b)
}

// seqCompare compares two sequences lexicographically, reading their items
// through get (the lengths are re-read because __eq__ may mutate a list).
func seqCompare(t *Thread, lenA, lenB func() int, getA, getB func(int) Value, op CompareOp) (Value, error) {
	i := 0
	for ; i < lenA() && i < lenB(); i++ {
		x, y := getA(i), getB(i)
		eq, err := sameOrEqual(t, x, y)
		if err != nil {
			return Null, err
		}
		if !eq {
			switch op {
			case EQ:
				return False, nil
			case NE:
				return True, nil
			}
			return RichCompare(t, x, y, op)
		}
	}
	return Bool(compareInts(lenA(), lenB(), op)), nil
}

func compareInts(a, b int, op CompareOp) bool {
	switch op {
	case LT:
		return a < b
	case LE:
		return a <= b
	case EQ:
		return a == b
	case NE:
		return a != b
	case GT:
		return a > b
	}
	return a >= b
}

// reprSeq renders items between open and close, with a trailing comma for
// one-item tuples.
func reprSeq(t *Thread, items []Value, open, close string) (string, error) {
	s, err := reprItems(t, items)
	if err != nil {
		return "", err
	}
	if len(items) == 1 && open == "(" {
		s += ","
	}
	return open + s + close, nil
}

// newIterType creates a built-in iterator type with its own class id:
// iter(it) returns it and next(it) calls next.
func newIterType(t *Thread, name string, next func(t *Thread, it Value) (Value, error)) *Type {
	typ := builtinType(t, name, 0, ObjectType)
	typ.Class = newClassID(typ, nil, gc.ScanAll)
	typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	typ.Slots.Next = next
	return typ
}

// Sequence iterator layout (list_iterator, list_reverseiterator,
// tuple_iterator): word 2 the sequence, word 3 the next index, -1 once
// exhausted (it then stays exhausted even if the list grows).
const (
	seqItSeqOff = off0
	seqItPosOff = off1
)

var listIterType, listRevIterType *Type

func newSeqIterOf(t *Thread, typ *Type, seq Value, pos int) Value {
	a := t.alloc(typ.Class, wordsSize(2))
	store(a, seqItSeqOff, seq)
	store(a, seqItPosOff, MakeSmallInt(int64(pos)))
	return FromAddr(a)
}

// IsListIter reports whether v is a (forward) list iterator, whose next
// item ListIterNext gives without the generic protocol's dispatch.
func IsListIter(v Value) bool { return v.IsRef() && classOf(v) == listIterType.Class }

// ListIterNext advances a list iterator; Null when it is exhausted.
func ListIterNext(t *Thread, it Value) Value {
	v, _ := listIterNext(t, it, 1)
	return v
}

func listIterNext(t *Thread, it Value, step int) (Value, error) {
	a := it.Addr()
	l := load(a, seqItSeqOff)
	i := int(t.read(a, seqItPosOff).SmallInt())
	if i < 0 || i >= ListLen(t, l) {
		t.write(a, seqItPosOff, MakeSmallInt(-1))
		return Null, nil
	}
	t.write(a, seqItPosOff, MakeSmallInt(int64(i+step)))
	return ListGet(t, l, i), nil
}

// List slots.

// listNew is list.__new__. Calling the built-in type itself does not run
// __init__ separately, so for exact lists New also fills the list; a
// subclass's __init__ gets the arguments instead.
func listNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	l := NewList(t, nil)
	if cls != ListType {
		return l, nil
	}
	return l, listInit(t, l, args, kwnames)
}

func listInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if err := NoKwargs("list", kwnames); err != nil {
		return err
	}
	if len(args) > 1 {
		return TypeError("list expected at most 1 argument, got %d", len(args))
	}
	var items []Value
	if len(args) == 1 {
		var err error
		if items, err = CollectUnpinned(t, args[0], self); err != nil {
			return err
		}
	}
	listReplace(t, self, items)
	return nil
}

func listRepr(t *Thread, l Value) (string, error) {
	if ListLen(t, l) == 0 {
		return "[]", nil
	}
	if !ReprEnter(t, l) {
		return "[...]", nil
	}
	defer ReprLeave(t, l)
	b := []byte{'['}
	for i := 0; i < ListLen(t, l); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		s, err := Repr(t, ListGet(t, l, i))
		if err != nil {
			return "", err
		}
		b = append(b, s...)
	}
	return string(append(b, ']')), nil
}

func listGetItem(t *Thread, l, key Value) (Value, error) {
	if IsSlice(key) {
		start, _, step, n, err := SliceIndices(t, key, ListLen(t, l))
		if err != nil {
			return Null, err
		}
		return listSlice(t, l, start, step, n), nil
	}
	i, ok, err := seqIndex(t, key, ListLen(t, l), "list")
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, IndexError("list index out of range")
	}
	return ListGet(t, l, i), nil
}

func listSetItem(t *Thread, l, key, val Value) error {
	if IsSlice(key) {
		return listSetSlice(t, l, key, val)
	}
	i, ok, err := seqIndex(t, key, ListLen(t, l), "list")
	if err != nil {
		return err
	}
	if !ok {
		return IndexError("list assignment index out of range")
	}
	if val == Null {
		listRemoveAt(t, l, i)
	} else {
		ListSet(t, l, i, val)
	}
	return nil
}

// listSlice builds l[start::step] of n items straight from the storage,
// without a Go-side copy.
func listSlice(t *Thread, l Value, start, step, n int) Value {
	arr := newArray(t, n)
	src := listStore(t, l)
	for k := 0; k < n; k++ { // arrayGet is barriered: no bulk OpenRead
		store(arr.Addr(), tupleItemsOff+uintptr(k)*gc.WordSize, arrayGet(t, src, start+k*step))
	}
	a := t.alloc(listClass, wordsSize(2))
	store(a, listLenOff, MakeSmallInt(int64(n)))
	store(a, listArrOff, arr)
	return FromAddr(a)
}

// listSpliceInPlace replaces the n items at start with the items of src (a
// list or tuple other than l), moving the tail in place.
func listSpliceInPlace(t *Thread, l Value, start, n int, src Value) {
	var m int
	get := func(i int) Value { return TupleItem(src, i) }
	if IsList(src) {
		m = ListLen(t, src)
		get = func(i int) Value { return ListGet(t, src, i) }
	} else {
		m = TupleLen(src)
	}
	old := ListLen(t, l)
	newLen := old - n + m
	if m > n {
		listReserve(t, l, newLen)
	}
	arr := listStore(t, l)
	if m != n {
		if m > n {
			for i := old - 1; i >= start+n; i-- {
				arraySet(t, arr, i+m-n, arrayGet(t, arr, i))
			}
		} else {
			for i := start + n; i < old; i++ {
				arraySet(t, arr, i+m-n, arrayGet(t, arr, i))
			}
			for i := newLen; i < old; i++ {
				arraySet(t, arr, i, Null)
			}
		}
	}
	for k := 0; k < m; k++ {
		arraySet(t, arr, start+k, get(k))
	}
	listSetLen(t, l, newLen)
}

// listSetSlice assigns (or, when val is Null, deletes) a slice. It builds
// the new content in Go and writes it back, which is O(len) like CPython's
// memmove.
func listSetSlice(t *Thread, l, key, val Value) error {
	start, _, step, n, err := SliceIndices(t, key, ListLen(t, l))
	if err != nil {
		return err
	}
	if step == 1 && val != l && (IsList(val) || IsTuple(val)) {
		listSpliceInPlace(t, l, start, n, val)
		return nil
	}
	var seq []Value
	if val != Null {
		if seq, err = Collect(t, val); err != nil {
			if Matches(err, TypeErrorType) && !isIterable(t, val) {
				err = TypeError("can only assign an iterable")
			}
			return err
		}
	}
	items := ListItems(t, l)
	switch {
	case step == 1:
		out := append(append(append([]Value(nil), items[:start]...), seq...), items[start+n:]...)
		listReplace(t, l, out)
	case val == Null:
		listReplace(t, l, deleteStrided(items, start, step, n))
	default:
		if len(seq) != n {
			return ValueError("attempt to assign sequence of size %d to extended slice of size %d", len(seq), n)
		}
		for k, x := range seq {
			ListSet(t, l, start+k*step, x)
		}
	}
	return nil
}

// isIterable reports whether v has an iteration protocol, without calling it.
func isIterable(t *Thread, v Value) bool {
	typ := TypeOf(v)
	if isUser(typ) {
		return typ.Lookup(t, "__iter__") != Null || typ.Lookup(t, "__getitem__") != Null
	}
	return typ.Slots.Iter != nil || typ.Slots.GetItem != nil
}

// deleteStrided returns items without the n items start, start+step, ...
func deleteStrided(items []Value, start, step, n int) []Value {
	drop := make(map[int]bool, n)
	for k := 0; k < n; k++ {
		drop[start+k*step] = true
	}
	out := make([]Value, 0, len(items)-n)
	for i, x := range items {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

func listContains(t *Thread, l, x Value) (bool, error) {
	for i := 0; i < ListLen(t, l); i++ {
		if eq, err := sameOrEqual(t, ListGet(t, l, i), x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func listCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	pb, ok := listArg(t, b)
	if !ok {
		return NotImplemented, nil
	}
	return seqCompare(t,
		func() int { return ListLen(t, a) }, func() int { return ListLen(t, pb) },
		func(i int) Value { return ListGet(t, a, i) }, func(i int) Value { return ListGet(t, pb, i) }, op)
}

func listBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		pa, okA := listArg(t, a)
		pb, okB := listArg(t, b)
		if !okA || !okB {
			return NotImplemented, nil
		}
		return NewList(t, append(ListItems(t, pa), ListItems(t, pb)...)), nil
	case OpMul:
		if l, ok := listArg(t, a); ok {
			return listRepeat(t, l, b)
		}
		if l, ok := listArg(t, b); ok {
			return listRepeat(t, l, a)
		}
	case OpAdd + InplaceOffset:
		if !IsList(a) {
			return NotImplemented, nil
		}
		items, err := Collect(t, b)
		if err != nil {
			return Null, err
		}
		listExtend(t, a, items)
		return a, nil
	case OpMul + InplaceOffset:
		if !IsList(a) {
			return NotImplemented, nil
		}
		c, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		items, err := repeatItems(ListItems(t, a), c)
		if err != nil {
			return Null, err
		}
		listReplace(t, a, items)
		return a, nil
	}
	return NotImplemented, nil
}

func listRepeat(t *Thread, l, n Value) (Value, error) {
	c, ok, err := repeatCount(t, n)
	if !ok || err != nil {
		return NotImplemented, err
	}
	items, err := repeatItems(ListItems(t, l), c)
	if err != nil {
		return Null, err
	}
	return NewList(t, items), nil
}

func bootList(t *Thread) {
	ListType.Flags |= FlagUnhashable
	ListType.Slots = Slots{
		New:      listNew,
		Init:     listInit,
		Repr:     listRepr,
		Len:      func(t *Thread, v Value) (int, error) { return ListLen(t, v), nil },
		Bool:     func(t *Thread, v Value) (bool, error) { return ListLen(t, v) > 0, nil },
		Iter:     func(t *Thread, v Value) (Value, error) { return newSeqIterOf(t, listIterType, v, 0), nil },
		GetItem:  listGetItem,
		SetItem:  listSetItem,
		Contains: listContains,
		Compare:  listCompare,
		Binary:   listBinary,
	}
	listIterType = newIterType(t, "list_iterator", func(t *Thread, it Value) (Value, error) {
		return listIterNext(t, it, 1)
	})
	listRevIterType = newIterType(t, "list_reverseiterator", func(t *Thread, it Value) (Value, error) {
		return listIterNext(t, it, -1)
	})
	for name, fn := range listMethods {
		DefMethod(t, ListType, name, fn)
	}
}

func init() { OnBoot(10, bootList) }

var listMethods = map[string]BuiltinFn{
	"append":       listAppendMethod,
	"extend":       listExtendMethod,
	"insert":       listInsertMethod,
	"pop":          listPop,
	"remove":       listRemove,
	"index":        listIndex,
	"count":        listCount,
	"sort":         listSortMethod,
	"reverse":      listReverse,
	"copy":         listCopy,
	"clear":        listClear,
	"__reversed__": listReversed,
}

func listAppendMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.append", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	ListAppend(t, self, args[0])
	return None, nil
}

// noKwArgCount checks that a method got no keywords and min..max
// positional arguments.
func noKwArgCount(fname string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	return ArgCount(fname, args, min, max)
}

func listExtendMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.extend", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	items, err := Collect(t, args[0])
	if err != nil {
		return Null, err
	}
	listExtend(t, self, items)
	return None, nil
}

func listInsertMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("list.insert", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("insert", args, 2, 2); err != nil {
		return Null, err
	}
	i, err := AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	n := ListLen(t, self)
	if i < 0 {
		i = max(i+n, 0)
	}
	listInsert(t, self, min(i, n), args[1])
	return None, nil
}

func listPop(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("list.pop", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("pop", args, 0, 1); err != nil {
		return Null, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = AsIndex(t, args[0]); err != nil {
			return Null, err
		}
	}
	n := ListLen(t, self)
	if n == 0 {
		return Null, IndexError("pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Null, IndexError("pop index out of range")
	}
	return listRemoveAt(t, self, i), nil
}

func listRemove(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.remove", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	for i := 0; i < ListLen(t, self); i++ {
		eq, err := sameOrEqual(t, ListGet(t, self, i), args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			listRemoveAt(t, self, i)
			return None, nil
		}
	}
	return Null, ValueError("list.remove(x): x not in list")
}

// searchBounds converts the optional start and stop arguments of index()
// as slice bounds over a sequence of length n.
func searchBounds(t *Thread, args []Value, n int) (start, stop int, err error) {
	start, stop = 0, n
	if len(args) > 1 {
		if start, err = searchBound(t, args[1], n); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 2 {
		if stop, err = searchBound(t, args[2], n); err != nil {
			return 0, 0, err
		}
	}
	return start, stop, nil
}

// searchBound converts one slice bound, clamping it to [0, n].
func searchBound(t *Thread, v Value, n int) (int, error) {
	if !hasIndex(t, v) {
		return 0, TypeError("slice indices must be integers or have an __index__ method")
	}
	i, err := AsIndex(t, v)
	if err != nil {
		if !Matches(err, IndexErrorType) {
			return 0, err
		}
		if IsInstance(v, IntType) && intIsNegative(v) {
			return 0, nil
		}
		return n, nil
	}
	if i < 0 {
		i = max(i+n, 0)
	}
	return min(i, n), nil
}

// intIsNegative reports whether the int v is below zero.
func intIsNegative(v Value) bool {
	if v.IsSmallInt() {
		return v.SmallInt() < 0
	}
	if x, ok := IntValue(v); ok {
		return x < 0
	}
	return IntBig(v).Sign() < 0
}

func listIndex(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("list.index", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("index", args, 1, 3); err != nil {
		return Null, err
	}
	start, stop, err := searchBounds(t, args, ListLen(t, self))
	if err != nil {
		return Null, err
	}
	for i := start; i < stop && i < ListLen(t, self); i++ {
		eq, err := sameOrEqual(t, ListGet(t, self, i), args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return MakeSmallInt(int64(i)), nil
		}
	}
	r, err := Repr(t, args[0])
	if err != nil {
		return Null, err
	}
	return Null, ValueError("%s is not in list", r)
}

func listCount(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.count", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	c := 0
	for i := 0; i < ListLen(t, self); i++ {
		eq, err := sameOrEqual(t, ListGet(t, self, i), args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			c++
		}
	}
	return MakeSmallInt(int64(c)), nil
}

func listReverse(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.reverse", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	items := ListItems(t, self)
	reverseValues(items)
	listReplace(t, self, items)
	return None, nil
}

func reverseValues(s []Value) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func listCopy(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.copy", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	return NewList(t, ListItems(t, self)), nil
}

func listClear(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.clear", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	t.write(self.Addr(), listArrOff, newArray(t, 0))
	listSetLen(t, self, 0)
	return None, nil
}

func listReversed(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("list.__reversed__", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	return newSeqIterOf(t, listRevIterType, self, ListLen(t, self)-1), nil
}
