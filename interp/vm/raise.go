package vm

import (
	"atompy.dev/atompy/interp/object"
)

// raiseVarargs implements RAISE_VARARGS: bare raise, raise exc, raise exc
// from cause.
func (th *Thread) raiseVarargs(f *Frame, n int) error {
	t := th.Thread
	switch n {
	case 0:
		if th.handled == object.None || th.handled == Null {
			return object.NewError(object.RuntimeErrorType, "No active exception to reraise")
		}
		return &reraise{object.FromValue(th.handled)}
	case 1:
		f.SP--
		exc, err := makeException(th, f.Stack[f.SP], Null)
		if err != nil {
			return err
		}
		return object.FromValue(exc)
	}
	f.SP -= 2
	exc, err := makeException(th, f.Stack[f.SP], Null)
	if err != nil {
		return err
	}
	cause := f.Stack[f.SP+1]
	if cause != object.None {
		c, err := makeException(th, cause, Null)
		if err != nil {
			return object.TypeError("exception causes must derive from BaseException")
		}
		cause = c
	}
	object.SetExcSlot(t, exc, object.ExcCauseSlot, cause)
	object.SetExcSlot(t, exc, object.ExcSuppressSlot, object.True)
	return object.FromValue(exc)
}

// makeException turns the operand of raise (a class or an instance) into
// an exception instance.
func makeException(th *Thread, v, arg Value) (Value, error) {
	t := th.Thread
	if cls := object.AsType(v); cls != nil {
		if !cls.IsSubtype(object.BaseExceptionType) {
			return Null, object.TypeError("exceptions must derive from BaseException")
		}
		var args []Value
		if arg != Null && arg != object.None {
			args = []Value{arg}
		}
		exc, err := object.CallType(t, cls, args, nil)
		if err != nil {
			return Null, err
		}
		if !object.IsInstance(exc, object.BaseExceptionType) {
			return Null, object.TypeError("calling %s should have returned an instance of BaseException, not %s", cls.Name, object.TypeName(exc))
		}
		return exc, nil
	}
	if !object.IsInstance(v, object.BaseExceptionType) {
		return Null, object.TypeError("exceptions must derive from BaseException")
	}
	return v, nil
}

// excMatches implements CHECK_EXC_MATCH: is exc an instance of typ (a class
// or a tuple of classes)?
func (th *Thread) excMatches(exc, typ Value) (bool, error) {
	if object.IsTuple(typ) {
		for _, x := range object.TupleItems(typ) {
			ok, err := th.excMatches(exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	cls := object.AsType(typ)
	if cls == nil || !cls.IsSubtype(object.BaseExceptionType) {
		return false, object.TypeError("catching classes that do not inherit from BaseException is not allowed")
	}
	return object.IsInstance(exc, cls), nil
}

// beforeWith implements BEFORE_WITH: mgr -> exit enter_result.
func (th *Thread) beforeWith(f *Frame) error {
	t := th.Thread
	mgr := f.Stack[f.SP-1]
	typ := object.TypeOf(mgr)
	enter := typ.Lookup(t, "__enter__")
	exit := typ.Lookup(t, "__exit__")
	if enter == Null {
		return object.TypeError("'%s' object does not support the context manager protocol", typ.Name)
	}
	if exit == Null {
		return object.TypeError("'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	exitBound, err := object.GetAttr(t, mgr, "__exit__")
	if err != nil {
		return err
	}
	f.Stack[f.SP-1] = exitBound
	res, err := th.pinnedCall(func() (Value, error) { return object.CallMethod0(t, mgr, enter) })
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}

// withExceptStart implements WITH_EXCEPT_START: exit lasti prev exc ->
// exit lasti prev exc res, calling exit(type, exc, tb).
func (th *Thread) withExceptStart(f *Frame) error {
	t := th.Thread
	exc := f.Stack[f.SP-1]
	exit := f.Stack[f.SP-4]
	tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
	if tb == Null {
		tb = object.None
	}
	res, err := th.pinnedCall(func() (Value, error) {
		return object.Call(t, exit, []Value{object.TypeOf(exc).Ref, exc, tb}, nil)
	})
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}
