package object

import (
	"fmt"
	"math/big"
)

// This file holds the generic operations: the Go equivalents of CPython's
// abstract object layer. Each one first takes the fast path of a built-in
// type's Slots and otherwise looks up the dunder method along the MRO of a
// user class and calls it. Built-in types expose their slots as dunder
// methods too (see exposeSlots), so `super().__init__()`, `int.__add__` and
// user subclasses of built-ins all find them by ordinary lookup.

// isUser reports whether typ is a class defined by the program.
func isUser(typ *Type) bool { return typ.Flags&FlagBuiltin == 0 }

// Payload returns the built-in value behind v: for an instance of a user
// subclass of a built-in type, the hidden base slot; otherwise v itself.
func Payload(t *Thread, v Value) Value {
	typ := TypeOf(v)
	if isUser(typ) && typ.Solid != ObjectType {
		return GetSlot(t, v, 0)
	}
	return v
}

// CallMethod looks name up on the type of obj and calls it with obj as the
// receiver. found is false when the type has no such attribute.
func CallMethod(t *Thread, obj Value, name string, args ...Value) (res Value, found bool, err error) {
	m := TypeOf(obj).Lookup(t, name)
	if m == Null {
		return Null, false, nil
	}
	res, err = callBound(t, m, obj, args, nil)
	return res, true, err
}

// callBound calls the class attribute m as a method of self.
func callBound(t *Thread, m, self Value, args []Value, kwnames []string) (Value, error) {
	switch {
	case IsFunction(m):
		full := make([]Value, 0, len(args)+1)
		full = append(append(full, self), args...)
		return t.Interp.Call(t, m, full, kwnames)
	case IsBuiltin(m):
		b, bound := BuiltinOf(m)
		if bound != Null || b.Static {
			return b.Fn(t, bound, args, kwnames)
		}
		if b.ClassMethod {
			return b.Fn(t, TypeOf(self).Ref, args, kwnames)
		}
		return b.Fn(t, ReceiverFor(t, b, self), args, kwnames)
	}
	fn, err := bindDescriptor(t, m, self, TypeOf(self))
	if err != nil {
		return Null, err
	}
	return Call(t, fn, args, kwnames)
}

// callUnbound calls a built-in method taken from its type (str.lower(s)):
// the first argument is the receiver and must be an instance of the type.
func callUnbound(t *Thread, b *Builtin, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return Null, TypeError("unbound method %s.%s() needs an argument", b.Owner.Name, b.Name)
	}
	self := args[0]
	if !IsInstance(self, b.Owner) && !(b.Owner == TypeType && AsType(self) != nil) {
		return Null, TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, TypeName(self))
	}
	return b.Fn(t, ReceiverFor(t, b, self), args[1:], kwnames)
}

// ReceiverFor unwraps instances of user subclasses for methods of built-in
// types, whose Go code expects the built-in payload.
func ReceiverFor(t *Thread, b *Builtin, self Value) Value {
	if b.Owner == nil || b.Owner == ObjectType || b.Owner.Flags&FlagException != 0 || b.Owner == TypeType {
		return self
	}
	return Payload(t, self)
}

// Call calls any callable.
func Call(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	if IsBuiltin(fn) {
		b, self := BuiltinOf(fn)
		if self == Null && b.Method && b.Owner != nil {
			if b.ClassMethod {
				self = b.Owner.Ref
			} else {
				return callUnbound(t, b, args, kwnames)
			}
		}
		return b.Fn(t, self, args, kwnames)
	}
	if IsFunction(fn) {
		return t.Interp.Call(t, fn, args, kwnames)
	}
	if IsMethod(fn) {
		f, self := MethodParts(fn)
		full := make([]Value, 0, len(args)+1)
		full = append(append(full, self), args...)
		return Call(t, f, full, kwnames)
	}
	if cls := AsType(fn); cls != nil {
		return CallType(t, cls, args, kwnames)
	}
	typ := TypeOf(fn)
	if !isUser(typ) && typ.Slots.Call != nil {
		return typ.Slots.Call(t, fn, args, kwnames)
	}
	if m := typ.Lookup(t, "__call__"); m != Null {
		return callBound(t, m, fn, args, kwnames)
	}
	return Null, TypeError("'%s' object is not callable", typ.Name)
}

// Callable reports whether v can be called.
func Callable(t *Thread, v Value) bool {
	if IsBuiltin(v) || IsFunction(v) || IsMethod(v) || AsType(v) != nil {
		return true
	}
	typ := TypeOf(v)
	if !isUser(typ) && typ.Slots.Call != nil {
		return true
	}
	return typ.Lookup(t, "__call__") != Null
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) {
	limit := t.ReprLimit
	if limit == 0 {
		limit = 1000
	}
	if t.reprDepth >= limit {
		return "", NewError(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	t.reprDepth++
	defer func() { t.reprDepth-- }()
	typ := TypeOf(v)
	if !isUser(typ) && typ.Slots.Repr != nil {
		return typ.Slots.Repr(t, v)
	}
	return callStrMethod(t, v, "__repr__")
}

// Str returns str(v).
func Str(t *Thread, v Value) (string, error) {
	if IsStr(v) {
		return StrGo(v), nil
	}
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Str != nil {
			return typ.Slots.Str(t, v)
		}
		if typ.Slots.Repr != nil {
			return typ.Slots.Repr(t, v)
		}
	}
	return callStrMethod(t, v, "__str__")
}

func callStrMethod(t *Thread, v Value, name string) (string, error) {
	r, found, err := CallMethod(t, v, name)
	if err != nil {
		return "", err
	}
	if !found {
		return defaultRepr(t, v), nil
	}
	if !IsInstance(r, StrType) {
		return "", TypeError("%s returned non-string (type %s)", name, TypeName(r))
	}
	return StrGo(Payload(t, r)), nil
}

// defaultRepr is object.__repr__: <module.Qualname object at 0x...>.
func defaultRepr(t *Thread, v Value) string {
	typ := TypeOf(v)
	name := typ.Qualname
	if typ.Module != "builtins" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	return fmt.Sprintf("<%s object at %#x>", name, Identity(v))
}

// HexID renders id(v) the way default reprs show it ("0x7f...").
func HexID(v Value) string { return fmt.Sprintf("%#x", Identity(v)) }

// Identity returns id(v): the address for heap objects, a stable number
// derived from the encoding otherwise.
func Identity(v Value) uint64 { return uint64(v) & PayloadMask }

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch v {
	case True:
		return true, nil
	case False, None:
		return false, nil
	}
	if v.IsSmallInt() {
		return v.SmallInt() != 0, nil
	}
	if v.IsFloat() {
		return v.Float() != 0, nil
	}
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Bool != nil {
			return typ.Slots.Bool(t, v)
		}
		if typ.Slots.Len != nil {
			n, err := typ.Slots.Len(t, v)
			return n != 0, err
		}
		return true, nil
	}
	return userTruth(t, v, typ)
}

func userTruth(t *Thread, v Value, typ *Type) (bool, error) {
	if m := typ.Lookup(t, "__bool__"); m != Null {
		r, err := callBound(t, m, v, nil, nil)
		if err != nil {
			return false, err
		}
		if !r.IsBool() {
			return false, TypeError("__bool__ should return bool, returned %s", TypeName(r))
		}
		return r == True, nil
	}
	if typ.Lookup(t, "__len__") != Null {
		n, err := Len(t, v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Len != nil {
			return typ.Slots.Len(t, v)
		}
		return 0, TypeError("object of type '%s' has no len()", typ.Name)
	}
	r, found, err := CallMethod(t, v, "__len__")
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, TypeError("object of type '%s' has no len()", typ.Name)
	}
	if !IsIntOrBool(r) {
		return 0, TypeError("'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	n, ok := IntValue(r)
	if !ok {
		return 0, OverflowError("cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, ValueError("__len__() should return >= 0")
	}
	return int(n), nil
}

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	if v.IsSmallInt() {
		return smallIntHash(v.SmallInt()), nil
	}
	if IsStr(v) {
		return StrHash(v), nil
	}
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Hash != nil {
			return typ.Slots.Hash(t, v)
		}
		if typ.Flags&FlagUnhashable != 0 {
			return 0, TypeError("unhashable type: '%s'", typ.Name)
		}
		return identityHash(v), nil
	}
	m := typ.Lookup(t, "__hash__")
	if m == None {
		return 0, TypeError("unhashable type: '%s'", typ.Name)
	}
	r, err := callBound(t, m, v, nil, nil)
	if err != nil {
		return 0, err
	}
	if !IsIntOrBool(r) {
		return 0, TypeError("__hash__ method should return an integer")
	}
	// A __hash__ result that fits in 64 bits is used as is (except -1,
	// CPython's error marker); only bigger ints are reduced.
	if h, ok := IntValue(r); ok {
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	return BigIntHash(IntBig(r)), nil
}

// smallIntHash is CPython's hash of an int that fits in 64 bits.
func smallIntHash(i int64) int64 {
	const mod = 1<<61 - 1
	if i >= -mod+1 && i < mod {
		if i == -1 {
			return -2
		}
		return i
	}
	return BigIntHash(big.NewInt(i))
}

func identityHash(v Value) int64 {
	x := Identity(v)
	return int64(x>>4 | x<<60)
}

// Equal returns a == b as a Go bool.
func Equal(t *Thread, a, b Value) (bool, error) {
	// Identity implies equality for containers (CPython's
	// PyObject_RichCompareBool); for unboxed floats identity is equal bits,
	// so a NaN equals itself here, though not under ==.
	if a == b {
		return true, nil
	}
	if IsStr(a) && IsStr(b) {
		return StrEqual(a, b), nil
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// Less returns a < b as a Go bool.
func Less(t *Thread, a, b Value) (bool, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return a.SmallInt() < b.SmallInt(), nil
	}
	r, err := RichCompare(t, a, b, LT)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r == True, nil
	}
	return Truth(t, r)
}

var swapped = [...]CompareOp{LT: GT, LE: GE, EQ: EQ, NE: NE, GT: LT, GE: LE}

var compareNames = [...]string{LT: "__lt__", LE: "__le__", EQ: "__eq__", NE: "__ne__", GT: "__gt__", GE: "__ge__"}

// CompareSymbols are the operators as error messages spell them.
var CompareSymbols = [...]string{LT: "<", LE: "<=", EQ: "==", NE: "!=", GT: ">", GE: ">="}

// RichCompare evaluates a op b with CPython's reflection rules.
func RichCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	reflectedFirst := ta != tb && tb.IsSubtype(ta) && overrides(t, tb, compareNames[swapped[op]])
	if reflectedFirst {
		r, err := compareOne(t, tb, b, a, swapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := compareOne(t, ta, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !reflectedFirst {
		r, err = compareOne(t, tb, b, a, swapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case EQ:
		return Bool(a == b), nil
	case NE:
		return Bool(a != b), nil
	}
	return Null, TypeError("'%s' not supported between instances of '%s' and '%s'", CompareSymbols[op], ta.Name, tb.Name)
}

// overrides reports whether user class typ defines name itself somewhere
// below the built-in part of its MRO.
func overrides(t *Thread, typ *Type, name string) bool {
	if !isUser(typ) {
		return false
	}
	for _, m := range typ.MRO {
		if !isUser(m) {
			return false
		}
		if m.ownAttr(t, name) != Null {
			return true
		}
	}
	return false
}

// compareOne asks a's type to compare a with b.
func compareOne(t *Thread, typ *Type, a, b Value, op CompareOp) (Value, error) {
	if !isUser(typ) {
		if typ.Slots.Compare != nil {
			return typ.Slots.Compare(t, a, b, op)
		}
		return objectCompare(a, b, op), nil
	}
	m := typ.Lookup(t, compareNames[op])
	if m == Null {
		return NotImplemented, nil
	}
	return callBound(t, m, a, []Value{b}, nil)
}

// objectCompare is object's comparison: identity for == and !=.
func objectCompare(a, b Value, op CompareOp) Value {
	switch op {
	case EQ:
		if a == b {
			return True
		}
	case NE:
		if a != b {
			return True
		}
		return False
	}
	return NotImplemented
}

// Iter returns iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Iter != nil {
			return typ.Slots.Iter(t, v)
		}
		if typ.Slots.GetItem != nil && typ != DictType {
			return newSeqIter(t, v), nil
		}
		return Null, TypeError("'%s' object is not iterable", typ.Name)
	}
	m := typ.Lookup(t, "__iter__")
	if m == None || m == Null {
		if m == Null && typ.Lookup(t, "__getitem__") != Null {
			return newSeqIter(t, v), nil
		}
		return Null, TypeError("'%s' object is not iterable", typ.Name)
	}
	it, err := callBound(t, m, v, nil, nil)
	if err != nil {
		return Null, err
	}
	if TypeOf(it).Lookup(t, "__next__") == Null && (isUser(TypeOf(it)) || TypeOf(it).Slots.Next == nil) {
		return Null, TypeError("iter() returned non-iterator of type '%s'", TypeName(it))
	}
	return it, nil
}

// Next advances an iterator; it returns Null when the iterator is exhausted.
func Next(t *Thread, it Value) (Value, error) {
	v, err := NextStop(t, it)
	if err != nil && IsStopIteration(err) {
		return Null, nil
	}
	return v, err
}

// NextStop is Next for callers that need the value an exhausted iterator
// carries (next(), yield from): a generator's return value comes back as a
// StopIteration error with that value; plain exhaustion is still Null.
func NextStop(t *Thread, it Value) (Value, error) {
	typ := TypeOf(it)
	if !isUser(typ) && typ.Slots.Next != nil {
		return typ.Slots.Next(t, it)
	}
	m := typ.Lookup(t, "__next__")
	if m == Null {
		return Null, TypeError("'%s' object is not an iterator", typ.Name)
	}
	return callBound(t, m, it, nil, nil)
}

// Collect returns all the items of an iterable.
func Collect(t *Thread, iterable Value) ([]Value, error) {
	if IsTuple(iterable) {
		return TupleItems(iterable), nil
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		v, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == Null {
			return out, nil
		}
		out = append(out, v)
	}
}

// CollectUnpinned is Collect for callers that want the collector to be
// able to run while a generator produces the items (list(gen),
// "".join(gen), sorted(gen)): it roots the iterable, its iterator, the
// items so far and the values in keep, which must be every other guest
// value the caller holds in Go variables and still needs afterwards.
// (Arguments of a call from the interpreter stay on its rooted stack.)
func CollectUnpinned(t *Thread, iterable Value, keep ...Value) ([]Value, error) {
	if IsTuple(iterable) {
		return TupleItems(iterable), nil
	}
	var out []Value
	t.PushRoots(&out)
	t.PushRoots(&keep)
	defer t.PopRoots(0, 2)
	err := ForEachUnpinned(t, iterable, func(v Value) (bool, error) {
		out = append(out, v)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// nextUnpinned is Next through Interp.NextUnpinned when an interpreter is
// attached (see there for the caller's obligation).
func nextUnpinned(t *Thread, it Value) (Value, error) {
	if t.Interp == nil {
		return Next(t, it)
	}
	v, err := t.Interp.NextUnpinned(t, it)
	if err != nil && IsStopIteration(err) {
		return Null, nil
	}
	return v, err
}

// IsTuple reports whether v is exactly a tuple.
func IsTuple(v Value) bool { return v.IsRef() && classOf(v) == tupleClass }

// AsIndex converts v to a Go int through __index__.
func AsIndex(t *Thread, v Value) (int, error) {
	if v.IsSmallInt() {
		return int(v.SmallInt()), nil
	}
	iv, err := IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := IntValue(iv)
	if !ok {
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// IndexValue returns operator.index(v): an int.
func IndexValue(t *Thread, v Value) (Value, error) {
	if IsIntOrBool(v) {
		if v.IsBool() {
			return MakeSmallInt(int64(boolInt(v))), nil
		}
		return v, nil
	}
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Index != nil {
			return typ.Slots.Index(t, v)
		}
	} else if r, found, err := CallMethod(t, v, "__index__"); found {
		if err != nil {
			return Null, err
		}
		if !IsIntOrBool(r) {
			return Null, TypeError("__index__ returned non-int (type %s)", TypeName(r))
		}
		return r, nil
	}
	return Null, TypeError("'%s' object cannot be interpreted as an integer", typ.Name)
}

func boolInt(v Value) int {
	if v == True {
		return 1
	}
	return 0
}

// GetItem returns obj[key].
func GetItem(t *Thread, obj, key Value) (Value, error) {
	typ := TypeOf(obj)
	if !isUser(typ) {
		if typ.Slots.GetItem != nil {
			return typ.Slots.GetItem(t, obj, key)
		}
		if cls := AsType(obj); cls != nil {
			return classGetItem(t, cls, key)
		}
		return Null, TypeError("'%s' object is not subscriptable", typ.Name)
	}
	m := typ.Lookup(t, "__getitem__")
	if m == Null {
		return Null, TypeError("'%s' object is not subscriptable", typ.Name)
	}
	v, err := callBound(t, m, obj, []Value{key}, nil)
	if err != nil && typ.Solid == DictType && Matches(err, KeyErrorType) {
		if missing := typ.Lookup(t, "__missing__"); missing != Null {
			return callBound(t, missing, obj, []Value{key}, nil)
		}
	}
	return v, err
}

// classGetItem supports list[int] style generic aliases minimally: it
// returns the class itself.
func classGetItem(t *Thread, cls *Type, key Value) (Value, error) {
	if m := cls.Lookup(t, "__class_getitem__"); m != Null {
		f, err := superBindClass(t, m, cls.Ref)
		if err != nil {
			return Null, err
		}
		if f == m && IsFunction(m) {
			return Call(t, m, []Value{cls.Ref, key}, nil)
		}
		return Call(t, f, []Value{key}, nil)
	}
	if !isUser(cls) {
		return cls.Ref, nil
	}
	return Null, TypeError("type '%s' is not subscriptable", cls.Name)
}

// SetItem performs obj[key] = val.
func SetItem(t *Thread, obj, key, val Value) error {
	typ := TypeOf(obj)
	if !isUser(typ) {
		if typ.Slots.SetItem != nil {
			return typ.Slots.SetItem(t, obj, key, val)
		}
		return TypeError("'%s' object does not support item assignment", typ.Name)
	}
	m := typ.Lookup(t, "__setitem__")
	if m == Null {
		return TypeError("'%s' object does not support item assignment", typ.Name)
	}
	_, err := callBound(t, m, obj, []Value{key, val}, nil)
	return err
}

// DelItem performs del obj[key].
func DelItem(t *Thread, obj, key Value) error {
	typ := TypeOf(obj)
	if !isUser(typ) {
		if typ.Slots.SetItem != nil {
			return typ.Slots.SetItem(t, obj, key, Null)
		}
		return TypeError("'%s' object does not support item deletion", typ.Name)
	}
	m := typ.Lookup(t, "__delitem__")
	if m == Null {
		return TypeError("'%s' object does not support item deletion", typ.Name)
	}
	_, err := callBound(t, m, obj, []Value{key}, nil)
	return err
}

// Contains returns item in container.
func Contains(t *Thread, container, item Value) (bool, error) {
	typ := TypeOf(container)
	if !isUser(typ) {
		if typ.Slots.Contains != nil {
			return typ.Slots.Contains(t, container, item)
		}
	} else if m := typ.Lookup(t, "__contains__"); m != Null {
		r, err := callBound(t, m, container, []Value{item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	it, err := Iter(t, container)
	if err != nil {
		if Matches(err, TypeErrorType) {
			return false, TypeError("argument of type '%s' is not iterable", typ.Name)
		}
		return false, err
	}
	for {
		v, err := Next(t, it)
		if err != nil || v == Null {
			return false, err
		}
		if eq, err := Equal(t, v, item); err != nil || eq {
			return eq, err
		}
	}
}

// CallMethod0 calls the class attribute m (found by a lookup on obj's type)
// as a method of obj with no arguments.
func CallMethod0(t *Thread, obj, m Value) (Value, error) {
	return callBound(t, m, obj, nil, nil)
}

// Ascii returns ascii(v): repr with non-ASCII characters escaped.
func Ascii(t *Thread, v Value) (string, error) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	var b []byte
	for _, c := range r {
		switch {
		case c < 0x80:
			b = append(b, byte(c))
		case c < 0x100:
			b = append(b, fmt.Sprintf("\\x%02x", c)...)
		case c < 0x10000:
			b = append(b, fmt.Sprintf("\\u%04x", c)...)
		default:
			b = append(b, fmt.Sprintf("\\U%08x", c)...)
		}
	}
	return string(b), nil
}

// CallMethod0Args calls the class attribute m as a method of obj.
func CallMethod0Args(t *Thread, obj, m Value, args ...Value) (Value, error) {
	return callBound(t, m, obj, args, nil)
}

// ForEachUnpinned calls f on each item of iterable, letting the collector
// run while a generator produces the items. The iterable, its iterator and
// the variables in roots are rooted meanwhile; f must keep every other
// guest value it stores across items in one of those variables.
func ForEachUnpinned(t *Thread, iterable Value, f func(Value) (stop bool, err error), roots ...*Value) error {
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	t.PushRoot(&iterable)
	t.PushRoot(&it)
	for _, r := range roots {
		t.PushRoot(r)
	}
	defer t.PopRoots(2+len(roots), 0)
	for {
		x, err := nextUnpinned(t, it)
		if err != nil || x == Null {
			return err
		}
		if stop, err := f(x); stop || err != nil {
			return err
		}
	}
}
