package builtins

import (
	"strconv"
	"strings"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The _collections module: deque, written in Go because it must be O(1)
// at both ends, and a helper that lets collections.namedtuple name the
// module of its caller. The rest of collections (defaultdict, OrderedDict,
// namedtuple, Counter) is Python, in lib/collections.py.
//
// A deque is a ring buffer. Its items live in a block, a plain word array
// allocated with AllocObject whose field count is the capacity; the deque
// object holds the block and the ring's head and length:
//
//	field 0  block (class deque_block, every field an item or Null)
//	field 1  capacity of the block (small int)
//	field 2  head: the block index of the leftmost item (small int)
//	field 3  length (small int)
//	field 4  maxlen (small int; -1 when unbounded)
//	field 5  state: bumped by every change in length or order, so that
//	         iterators notice mutation as CPython's do
//
// Every field is read and written through the barriered Field/SetField,
// and no Go structure holds items across calls: growing allocates a new
// block and copies, so a reader never sees a half-moved ring.
const (
	dqBlock = iota
	dqCap
	dqHead
	dqLen
	dqMaxLen
	dqState
	dqFields
)

// dqMinCap is the capacity of a fresh deque's block.
const dqMinCap = 8

var dequeType, dequeBlockType, dequeIterType, dequeRevIterType *object.Type

func init() {
	object.OnBoot(60, bootDeque)
	registerGoModule("_collections", buildCollections)
}

func buildCollections(th *vm.Thread) (Value, error) {
	b := newModule(th, "_collections")
	b.set("deque", dequeType.Ref)
	b.set("_deque_iterator", dequeIterType.Ref)
	b.set("_deque_reverse_iterator", dequeRevIterType.Ref)
	b.fn("_caller_module", collCallerModule)
	b.fn("_count_elements", collCountElements)
	return b.mod, nil
}

// collCountElements(mapping, iterable) adds 1 to mapping[x] for each item x
// (Counter.update's loop). When mapping is a dict whose subclass keeps
// dict's get and __setitem__, it works on the dict directly; otherwise it
// calls the mapping's methods, as CPython's C helper does.
func collCountElements(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("_count_elements", kw); err != nil {
		return Null, err
	}
	if err := object.ArgCount("_count_elements", args, 2, 2); err != nil {
		return Null, err
	}
	mapping, iterable := args[0], args[1]
	one := object.MakeSmallInt(1)
	direct := object.IsInstance(mapping, object.DictType) && collKeepsDictMethods(t, object.TypeOf(mapping))
	err := object.ForEachUnpinned(t, iterable, func(x Value) (bool, error) {
		var old Value
		var err error
		if direct {
			var found bool
			old, found, err = object.DictGet(t, object.Payload(t, mapping), x)
			if err == nil && !found {
				old = object.MakeSmallInt(0)
			}
		} else {
			old, _, err = object.CallMethod(t, mapping, "get", x, object.MakeSmallInt(0))
		}
		if err != nil {
			return true, err
		}
		n, err := addFast(t, old, one)
		if err != nil {
			return true, err
		}
		if direct {
			return false, object.DictSet(t, object.Payload(t, mapping), x, n)
		}
		return false, object.SetItem(t, mapping, x, n)
	}, &mapping)
	return object.None, err
}

// collKeepsDictMethods reports whether typ reads and writes items with dict's
// own get and __setitem__.
func collKeepsDictMethods(t *object.Thread, typ *object.Type) bool {
	for _, name := range []string{"get", "__setitem__"} {
		if typ.Lookup(t, name) != object.DictType.Attrs[name] {
			return false
		}
	}
	return true
}

// collCallerModule is _caller_module(depth): the __name__ of the globals of
// the frame depth levels out from the Python function that calls it (0:
// that function's own module, 1: its caller's). namedtuple sets __module__
// with it, as CPython's does with sys._getframe. None when there is no
// such frame.
func collCallerModule(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("_caller_module", args, kw); err != nil {
		return Null, err
	}
	depth, err := object.AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	f := vm.FromObject(t).CallerFrame()
	for ; f != nil && depth > 0; depth-- {
		f = f.Back
	}
	if f == nil {
		return object.None, nil
	}
	if name, ok := object.DictGetStr(t, f.Globals, "__name__"); ok {
		return name, nil
	}
	return object.None, nil
}

func bootDeque(t *object.Thread) {
	dequeBlockType = object.NewBuiltinType(t, "deque_block", gc.ScanAll)
	typ := object.NewBuiltinType(t, "deque", gc.ScanAll)
	typ.Module = "collections"
	typ.Flags |= object.FlagBaseType | object.FlagUnhashable
	typ.Slots = object.Slots{
		New:      dequeNew,
		Init:     dequeInit,
		Repr:     dequeRepr,
		Len:      func(t *object.Thread, v Value) (int, error) { return dequeOf(t, v).len(), nil },
		Bool:     func(t *object.Thread, v Value) (bool, error) { return dequeOf(t, v).len() > 0, nil },
		Iter:     func(t *object.Thread, v Value) (Value, error) { return newDequeIter(t, dequeIterType, v), nil },
		GetItem:  dequeGetItem,
		SetItem:  dequeSetItem,
		Contains: dequeContains,
		Compare:  dequeCompare,
		Binary:   dequeBinary,
	}
	dequeType = typ
	for name, fn := range dequeMethods {
		object.DefMethod(t, typ, name, fn)
	}
	for name, fn := range dequeInstanceMethods {
		dequeDefInstanceMethod(t, typ, name, fn)
	}
	maxlen := object.NewBuiltin(t, &object.Builtin{Name: "maxlen", Fn: func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || !object.IsInstance(args[0], dequeType) {
			return Null, object.TypeError("descriptor 'maxlen' needs a deque")
		}
		if m := dequeOf(t, object.Payload(t, args[0])).maxLen(); m >= 0 {
			return object.MakeSmallInt(int64(m)), nil
		}
		return object.None, nil
	}})
	typ.Attrs["maxlen"] = object.NewProperty(t, maxlen, object.None, object.None, object.None)

	mkIter := func(name string, step int) *object.Type {
		it := object.NewBuiltinType(t, name, gc.ScanAll)
		it.Module = "_collections"
		it.Slots.Iter = func(t *object.Thread, v Value) (Value, error) { return v, nil }
		it.Slots.Next = func(t *object.Thread, v Value) (Value, error) { return dequeIterNext(t, v, step) }
		return it
	}
	dequeIterType = mkIter("_deque_iterator", 1)
	dequeRevIterType = mkIter("_deque_reverse_iterator", -1)
}

var dequeMethods = map[string]object.BuiltinFn{
	"append":       dequeAppend,
	"appendleft":   dequeAppendLeft,
	"pop":          dequePop,
	"popleft":      dequePopLeft,
	"extend":       dequeExtend,
	"extendleft":   dequeExtendLeft,
	"rotate":       dequeRotate,
	"clear":        dequeClear,
	"count":        dequeCount,
	"index":        dequeIndex,
	"insert":       dequeInsert,
	"remove":       dequeRemove,
	"reverse":      dequeReverse,
	"__reversed__": dequeReversed,
	"__iadd__":     dequeIAdd,
	"__imul__":     dequeIMul,
}

// dequeInstanceMethods need the receiver itself rather than its deque
// payload: for instances of subclasses they name the subclass (repr) or
// make an instance of it (copy), as CPython's do.
var dequeInstanceMethods = map[string]object.BuiltinFn{
	"copy":     dequeCopyMethod,
	"__copy__": dequeCopyMethod,
	"__repr__": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := dequeNoArgs("deque.__repr__", args, kw); err != nil {
			return Null, err
		}
		r, err := dequeReprAs(t, object.Payload(t, self), object.TypeOf(self).Name)
		return strResult(t, r, err)
	},
}

// dequeDefInstanceMethod adds a method whose Go function receives the instance
// unwrapped. A method with an Owner gets the built-in payload of a
// subclass instance (object.ReceiverFor), so these have none and check
// their receiver themselves when called unbound (deque.copy(d)).
func dequeDefInstanceMethod(t *object.Thread, typ *object.Type, name string, fn object.BuiltinFn) {
	typ.Attrs[name] = object.NewBuiltin(t, &object.Builtin{Name: name, Method: true,
		Fn: func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
			if self == Null {
				if len(args)-len(kw) < 1 || !object.IsInstance(args[0], typ) {
					return Null, object.TypeError("descriptor '%s' for 'collections.%s' objects needs an argument of that type", name, typ.Name)
				}
				self, args = args[0], args[1:]
			}
			return fn(t, self, args, kw)
		}})
}

// dequeView is a view of one deque object for the duration of a call.
type dequeView struct {
	t *object.Thread
	v Value
}

func dequeOf(t *object.Thread, v Value) dequeView { return dequeView{t, v} }

func (d dequeView) int(i int) int       { return int(object.Field(d.t, d.v, i).SmallInt()) }
func (d dequeView) setInt(i int, n int) { object.SetField(d.t, d.v, i, object.MakeSmallInt(int64(n))) }
func (d dequeView) len() int            { return d.int(dqLen) }
func (d dequeView) maxLen() int         { return d.int(dqMaxLen) }
func (d dequeView) full() bool          { return d.maxLen() >= 0 && d.len() >= d.maxLen() }
func (d dequeView) bump()               { d.setInt(dqState, d.int(dqState)+1) }
func (d dequeView) slot(i int) int      { return (d.int(dqHead) + i) % d.int(dqCap) }
func (d dequeView) at(i int) Value {
	return object.Field(d.t, object.Field(d.t, d.v, dqBlock), d.slot(i))
}
func (d dequeView) setAt(i int, x Value) {
	object.SetField(d.t, object.Field(d.t, d.v, dqBlock), d.slot(i), x)
}
func (d dequeView) clearSlot(blockIndex int) {
	object.SetField(d.t, object.Field(d.t, d.v, dqBlock), blockIndex, Null)
}

// newDequeObject makes an empty deque with the given maxlen (-1: none).
func newDequeObject(t *object.Thread, maxLen int) Value {
	v := object.AllocObject(t, dequeType, dqFields)
	d := dequeOf(t, v)
	object.SetField(t, v, dqBlock, object.AllocObject(t, dequeBlockType, dqMinCap))
	d.setInt(dqCap, dqMinCap)
	d.setInt(dqHead, 0)
	d.setInt(dqLen, 0)
	d.setInt(dqMaxLen, maxLen)
	d.setInt(dqState, 0)
	return v
}

// resize moves the items into a fresh block of capacity c (>= len), with
// the head at block index 0.
func (d dequeView) resize(c int) {
	n := d.len()
	blk := object.AllocObject(d.t, dequeBlockType, c)
	for i := 0; i < n; i++ {
		object.SetField(d.t, blk, i, d.at(i))
	}
	object.SetField(d.t, d.v, dqBlock, blk)
	d.setInt(dqCap, c)
	d.setInt(dqHead, 0)
}

// reserve makes room for one more item, doubling the block when full.
func (d dequeView) reserve() {
	if c := d.int(dqCap); d.len() == c {
		d.resize(2 * c)
	}
}

// shrink halves the block when it is mostly empty, so that a deque that
// once was large does not keep its memory.
func (d dequeView) shrink() {
	if c := d.int(dqCap); c > dqMinCap && d.len() < c/4 {
		d.resize(max(c/2, dqMinCap))
	}
}

func (d dequeView) pushRight(x Value) {
	d.reserve()
	d.setAt(d.len(), x)
	d.setInt(dqLen, d.len()+1)
}

func (d dequeView) pushLeft(x Value) {
	d.reserve()
	c := d.int(dqCap)
	d.setInt(dqHead, (d.int(dqHead)+c-1)%c)
	d.setInt(dqLen, d.len()+1)
	d.setAt(0, x)
}

// popRight and popLeft remove an item from a non-empty deque.
func (d dequeView) popRight() Value {
	n := d.len() - 1
	x := d.at(n)
	d.clearSlot(d.slot(n))
	d.setInt(dqLen, n)
	d.shrink()
	return x
}

func (d dequeView) popLeft() Value {
	x := d.at(0)
	d.clearSlot(d.slot(0))
	d.setInt(dqHead, d.slot(1))
	d.setInt(dqLen, d.len()-1)
	d.shrink()
	return x
}

// appendRight is append with maxlen: a full deque drops its leftmost item.
func (d dequeView) appendRight(x Value) {
	if d.maxLen() == 0 {
		return
	}
	if d.full() {
		d.popLeft()
	}
	d.pushRight(x)
	d.bump()
}

func (d dequeView) appendLeft(x Value) {
	if d.maxLen() == 0 {
		return
	}
	if d.full() {
		d.popRight()
	}
	d.pushLeft(x)
	d.bump()
}

// items copies the items into a Go slice (for callers that call back into
// Python while walking them and must not see the deque change under them).
func (d dequeView) items() []Value {
	out := make([]Value, d.len())
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

// clear empties the deque into a fresh minimal block.
func (d dequeView) clear() {
	object.SetField(d.t, d.v, dqBlock, object.AllocObject(d.t, dequeBlockType, dqMinCap))
	d.setInt(dqCap, dqMinCap)
	d.setInt(dqHead, 0)
	d.setInt(dqLen, 0)
	d.bump()
}

// deleteAt removes item i (0 <= i < len) by shifting the shorter side.
func (d dequeView) deleteAt(i int) {
	n := d.len()
	if i < n/2 {
		for j := i; j > 0; j-- {
			d.setAt(j, d.at(j-1))
		}
		d.popLeft()
	} else {
		for j := i; j < n-1; j++ {
			d.setAt(j, d.at(j+1))
		}
		d.popRight()
	}
	d.bump()
}

// rotate moves the last k items to the front (k may be negative).
func (d dequeView) rotate(k int) {
	n := d.len()
	if n <= 1 {
		return
	}
	k %= n
	if k < 0 {
		k += n
	}
	if k == 0 {
		return
	}
	d.bump()
	if c := d.int(dqCap); n == c {
		d.setInt(dqHead, (d.int(dqHead)+c-k)%c)
		return
	}
	if k <= n/2 {
		for ; k > 0; k-- {
			d.pushLeft(d.popRight())
		}
		return
	}
	for k = n - k; k > 0; k-- {
		d.pushRight(d.popLeft())
	}
}

// dequeSelf extracts the deque payload of a method's receiver.
func dequeSelf(t *object.Thread, v Value) dequeView { return dequeOf(t, object.Payload(t, v)) }

// dequeNew is deque.__new__. Calling deque itself runs no separate
// __init__, so New also fills the deque from the arguments; for a subclass
// (cls != deque) its __init__ gets them instead, as for list.
func dequeNew(t *object.Thread, cls *object.Type, args []Value, kw []string) (Value, error) {
	v := newDequeObject(t, -1)
	if cls != dequeType {
		return v, nil
	}
	return v, dequeInit(t, v, args, kw)
}

func dequeInit(t *object.Thread, self Value, args []Value, kw []string) error {
	self = object.Payload(t, self)
	if n := len(args); n > 2 {
		return object.TypeError("deque() takes at most 2 arguments (%d given)", n)
	}
	for _, k := range kw {
		if k != "iterable" && k != "maxlen" {
			return invalidKeyword(k, "deque")
		}
	}
	iterable, maxlen := Null, object.None
	if err := object.UnpackArgs("deque", args, kw, []string{"iterable?", "maxlen?"}, &iterable, &maxlen); err != nil {
		return err
	}
	m := -1
	if maxlen != object.None {
		if !object.IsIntOrBool(maxlen) {
			return object.TypeError("an integer is required")
		}
		n, ok := object.IntValue(maxlen)
		if !ok {
			return object.OverflowError("Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return object.ValueError("maxlen must be non-negative")
		}
		m = int(min(n, 1<<40))
	}
	d := dequeOf(t, self)
	if d.len() > 0 {
		d.clear()
	}
	d.setInt(dqMaxLen, m)
	if iterable == Null {
		return nil
	}
	return d.extend(iterable)
}

// extend appends every item of iterable; the collector may run while a
// generator produces them, so only the rooted deque is kept across items.
func (d dequeView) extend(iterable Value) error {
	if object.Payload(d.t, iterable) == d.v {
		for _, x := range d.items() {
			d.appendRight(x)
		}
		return nil
	}
	self := d.v
	return object.ForEachUnpinned(d.t, iterable, func(x Value) (bool, error) {
		dequeOf(d.t, self).appendRight(x)
		return false, nil
	}, &self)
}

func (d dequeView) extendLeft(iterable Value) error {
	if object.Payload(d.t, iterable) == d.v {
		items := d.items()
		for i := len(items) - 1; i >= 0; i-- {
			d.appendLeft(items[i])
		}
		return nil
	}
	self := d.v
	return object.ForEachUnpinned(d.t, iterable, func(x Value) (bool, error) {
		dequeOf(d.t, self).appendLeft(x)
		return false, nil
	}, &self)
}

func dequeAppend(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.append", args, kw); err != nil {
		return Null, err
	}
	dequeSelf(t, self).appendRight(args[0])
	return object.None, nil
}

func dequeAppendLeft(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.appendleft", args, kw); err != nil {
		return Null, err
	}
	dequeSelf(t, self).appendLeft(args[0])
	return object.None, nil
}

func dequePop(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.pop", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	if d.len() == 0 {
		return Null, object.IndexError("pop from an empty deque")
	}
	d.bump()
	return d.popRight(), nil
}

func dequePopLeft(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.popleft", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	if d.len() == 0 {
		return Null, object.IndexError("pop from an empty deque")
	}
	d.bump()
	return d.popLeft(), nil
}

func dequeExtend(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.extend", args, kw); err != nil {
		return Null, err
	}
	return object.None, dequeSelf(t, self).extend(args[0])
}

func dequeExtendLeft(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.extendleft", args, kw); err != nil {
		return Null, err
	}
	return object.None, dequeSelf(t, self).extendLeft(args[0])
}

func dequeRotate(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("deque.rotate", kw); err != nil {
		return Null, err
	}
	if len(args) > 1 {
		return Null, object.TypeError("rotate expected at most 1 argument, got %d", len(args))
	}
	k := 1
	if len(args) == 1 {
		if !dequeIndexable(t, args[0]) {
			return Null, object.TypeError("'%s' object cannot be interpreted as an integer", object.TypeName(args[0]))
		}
		iv, err := object.IndexValue(t, args[0])
		if err != nil {
			return Null, err
		}
		n, ok := object.IntValue(iv)
		if !ok {
			return Null, object.OverflowError("Python int too large to convert to C ssize_t")
		}
		d := dequeSelf(t, self)
		if l := d.len(); l > 0 {
			n %= int64(l)
		}
		k = int(n)
	}
	dequeSelf(t, self).rotate(k)
	return object.None, nil
}

func dequeClear(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.clear", args, kw); err != nil {
		return Null, err
	}
	dequeSelf(t, self).clear()
	return object.None, nil
}

func (d dequeView) copy() Value {
	c := newDequeObject(d.t, d.maxLen())
	cd := dequeOf(d.t, c)
	for i, n := 0, d.len(); i < n; i++ {
		cd.appendRight(d.at(i))
	}
	return c
}

// dequeCopyMethod is deque.copy: a subclass instance is copied by calling
// its class with the items and maxlen.
func dequeCopyMethod(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.copy", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	if object.HasClass(self, dequeType) {
		return d.copy(), nil
	}
	cargs := []Value{self}
	if m := d.maxLen(); m >= 0 {
		cargs = append(cargs, object.MakeSmallInt(int64(m)))
	}
	return object.Call(t, object.TypeOf(self).Ref, cargs, nil)
}

// dequeEqualItem compares an item with x, identity first, as containers do.
func dequeEqualItem(t *object.Thread, item, x Value) (bool, error) { return object.Equal(t, item, x) }

// errDequeMutated is CPython's error for a deque changed by a comparison that
// one of its methods made.
func errDequeMutated() error {
	return object.NewError(object.RuntimeErrorType, "deque mutated during iteration")
}

func dequeCount(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.count", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	state, c := d.int(dqState), 0
	for i := 0; i < d.len(); i++ {
		eq, err := dequeEqualItem(t, d.at(i), args[0])
		if err != nil {
			return Null, err
		}
		if d.int(dqState) != state {
			return Null, errDequeMutated()
		}
		if eq {
			c++
		}
	}
	return object.MakeSmallInt(int64(c)), nil
}

// find returns the index of the first item equal to x in [start, stop), or
// -1.
func (d dequeView) find(x Value, start, stop int) (int, error) {
	state := d.int(dqState)
	for i := start; i < stop && i < d.len(); i++ {
		eq, err := dequeEqualItem(d.t, d.at(i), x)
		if err != nil {
			return -1, err
		}
		if d.int(dqState) != state {
			return -1, errDequeMutated()
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func errNotInDeque(t *object.Thread, x Value) error {
	r, err := object.Repr(t, x)
	if err != nil {
		return err
	}
	return object.ValueError("%s is not in deque", r)
}

func dequeIndex(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("deque.index", kw); err != nil {
		return Null, err
	}
	switch n := len(args); {
	case n < 1:
		return Null, object.TypeError("index() takes at least 1 argument (0 given)")
	case n > 3:
		return Null, object.TypeError("index() takes at most 3 arguments (%d given)", n)
	}
	d := dequeSelf(t, self)
	n := d.len()
	bounds := [2]int{0, n}
	for k := 1; k < len(args); k++ {
		if !dequeIndexable(t, args[k]) {
			return Null, object.TypeError("slice indices must be integers or have an __index__ method")
		}
		b, err := dequeClampedIndex(t, args[k], n)
		if err != nil {
			return Null, err
		}
		bounds[k-1] = b
	}
	i, err := d.find(args[0], bounds[0], bounds[1])
	if err != nil {
		return Null, err
	}
	if i < 0 {
		return Null, errNotInDeque(t, args[0])
	}
	return object.MakeSmallInt(int64(i)), nil
}

// dequeClampedIndex converts a start/stop/insert position, counting negatives
// from the end and clamping to [0, n].
func dequeClampedIndex(t *object.Thread, v Value, n int) (int, error) {
	iv, err := object.IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := object.IntValue(iv)
	if !ok {
		if dequeIsNegative(t, iv) {
			return 0, nil
		}
		return n, nil
	}
	if i < 0 {
		i += int64(n)
	}
	return int(max(0, min(i, int64(n)))), nil
}

func dequeInsert(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("deque.insert", kw); err != nil {
		return Null, err
	}
	if len(args) != 2 {
		return Null, object.TypeError("insert() takes exactly 2 arguments (%d given)", len(args))
	}
	d := dequeSelf(t, self)
	i, err := dequeClampedIndex(t, args[0], d.len())
	if err != nil {
		return Null, err
	}
	if d.full() {
		return Null, object.IndexError("deque already at its maximum size")
	}
	d.pushRight(args[1])
	for j := d.len() - 1; j > i; j-- {
		d.setAt(j, d.at(j-1))
	}
	d.setAt(i, args[1])
	d.bump()
	return object.None, nil
}

func dequeRemove(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.remove", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	i, err := d.find(args[0], 0, d.len())
	if err != nil {
		return Null, err
	}
	if i < 0 {
		return Null, errNotInDeque(t, args[0])
	}
	d.deleteAt(i)
	return object.None, nil
}

func dequeReverse(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.reverse", args, kw); err != nil {
		return Null, err
	}
	d := dequeSelf(t, self)
	for i, j := 0, d.len()-1; i < j; i, j = i+1, j-1 {
		x, y := d.at(i), d.at(j)
		d.setAt(i, y)
		d.setAt(j, x)
	}
	d.bump()
	return object.None, nil
}

func dequeReversed(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeNoArgs("deque.__reversed__", args, kw); err != nil {
		return Null, err
	}
	return newDequeIter(t, dequeRevIterType, object.Payload(t, self)), nil
}

// dequeIAdd is d += iterable: extend in place.
func dequeIAdd(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.__iadd__", args, kw); err != nil {
		return Null, err
	}
	if err := dequeSelf(t, self).extend(args[0]); err != nil {
		return Null, err
	}
	return self, nil
}

// dequeIMul is d *= n: repeat in place.
func dequeIMul(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := dequeOneArg("deque.__imul__", args, kw); err != nil {
		return Null, err
	}
	n, ok, err := dequeRepeatArg(t, args[0])
	if err != nil {
		return Null, err
	}
	if !ok {
		return object.NotImplemented, nil
	}
	return self, dequeSelf(t, self).repeat(n)
}

// repeat makes the deque hold its items n times (n <= 0 empties it); a
// bounded deque keeps the last maxlen of them.
func (d dequeView) repeat(n int) error {
	if n <= 0 || d.len() == 0 {
		d.clear()
		return nil
	}
	items := d.items()
	if d.maxLen() < 0 && n > (1<<29)/len(items) {
		return object.NewError(object.MemoryErrorType, "")
	}
	appended := len(items) * (n - 1)
	// Of the appended copies, those that a bounded deque would drop at
	// once are skipped.
	skip := 0
	if m := d.maxLen(); m >= 0 && appended > m {
		skip = appended - m
	}
	for k := skip; k < appended; k++ {
		d.appendRight(items[k%len(items)])
	}
	return nil
}

// dequeRepeatArg reads the count of deque * n; ok is false when n is no int.
func dequeRepeatArg(t *object.Thread, n Value) (int, bool, error) {
	if !dequeIndexable(t, n) {
		return 0, false, nil
	}
	iv, err := object.IndexValue(t, n)
	if err != nil {
		return 0, true, err
	}
	c, fits := object.IntValue(iv)
	if !fits {
		if dequeIsNegative(t, iv) {
			return 0, true, nil
		}
		return 0, true, object.NewError(object.MemoryErrorType, "")
	}
	return int(max(c, 0)), true, nil
}

// dequeIndexable reports whether v is an int or has __index__.
func dequeIndexable(t *object.Thread, v Value) bool {
	return object.IsIntOrBool(v) || object.TypeOf(v).Lookup(t, "__index__") != Null
}

// dequeIsNegative reports whether the int iv is below zero (for ints too big
// for int64).
func dequeIsNegative(t *object.Thread, iv Value) bool {
	lt, err := object.Less(t, iv, object.MakeSmallInt(0))
	return err == nil && lt
}

func dequeRepr(t *object.Thread, v Value) (string, error) { return dequeReprAs(t, v, "deque") }

// dequeReprAs renders deque v as name([items]) or name([items], maxlen=n).
func dequeReprAs(t *object.Thread, v Value, name string) (string, error) {
	if !object.ReprEnter(t, v) {
		return "[...]", nil
	}
	defer object.ReprLeave(t, v)
	d := dequeOf(t, v)
	var b strings.Builder
	b.WriteString(name + "([")
	for i := 0; i < d.len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := object.Repr(t, d.at(i))
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString("]")
	if m := d.maxLen(); m >= 0 {
		b.WriteString(", maxlen=" + strconv.Itoa(m))
	}
	b.WriteString(")")
	return b.String(), nil
}

// dequeItemIndex converts a subscript to an index in [0, n) or fails as CPython
// does.
func dequeItemIndex(t *object.Thread, key Value, n int) (int, error) {
	if !dequeIndexable(t, key) {
		return 0, object.TypeError("sequence index must be integer, not '%s'", object.TypeName(key))
	}
	iv, err := object.IndexValue(t, key)
	if err != nil {
		return 0, err
	}
	i, ok := object.IntValue(iv)
	if !ok {
		return 0, object.IndexError("cannot fit 'int' into an index-sized integer")
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, object.IndexError("deque index out of range")
	}
	return int(i), nil
}

func dequeGetItem(t *object.Thread, v, key Value) (Value, error) {
	d := dequeOf(t, v)
	i, err := dequeItemIndex(t, key, d.len())
	if err != nil {
		return Null, err
	}
	return d.at(i), nil
}

func dequeSetItem(t *object.Thread, v, key, x Value) error {
	d := dequeOf(t, v)
	i, err := dequeItemIndex(t, key, d.len())
	if err != nil {
		return err
	}
	if x == Null {
		d.deleteAt(i)
		return nil
	}
	d.setAt(i, x)
	return nil
}

func dequeContains(t *object.Thread, v, x Value) (bool, error) {
	i, err := dequeOf(t, v).find(x, 0, dequeOf(t, v).len())
	return i >= 0, err
}

// dequeCompare orders deques lexicographically, as sequences compare.
func dequeCompare(t *object.Thread, a, b Value, op object.CompareOp) (Value, error) {
	b = object.Payload(t, b)
	if !object.HasClass(a, dequeType) || !object.HasClass(b, dequeType) {
		return object.NotImplemented, nil
	}
	da, db := dequeOf(t, a), dequeOf(t, b)
	if (op == object.EQ || op == object.NE) && da.len() != db.len() {
		return object.Bool(op == object.NE), nil
	}
	i := 0
	for ; i < da.len() && i < db.len(); i++ {
		eq, err := object.Equal(t, da.at(i), db.at(i))
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	na, nb := da.len(), db.len()
	if i < na && i < nb {
		switch op {
		case object.EQ:
			return object.False, nil
		case object.NE:
			return object.True, nil
		}
		return object.RichCompare(t, da.at(i), db.at(i), op)
	}
	return object.Bool(dequeCompareLens(na, nb, op)), nil
}

func dequeCompareLens(a, b int, op object.CompareOp) bool {
	switch op {
	case object.LT:
		return a < b
	case object.LE:
		return a <= b
	case object.EQ:
		return a == b
	case object.NE:
		return a != b
	case object.GT:
		return a > b
	}
	return a >= b
}

// dequeBinary implements deque + deque and deque * n (either order). The
// in-place forms extend or repeat the left deque.
func dequeBinary(t *object.Thread, op object.BinOp, a, b Value) (Value, error) {
	inplace := op >= object.InplaceOffset
	if inplace {
		op -= object.InplaceOffset
	}
	switch op {
	case object.OpAdd:
		if !object.HasClass(a, dequeType) {
			return object.NotImplemented, nil
		}
		if inplace {
			return a, dequeOf(t, a).extend(b)
		}
		pb := object.Payload(t, b)
		if !object.HasClass(pb, dequeType) {
			if object.TypeOf(b).Flags&object.FlagBuiltin != 0 {
				return Null, object.TypeError("can only concatenate deque (not \"%s\") to deque", object.TypeName(b))
			}
			return object.NotImplemented, nil
		}
		c := dequeOf(t, a).copy()
		return c, dequeOf(t, c).extend(pb)
	case object.OpMul:
		seq, n := a, b
		if !object.HasClass(seq, dequeType) {
			seq, n = b, a
		}
		if inplace && seq != a {
			return object.NotImplemented, nil
		}
		count, ok, err := dequeRepeatArg(t, n)
		if err != nil {
			return Null, err
		}
		if !ok {
			if object.TypeOf(n).Flags&object.FlagBuiltin != 0 {
				return Null, object.TypeError("can't multiply sequence by non-int of type '%s'", object.TypeName(n))
			}
			return object.NotImplemented, nil
		}
		if !inplace {
			seq = dequeOf(t, seq).copy()
		}
		return seq, dequeOf(t, seq).repeat(count)
	}
	return object.NotImplemented, nil
}

// Deque iterators: field 0 the deque (Null when exhausted), field 1 the
// number of items produced, field 2 the deque's state when the iterator
// was made.
func newDequeIter(t *object.Thread, typ *object.Type, v Value) Value {
	return newIterObject(t, typ, v, object.MakeSmallInt(0), object.Field(t, v, dqState))
}

func dequeIterNext(t *object.Thread, it Value, step int) (Value, error) {
	v := object.Field(t, it, 0)
	if v == Null {
		return Null, nil
	}
	d := dequeOf(t, v)
	if object.Field(t, v, dqState) != object.Field(t, it, 2) {
		object.SetField(t, it, 0, Null)
		return Null, errDequeMutated()
	}
	k := int(object.Field(t, it, 1).SmallInt())
	if k >= d.len() {
		object.SetField(t, it, 0, Null)
		return Null, nil
	}
	object.SetField(t, it, 1, object.MakeSmallInt(int64(k+1)))
	if step < 0 {
		return d.at(d.len() - 1 - k), nil
	}
	return d.at(k), nil
}

// dequeOneArg and dequeNoArgs check the arguments of methods with CPython's
// "deque.count() takes exactly one argument (0 given)" wording.
func dequeOneArg(fname string, args []Value, kw []string) error {
	if err := object.NoKwargs(fname, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return object.TypeError("%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return nil
}

func dequeNoArgs(fname string, args []Value, kw []string) error {
	if err := object.NoKwargs(fname, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return object.TypeError("%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}
