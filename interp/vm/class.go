package vm

import (
	"atompy.dev/atompy/interp/object"
)

// __build_class__(func, name, *bases, **kw): runs the class body in a
// fresh namespace and creates the class.
func buildClass(t *object.Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	th := FromObject(t)
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return Null, object.TypeError("__build_class__: not enough arguments")
	}
	body, nameV := args[0], args[1]
	if !object.IsFunction(body) {
		return Null, object.TypeError("__build_class__: func must be a function")
	}
	if !object.IsStr(nameV) {
		return Null, object.TypeError("__build_class__: name is not a string")
	}
	var bases []*object.Type
	for _, b := range args[2:npos] {
		bt := object.AsType(b)
		if bt == nil {
			return Null, object.TypeError("bases must be types")
		}
		bases = append(bases, bt)
	}
	for i, k := range kwnames {
		if k != "metaclass" || object.AsType(args[npos+i]) != object.TypeType {
			return Null, object.TypeError("class keyword arguments are not supported yet: %s", k)
		}
	}
	ns := object.NewDict(t)
	cell, err := th.runClassBody(body, ns)
	if err != nil {
		return Null, err
	}
	cls, err := object.NewClass(t, object.StrGo(nameV), bases, ns)
	if err != nil {
		return Null, err
	}
	if cell != object.None && cell != Null {
		object.CellSet(t, cell, cls.Ref)
	}
	if err := initSubclass(th, cls); err != nil {
		return Null, err
	}
	return cls.Ref, nil
}

// runClassBody executes a class body function with ns as its namespace and
// returns what the body returns (the __class__ cell or None).
func (th *Thread) runClassBody(body, ns Value) (Value, error) {
	t := th.Thread
	code := object.FuncCode(body)
	f := th.newFrame(code, body, object.FuncField(t, body, object.FuncGlobalsOff), ns)
	th.initCells(f)
	th.pin()
	defer th.unpin()
	return th.runFrame(f)
}

// initSubclass calls a user-defined __init_subclass__ of the new class's
// parents.
func initSubclass(th *Thread, cls *object.Type) error {
	t := th.Thread
	if len(cls.MRO) < 2 {
		return nil
	}
	sup, err := object.NewSuper(t, cls.MRO[1], cls.Ref)
	if err != nil {
		return nil
	}
	m, err := object.GetAttr(t, sup, "__init_subclass__")
	if err != nil {
		return nil
	}
	_, err = object.Call(t, m, nil, nil)
	return err
}
