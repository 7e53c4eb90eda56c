package object

import (
	"fmt"
	"strings"
)

// Behaviour of the core built-in types: object, type, the exception base,
// functions, methods, cells, modules, property, staticmethod, classmethod,
// super and the sequence iterator.

func init() {
	OnBoot(0, bootObject)
	OnBoot(0, bootFunctions)
	OnBoot(0, bootExceptionMethods)
	OnBoot(1000, exposeAllSlots)
}

func bootObject(t *Thread) {
	o := ObjectType
	DefMethod(t, o, "__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	DefStatic(t, o, "__new__", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, TypeError("object.__new__(): not enough arguments")
		}
		cls := AsType(args[0])
		if cls == nil {
			return Null, TypeError("object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		if !isUser(cls) && cls.Flags&FlagException == 0 {
			return CallType(t, cls, args[1:], kw)
		}
		return allocInstance(t, cls, args[1:], kw)
	})
	DefMethod(t, o, "__repr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return NewStr(t, defaultRepr(t, self)), nil
	})
	DefMethod(t, o, "__str__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := Repr(t, self)
		return NewStr(t, s), err
	})
	DefMethod(t, o, "__hash__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return MakeSmallInt(identityHash(self) >> 17), nil
	})
	for op := LT; op <= GE; op++ {
		op := op
		DefMethod(t, o, compareNames[op], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount(compareNames[op], args, 1, 1); err != nil {
				return Null, err
			}
			if op == NE {
				r, err := RichCompare(t, self, args[0], EQ)
				if err != nil || r == NotImplemented {
					return r, err
				}
				b, err := Truth(t, r)
				return Bool(!b), err
			}
			return objectCompare(self, args[0], op), nil
		})
	}
	DefMethod(t, o, "__setattr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__setattr__", args, 2, 2); err != nil {
			return Null, err
		}
		if !IsStr(args[0]) {
			return Null, TypeError("attribute name must be string, not '%s'", TypeName(args[0]))
		}
		return None, GenericSetAttr(t, self, StrGo(args[0]), args[1])
	})
	DefMethod(t, o, "__delattr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__delattr__", args, 1, 1); err != nil {
			return Null, err
		}
		return None, GenericDelAttr(t, self, StrGo(args[0]))
	})
	DefMethod(t, o, "__getattribute__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__getattribute__", args, 1, 1); err != nil {
			return Null, err
		}
		return GetAttr(t, self, StrGo(args[0]))
	})
	DefMethod(t, o, "__format__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__format__", args, 1, 1); err != nil {
			return Null, err
		}
		if IsStr(args[0]) && StrByteLen(args[0]) > 0 {
			return Null, TypeError("unsupported format string passed to %s.__format__", TypeName(self))
		}
		s, err := Str(t, self)
		return NewStr(t, s), err
	})
	DefClassMethod(t, o, "__init_subclass__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	ObjectType.Slots.New = func(t *Thread, cls *Type, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, TypeError("object() takes no arguments")
		}
		return FromAddr(t.alloc(objectClass, wordsSize(0))), nil
	}
	ObjectType.Slots.Repr = func(t *Thread, v Value) (string, error) { return defaultRepr(t, v), nil }
	TypeType.Slots.Repr = func(t *Thread, v Value) (string, error) { return typeRepr(AsType(v)), nil }
	TypeType.Slots.Call = func(t *Thread, v Value, args []Value, kw []string) (Value, error) {
		return CallType(t, AsType(v), args, kw)
	}
	DefMethod(t, TypeType, "mro", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return NewList(t, TupleItems(typeTuple(t, AsType(self).MRO))), nil
	})
	DefMethod(t, TypeType, "__subclasses__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		var out []Value
		for _, s := range AsType(self).Subclasses() {
			out = append(out, s.Ref)
		}
		return NewList(t, out), nil
	})
	NoneType.Slots.Bool = func(t *Thread, v Value) (bool, error) { return false, nil }
	for _, typ := range []*Type{ListType, DictType, SetType, ByteArrayType} {
		typ.Flags |= FlagUnhashable
	}
	IteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	IteratorType.Slots.Next = seqIterNext
}

// The sequence iterator serves objects that only have __getitem__: word 2
// the sequence, word 3 the next index (Null once exhausted).
func newSeqIter(t *Thread, seq Value) Value {
	a := t.alloc(iterClass, wordsSize(2))
	store(a, off0, seq)
	store(a, off1, MakeSmallInt(0))
	return FromAddr(a)
}

func seqIterNext(t *Thread, it Value) (Value, error) {
	a := it.Addr()
	i := t.read(a, off1)
	if i == Null {
		return Null, nil
	}
	v, err := GetItem(t, t.read(a, off0), i)
	if err != nil {
		if Matches(err, IndexErrorType) || IsStopIteration(err) {
			t.write(a, off1, Null)
			return Null, nil
		}
		return Null, err
	}
	t.write(a, off1, MakeSmallInt(i.SmallInt()+1))
	return v, nil
}

func bootFunctions(t *Thread) {
	FunctionType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return fmt.Sprintf("<function %s at %#x>", StrGo(FuncField(t, v, FuncQualnameOff)), Identity(v)), nil
	}
	FunctionType.Slots.GetAttr = functionGetAttr
	FunctionType.Slots.SetAttr = functionSetAttr
	MethodType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		fn, self := MethodParts(v)
		name := "?"
		if n, err := GetAttr(t, fn, "__qualname__"); err == nil && IsStr(n) {
			name = StrGo(n)
		}
		r, err := Repr(t, self)
		return "<bound method " + name + " of " + r + ">", err
	}
	MethodType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		fn, self := MethodParts(v)
		switch name {
		case "__func__":
			return fn, nil
		case "__self__":
			return self, nil
		}
		return GetAttr(t, fn, name)
	}
	MethodType.Slots.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		if (op != EQ && op != NE) || !IsMethod(b) {
			return NotImplemented, nil
		}
		f1, s1 := MethodParts(a)
		f2, s2 := MethodParts(b)
		return Bool((f1 == f2 && s1 == s2) == (op == EQ)), nil
	}
	MethodType.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		f, s := MethodParts(v)
		return identityHash(f) ^ identityHash(s), nil
	}
	BuiltinFunctionType.Slots.Repr = builtinRepr
	BuiltinFunctionType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		b, self := BuiltinOf(v)
		switch name {
		case "__name__", "__qualname__":
			return NewStr(t, b.Name), nil
		case "__self__":
			if self == Null {
				return None, nil
			}
			return self, nil
		case "__doc__":
			return None, nil
		}
		return Null, nil
	}
	CellType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		if name == "cell_contents" {
			c := CellGet(t, v)
			if c == Null {
				return Null, ValueError("Cell is empty")
			}
			return c, nil
		}
		return Null, nil
	}
	bootModuleType(t)
	bootDescriptors(t)
}

func builtinRepr(t *Thread, v Value) (string, error) {
	b, self := BuiltinOf(v)
	if self == Null || IsModule(self) {
		return "<built-in function " + b.Name + ">", nil
	}
	if cls := AsType(self); cls != nil && b.ClassMethod {
		return fmt.Sprintf("<built-in method %s of type object at %#x>", b.Name, Identity(self)), nil
	}
	return fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, TypeName(self), Identity(self)), nil
}

var funcFields = map[string]uintptr{
	"__name__": FuncNameOff, "__qualname__": FuncQualnameOff, "__defaults__": FuncDefaultsOff,
	"__kwdefaults__": FuncKwDefaultsOff, "__closure__": FuncClosureOff, "__module__": FuncModuleOff,
	"__doc__": FuncDocOff, "__globals__": FuncGlobalsOff,
}

func functionGetAttr(t *Thread, v Value, name string) (Value, error) {
	if off, ok := funcFields[name]; ok {
		r := FuncField(t, v, off)
		if r == Null {
			return None, nil
		}
		return r, nil
	}
	d := FuncField(t, v, FuncDictOff)
	if name == "__dict__" {
		if d == Null {
			d = NewDict(t)
			SetFuncField(t, v, FuncDictOff, d)
		}
		return d, nil
	}
	if d != Null {
		if r, ok := DictGetStr(t, d, name); ok {
			return r, nil
		}
	}
	return Null, nil
}

func functionSetAttr(t *Thread, v Value, name string, val Value) error {
	if off, ok := funcFields[name]; ok && name != "__globals__" && name != "__closure__" {
		if val == Null {
			val = None
		}
		if (name == "__name__" || name == "__qualname__") && !IsStr(val) {
			return TypeError("%s must be set to a string object", name)
		}
		SetFuncField(t, v, off, val)
		return nil
	}
	d := FuncField(t, v, FuncDictOff)
	if d == Null {
		d = NewDict(t)
		SetFuncField(t, v, FuncDictOff, d)
	}
	if val == Null {
		_, err := DictDel(t, d, NewStr(t, name))
		return err
	}
	DictSetStr(t, d, name, val)
	return nil
}

func bootModuleType(t *Thread) {
	ModuleType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		d := ModuleDict(v)
		name := "?"
		if n, ok := DictGetStr(t, d, "__name__"); ok && IsStr(n) {
			name = StrGo(n)
		}
		if f, ok := DictGetStr(t, d, "__file__"); ok && IsStr(f) {
			return fmt.Sprintf("<module '%s' from '%s'>", name, StrGo(f)), nil
		}
		return fmt.Sprintf("<module '%s' (built-in)>", name), nil
	}
	ModuleType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		d := ModuleDict(v)
		if name == "__dict__" {
			return d, nil
		}
		if r, ok := DictGetStr(t, d, name); ok {
			return r, nil
		}
		mod := "?"
		if n, ok := DictGetStr(t, d, "__name__"); ok && IsStr(n) {
			mod = StrGo(n)
		}
		return Null, NewError(AttributeErrorType, "module '%s' has no attribute '%s'", mod, name)
	}
	ModuleType.Slots.SetAttr = func(t *Thread, v Value, name string, val Value) error {
		d := ModuleDict(v)
		if val == Null {
			ok, err := DictDel(t, d, NewStr(t, name))
			if err == nil && !ok {
				err = NewError(AttributeErrorType, "module has no attribute '%s'", name)
			}
			return err
		}
		DictSetStr(t, d, name, val)
		return nil
	}
}

func bootDescriptors(t *Thread) {
	PropertyType.Slots.New = func(t *Thread, cls *Type, args []Value, kw []string) (Value, error) {
		fget, fset, fdel, doc := None, None, None, None
		if err := UnpackArgs("property", args, kw, []string{"fget?", "fset?", "fdel?", "doc?"}, &fget, &fset, &fdel, &doc); err != nil {
			return Null, err
		}
		return NewProperty(t, fget, fset, fdel, doc), nil
	}
	for i, name := range []string{"getter", "setter", "deleter"} {
		i := i
		DefMethod(t, PropertyType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, 1, 1); err != nil {
				return Null, err
			}
			f := []Value{WrapperField(t, self, 0), WrapperField(t, self, 1), WrapperField(t, self, 2), WrapperField(t, self, 3)}
			f[i] = args[0]
			return NewProperty(t, f[0], f[1], f[2], f[3]), nil
		})
	}
	PropertyType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		switch name {
		case "fget":
			return WrapperField(t, v, 0), nil
		case "fset":
			return WrapperField(t, v, 1), nil
		case "fdel":
			return WrapperField(t, v, 2), nil
		case "__doc__":
			if d := WrapperField(t, v, 3); d != None {
				return d, nil
			}
			if g := WrapperField(t, v, 0); g != None {
				return GetAttr(t, g, "__doc__")
			}
			return None, nil
		}
		return Null, nil
	}
	for _, typ := range []*Type{StaticMethodType, ClassMethType} {
		typ := typ
		cls := staticClass
		if typ == ClassMethType {
			cls = classmethClass
		}
		typ.Slots.New = func(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
			if err := ArgCount(typ.Name, args, 1, 1); err != nil {
				return Null, err
			}
			return newWrapper(t, cls, args[0]), nil
		}
		typ.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
			if name == "__func__" || name == "__wrapped__" {
				return WrapperField(t, v, 0), nil
			}
			return Null, nil
		}
	}
	StaticMethodType.Slots.Call = func(t *Thread, v Value, args []Value, kw []string) (Value, error) {
		return Call(t, WrapperField(t, v, 0), args, kw)
	}
	SuperType.Slots.GetAttr = superGetAttr
	SuperType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return "<super: <class '" + AsType(load(v.Addr(), off0)).Name + "'>, <" + TypeName(load(v.Addr(), off1)) + " object>>", nil
	}
}

// NewSuper makes super(cls, obj).
func NewSuper(t *Thread, cls *Type, obj Value) (Value, error) {
	ot := TypeOf(obj)
	if c := AsType(obj); c != nil && c.IsSubtype(cls) {
		ot = c
	} else if !ot.IsSubtype(cls) {
		return Null, TypeError("super(type, obj): obj must be an instance or subtype of type")
	}
	a := t.alloc(superClass, wordsSize(3))
	store(a, off0, cls.Ref)
	store(a, off1, obj)
	store(a, off2, ot.Ref)
	return FromAddr(a), nil
}

// superGetAttr looks name up in the MRO of the object's type, after cls.
func superGetAttr(t *Thread, v Value, name string) (Value, error) {
	a := v.Addr()
	cls, obj, ot := AsType(load(a, off0)), load(a, off1), AsType(load(a, off2))
	if name == "__class__" {
		return SuperType.Ref, nil
	}
	mro := ot.MRO
	i := 0
	for i < len(mro) && mro[i] != cls {
		i++
	}
	for _, m := range mro[min(i+1, len(mro)):] {
		d := m.ownAttr(t, name)
		if d == Null {
			continue
		}
		if AsType(obj) != nil {
			return superBindClass(t, d, obj)
		}
		if isDataDescriptor(t, d) {
			return descrGet(t, d, obj, ot)
		}
		return bindDescriptor(t, d, obj, ot)
	}
	return Null, NewError(AttributeErrorType, "'super' object has no attribute '%s'", name)
}

// superBindClass binds an attribute found through super(cls, C) where C is
// a class (classmethods, __new__).
func superBindClass(t *Thread, d, cls Value) (Value, error) {
	if d.IsRef() {
		switch classOf(d) {
		case classmethClass:
			return NewMethod(t, WrapperField(t, d, 0), cls), nil
		case staticClass:
			return WrapperField(t, d, 0), nil
		case builtinClass:
			if b, bound := BuiltinOf(d); b.ClassMethod && bound == Null {
				return BindBuiltin(t, d, cls), nil
			}
		}
	}
	return d, nil
}

func bootExceptionMethods(t *Thread) {
	b := BaseExceptionType
	DefMethod(t, b, "__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		SetSlot(t, self, ExcArgsSlot, NewTuple(t, args))
		return None, nil
	})
	DefMethod(t, b, "__str__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := exceptionStr(t, self)
		return NewStr(t, s), err
	})
	DefMethod(t, b, "__repr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := Repr(t, GetSlot(t, self, ExcArgsSlot))
		if err != nil {
			return Null, err
		}
		if TupleLen(GetSlot(t, self, ExcArgsSlot)) == 1 {
			r = strings.TrimSuffix(r, ",)") + ")"
		}
		return NewStr(t, TypeOf(self).Name+r), nil
	})
	DefMethod(t, b, "with_traceback", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("with_traceback", args, 1, 1); err != nil {
			return Null, err
		}
		SetSlot(t, self, ExcTracebackSlot, args[0])
		return self, nil
	})
	KeyErrorType.Attrs["__str__"] = NewBuiltin(t, &Builtin{Name: "__str__", Method: true, Owner: KeyErrorType,
		Fn: func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			a := GetSlot(t, self, ExcArgsSlot)
			if TupleLen(a) == 1 {
				s, err := Repr(t, TupleItem(a, 0))
				return NewStr(t, s), err
			}
			s, err := exceptionStr(t, self)
			return NewStr(t, s), err
		}})
	bootOSError(t)
	exceptionArgAttr(t, StopIterationType, "value")
	exceptionArgAttr(t, SystemExitType, "code")
}

// exceptionArgAttr gives an exception type an attribute that reads args[0]
// (StopIteration.value, SystemExit.code).
func exceptionArgAttr(t *Thread, typ *Type, name string) {
	getter := NewBuiltin(t, &Builtin{Name: name, Fn: func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a := GetSlot(t, args[0], ExcArgsSlot)
		if a == Null || TupleLen(a) == 0 {
			return None, nil
		}
		return TupleItem(a, 0), nil
	}})
	typ.Attrs[name] = NewProperty(t, getter, None, None, None)
}

// exceptionStr is BaseException.__str__.
func exceptionStr(t *Thread, self Value) (string, error) {
	a := GetSlot(t, self, ExcArgsSlot)
	switch {
	case a == Null || TupleLen(a) == 0:
		return "", nil
	case TupleLen(a) == 1:
		return Str(t, TupleItem(a, 0))
	}
	return Repr(t, a)
}

// exposeAllSlots publishes the Go slots of every built-in type as dunder
// methods, so that explicit calls (int.__add__(1, 2), super().__init__())
// and user subclasses find them by attribute lookup.
func exposeAllSlots(t *Thread) {
	AllTypes(func(typ *Type) {
		if !isUser(typ) {
			exposeSlots(t, typ)
		}
	})
}

func exposeSlots(t *Thread, typ *Type) {
	s := &typ.Slots
	def := func(name string, fn BuiltinFn) {
		if _, ok := typ.Attrs[name]; !ok {
			typ.Attrs[name] = NewBuiltin(t, &Builtin{Name: name, Fn: fn, Method: true, Owner: typ})
		}
	}
	if s.New != nil {
		if _, ok := typ.Attrs["__new__"]; !ok {
			typ.Attrs["__new__"] = NewBuiltin(t, &Builtin{Name: "__new__", Static: true, Owner: typ,
				Fn: func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
					if len(args) == 0 || AsType(args[0]) == nil {
						return Null, TypeError("%s.__new__(X): X is not a type object", typ.Name)
					}
					cls := AsType(args[0])
					if isUser(cls) {
						return allocInstance(t, cls, args[1:], kw)
					}
					return s.New(t, cls, args[1:], kw)
				}})
		}
	}
	if s.Init != nil {
		def("__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, s.Init(t, self, args, kw)
		})
	}
	if s.Repr != nil {
		def("__repr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := s.Repr(t, self)
			return NewStr(t, r), err
		})
	}
	if s.Str != nil {
		def("__str__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := s.Str(t, self)
			return NewStr(t, r), err
		})
	}
	if s.Hash != nil {
		def("__hash__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			h, err := s.Hash(t, self)
			return MakeInt(t, h), err
		})
	} else if typ.Flags&FlagUnhashable != 0 {
		typ.Attrs["__hash__"] = None
	}
	exposeProtocolSlots(t, typ, def)
}

func exposeProtocolSlots(t *Thread, typ *Type, def func(string, BuiltinFn)) {
	s := &typ.Slots
	if s.Compare != nil {
		for op := LT; op <= GE; op++ {
			op := op
			def(compareNames[op], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := ArgCount(compareNames[op], args, 1, 1); err != nil {
					return Null, err
				}
				return s.Compare(t, self, Payload(t, args[0]), op)
			})
		}
	}
	if s.Len != nil {
		def("__len__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, err := s.Len(t, self)
			return MakeSmallInt(int64(n)), err
		})
	}
	// CPython's containers have __len__ only (truth comes from it); range
	// is the one that also has __bool__. A Bool slot without __len__ is a
	// number's.
	if s.Bool != nil && (s.Len == nil || typ == RangeType) {
		def("__bool__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, err := s.Bool(t, self)
			return Bool(b), err
		})
	}
	if s.Iter != nil {
		def("__iter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return s.Iter(t, self)
		})
	}
	if s.Next != nil {
		def("__next__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			v, err := s.Next(t, self)
			if err == nil && v == Null {
				return Null, StopIter()
			}
			return v, err
		})
	}
	if s.GetItem != nil {
		def("__getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount("__getitem__", args, 1, 1); err != nil {
				return Null, err
			}
			return s.GetItem(t, self, args[0])
		})
	}
	if s.SetItem != nil {
		def("__setitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount("__setitem__", args, 2, 2); err != nil {
				return Null, err
			}
			return None, s.SetItem(t, self, args[0], args[1])
		})
		def("__delitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount("__delitem__", args, 1, 1); err != nil {
				return Null, err
			}
			return None, s.SetItem(t, self, args[0], Null)
		})
	}
	if s.Contains != nil {
		def("__contains__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := ArgCount("__contains__", args, 1, 1); err != nil {
				return Null, err
			}
			b, err := s.Contains(t, self, args[0])
			return Bool(b), err
		})
	}
	if s.Binary != nil {
		for op := OpAdd; op <= OpXor; op++ {
			op := op
			def(binNames[op][0], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := ArgCount(binNames[op][0], args, 1, 1); err != nil {
					return Null, err
				}
				return s.Binary(t, op, self, Payload(t, args[0]))
			})
			def(binNames[op][1], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := ArgCount(binNames[op][1], args, 1, 1); err != nil {
					return Null, err
				}
				return s.Binary(t, op, Payload(t, args[0]), self)
			})
			if inplaceMutates(typ) {
				def(binNames[op][2], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
					if err := ArgCount(binNames[op][2], args, 1, 1); err != nil {
						return Null, err
					}
					return s.Binary(t, op+InplaceOffset, self, Payload(t, args[0]))
				})
			}
		}
	}
	if s.Unary != nil {
		for op := OpPos; op <= OpInvert; op++ {
			op := op
			def(unaryNames[op], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				return s.Unary(t, op, self)
			})
		}
	}
	if s.Index != nil {
		def("__index__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return s.Index(t, self)
		})
	}
	if s.Call != nil && typ != TypeType {
		def("__call__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return s.Call(t, self, args, kw)
		})
	}
}

// errnoTypes maps errno values to the OSError subclasses that
// OSError(errno, strerror) instantiates instead, as CPython does.
var errnoTypes = map[int64]**Type{
	1: &PermissionErrorType, 2: &FileNotFoundErrorType, 13: &PermissionErrorType,
	17: &FileExistsErrorType, 20: &NotADirectoryErrorType, 21: &IsADirectoryErrorType,
	110: &TimeoutErrorType,
}

// bootOSError gives OSError its errno/strerror/filename behaviour.
func bootOSError(t *Thread) {
	o := OSErrorType
	DefStatic(t, o, "__new__", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := AsType(args[0])
		rest := args[1:]
		if cls == OSErrorType && len(rest) >= 2 {
			if n, ok := IntValue(rest[0]); ok {
				if sub, ok := errnoTypes[n]; ok {
					cls = *sub
				}
			}
		}
		return allocInstance(t, cls, rest, kw)
	})
	DefMethod(t, o, "__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		SetSlot(t, self, ExcArgsSlot, NewTuple(t, args))
		errno, strerror, filename := None, None, None
		if len(args) >= 2 && len(args) <= 5 {
			errno, strerror = args[0], args[1]
			if len(args) >= 3 {
				filename = args[2]
			}
			if len(args) >= 3 {
				SetSlot(t, self, ExcArgsSlot, NewTuple(t, args[:2]))
			}
		}
		for name, v := range map[string]Value{"errno": errno, "strerror": strerror, "filename": filename} {
			if err := GenericSetAttr(t, self, name, v); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	DefMethod(t, o, "__str__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		get := func(n string) Value {
			v, err := GetAttr(t, self, n)
			if err != nil {
				return None
			}
			return v
		}
		errno, strerror, filename := get("errno"), get("strerror"), get("filename")
		if errno == None && strerror == None {
			s, err := exceptionStr(t, self)
			return NewStr(t, s), err
		}
		es, err := Str(t, errno)
		if err != nil {
			return Null, err
		}
		ss, err := Str(t, strerror)
		if err != nil {
			return Null, err
		}
		out := "[Errno " + es + "] " + ss
		if filename != None {
			fr, err := Repr(t, filename)
			if err != nil {
				return Null, err
			}
			out += ": " + fr
		}
		return NewStr(t, out), nil
	})
}
