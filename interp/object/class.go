package object

// Classes defined by programs and the calling of types.

// NewClass creates a user class, as type(name, bases, ns) does. ns is the
// namespace dict the class body filled; it becomes the class dict.
func NewClass(t *Thread, name string, bases []*Type, ns Value) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, TypeError("type '%s' is not an acceptable base type", b.Name)
		}
	}
	typ := &Type{Name: name, Qualname: name, Bases: bases, Dict: DictCopy(t, ns), Flags: FlagBaseType}
	mro, err := C3(typ, bases)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	if err := typ.chooseSolid(); err != nil {
		return nil, err
	}
	if q, ok := DictGetStr(t, typ.Dict, "__qualname__"); ok && IsStr(q) {
		typ.Qualname = StrGo(q)
		DictDel(t, typ.Dict, NewStr(t, "__qualname__"))
	}
	if m, ok := DictGetStr(t, typ.Dict, "__module__"); ok && IsStr(m) {
		typ.Module = StrGo(m)
	}
	for _, b := range bases {
		typ.Flags |= b.Flags & FlagException
	}
	if err := typ.makeRootShape(t); err != nil {
		return nil, err
	}
	typ.fixDunders(t)
	typ.register(t)
	typ.Touch(t)
	if err := typ.setNames(t); err != nil {
		return nil, err
	}
	return typ, nil
}

// setNames calls __set_name__(owner, name) on the class attributes that
// define it, as type.__new__ does.
func (typ *Type) setNames(t *Thread) error {
	for pos := 0; ; {
		var k, v Value
		pos, k, v = DictNext(t, typ.Dict, pos)
		if pos < 0 {
			return nil
		}
		if m := userDescrMethod(t, v, "__set_name__"); m != Null {
			if _, err := callBound(t, m, v, []Value{typ.Ref, k}, nil); err != nil {
				return err
			}
		}
	}
}

// chooseSolid picks the built-in layout instances will carry: the most
// derived built-in solid type among the bases; two unrelated ones conflict.
func (typ *Type) chooseSolid() error {
	solid := ObjectType
	for _, b := range typ.Bases {
		s := b.Solid
		switch {
		case s.IsSubtype(solid):
			solid = s
		case solid.IsSubtype(s):
		default:
			return TypeError("multiple bases have instance lay-out conflict")
		}
	}
	typ.Solid = solid
	return nil
}

// makeRootShape builds the shape of fresh instances: the inherited fixed
// slots (built-in payload, exception fields, __slots__ of bases) plus this
// class's own __slots__.
func (typ *Type) makeRootShape(t *Thread) error {
	var names []string
	// Instances lack a __dict__ only when every class of the MRO declares
	// __slots__ without one: a base whose instances have a dict (a user
	// class without __slots__, an exception) gives it to the subclass too.
	baseFrozen := true
	for _, b := range typ.MRO[1:] {
		if b.RootShape != nil {
			names = append(names, b.RootShape.Names[:b.RootShape.Root]...)
			baseFrozen = b.RootShape.Frozen
			break
		}
	}
	frozen := false
	if typ.Solid != ObjectType && len(names) == 0 {
		names = []string{BaseSlot}
	}
	slots, ok := DictGetStr(t, typ.Dict, "__slots__")
	if ok {
		own, err := slotNames(t, slots)
		if err != nil {
			return err
		}
		frozen = baseFrozen && !contains(own, "__dict__")
		for i, n := range own {
			own[i] = mangle(typ.Name, n)
		}
		for _, n := range own {
			if n != "__dict__" && !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	if frozen {
		typ.Flags |= FlagHasSlots
	}
	typ.RootShape = newRootShape(typ, dedupe(names), frozen)
	return nil
}

func slotNames(t *Thread, v Value) ([]string, error) {
	if IsStr(v) {
		return []string{StrGo(v)}, nil
	}
	items, err := Collect(t, v)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		if !IsStr(it) {
			return nil, TypeError("__slots__ items must be strings, not '%s'", TypeName(it))
		}
		out = append(out, StrGo(it))
	}
	return out, nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// fixDunders applies the class-creation rules for special methods: a class
// that defines __eq__ without __hash__ is unhashable, and __new__ and
// __init_subclass__ are implicitly static/class methods.
func (typ *Type) fixDunders(t *Thread) {
	d := typ.Dict
	if _, ok := DictGetStr(t, d, "__eq__"); ok {
		if _, ok := DictGetStr(t, d, "__hash__"); !ok {
			DictSetStr(t, d, "__hash__", None)
		}
	}
	if f, ok := DictGetStr(t, d, "__new__"); ok && IsFunction(f) {
		DictSetStr(t, d, "__new__", NewStaticMethod(t, f))
	}
	if f, ok := DictGetStr(t, d, "__init_subclass__"); ok && IsFunction(f) {
		DictSetStr(t, d, "__init_subclass__", NewClassMethod(t, f))
	}
	if f, ok := DictGetStr(t, d, "__class_getitem__"); ok && IsFunction(f) {
		DictSetStr(t, d, "__class_getitem__", NewClassMethod(t, f))
	}
}

// CallType instantiates cls: __new__ then, if the result is an instance of
// cls, __init__.
func CallType(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if cls == TypeType {
		return callTypeType(t, args, kwnames)
	}
	if !isUser(cls) && cls.Flags&FlagException == 0 {
		if cls.Slots.New == nil {
			return Null, TypeError("cannot create '%s' instances", cls.Name)
		}
		return cls.Slots.New(t, cls, args, kwnames)
	}
	obj, err := newObject(t, cls, args, kwnames)
	if err != nil || !TypeOf(obj).IsSubtype(cls) {
		return obj, err
	}
	init := cls.Lookup(t, "__init__")
	if isObjectMethod(init) {
		if len(args) > 0 && isObjectMethod(cls.Lookup(t, "__new__")) {
			return Null, TypeError("%s() takes no arguments", cls.Name)
		}
		return obj, nil
	}
	r, err := callBound(t, init, obj, args, kwnames)
	if err != nil {
		return Null, err
	}
	if r != None {
		return Null, TypeError("__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// newObject runs __new__ for a user class (or an exception type).
func newObject(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	nw := cls.Lookup(t, "__new__")
	if nw != Null && !isObjectMethod(nw) {
		f := nw
		if nw.IsRef() && classOf(nw) == staticClass {
			f = WrapperField(t, nw, 0)
		}
		full := append([]Value{cls.Ref}, args...)
		return Call(t, f, full, kwnames)
	}
	return allocInstance(t, cls, args, kwnames)
}

// allocInstance is object.__new__ (and the built-in part of a subclass of a
// built-in type): a fresh instance with its built-in payload.
func allocInstance(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	obj := NewInstance(t, cls)
	if cls.Flags&FlagException != 0 {
		initExceptionSlots(t, obj, args)
		return obj, nil
	}
	if cls.Solid != ObjectType {
		// New learns the real class, so that a mutable built-in (list,
		// dict, deque) leaves filling to the subclass's __init__.
		payload, err := cls.Solid.Slots.New(t, cls, args, kwnames)
		if err != nil {
			return Null, err
		}
		SetSlot(t, obj, 0, payload)
	}
	return obj, nil
}

// callTypeType implements type(x) and type(name, bases, dict).
func callTypeType(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		return TypeOf(args[0]).Ref, nil
	}
	if len(args) != 3 {
		return Null, TypeError("type() takes 1 or 3 arguments")
	}
	if !IsStr(args[0]) {
		return Null, TypeError("type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	if !IsTuple(args[1]) {
		return Null, TypeError("type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	var bases []*Type
	for _, b := range TupleItems(args[1]) {
		bt := AsType(b)
		if bt == nil {
			return Null, TypeError("bases must be types")
		}
		bases = append(bases, bt)
	}
	ns := DictCopy(t, args[2])
	if _, ok := DictGetStr(t, ns, "__module__"); !ok {
		DictSetStr(t, ns, "__module__", NewStr(t, "__main__"))
	}
	typ, err := NewClass(t, StrGo(args[0]), bases, ns)
	if err != nil {
		return Null, err
	}
	return typ.Ref, nil
}

// initExceptionSlots sets the fixed fields of a new exception instance.
func initExceptionSlots(t *Thread, obj Value, args []Value) {
	SetSlot(t, obj, ExcArgsSlot, NewTuple(t, args))
	SetSlot(t, obj, ExcCauseSlot, None)
	SetSlot(t, obj, ExcContextSlot, None)
	SetSlot(t, obj, ExcSuppressSlot, False)
	SetSlot(t, obj, ExcTracebackSlot, None)
}

// Materialize returns the exception instance of e, creating it if e was
// raised by Go code.
func Materialize(t *Thread, e *Exception) (Value, error) {
	if e.Value != Null {
		return e.Value, nil
	}
	args := e.Args
	if args == nil && e.Msg != "" {
		args = []Value{NewStr(t, e.Msg)}
	}
	v, err := CallType(t, e.Type, args, nil)
	if err != nil {
		return Null, err
	}
	e.Value = v
	setErrorContext(t, v, e)
	return v, nil
}

// ExceptionMessage renders the "Type: message" line of a traceback.
func ExceptionMessage(t *Thread, v Value) string {
	typ := TypeOf(v)
	name := typ.Qualname
	if typ.Module != "builtins" && typ.Module != "" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	s, err := Str(t, v)
	if err != nil {
		s = "<exception str() failed>"
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}

// qualifiedName returns module.qualname for user classes.
func qualifiedName(typ *Type) string {
	if typ.Module == "builtins" || typ.Module == "" {
		return typ.Qualname
	}
	return typ.Module + "." + typ.Qualname
}

// typeRepr renders <class 'x'>.
func typeRepr(typ *Type) string {
	return "<class '" + qualifiedName(typ) + "'>"
}

// mangle applies private name mangling to a __slots__ entry, as type()
// does: __x in class C becomes _C__x.
func mangle(class, name string) string {
	if len(name) < 3 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	stripped := class
	for len(stripped) > 0 && stripped[0] == '_' {
		stripped = stripped[1:]
	}
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}
