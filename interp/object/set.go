package object

// Sets and frozensets are hash tables of the kind described in dict.go,
// with (hash, key) entries. Iteration follows insertion order, which is
// deterministic but, unlike dicts, not what CPython produces for sets.
//
// Operators take the type of their left operand (set | frozenset is a
// set), methods the type of their receiver, and the in-place operators
// mutate a set; frozenset's in-place forms fall back to the plain ones.

var setIterType *Type

// NewSet returns an empty set.
func NewSet(t *Thread) Value { return newTable(t, setClass, setStride, 0) }

// NewFrozenSet returns a frozenset of items.
func NewFrozenSet(t *Thread, items []Value) (Value, error) {
	s := newTable(t, frozensetClass, setStride, len(items))
	for _, x := range items {
		if err := SetAdd(t, s, x); err != nil {
			return Null, err
		}
	}
	return s, nil
}

// IsSetOrFrozen reports whether v is exactly a set or a frozenset.
func IsSetOrFrozen(v Value) bool {
	if !v.IsRef() {
		return false
	}
	c := classOf(v)
	return c == setClass || c == frozensetClass
}

// isSet reports whether v is exactly a (mutable) set.
func isSet(v Value) bool { return v.IsRef() && classOf(v) == setClass }

// setArg returns the set or frozenset behind v, which may be an instance
// of a subclass.
func setArg(t *Thread, v Value) (Value, bool) {
	p := Payload(t, v)
	return p, IsSetOrFrozen(p)
}

// SetAdd adds v to the set s (used by set displays and the frozenset
// constructor).
func SetAdd(t *Thread, s, v Value) error {
	h, err := keyHash(t, v)
	if err != nil {
		return err
	}
	return setAddHashed(t, s, truncHash(h), v)
}

func setAddHashed(t *Thread, s, hv, v Value) error {
	for {
		e, restart, err := tabProbe(t, s, setStride, v, hv)
		if err != nil {
			return err
		}
		if restart {
			continue
		}
		if e < 0 {
			tabAppend(t, s, setStride, hv, v, Null)
		}
		return nil
	}
}

// SetContains reports whether v is in s.
func SetContains(t *Thread, s, v Value) (bool, error) {
	e, err := setFind(t, s, v)
	return e >= 0, err
}

// setFind returns the entry of v in s, or -1. As in CPython, a set used as
// a key is looked up as the equal frozenset.
func setFind(t *Thread, s, v Value) (int, error) {
	h, err := keyHash(t, v)
	if err != nil {
		p, ok := setArg(t, v)
		if !ok || !Matches(err, TypeErrorType) {
			return -1, err
		}
		if v, err = NewFrozenSet(t, SetItems(t, p)); err != nil {
			return -1, err
		}
		if h, err = keyHash(t, v); err != nil {
			return -1, err
		}
	}
	return tabLookup(t, s, setStride, v, h)
}

// SetItems returns the elements of s in iteration order.
func SetItems(t *Thread, s Value) []Value {
	out := make([]Value, 0, tabLen(t, s))
	for e := tabNext(t, s, setStride, 0); e >= 0; e = tabNext(t, s, setStride, e+1) {
		out = append(out, tabEntry(t, s, setStride, e, 1))
	}
	return out
}

// setUpdate adds the elements of any iterable to s, reusing the stored
// hashes of sets and dicts.
func setUpdate(t *Thread, s, it Value) error {
	if p, ok := setArg(t, it); ok {
		return setMergeTable(t, s, p, setStride)
	}
	if IsDict(it) {
		return setMergeTable(t, s, it, dictStride)
	}
	items, err := Collect(t, it)
	if err != nil {
		return err
	}
	for _, x := range items {
		if err := SetAdd(t, s, x); err != nil {
			return err
		}
	}
	return nil
}

func setMergeTable(t *Thread, s, src Value, stride int) error {
	for e := tabNext(t, src, stride, 0); e >= 0; e = tabNext(t, src, stride, e+1) {
		if err := setAddHashed(t, s, tabEntry(t, src, stride, e, 0), tabEntry(t, src, stride, e, 1)); err != nil {
			return err
		}
	}
	return nil
}

// setCopyAs copies s into a new table of class cls.
func setCopyAs(t *Thread, s Value, cls uint32) Value {
	c := newTable(t, cls, setStride, tabLen(t, s))
	tabCopyInto(t, c, setStride, s, setStride)
	return c
}

// setOf returns the elements of an iterable as a set or frozenset: the
// argument itself when it already is one.
func setOf(t *Thread, it Value) (Value, error) {
	if p, ok := setArg(t, it); ok {
		return p, nil
	}
	s := NewSet(t)
	return s, setUpdate(t, s, it)
}

// Set algebra on tables; results have class cls.

func setIntersection(t *Thread, a, other Value, cls uint32) (Value, error) {
	b, err := setOf(t, other)
	if err != nil {
		return Null, err
	}
	small, big := a, b
	if tabLen(t, b) < tabLen(t, a) {
		small, big = b, a
	}
	out := newTable(t, cls, setStride, 0)
	for _, x := range SetItems(t, small) {
		in, err := SetContains(t, big, x)
		if err != nil {
			return Null, err
		}
		if in {
			if err := SetAdd(t, out, x); err != nil {
				return Null, err
			}
		}
	}
	return out, nil
}

func setDifference(t *Thread, a, other Value, cls uint32) (Value, error) {
	b, err := setOf(t, other)
	if err != nil {
		return Null, err
	}
	out := newTable(t, cls, setStride, 0)
	for _, x := range SetItems(t, a) {
		in, err := SetContains(t, b, x)
		if err != nil {
			return Null, err
		}
		if !in {
			if err := SetAdd(t, out, x); err != nil {
				return Null, err
			}
		}
	}
	return out, nil
}

func setSymDiff(t *Thread, a, other Value, cls uint32) (Value, error) {
	b, err := setOf(t, other)
	if err != nil {
		return Null, err
	}
	out, err := setDifference(t, a, b, cls)
	if err != nil {
		return Null, err
	}
	rest, err := setDifference(t, b, a, cls)
	if err != nil {
		return Null, err
	}
	return out, setUpdate(t, out, rest)
}

// setIsSubset reports whether every element of a is in b.
func setIsSubset(t *Thread, a, b Value) (bool, error) {
	if tabLen(t, a) > tabLen(t, b) {
		return false, nil
	}
	for _, x := range SetItems(t, a) {
		if in, err := SetContains(t, b, x); err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setReplace makes s hold exactly the elements of src.
func setReplace(t *Thread, s, src Value) {
	tabClear(t, s, setStride)
	tabCopyInto(t, s, setStride, src, setStride)
}

// setOp applies a set operator; a and b are sets or frozensets.
func setOp(t *Thread, op BinOp, a, b Value, cls uint32) (Value, error) {
	switch op {
	case OpOr:
		out := setCopyAs(t, a, cls)
		return out, setUpdate(t, out, b)
	case OpAnd:
		return setIntersection(t, a, b, cls)
	case OpSub:
		return setDifference(t, a, b, cls)
	case OpXor:
		return setSymDiff(t, a, b, cls)
	}
	return NotImplemented, nil
}

func setBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	pb, okB := setArg(t, b)
	if !okB {
		return NotImplemented, nil
	}
	if op >= InplaceOffset {
		if !isSet(a) {
			return NotImplemented, nil
		}
		r, err := setOp(t, op-InplaceOffset, a, pb, setClass)
		if err != nil || r == NotImplemented {
			return r, err
		}
		setReplace(t, a, r)
		return a, nil
	}
	pa, okA := setArg(t, a)
	if !okA {
		return NotImplemented, nil
	}
	return setOp(t, op, pa, pb, classOf(pa))
}

// viewBinary implements the set operators of dict keys and items views:
// the result is always a set built from the left operand.
func viewBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpOr, OpAnd, OpSub, OpXor:
	default:
		return NotImplemented, nil
	}
	s := NewSet(t)
	if err := setUpdate(t, s, a); err != nil {
		return Null, err
	}
	return setOp(t, op, s, b, setClass)
}

// setLikeLen, setLikeItems and setLikeContains treat sets, frozensets
// and keys/items views alike for comparisons.
func setLikeLen(t *Thread, v Value) int {
	if IsSetOrFrozen(v) {
		return tabLen(t, v)
	}
	return DictLen(t, viewDict(v))
}

func setLikeItems(t *Thread, v Value) ([]Value, error) {
	if IsSetOrFrozen(v) {
		return SetItems(t, v), nil
	}
	return Collect(t, v)
}

func setLikeContains(t *Thread, v, x Value) (bool, error) {
	if IsSetOrFrozen(v) {
		return SetContains(t, v, x)
	}
	return viewContains(t, v, x)
}

// setLikeSubset reports whether every element of a is in b.
func setLikeSubset(t *Thread, a, b Value) (bool, error) {
	items, err := setLikeItems(t, a)
	if err != nil {
		return false, err
	}
	for _, x := range items {
		if in, err := setLikeContains(t, b, x); err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setLikeCompare is the comparison of sets, frozensets and set-like dict
// views: equality and the subset/superset orders.
func setLikeCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	pb := Payload(t, b)
	if !IsSetOrFrozen(pb) && !isSetLikeView(pb) {
		return NotImplemented, nil
	}
	if IsSetOrFrozen(a) && !IsSetOrFrozen(pb) {
		return NotImplemented, nil // the view's reflected comparison decides
	}
	la, lb := setLikeLen(t, a), setLikeLen(t, pb)
	var sizeOK bool
	sub, super := a, pb
	switch op {
	case EQ, NE:
		sizeOK = la == lb
	case LE:
		sizeOK = la <= lb
	case LT:
		sizeOK = la < lb
	case GE:
		sizeOK, sub, super = la >= lb, pb, a
	case GT:
		sizeOK, sub, super = la > lb, pb, a
	}
	res := sizeOK
	if sizeOK {
		var err error
		if res, err = setLikeSubset(t, sub, super); err != nil {
			return Null, err
		}
	}
	if op == NE {
		res = !res
	}
	return Bool(res), nil
}

func setRepr(t *Thread, s Value) (string, error) {
	name := TypeOf(s).Name
	if tabLen(t, s) == 0 {
		return name + "()", nil
	}
	if !ReprEnter(t, s) {
		return name + "(...)", nil
	}
	defer ReprLeave(t, s)
	body, err := reprItems(t, SetItems(t, s))
	if err != nil {
		return "", err
	}
	if classOf(s) == setClass {
		return "{" + body + "}", nil
	}
	return name + "({" + body + "})", nil
}

// shuffleBits spreads the bits of an element hash before frozensetHash
// xors it in, as CPython does.
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozensetHash is CPython's order-independent frozenset hash, so that
// hash(frozenset(...)) agrees with CPython for ints.
func frozensetHash(t *Thread, s Value) (int64, error) {
	var h uint64
	for _, x := range SetItems(t, s) {
		xh, err := keyHash(t, x)
		if err != nil {
			return 0, err
		}
		h ^= shuffleBits(uint64(xh))
	}
	h ^= (uint64(tabLen(t, s)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h), nil
}

func setIterNext(t *Thread, it Value) (Value, error) {
	s, e, err := tabIterStep(t, it, setStride, false, "Set")
	if err != nil || e < 0 {
		return Null, err
	}
	return tabEntry(t, s, setStride, e, 1), nil
}

func newSetIter(t *Thread, s Value) (Value, error) {
	a := t.alloc(setIterType.Class, wordsSize(4))
	store(a, dictItDictOff, s)
	store(a, dictItPosOff, MakeSmallInt(0))
	store(a, dictItLenOff, MakeSmallInt(int64(tabLen(t, s))))
	return FromAddr(a), nil
}

func setInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if err := NoKwargs("set", kwnames); err != nil {
		return err
	}
	if len(args) > 1 {
		return TypeError("set expected at most 1 argument, got %d", len(args))
	}
	tabClear(t, self, setStride)
	if len(args) == 1 {
		return setUpdate(t, self, args[0])
	}
	return nil
}

func frozensetNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("frozenset", kwnames); err != nil {
		return Null, err
	}
	if len(args) > 1 {
		return Null, TypeError("frozenset expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 && isFrozenSet(args[0]) {
		return args[0], nil
	}
	s := newTable(t, frozensetClass, setStride, 0)
	if len(args) == 1 {
		if err := setUpdate(t, s, args[0]); err != nil {
			return Null, err
		}
	}
	return s, nil
}

// isFrozenSet reports whether v is exactly a frozenset.
func isFrozenSet(v Value) bool { return v.IsRef() && classOf(v) == frozensetClass }

func setSlots() Slots {
	return Slots{
		Repr: setRepr,
		Len:  func(t *Thread, v Value) (int, error) { return tabLen(t, v), nil },
		Bool: func(t *Thread, v Value) (bool, error) { return tabLen(t, v) > 0, nil },
		Iter: newSetIter,
		Contains: func(t *Thread, s, x Value) (bool, error) {
			return SetContains(t, s, x)
		},
		Compare: setLikeCompare,
		Binary:  setBinary,
	}
}

func bootSet(t *Thread) {
	SetType.Flags |= FlagUnhashable
	SetType.Slots = setSlots()
	SetType.Slots.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		s := NewSet(t)
		if cls != SetType {
			return s, nil // the subclass's __init__ gets the arguments
		}
		return s, setInit(t, s, args, kwnames)
	}
	SetType.Slots.Init = setInit
	FrozenSetType.Slots = setSlots()
	FrozenSetType.Slots.New = frozensetNew
	FrozenSetType.Slots.Hash = frozensetHash
	setIterType = newIterType(t, "set_iterator", setIterNext)
	for name, fn := range frozensetMethods {
		DefMethod(t, FrozenSetType, name, fn)
		DefMethod(t, SetType, name, fn)
	}
	for name, fn := range setMethods {
		DefMethod(t, SetType, name, fn)
	}
}

func init() { OnBoot(10, bootSet) }

// frozensetMethods are shared by set and frozenset; setMethods are the
// mutating ones.
var frozensetMethods = map[string]BuiltinFn{
	"copy":                 setCopyMethod,
	"union":                setMultiOp("union", OpOr),
	"intersection":         setMultiOp("intersection", OpAnd),
	"difference":           setMultiOp("difference", OpSub),
	"symmetric_difference": setSymDiffMethod,
	"issubset":             setIsSubsetMethod,
	"issuperset":           setIsSupersetMethod,
	"isdisjoint":           setIsDisjoint,
}

var setMethods = map[string]BuiltinFn{
	"add":                         setAddMethod,
	"remove":                      setRemoveMethod(true),
	"discard":                     setRemoveMethod(false),
	"pop":                         setPop,
	"clear":                       setClearMethod,
	"update":                      setUpdateMethod("update", OpOr),
	"intersection_update":         setUpdateMethod("intersection_update", OpAnd),
	"difference_update":           setUpdateMethod("difference_update", OpSub),
	"symmetric_difference_update": setSymDiffUpdate,
}

// setMethodName spells a method for argument errors ("set.add").
func setMethodName(self Value, name string) string { return TypeOf(self).Name + "." + name }

func setCopyMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount(setMethodName(self, "copy"), args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	if classOf(self) == frozensetClass {
		return self, nil
	}
	return setCopyAs(t, self, classOf(self)), nil
}

// setMultiOp makes union, intersection and difference, which take any
// number of iterables.
func setMultiOp(name string, op BinOp) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(setMethodName(self, name), kwnames); err != nil {
			return Null, err
		}
		res := setCopyAs(t, self, classOf(self))
		for _, other := range args {
			var err error
			if op == OpOr {
				err = setUpdate(t, res, other)
			} else {
				res, err = setOp(t, op, res, other, classOf(self))
			}
			if err != nil {
				return Null, err
			}
		}
		return res, nil
	}
}

func setSymDiffMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount(setMethodName(self, "symmetric_difference"), args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	return setSymDiff(t, self, args[0], classOf(self))
}

func setIsSubsetMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount(setMethodName(self, "issubset"), args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	b, err := setOf(t, args[0])
	if err != nil {
		return Null, err
	}
	r, err := setIsSubset(t, self, b)
	return Bool(r), err
}

func setIsSupersetMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount(setMethodName(self, "issuperset"), args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	b, err := setOf(t, args[0])
	if err != nil {
		return Null, err
	}
	r, err := setIsSubset(t, b, self)
	return Bool(r), err
}

// setIsDisjoint serves sets, frozensets and dict views.
func setIsDisjoint(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount(setMethodName(self, "isdisjoint"), args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	items, err := Collect(t, args[0])
	if err != nil {
		return Null, err
	}
	for _, x := range items {
		var in bool
		if IsSetOrFrozen(self) {
			in, err = SetContains(t, self, x)
		} else {
			in, err = Contains(t, self, x)
		}
		if err != nil || in {
			return Bool(false), err
		}
	}
	return True, nil
}

func setAddMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("set.add", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	return None, SetAdd(t, self, args[0])
}

// setRemoveMethod makes remove (strict: KeyError when absent) and discard.
func setRemoveMethod(strict bool) BuiltinFn {
	name := "set.discard"
	if strict {
		name = "set.remove"
	}
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := noKwArgCount(name, args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		e, err := setFind(t, self, args[0])
		if err != nil {
			return Null, err
		}
		if e < 0 {
			if strict {
				return Null, KeyError(args[0])
			}
			return None, nil
		}
		tabDelete(t, self, setStride, e)
		return None, nil
	}
}

func setPop(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("set.pop", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	e := tabNext(t, self, setStride, tabInt(t, self, tabFirstOff))
	if e < 0 {
		return Null, NewErrorArgs(KeyErrorType, NewStr(t, "pop from an empty set"))
	}
	v := tabEntry(t, self, setStride, e, 1)
	tabSetInt(t, self, tabFirstOff, e+1)
	tabDelete(t, self, setStride, e)
	return v, nil
}

func setClearMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("set.clear", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	tabClear(t, self, setStride)
	return None, nil
}

// setUpdateMethod makes update, intersection_update and difference_update.
func setUpdateMethod(name string, op BinOp) BuiltinFn {
	multi := setMultiOp(name, op)
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if op == OpOr {
			if err := NoKwargs("set."+name, kwnames); err != nil {
				return Null, err
			}
			for _, other := range args {
				if err := setUpdate(t, self, other); err != nil {
					return Null, err
				}
			}
			return None, nil
		}
		r, err := multi(t, self, args, kwnames)
		if err != nil {
			return Null, err
		}
		setReplace(t, self, r)
		return None, nil
	}
}

func setSymDiffUpdate(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("set.symmetric_difference_update", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	r, err := setSymDiff(t, self, args[0], setClass)
	if err != nil {
		return Null, err
	}
	setReplace(t, self, r)
	return None, nil
}
