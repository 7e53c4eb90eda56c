package builtins

import (
	"sort"
	"strings"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// Attribute access, type checks and introspection.

// attrName checks that an attribute name is a str.
func attrName(t *object.Thread, v Value) (string, error) {
	if !object.IsInstance(v, object.StrType) {
		return "", object.TypeError("attribute name must be string, not '%s'", object.TypeName(v))
	}
	return object.StrGo(object.Payload(t, v)), nil
}

func builtinGetattr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("getattr", args, kw, 2, 3); err != nil {
		return Null, err
	}
	name, err := attrName(t, args[1])
	if err != nil {
		return Null, err
	}
	v, err := object.GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && object.Matches(err, object.AttributeErrorType) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("setattr", args, kw, 3, 3); err != nil {
		return Null, err
	}
	name, err := attrName(t, args[1])
	if err != nil {
		return Null, err
	}
	return object.None, object.SetAttr(t, args[0], name, args[2])
}

func builtinHasattr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("hasattr", args, kw, 2, 2); err != nil {
		return Null, err
	}
	name, err := attrName(t, args[1])
	if err != nil {
		return Null, err
	}
	if _, err := object.GetAttr(t, args[0], name); err != nil {
		if object.Matches(err, object.AttributeErrorType) {
			return object.False, nil
		}
		return Null, err
	}
	return object.True, nil
}

func builtinDelattr(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("delattr", args, kw, 2, 2); err != nil {
		return Null, err
	}
	name, err := attrName(t, args[1])
	if err != nil {
		return Null, err
	}
	return object.None, object.DelAttr(t, args[0], name)
}

func builtinIsinstance(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) != 0 {
		return Null, checkCount("isinstance", args, kw, 2, 2)
	}
	if cls := object.AsType(args[1]); cls != nil {
		return object.Bool(object.IsInstance(args[0], cls)), nil
	}
	ok, err := matchClassInfo(t, object.TypeOf(args[0]), args[1],
		"isinstance() arg 2 must be a type, a tuple of types, or a union")
	return object.Bool(ok), err
}

func builtinIssubclass(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("issubclass", args, kw, 2, 2); err != nil {
		return Null, err
	}
	sub := object.AsType(args[0])
	if sub == nil {
		return Null, object.TypeError("issubclass() arg 1 must be a class")
	}
	ok, err := matchClassInfo(t, sub, args[1],
		"issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return object.Bool(ok), err
}

// matchClassInfo reports whether typ is a subtype of the class, or of any
// class in the (possibly nested) tuple, classinfo. A class whose metaclass
// defines __instancecheck__ is not supported: classes are plain types.
func matchClassInfo(t *object.Thread, typ *object.Type, classinfo Value, msg string) (bool, error) {
	if cls := object.AsType(classinfo); cls != nil {
		return typ.IsSubtype(cls), nil
	}
	if !object.IsInstance(classinfo, object.TupleType) {
		return false, object.TypeError("%s", msg)
	}
	for _, c := range object.TupleItems(object.Payload(t, classinfo)) {
		ok, err := matchClassInfo(t, typ, c, msg)
		if ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

func builtinVars(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("vars", args, kw, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return vm.FromObject(t).Locals(), nil
	}
	d, err := object.GetAttr(t, args[0], "__dict__")
	if err != nil {
		if object.Matches(err, object.AttributeErrorType) {
			return Null, object.TypeError("vars() argument must have __dict__ attribute")
		}
		return Null, err
	}
	return d, nil
}

func builtinGlobals(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("globals", args, kw); err != nil {
		return Null, err
	}
	f := vm.FromObject(t).CallerFrame()
	if f == nil {
		return object.NewDict(t), nil
	}
	return f.Globals, nil
}

func builtinLocals(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("locals", args, kw); err != nil {
		return Null, err
	}
	return vm.FromObject(t).Locals(), nil
}

// exactlyNone checks a function of no arguments.
func exactlyNone(name string, args []Value, kw []string) error {
	if err := object.NoKwargs(name, kw); err != nil {
		return err
	}
	return object.ArgCount(name, args, 0, 0)
}

func builtinDir(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("dir", args, kw, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return sortedKeys(t, vm.FromObject(t).Locals())
	}
	v := args[0]
	typ := object.TypeOf(v)
	if typ.Flags&object.FlagBuiltin == 0 && !isObjectDir(t, typ) {
		r, _, err := object.CallMethod(t, v, "__dir__")
		if err != nil {
			return Null, err
		}
		return sortedIterable(t, r)
	}
	names := map[string]bool{}
	switch {
	case object.IsModule(v):
		return sortedKeys(t, object.ModuleDict(v))
	case object.AsType(v) != nil:
		addTypeNames(t, names, object.AsType(v))
	default:
		if d, err := object.GetAttr(t, v, "__dict__"); err == nil && object.IsDict(d) {
			addDictNames(t, names, d)
		}
		addTypeNames(t, names, typ)
		names["__class__"] = true
	}
	return sortedNames(t, names), nil
}

// isObjectDir reports whether typ's __dir__ is the default one (there is
// none in this object model, so any __dir__ found is a user's).
func isObjectDir(t *object.Thread, typ *object.Type) bool {
	m := typ.Lookup(t, "__dir__")
	return m == Null || object.IsBuiltin(m)
}

// addTypeNames adds the attribute names of typ and its bases.
func addTypeNames(t *object.Thread, names map[string]bool, typ *object.Type) {
	for _, c := range typ.MRO {
		if c.Flags&object.FlagBuiltin != 0 {
			for k := range c.Attrs {
				names[k] = true
			}
			continue
		}
		addDictNames(t, names, c.Dict)
		if c.Flags&object.FlagHasSlots == 0 {
			names["__dict__"] = true
			names["__weakref__"] = true
		}
	}
	names["__doc__"] = true
	names["__module__"] = true
	names["__class__"] = true
}

func addDictNames(t *object.Thread, names map[string]bool, d Value) {
	for _, k := range object.DictKeys(t, d) {
		if object.IsStr(k) {
			names[object.StrGo(k)] = true
		}
	}
}

func sortedNames(t *object.Thread, names map[string]bool) Value {
	keys := make([]string, 0, len(names))
	for k := range names {
		if !strings.HasPrefix(k, "\x00") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = object.NewStr(t, k)
	}
	return object.NewList(t, out)
}

// sortedKeys returns the sorted keys of a namespace dict (or mapping).
func sortedKeys(t *object.Thread, d Value) (Value, error) {
	if object.IsDict(d) {
		names := map[string]bool{}
		addDictNames(t, names, d)
		return sortedNames(t, names), nil
	}
	return sortedIterable(t, d)
}

func sortedIterable(t *object.Thread, v Value) (Value, error) {
	items, err := object.Collect(t, v)
	if err != nil {
		return Null, err
	}
	if err := object.SortValues(t, items, object.None, false); err != nil {
		return Null, err
	}
	return object.NewList(t, items), nil
}

// superNew is super(...): with no arguments, the class and first argument
// of the calling method; with two, the explicit pair.
func superNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if err := checkCount("super", args, kw, 0, 2); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		cls, obj, err := vm.FromObject(t).SuperArgs()
		if err != nil {
			return Null, err
		}
		return object.NewSuper(t, cls, obj)
	}
	cls := object.AsType(args[0])
	if cls == nil {
		return Null, object.TypeError("super() argument 1 must be a type, not %s", object.TypeName(args[0]))
	}
	if len(args) == 1 {
		return Null, object.TypeError("super(type) without a second argument is not supported")
	}
	return object.NewSuper(t, cls, args[1])
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(),
// level=0) for absolute imports.
func builtinImport(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, globals, locals, fromlist, level := Null, object.None, object.None, object.None, object.MakeSmallInt(0)
	if err := object.UnpackArgs("__import__", args, kw, []string{"name", "globals?", "locals?", "fromlist?", "level?"},
		&name, &globals, &locals, &fromlist, &level); err != nil {
		return Null, err
	}
	if !object.IsStr(name) {
		return Null, object.TypeError("__import__() argument 1 must be str, not %s", object.TypeName(name))
	}
	if lv, ok := object.IntValue(level); !ok || lv != 0 {
		return Null, object.NewError(object.ImportErrorType, "attempted relative import with no known parent package")
	}
	th := vm.FromObject(t)
	full := object.StrGo(name)
	parts := strings.Split(full, ".")
	var top, mod Value
	for i := range parts {
		m, err := th.Import(strings.Join(parts[:i+1], "."))
		if err != nil {
			return Null, err
		}
		if i == 0 {
			top = m
		}
		mod = m
	}
	if fromlist != object.None {
		if n, err := object.Len(t, fromlist); err == nil && n > 0 {
			return mod, nil
		}
	}
	return top, nil
}
