package object

import (
	"slices"
	"strings"

	"atompy.dev/atompy/gc"
)

// Attribute access: the generic getattr/setattr/delattr of CPython's
// object and type, with data descriptors (property) taking precedence over
// instance attributes, which take precedence over non-data descriptors
// (functions, which bind into methods).

// GetAttr returns v.name. Like CPython's PyObject_GetAttr, it records
// name and v on an AttributeError leaving it that does not carry them yet
// (one raised by a __getattr__, say), as the error's name and obj: the
// traceback printer's "Did you mean" suggestion needs them.
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	r, err := getAttr(t, v, name)
	if err != nil {
		addAttributeContext(t, err, v, name)
	}
	return r, err
}

func getAttr(t *Thread, v Value, name string) (Value, error) {
	if cls := AsType(v); cls != nil {
		return typeGetAttr(t, cls, name)
	}
	typ := TypeOf(v)
	if typ == SuperType {
		return superGetAttr(t, v, name)
	}
	descr := typ.Lookup(t, name)
	if descr != Null && isDataDescriptor(t, descr) {
		return descrGet(t, descr, v, typ)
	}
	if s := ShapeOfTx(t, v); s != nil {
		if val, ok := instanceAttr(t, v, s, name); ok {
			return val, nil
		}
	}
	if descr != Null {
		return bindDescriptor(t, descr, v, typ)
	}
	if r, err := specialAttr(t, v, typ, name); r != Null || err != nil {
		return r, err
	}
	if isUser(typ) {
		if ga := typ.Lookup(t, "__getattr__"); ga != Null {
			return callBound(t, ga, v, []Value{NewStr(t, name)}, nil)
		}
	}
	return Null, attributeError(typ, name)
}

// ShapeOfTx is ShapeOf for a transaction that holds no lock on v and
// acts on the shape: it reads the header through the read barrier, so the
// shape is the committed one at the transaction's snapshot (a writer
// adding an attribute, or assigning __class__, holds the object's lock
// while the header says something that may still be rolled back), and the
// transaction conflicts with any later change. Decisions that rest on the
// header alone (hasattr() finding nothing, a method that no instance
// attribute shadows, the slot an attribute lives in) need it; a plain
// header read has no marker behind it, so a concurrent commit could change
// the header and something read afterwards, and this transaction would
// see the new value beside the old header (docs/stm.md section 6, "The
// header"). Built-in objects never change class: their header needs no
// barrier.
func ShapeOfTx(t *Thread, v Value) *Shape {
	if !v.IsRef() || classInfoOf(classOf(v)).shape == nil {
		return nil
	}
	w := t.TX.Read(v.Addr(), 0)
	return classInfoOf(uint32(w & gc.ClassMask)).shape
}

// LockedShapeOf returns the shape of an instance that the transaction is
// about to modify, after write-locking it: from then on no other
// transaction can change the shape, so slot indexes computed from it stay
// right. It returns nil (locking nothing) for other objects.
func LockedShapeOf(t *Thread, v Value) *Shape {
	if ShapeOf(v) == nil {
		return nil
	}
	t.TX.OpenWrite(v.Addr())
	return ShapeOf(v)
}

// SameShape reports whether instance v still has shape s (see
// TryGetSlot).
func SameShape(v Value, s *Shape) bool { return classOf(v) == s.ID }

func attributeError(typ *Type, name string) error {
	return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
}

// specialAttr serves attributes that every object has (__class__) and the
// built-in types' GetAttr slots (function.__name__, module globals, ...).
func specialAttr(t *Thread, v Value, typ *Type, name string) (Value, error) {
	if name == "__class__" {
		return typ.Ref, nil
	}
	solid := typ
	if isUser(typ) {
		solid = typ.Solid
		if s := ShapeOfTx(t, v); name == "__dict__" && s != nil && (!s.Frozen || s.DictMode) {
			return instanceDict(t, v), nil
		}
	}
	if solid.Slots.GetAttr != nil {
		return solid.Slots.GetAttr(t, Payload(t, v), name)
	}
	return Null, nil
}

// instanceAttr reads an attribute stored in an instance.
func instanceAttr(t *Thread, v Value, s *Shape, name string) (Value, bool) {
	i := s.Index(name)
	if s.DictMode && i < 0 {
		return DictGetStr(t, GetSlot(t, v, s.dictSlot()), name)
	}
	if i < 0 {
		return Null, false
	}
	val := GetSlot(t, v, i)
	return val, val != Null
}

// instanceDict returns a dict of an instance's attributes. Outside dict mode
// it is a snapshot: writes to it do not reach the instance (a documented
// difference from CPython).
func instanceDict(t *Thread, v Value) Value {
	s := ShapeOfTx(t, v)
	if s.DictMode {
		return GetSlot(t, v, s.dictSlot())
	}
	d := NewDict(t)
	for i, n := range s.Names {
		if i < s.Root {
			continue
		}
		if val := GetSlot(t, v, i); val != Null {
			DictSetStr(t, d, n, val)
		}
	}
	return d
}

// isDataDescriptor reports whether a class attribute takes precedence over
// instance attributes: a property, or an instance of a user class that
// defines __set__ or __delete__.
func isDataDescriptor(t *Thread, d Value) bool {
	if !d.IsRef() {
		return false
	}
	if classOf(d) == propertyClass {
		return true
	}
	dt := TypeOf(d)
	return isUser(dt) && (dt.Lookup(t, "__set__") != Null || dt.Lookup(t, "__delete__") != Null)
}

// userDescrMethod returns the __get__/__set__/__delete__ of a user-defined
// descriptor, or Null.
func userDescrMethod(t *Thread, d Value, name string) Value {
	if !d.IsRef() {
		return Null
	}
	dt := TypeOf(d)
	if !isUser(dt) {
		return Null
	}
	return dt.Lookup(t, name)
}

// descrGet evaluates a data descriptor for instance obj of type typ.
func descrGet(t *Thread, d, obj Value, typ *Type) (Value, error) {
	if classOf(d) == propertyClass {
		return propertyGet(t, d, obj)
	}
	if get := userDescrMethod(t, d, "__get__"); get != Null {
		return callBound(t, get, d, []Value{obj, typ.Ref}, nil)
	}
	return d, nil
}

// propertyGet calls a property's getter.
func propertyGet(t *Thread, prop, obj Value) (Value, error) {
	fget := WrapperField(t, prop, 0)
	if fget == None || fget == Null {
		return Null, NewError(AttributeErrorType, "property object has no getter")
	}
	return Call(t, fget, []Value{obj}, nil)
}

// bindDescriptor turns a class attribute found for instance obj into the
// value obj.name evaluates to.
func bindDescriptor(t *Thread, d, obj Value, typ *Type) (Value, error) {
	if !d.IsRef() {
		return d, nil
	}
	switch classOf(d) {
	case functionClass:
		return NewMethod(t, d, obj), nil
	case builtinClass:
		b, bound := BuiltinOf(d)
		if bound != Null || b.Static || !b.Method {
			return d, nil
		}
		if b.ClassMethod {
			return BindBuiltin(t, d, typ.Ref), nil
		}
		return BindBuiltin(t, d, ReceiverFor(t, b, obj)), nil
	case staticClass:
		return WrapperField(t, d, 0), nil
	case classmethClass:
		return NewMethod(t, WrapperField(t, d, 0), typ.Ref), nil
	}
	if get := userDescrMethod(t, d, "__get__"); get != Null {
		return callBound(t, get, d, []Value{obj, typ.Ref}, nil)
	}
	return d, nil
}

// typeGetAttr is attribute lookup on a class object.
func typeGetAttr(t *Thread, cls *Type, name string) (Value, error) {
	if v, ok := typeMeta(t, cls, name); ok {
		return v, nil
	}
	d := cls.Lookup(t, name)
	if d == Null {
		if name == "__doc__" {
			return None, nil
		}
		// Methods of the metaclass (type.mro, type.__subclasses__).
		if m, ok := TypeType.Attrs[name]; ok && IsBuiltin(m) {
			return BindBuiltin(t, m, cls.Ref), nil
		}
		return Null, NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name)
	}
	if !d.IsRef() {
		return d, nil
	}
	switch classOf(d) {
	case staticClass:
		return WrapperField(t, d, 0), nil
	case classmethClass:
		return NewMethod(t, WrapperField(t, d, 0), cls.Ref), nil
	case builtinClass:
		if b, bound := BuiltinOf(d); b.ClassMethod && bound == Null {
			return BindBuiltin(t, d, cls.Ref), nil
		}
	}
	if get := userDescrMethod(t, d, "__get__"); get != Null {
		return callBound(t, get, d, []Value{None, cls.Ref}, nil)
	}
	return d, nil
}

// typeMeta serves the attributes that `type` defines for every class.
func typeMeta(t *Thread, cls *Type, name string) (Value, bool) {
	switch name {
	case "__name__":
		return NewStr(t, shortName(cls, cls.Name)), true
	case "__qualname__":
		return NewStr(t, shortName(cls, cls.Qualname)), true
	case "__module__":
		if isUser(cls) {
			if v, ok := DictGetStr(t, cls.Dict, "__module__"); ok {
				return v, true
			}
		} else if i := strings.LastIndexByte(cls.Name, '.'); i >= 0 {
			return NewStr(t, cls.Name[:i]), true
		}
		return NewStr(t, cls.Module), true
	case "__mro__":
		return typeTuple(t, cls.MRO), true
	case "__bases__":
		return typeTuple(t, cls.Bases), true
	case "__base__":
		if len(cls.Bases) == 0 {
			return None, true
		}
		return cls.Bases[0].Ref, true
	case "__class__":
		return TypeType.Ref, true
	case "__dict__":
		return typeDict(t, cls), true
	}
	return Null, false
}

func typeTuple(t *Thread, ts []*Type) Value {
	items := make([]Value, len(ts))
	for i, x := range ts {
		items[i] = x.Ref
	}
	return NewTuple(t, items)
}

// typeDict returns a copy of a class namespace (CPython returns a read-only
// mappingproxy; a copy has the same reading behaviour).
func typeDict(t *Thread, cls *Type) Value {
	if isUser(cls) {
		return DictCopy(t, cls.Dict)
	}
	d := NewDict(t)
	for k, v := range cls.Attrs {
		DictSetStr(t, d, k, v)
	}
	return d
}

// SetAttr performs v.name = val.
func SetAttr(t *Thread, v Value, name string, val Value) error {
	if cls := AsType(v); cls != nil {
		return typeSetAttr(t, cls, name, val)
	}
	typ := TypeOf(v)
	if isUser(typ) {
		if m := typ.Lookup(t, "__setattr__"); m != Null && !isObjectMethod(m) {
			_, err := callBound(t, m, v, []Value{NewStr(t, name), val}, nil)
			return err
		}
	}
	return GenericSetAttr(t, v, name, val)
}

// isObjectMethod reports whether m is one of object's own methods.
func isObjectMethod(m Value) bool {
	if !IsBuiltin(m) {
		return false
	}
	b, _ := BuiltinOf(m)
	return b.Owner == ObjectType
}

// GenericSetAttr is object.__setattr__.
func GenericSetAttr(t *Thread, v Value, name string, val Value) error {
	typ := TypeOf(v)
	if d := typ.Lookup(t, name); d != Null && isDataDescriptor(t, d) {
		if classOf(d) != propertyClass {
			set := userDescrMethod(t, d, "__set__")
			if set == Null {
				return NewError(AttributeErrorType, "__set__")
			}
			_, err := callBound(t, set, d, []Value{v, val}, nil)
			return err
		}
		fset := WrapperField(t, d, 1)
		if fset == None || fset == Null {
			return NewError(AttributeErrorType, "property '%s' of '%s' object has no setter", name, typ.Name)
		}
		_, err := Call(t, fset, []Value{v, val}, nil)
		return err
	}
	if name == "__class__" {
		return assignClass(t, v, val)
	}
	s := LockedShapeOf(t, v)
	if s == nil {
		if !isUser(typ) && typ.Slots.SetAttr != nil {
			return typ.Slots.SetAttr(t, v, name, val)
		}
		if typ.Lookup(t, name) != Null {
			return NewError(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name)
		}
		return attributeError(typ, name)
	}
	return setInstanceAttr(t, v, s, name, val)
}

func setInstanceAttr(t *Thread, v Value, s *Shape, name string, val Value) error {
	if i := s.Index(name); i >= 0 {
		SetSlot(t, v, i, val)
		return nil
	}
	if s.DictMode {
		DictSetStr(t, GetSlot(t, v, s.dictSlot()), name, val)
		return nil
	}
	s2 := s.With(name)
	if s2 == nil {
		if s.Frozen {
			return attributeError(s.Type, name)
		}
		toDictMode(t, v, s)
		return setInstanceAttr(t, v, ShapeOf(v), name, val)
	}
	addSlot(t, v, s2, val)
	return nil
}

// toDictMode moves an instance whose attributes no longer fit a shape
// (too many, or one was deleted) to its class's dict-mode shape.
func toDictMode(t *Thread, v Value, s *Shape) {
	d := instanceDict(t, v)
	ds := s.Type.dictShape()
	a := v.Addr()
	t.TX.OpenWrite(a)
	setClassBits(a, ds.ID)
	SetSlot(t, v, ds.dictSlot(), d)
}

// DelAttr performs del v.name.
func DelAttr(t *Thread, v Value, name string) error {
	if cls := AsType(v); cls != nil {
		if !isUser(cls) {
			return TypeError("cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
		}
		ok, err := DictDel(t, cls.Dict, NewStr(t, name))
		if err == nil && !ok {
			err = NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name)
		}
		cls.Touch(t)
		return err
	}
	typ := TypeOf(v)
	if isUser(typ) {
		if m := typ.Lookup(t, "__delattr__"); m != Null && !isObjectMethod(m) {
			_, err := callBound(t, m, v, []Value{NewStr(t, name)}, nil)
			return err
		}
	}
	return GenericDelAttr(t, v, name)
}

// GenericDelAttr is object.__delattr__.
func GenericDelAttr(t *Thread, v Value, name string) error {
	typ := TypeOf(v)
	if d := typ.Lookup(t, name); d != Null && isDataDescriptor(t, d) {
		if classOf(d) != propertyClass {
			del := userDescrMethod(t, d, "__delete__")
			if del == Null {
				return NewError(AttributeErrorType, "__delete__")
			}
			_, err := callBound(t, del, d, []Value{v}, nil)
			return err
		}
		fdel := WrapperField(t, d, 2)
		if fdel == None || fdel == Null {
			return NewError(AttributeErrorType, "property '%s' of '%s' object has no deleter", name, typ.Name)
		}
		_, err := Call(t, fdel, []Value{v}, nil)
		return err
	}
	if name == "__class__" {
		return TypeError("can't delete __class__ attribute")
	}
	s := LockedShapeOf(t, v)
	if s == nil {
		return attributeError(typ, name)
	}
	if _, ok := instanceAttr(t, v, s, name); !ok {
		return attributeError(typ, name)
	}
	if i := s.Index(name); i >= 0 && (s.Frozen || i < s.Root) {
		SetSlot(t, v, i, Null)
		return nil
	}
	if !s.DictMode {
		toDictMode(t, v, s)
		s = ShapeOf(v)
	}
	_, err := DictDel(t, GetSlot(t, v, s.dictSlot()), NewStr(t, name))
	return err
}

// setTypeString sets a Go-side name of a class (__name__, __qualname__,
// __module__), putting the old one back if the attempt aborts. (Threads
// that read the name meanwhile race with the write: names are plain Go
// strings that every error message reads.)
func setTypeString(t *Thread, p *string, s string) {
	old := *p
	t.TX.GoUndo(p, func() { *p = old })
	*p = s
}

// typeSetAttr assigns a class attribute.
func typeSetAttr(t *Thread, cls *Type, name string, val Value) error {
	if !isUser(cls) {
		return TypeError("cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
	}
	switch name {
	case "__name__":
		if !IsStr(val) {
			return TypeError("can only assign string to %s.__name__, not '%s'", cls.Name, TypeName(val))
		}
		setTypeString(t, &cls.Name, StrGo(val))
		return nil
	case "__qualname__":
		setTypeString(t, &cls.Qualname, StrGo(val))
		return nil
	case "__module__":
		if IsStr(val) {
			setTypeString(t, &cls.Module, StrGo(val))
		}
	}
	DictSetStr(t, cls.Dict, name, val)
	cls.Touch(t)
	return nil
}

// The name and obj attributes of NameError and AttributeError: None on
// the classes, set on an instance by the keyword arguments of its
// constructor, by Materialize from Exception.Name and Exception.Obj, or by
// GetAttr. (CPython keeps them in C fields; here they are ordinary
// instance attributes, so unlike CPython's they show in __dict__.)

func init() { OnBoot(10, bootErrorContext) }

func bootErrorContext(t *Thread) {
	NameErrorType.Attrs["name"] = None
	AttributeErrorType.Attrs["name"] = None
	AttributeErrorType.Attrs["obj"] = None
	DefMethod(t, NameErrorType, "__init__", exceptionInitKeywords("name"))
	DefMethod(t, AttributeErrorType, "__init__", exceptionInitKeywords("name", "obj"))
}

// exceptionInitKeywords returns an exception __init__ that takes the
// given keyword arguments as attributes, the positional ones as args.
func exceptionInitKeywords(names ...string) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		pos := args[:len(args)-len(kw)]
		for i, k := range kw {
			if !slices.Contains(names, k) {
				return Null, TypeError("'%s' is an invalid keyword argument for %s()", k, TypeName(self))
			}
			if err := SetAttr(t, self, k, args[len(pos)+i]); err != nil {
				return Null, err
			}
		}
		SetSlot(t, self, ExcArgsSlot, NewTuple(t, pos))
		return None, nil
	}
}

// setErrorContext gives a newly materialized exception the name and obj
// its Go-side form carried.
func setErrorContext(t *Thread, v Value, e *Exception) {
	if e.Name != "" {
		SetAttr(t, v, "name", NewStr(t, e.Name))
	}
	if e.Obj != Null {
		SetAttr(t, v, "obj", e.Obj)
	}
}

// addAttributeContext records name and obj on an AttributeError (or
// subclass) that has neither yet. An error raised by Go code gets them on
// its Go side, at no cost until it is materialized.
func addAttributeContext(t *Thread, err error, obj Value, name string) {
	e, ok := err.(*Exception)
	if !ok || !e.Type.IsSubtype(AttributeErrorType) {
		return
	}
	if e.Value == Null {
		if e.Name == "" && e.Obj == Null {
			e.Name, e.Obj = name, obj
		}
		return
	}
	if isUnsetAttr(t, e.Value, "name") && isUnsetAttr(t, e.Value, "obj") {
		// Like CPython, ignore an exception that refuses the attributes.
		_ = SetAttr(t, e.Value, "name", NewStr(t, name))
		_ = SetAttr(t, e.Value, "obj", obj)
	}
}

// isUnsetAttr reports whether exc's attribute is missing or None.
func isUnsetAttr(t *Thread, exc Value, name string) bool {
	v, err := getAttr(t, exc, name)
	return err != nil || v == None
}

// shortName drops the module prefix of a Go-defined type's dotted name
// ("array.array" is named array in module array, as CPython's tp_name).
func shortName(cls *Type, name string) string {
	if isUser(cls) {
		return name
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}
