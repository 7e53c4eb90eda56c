package builtins

import (
	"strings"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// Module operator: Python's operators as functions. It is written in Go
// because its functions exist to be cheap callbacks (sort keys, map,
// reduce): each is one call into the object protocol, where a Python
// version would add a frame per call. itemgetter, attrgetter and
// methodcaller are built-in types whose Call slot does the fetching. Every
// function is also available under its dunder name (operator.__add__ is
// operator.add), as in CPython.

func init() {
	registerGoModule("operator", buildOperator)
	object.OnBoot(60, bootOperator)
}

var itemgetterType, attrgetterType, methodcallerType *object.Type

func bootOperator(t *object.Thread) {
	mk := func(name string, n func(*object.Thread, *object.Type, []Value, []string) (Value, error),
		call func(*object.Thread, Value, []Value, []string) (Value, error),
		repr func(*object.Thread, Value) (string, error)) *object.Type {
		typ := object.NewBuiltinType(t, name, gc.ScanAll)
		typ.Module = "operator"
		typ.Slots.New = n
		typ.Slots.Call = call
		typ.Slots.Repr = repr
		return typ
	}
	itemgetterType = mk("itemgetter", itemgetterNew, itemgetterCall, itemgetterRepr)
	attrgetterType = mk("attrgetter", attrgetterNew, attrgetterCall, attrgetterRepr)
	methodcallerType = mk("methodcaller", methodcallerNew, methodcallerCall, methodcallerRepr)
}

// The binary operators by name; the in-place forms are "i" + name.
var operatorBinary = []struct {
	name string
	op   object.BinOp
}{
	{"add", object.OpAdd}, {"and_", object.OpAnd}, {"floordiv", object.OpFloorDiv},
	{"lshift", object.OpLShift}, {"matmul", object.OpMatMul}, {"mul", object.OpMul},
	{"mod", object.OpMod}, {"or_", object.OpOr}, {"pow", object.OpPow},
	{"rshift", object.OpRShift}, {"sub", object.OpSub}, {"truediv", object.OpTrueDiv},
	{"xor", object.OpXor},
}

var operatorCompare = []struct {
	name string
	op   object.CompareOp
}{
	{"lt", object.LT}, {"le", object.LE}, {"eq", object.EQ},
	{"ne", object.NE}, {"gt", object.GT}, {"ge", object.GE},
}

// noDunderAlias lists the functions that have no __name__ form.
var noDunderAlias = map[string]bool{
	"is_": true, "is_not": true, "truth": true, "countOf": true, "indexOf": true, "length_hint": true,
}

func buildOperator(th *vm.Thread) (Value, error) {
	b := newModule(th, "operator")
	def := func(name string, f object.BuiltinFn) {
		fn := object.NewBuiltin(b.t, &object.Builtin{Name: name, Fn: f})
		b.set(name, fn)
		if !noDunderAlias[name] {
			b.set("__"+strings.TrimSuffix(name, "_")+"__", fn)
		}
	}
	for _, e := range operatorBinary {
		def(e.name, binaryFn(e.name, e.op))
		def("i"+strings.TrimSuffix(e.name, "_"), binaryFn("i"+strings.TrimSuffix(e.name, "_"), e.op+object.InplaceOffset))
	}
	for _, e := range operatorCompare {
		def(e.name, compareFn(e.name, e.op))
	}
	def("neg", unaryFn("neg", func(t *object.Thread, v Value) (Value, error) { return object.UnaryOp(t, object.OpNeg, v) }))
	def("pos", unaryFn("pos", func(t *object.Thread, v Value) (Value, error) { return object.UnaryOp(t, object.OpPos, v) }))
	invert := func(t *object.Thread, v Value) (Value, error) { return object.UnaryOp(t, object.OpInvert, v) }
	def("inv", unaryFn("inv", invert))
	def("invert", unaryFn("invert", invert))
	def("abs", unaryFn("abs", object.Abs))
	def("index", unaryFn("index", object.IndexValue))
	def("not_", unaryFn("not_", func(t *object.Thread, v Value) (Value, error) {
		b, err := object.Truth(t, v)
		return object.Bool(!b), err
	}))
	def("truth", unaryFn("truth", func(t *object.Thread, v Value) (Value, error) {
		b, err := object.Truth(t, v)
		return object.Bool(b), err
	}))
	def("is_", pairFn("is_", func(t *object.Thread, a, b Value) (Value, error) { return object.Bool(a == b), nil }))
	def("is_not", pairFn("is_not", func(t *object.Thread, a, b Value) (Value, error) { return object.Bool(a != b), nil }))
	def("contains", pairFn("contains", func(t *object.Thread, a, b Value) (Value, error) {
		in, err := object.Contains(t, a, b)
		return object.Bool(in), err
	}))
	def("getitem", pairFn("getitem", object.GetItem))
	def("delitem", pairFn("delitem", func(t *object.Thread, a, b Value) (Value, error) {
		return object.None, object.DelItem(t, a, b)
	}))
	def("setitem", operatorSetitem)
	def("concat", pairFn("concat", concatFn(object.OpAdd)))
	def("iconcat", pairFn("iconcat", concatFn(object.OpAdd+object.InplaceOffset)))
	def("countOf", pairFn("countOf", operatorCountOf))
	def("indexOf", pairFn("indexOf", operatorIndexOf))
	def("length_hint", operatorLengthHint)
	def("call", operatorCall)
	for _, typ := range []*object.Type{itemgetterType, attrgetterType, methodcallerType} {
		b.set(typ.Name, typ.Ref)
	}
	return b.mod, nil
}

// operatorArgs checks a fixed positional arity with CPython's messages.
func operatorArgs(name string, args []Value, kw []string, n int) error {
	if len(kw) > 0 {
		return object.TypeError("_operator.%s() takes no keyword arguments", name)
	}
	return checkCount(name, args, nil, n, n)
}

func binaryFn(name string, op object.BinOp) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := operatorArgs(name, args, kw, 2); err != nil {
			return Null, err
		}
		return object.BinaryOp(t, op, args[0], args[1])
	}
}

func compareFn(name string, op object.CompareOp) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := operatorArgs(name, args, kw, 2); err != nil {
			return Null, err
		}
		return object.RichCompare(t, args[0], args[1], op)
	}
}

func pairFn(name string, f func(t *object.Thread, a, b Value) (Value, error)) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := operatorArgs(name, args, kw, 2); err != nil {
			return Null, err
		}
		return f(t, args[0], args[1])
	}
}

// unaryFn makes a one-argument function; CPython's messages for these
// read "_operator.neg() takes exactly one argument (2 given)".
func unaryFn(name string, f func(t *object.Thread, v Value) (Value, error)) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, object.TypeError("_operator.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return Null, object.TypeError("_operator.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(t, args[0])
	}
}

func operatorSetitem(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := operatorArgs("setitem", args, kw, 3); err != nil {
		return Null, err
	}
	return object.None, object.SetItem(t, args[0], args[1], args[2])
}

// concatFn is a + b (or a += b) for sequences only.
func concatFn(op object.BinOp) func(t *object.Thread, a, b Value) (Value, error) {
	return func(t *object.Thread, a, b Value) (Value, error) {
		typ := object.TypeOf(a)
		if !hasGetItem(t, typ) {
			return Null, object.TypeError("'%s' object can't be concatenated", typ.Name)
		}
		return object.BinaryOp(t, op, a, b)
	}
}

// hasGetItem is CPython's PySequence_Check: indexable and not a dict.
func hasGetItem(t *object.Thread, typ *object.Type) bool {
	if typ == object.DictType || typ.IsSubtype(object.DictType) {
		return false
	}
	if typ.Flags&object.FlagBuiltin != 0 {
		return typ.Slots.GetItem != nil
	}
	return typ.Lookup(t, "__getitem__") != Null
}

// forEachOf iterates seq for countOf and indexOf, with their message for
// what cannot be iterated.
func forEachOf(t *object.Thread, seq Value, f func(Value) (bool, error)) error {
	it, err := object.Iter(t, seq)
	if err != nil {
		if object.Matches(err, object.TypeErrorType) {
			return object.TypeError("argument of type '%s' is not iterable", object.TypeOf(seq).Name)
		}
		return err
	}
	for {
		x, err := object.Next(t, it)
		if err != nil || x == Null {
			return err
		}
		if stop, err := f(x); stop || err != nil {
			return err
		}
	}
}

// sameOrEqual is the test of `in` and list.count: identity, then ==.
func sameOrEqual(t *object.Thread, x, y Value) (bool, error) {
	if x == y && !x.IsFloat() {
		return true, nil
	}
	return object.Equal(t, x, y)
}

func operatorCountOf(t *object.Thread, seq, v Value) (Value, error) {
	n := 0
	err := forEachOf(t, seq, func(x Value) (bool, error) {
		eq, err := sameOrEqual(t, x, v)
		if eq {
			n++
		}
		return false, err
	})
	if err != nil {
		return Null, err
	}
	return object.MakeInt(t, int64(n)), nil
}

func operatorIndexOf(t *object.Thread, seq, v Value) (Value, error) {
	i, found := 0, false
	err := forEachOf(t, seq, func(x Value) (bool, error) {
		eq, err := sameOrEqual(t, x, v)
		if eq {
			found = true
		} else {
			i++
		}
		return found, err
	})
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, object.ValueError("sequence.index(x): x not in sequence")
	}
	return object.MakeInt(t, int64(i)), nil
}

// operatorLengthHint is length_hint(obj, default=0): len(obj) when obj has
// a length, else its __length_hint__, else default.
func operatorLengthHint(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("length_hint", args, kw, 1, 2); err != nil {
		return Null, err
	}
	dflt := 0
	if len(args) == 2 {
		if !object.IsIntOrBool(args[1]) {
			return Null, object.TypeError("'%s' object cannot be interpreted as an integer", object.TypeOf(args[1]).Name)
		}
		d, err := object.AsIndex(t, args[1])
		if err != nil {
			return Null, err
		}
		dflt = d
	}
	obj := args[0]
	typ := object.TypeOf(obj)
	hasLen := typ.Lookup(t, "__len__") != Null
	if typ.Flags&object.FlagBuiltin != 0 {
		hasLen = typ.Slots.Len != nil
	}
	if hasLen {
		n, err := object.Len(t, obj)
		if err == nil || !object.Matches(err, object.TypeErrorType) {
			return object.MakeInt(t, int64(n)), err
		}
	}
	hint := typ.Lookup(t, "__length_hint__")
	if hint == Null {
		return object.MakeInt(t, int64(dflt)), nil
	}
	r, err := object.CallMethod0(t, obj, hint)
	if err != nil {
		if object.Matches(err, object.TypeErrorType) {
			return object.MakeInt(t, int64(dflt)), nil
		}
		return Null, err
	}
	if r == object.NotImplemented {
		return object.MakeInt(t, int64(dflt)), nil
	}
	if !object.IsIntOrBool(r) {
		return Null, object.TypeError("__length_hint__ must be an integer, not %s", object.TypeOf(r).Name)
	}
	n, err := object.AsIndex(t, r)
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return Null, object.ValueError("__length_hint__() should return >= 0")
	}
	return r, nil
}

func operatorCall(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args)-len(kw) < 1 {
		return Null, object.TypeError("call expected at least 1 argument, got 0")
	}
	return object.Call(t, args[0], args[1:], kw)
}

// ---- itemgetter: field 0 the tuple of items ----

func itemgetterNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, object.TypeError("itemgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Null, object.TypeError("itemgetter expected 1 argument, got 0")
	}
	return newIterObject(t, itemgetterType, object.NewTuple(t, args)), nil
}

// getterArg checks the single argument of a getter's call.
func getterArg(name string, args []Value, kw []string) error {
	if len(kw) > 0 {
		return object.TypeError("%s() takes no keyword arguments", name)
	}
	return checkCount(name, args, nil, 1, 1)
}

func itemgetterCall(t *object.Thread, g Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("itemgetter", args, kw); err != nil {
		return Null, err
	}
	items := object.Field(t, g, 0)
	n := object.TupleLen(items)
	if n == 1 {
		return object.GetItem(t, args[0], object.TupleItem(items, 0))
	}
	out := make([]Value, n)
	for i := range out {
		x, err := object.GetItem(t, args[0], object.TupleItem(items, i))
		if err != nil {
			return Null, err
		}
		out[i] = x
	}
	return object.NewTuple(t, out), nil
}

// reprCall formats "operator.name(a, b, k=v)" from reprs of positional
// values and name=value pairs.
func reprCall(t *object.Thread, name string, values []Value, kwnames []string) (string, error) {
	parts := make([]string, 0, len(values))
	npos := len(values) - len(kwnames)
	for i, v := range values {
		r, err := object.Repr(t, v)
		if err != nil {
			return "", err
		}
		if i >= npos {
			r = kwnames[i-npos] + "=" + r
		}
		parts = append(parts, r)
	}
	return "operator." + name + "(" + strings.Join(parts, ", ") + ")", nil
}

func itemgetterRepr(t *object.Thread, g Value) (string, error) {
	if !object.ReprEnter(t, g) {
		return "operator.itemgetter(...)", nil
	}
	defer object.ReprLeave(t, g)
	return reprCall(t, "itemgetter", object.TupleItems(object.Field(t, g, 0)), nil)
}

// ---- attrgetter: field 0 the tuple of names, field 1 a tuple holding a
// tuple of the dotted parts of each name ----

func attrgetterNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, object.TypeError("attrgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Null, object.TypeError("attrgetter expected 1 argument, got 0")
	}
	paths := make([]Value, len(args))
	for i, a := range args {
		if !object.IsInstance(a, object.StrType) {
			return Null, object.TypeError("attribute name must be a string")
		}
		s, err := object.Str(t, a)
		if err != nil {
			return Null, err
		}
		parts := strings.Split(s, ".")
		strs := make([]Value, len(parts))
		for j, p := range parts {
			strs[j] = object.NewStr(t, p)
		}
		paths[i] = object.NewTuple(t, strs)
	}
	return newIterObject(t, attrgetterType, object.NewTuple(t, args), object.NewTuple(t, paths)), nil
}

func followPath(t *object.Thread, obj, path Value) (Value, error) {
	for _, name := range object.TupleItems(path) {
		var err error
		if obj, err = object.GetAttr(t, obj, object.StrGo(name)); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

func attrgetterCall(t *object.Thread, g Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("attrgetter", args, kw); err != nil {
		return Null, err
	}
	paths := object.Field(t, g, 1)
	n := object.TupleLen(paths)
	if n == 1 {
		return followPath(t, args[0], object.TupleItem(paths, 0))
	}
	out := make([]Value, n)
	for i := range out {
		x, err := followPath(t, args[0], object.TupleItem(paths, i))
		if err != nil {
			return Null, err
		}
		out[i] = x
	}
	return object.NewTuple(t, out), nil
}

func attrgetterRepr(t *object.Thread, g Value) (string, error) {
	return reprCall(t, "attrgetter", object.TupleItems(object.Field(t, g, 0)), nil)
}

// ---- methodcaller: field 0 the name, field 1 the arguments (positional,
// then keyword values), field 2 the tuple of keyword names ----

func methodcallerNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if len(args)-len(kw) < 1 {
		return Null, object.TypeError("methodcaller needs at least one argument, the method name")
	}
	if !object.IsInstance(args[0], object.StrType) {
		return Null, object.TypeError("method name must be a string")
	}
	names := make([]Value, len(kw))
	for i, k := range kw {
		names[i] = object.NewStr(t, k)
	}
	return newIterObject(t, methodcallerType, args[0],
		object.NewTuple(t, args[1:]), object.NewTuple(t, names)), nil
}

func methodcallerKwnames(t *object.Thread, m Value) []string {
	names := object.TupleItems(object.Field(t, m, 2))
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = object.StrGo(n)
	}
	return out
}

func methodcallerCall(t *object.Thread, m Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("methodcaller", args, kw); err != nil {
		return Null, err
	}
	name, err := object.Str(t, object.Field(t, m, 0))
	if err != nil {
		return Null, err
	}
	method, err := object.GetAttr(t, args[0], name)
	if err != nil {
		return Null, err
	}
	callArgs := append([]Value(nil), object.TupleItems(object.Field(t, m, 1))...)
	return object.Call(t, method, callArgs, methodcallerKwnames(t, m))
}

func methodcallerRepr(t *object.Thread, m Value) (string, error) {
	values := append([]Value{object.Field(t, m, 0)}, object.TupleItems(object.Field(t, m, 1))...)
	return reprCall(t, "methodcaller", values, methodcallerKwnames(t, m))
}
