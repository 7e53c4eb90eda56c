package builtins

import (
	"fmt"
	"strings"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// Helpers shared by the built-in modules.

func (st *state) registerModules() {
	st.v.RegisterModule("sys", st.buildSys)
	st.v.RegisterModule("math", buildMath)
	st.v.RegisterModule("time", buildTime)
	st.v.RegisterModule("builtins", st.buildBuiltins)
	for name, build := range goModules {
		st.v.RegisterModule(name, build)
	}
	registerLib(st.v)
}

// goModules holds the other modules written in Go; each file that defines
// one adds itself from an init function.
var goModules = map[string]func(th *vm.Thread) (Value, error){}

// registerGoModule adds a module written in Go (call it from init).
func registerGoModule(name string, build func(th *vm.Thread) (Value, error)) {
	goModules[name] = build
}

// moduleBuilder fills a module's dict.
type moduleBuilder struct {
	t    *object.Thread
	mod  Value
	dict Value
}

func newModule(th *vm.Thread, name string) moduleBuilder {
	m := object.NewModule(th.Thread, name)
	return moduleBuilder{t: th.Thread, mod: m, dict: object.ModuleDict(m)}
}

func (b moduleBuilder) set(name string, v Value) { object.DictSetStr(b.t, b.dict, name, v) }

func (b moduleBuilder) fn(name string, f object.BuiltinFn) {
	b.set(name, object.NewBuiltin(b.t, &object.Builtin{Name: name, Fn: f}))
}

// buildBuiltins makes `import builtins` work: a module holding the entries
// of the builtins dict (a copy: assigning builtins.x does not change the
// names programs see, a documented difference).
func (st *state) buildBuiltins(th *vm.Thread) (Value, error) {
	b := newModule(th, "builtins")
	t := th.Thread
	for pos, k, v := object.DictNext(t, st.v.Builtins, 0); pos >= 0; pos, k, v = object.DictNext(t, st.v.Builtins, pos) {
		if err := object.DictSet(t, b.dict, k, v); err != nil {
			return Null, err
		}
	}
	return b.mod, nil
}

// structSeq makes a named-tuple-like class (sys.version_info,
// sys.float_info, time.struct_time): a tuple subclass with a read-only
// property per field and CPython's module.name(field=value, ...) repr.
func structSeq(t *object.Thread, module, name string, fields []string) (*object.Type, error) {
	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, module))
	for i, f := range fields {
		i := i
		getter := object.NewBuiltin(t, &object.Builtin{Name: f, Fn: func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
			tup := object.Payload(t, args[0])
			if i >= object.TupleLen(tup) {
				return object.None, nil
			}
			return object.TupleItem(tup, i), nil
		}})
		object.DictSetStr(t, ns, f, object.NewProperty(t, getter, object.None, object.None, object.None))
	}
	prefix := module + "." + name
	object.DictSetStr(t, ns, "__repr__", object.NewBuiltin(t, &object.Builtin{Name: "__repr__", Method: true,
		Fn: func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
			tup := object.Payload(t, self)
			parts := make([]string, 0, len(fields))
			for i, f := range fields {
				if i >= object.TupleLen(tup) {
					break
				}
				r, err := object.Repr(t, object.TupleItem(tup, i))
				if err != nil {
					return Null, err
				}
				parts = append(parts, f+"="+r)
			}
			return object.NewStr(t, prefix+"("+strings.Join(parts, ", ")+")"), nil
		}}))
	return object.NewClass(t, name, []*object.Type{object.TupleType}, ns)
}

// newStructSeq makes an instance of a structSeq class.
func newStructSeq(t *object.Thread, typ *object.Type, values ...Value) (Value, error) {
	return object.CallType(t, typ, []Value{object.NewTuple(t, values)}, nil)
}

// namespaceType is types.SimpleNamespace (used by sys.implementation): one
// field, the attribute dict.
var namespaceType *object.Type

func init() { object.OnBoot(60, bootNamespace) }

func bootNamespace(t *object.Thread) {
	typ := object.NewBuiltinType(t, "SimpleNamespace", gc.ScanAll)
	typ.Module = "types"
	typ.Slots.GetAttr = func(t *object.Thread, v Value, name string) (Value, error) {
		d := object.Field(t, v, 0)
		if name == "__dict__" {
			return d, nil
		}
		x, _ := object.DictGetStr(t, d, name)
		return x, nil
	}
	typ.Slots.SetAttr = func(t *object.Thread, v Value, name string, x Value) error {
		d := object.Field(t, v, 0)
		if x == Null {
			ok, err := object.DictDel(t, d, object.NewStr(t, name))
			if err == nil && !ok {
				err = object.NewError(object.AttributeErrorType, "'types.SimpleNamespace' object has no attribute '%s'", name)
			}
			return err
		}
		object.DictSetStr(t, d, name, x)
		return nil
	}
	typ.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
		if !object.ReprEnter(t, v) {
			return "namespace(...)", nil
		}
		defer object.ReprLeave(t, v)
		d := object.Field(t, v, 0)
		var parts []string
		for pos, k, x := object.DictNext(t, d, 0); pos >= 0; pos, k, x = object.DictNext(t, d, pos) {
			r, err := object.Repr(t, x)
			if err != nil {
				return "", err
			}
			parts = append(parts, fmt.Sprintf("%s=%s", object.StrGo(k), r))
		}
		return "namespace(" + strings.Join(parts, ", ") + ")", nil
	}
	typ.Slots.New = func(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
		if len(args) > len(kw) {
			return Null, object.TypeError("no positional arguments expected")
		}
		v := newNamespace(t)
		d := object.Field(t, v, 0)
		for i, k := range kw {
			object.DictSetStr(t, d, k, args[i])
		}
		return v, nil
	}
	namespaceType = typ
}

func newNamespace(t *object.Thread) Value {
	v := object.AllocObject(t, namespaceType, 1)
	object.SetField(t, v, 0, object.NewDict(t))
	return v
}
