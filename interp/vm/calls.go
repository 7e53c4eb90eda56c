package vm

import (
	bc "atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
)

// callOp implements CALL, CALL_KW, CALL_METHOD and CALL_METHOD_KW. A call of
// a Python function pushes its frame (stackless); anything else is called
// through the object model and its result pushed.
func (th *Thread) callOp(f *Frame, op bc.Opcode, argc int) error {
	var kwnames []string
	top := f.SP
	if op == bc.CALL_KW || op == bc.CALL_METHOD_KW {
		top--
		kwnames = th.kwnames(f.Stack[top])
	}
	args := f.Stack[top-argc : top]
	base := top - argc - 1
	fn := f.Stack[base]
	if op == bc.CALL_METHOD || op == bc.CALL_METHOD_KW {
		x, y := f.Stack[base-1], fn
		base--
		if x != Null {
			if object.IsBuiltin(x) {
				return th.afterCall(th.callBuiltinMethod(f, base, x, y, args, kwnames))
			}
			fn = x
			args = f.Stack[base+1 : top] // the receiver Y becomes the first argument
		} else {
			fn = y
		}
	}
	return th.afterCall(th.callValue(f, base, fn, args, kwnames))
}

// afterCall is the break point after a call that asked for a transaction
// break (pypystm.hint_commit_soon, RequestBreak): the call is complete, so
// this is a bytecode boundary. A call that raised is not one (the
// exception is still to be raised at the call), so it waits for the next.
func (th *Thread) afterCall(err error) error {
	if th.breakSoon && err == nil {
		th.breakSoon = false
		th.safepoint()
	}
	return err
}

// RequestBreak asks for a transaction break as soon as the running
// instruction completes (pypystm.hint_commit_soon on the parallel STM).
func (th *Thread) RequestBreak() {
	if th.TX.AtomicDepth > 0 {
		return
	}
	th.TX.BreakNow()
	th.breakSoon = true
}

// callBuiltinMethod calls a Go method found by LOAD_METHOD with its
// receiver.
// The operands stay on the (rooted) stack until the call returns; base is
// where the result goes.
func (th *Thread) callBuiltinMethod(f *Frame, base int, m, self Value, args []Value, kwnames []string) error {
	b, _ := object.BuiltinOf(m)
	// args aliases this frame's stack, which nothing overwrites until the
	// call returns: callees get frames of their own.
	r, err := b.Fn(th.Thread, self, args[:len(args):len(args)], kwnames)
	f.SP = base
	if err != nil {
		return err
	}
	f.push(r)
	return nil
}

// kwnames converts a constant tuple of keyword names.
func (th *Thread) kwnames(tuple Value) []string {
	n := object.TupleLen(tuple)
	names := make([]string, n)
	for i := range names {
		names[i] = object.StrGo(object.TupleItem(tuple, i))
	}
	return names
}

// callValue calls fn with args on behalf of frame f; base is the stack
// slot where the call's operands start and its result goes. It either
// pushes a new frame or pushes the result on f. The operands stay on the
// stack, where the collector sees them, until a Go callee returns.
func (th *Thread) callValue(f *Frame, base int, fn Value, args []Value, kwnames []string) error {
	t := th.Thread
	if object.IsFunction(fn) {
		f.SP = base
		return th.callFunction(f, fn, args, kwnames, retPush, Null)
	}
	if object.IsMethod(fn) {
		m, self := object.MethodParts(fn)
		if object.IsFunction(m) {
			full := make([]Value, 0, len(args)+1)
			full = append(append(full, self), args...)
			f.SP = base
			return th.callFunction(f, m, full, kwnames, retPush, Null)
		}
	}
	if fn == object.IntType.Ref && len(args) == 1 && len(kwnames) == 0 && args[0].IsFloat() {
		// int(x) of a float, common in numeric code: truncation without
		// the generic type call. NaN, infinities and floats beyond the
		// small-int range take the generic path (its errors, big ints).
		if x := args[0].Float(); x > -1<<53 && x < 1<<53 {
			f.SP = base
			f.push(object.MakeInt(t, int64(x)))
			return nil
		}
	}
	if cls := object.AsType(fn); cls != nil && cls != object.TypeType {
		if handled, err := th.instantiate(f, base, cls, args, kwnames); handled {
			return err
		}
	}
	r, err := object.Call(t, fn, args[:len(args):len(args)], kwnames)
	f.SP = base
	if err != nil {
		return err
	}
	f.push(r)
	return nil
}

// callFunction pushes the frame of a call of Python function fn.
func (th *Thread) callFunction(f *Frame, fn Value, args []Value, kwnames []string, ret retMode, retArg Value) error {
	nf, err := th.bindArgs(fn, args, kwnames)
	if err != nil {
		return err
	}
	if nf.Code.Flags&bc.FlagGenerator != 0 {
		f.push(th.newGenerator(nf))
		return nil
	}
	nf.ret, nf.retArg = ret, retArg
	if err := th.push(nf); err != nil {
		return err
	}
	th.safepoint()
	return nil
}

// instantiate handles cls(...) for user classes whose __init__ is a Python
// function: the instance is made here and __init__ runs as a stackless
// callee whose frame returns the instance (retInit).
func (th *Thread) instantiate(f *Frame, base int, cls *object.Type, args []Value, kwnames []string) (bool, error) {
	t := th.Thread
	if cls.Flags&object.FlagBuiltin != 0 {
		return false, nil
	}
	init := cls.Lookup(t, "__init__")
	nw := cls.Lookup(t, "__new__")
	if !object.IsFunction(init) || !isObjectNew(nw) || cls.Solid != object.ObjectType || cls.Flags&object.FlagException != 0 {
		return false, nil
	}
	obj := object.NewInstance(t, cls)
	full := make([]Value, 0, len(args)+1)
	full = append(append(full, obj), args...)
	f.SP = base
	return true, th.callFunction(f, init, full, kwnames, retInit, obj)
}

func isObjectNew(m Value) bool {
	if !object.IsBuiltin(m) {
		return false
	}
	b, _ := object.BuiltinOf(m)
	return b.Owner == object.ObjectType
}

// callEx implements CALL_EX: f args_tuple [kwargs_dict].
func (th *Thread) callEx(f *Frame, flags int) error {
	t := th.Thread
	var kw Value
	if flags&1 != 0 {
		f.SP--
		kw = f.Stack[f.SP]
	}
	argsV := f.Stack[f.SP-1]
	fn := f.Stack[f.SP-2]
	base := f.SP - 2
	f.SP = base
	args, err := object.Collect(t, argsV)
	if err != nil {
		return err
	}
	var kwnames []string
	if kw != Null {
		for pos := 0; ; {
			var k, v Value
			pos, k, v = object.DictNext(t, kw, pos)
			if pos < 0 {
				break
			}
			if !object.IsStr(k) {
				return object.TypeError("keywords must be strings")
			}
			kwnames = append(kwnames, object.StrGo(k))
			args = append(args, v)
		}
	}
	// Keep the callable and the arguments rooted during the call.
	f.Stack[base] = fn
	f.Stack[base+1] = argsV
	if kw != Null {
		f.Stack[base+2] = kw
		f.SP = base + 3
	} else {
		f.SP = base + 2
	}
	return th.callValue(f, base, fn, args, kwnames)
}

// makeFunction implements MAKE_FUNCTION.
func (th *Thread) makeFunction(f *Frame, flags int) {
	t := th.Thread
	f.SP--
	code := object.CodeOf(f.Stack[f.SP])
	closure, kwdefaults, defaults := Null, Null, Null
	if flags&8 != 0 {
		f.SP--
		closure = f.Stack[f.SP]
	}
	if flags&2 != 0 {
		f.SP--
		kwdefaults = f.Stack[f.SP]
	}
	if flags&1 != 0 {
		f.SP--
		defaults = f.Stack[f.SP]
	}
	fn := object.NewFunction(t, code, f.Globals, defaults, kwdefaults, closure)
	// The compiler puts a function's docstring (or None) in Consts[0].
	if len(code.Consts) > 0 && code.Flags&(bc.FlagModule|bc.FlagClassBody|bc.FlagComprehension) == 0 {
		if _, ok := code.Consts[0].(string); ok {
			object.SetFuncField(t, fn, object.FuncDocOff, th.codeFor(code).consts[0])
		}
	}
	f.push(fn)
}
