package vm

import (
	"atompy.dev/atompy/interp/object"
)

// unwind handles an exception raised by the instruction before f.PC of the
// innermost frame: it records the traceback entry, finds the handler in the
// exception table, or pops frames until one has a handler. fin is true when
// the exception leaves the entry frame of this run.
func (th *Thread) unwind(err error) (f *Frame, res Value, rerr error, fin bool) {
	t := th.Thread
	f = th.frame
	exc, reraised, err := th.exceptionValue(err)
	if err != nil {
		return f, Null, err, false
	}
	if !reraised {
		th.setContext(exc)
	}
	addTB := !reraised
	for {
		pc := f.PC - 1
		if addTB {
			tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
			if tb == Null {
				tb = object.None
			}
			object.SetExcSlot(t, exc, object.ExcTracebackSlot, object.NewFrameTraceback(t, f.Code, f.Globals, f.Code.Line(pc), pc, tb))
		}
		addTB = true
		if h, ok := f.Code.Handler(pc); ok {
			f.SP = h.Depth
			if h.PushLasti {
				f.Stack[f.SP] = object.MakeSmallInt(int64(pc))
				f.SP++
			}
			f.Stack[f.SP] = exc
			f.SP++
			f.PC = h.Target
			return f, Null, nil, false
		}
		done := th.pop()
		if done.gen != nil {
			exc = done.gen.finishWithError(th, exc)
			done.gen.frame, done.gen = nil, nil
		}
		entry := done.entry
		th.recycle(done)
		if entry {
			return th.frame, Null, object.FromValue(exc), true
		}
		f = th.frame
	}
}

// exceptionValue materializes the exception carried by err.
func (th *Thread) exceptionValue(err error) (exc Value, reraised bool, rerr error) {
	var e *object.Exception
	switch x := err.(type) {
	case *reraise:
		e, reraised = x.Exception, true
	case *object.Exception:
		e = x
	case *syntaxErr:
		se, err := x.toException(th)
		if err != nil {
			return Null, false, err
		}
		e = se
	default:
		e = object.NewError(object.SystemErrorType, "%v", err)
	}
	v, merr := object.Materialize(th.Thread, e)
	if merr != nil {
		me, ok := merr.(*object.Exception)
		if !ok {
			return Null, false, merr
		}
		v, merr = object.Materialize(th.Thread, me)
		if merr != nil {
			return Null, false, merr
		}
	}
	return v, reraised, nil
}

// setContext links a newly raised exception to the one being handled.
func (th *Thread) setContext(exc Value) {
	h := th.handled
	if h == object.None || h == Null || h == exc {
		return
	}
	t := th.Thread
	if c := object.ExcSlot(t, exc, object.ExcContextSlot); c != object.None && c != Null {
		return
	}
	// Break cycles: exc must not already be in h's context chain.
	for c := h; c != object.None && c != Null; c = object.ExcSlot(t, c, object.ExcContextSlot) {
		if c == exc {
			return
		}
	}
	object.SetExcSlot(t, exc, object.ExcContextSlot, h)
}

// returnFrom pops the returning frame f and hands v to its caller.
func (th *Thread) returnFrom(f *Frame, v Value) (next *Frame, res Value, err error, fin bool) {
	th.pop()
	if f.gen != nil {
		f.gen.finish(th)
		f.gen.frame, f.gen = nil, nil
	}
	entry, ret, retArg := f.entry, f.ret, f.retArg
	th.recycle(f)
	if entry {
		return th.frame, v, nil, true
	}
	caller := th.frame
	switch ret {
	case retPush:
		caller.push(v)
	case retInit:
		if v != object.None {
			return caller, Null, object.TypeError("__init__() should return None, not '%s'", object.TypeName(v)), false
		}
		caller.push(retArg)
	case retForIter:
		caller.SP--
		caller.PC = int(retArg.SmallInt())
	case retSend:
		caller.Stack[caller.SP-1] = v
		caller.PC = int(retArg.SmallInt())
	}
	return caller, Null, nil, false
}

// yieldFrom suspends generator frame f, handing v to whoever resumed it.
func (th *Thread) yieldFrom(f *Frame, v Value) (next *Frame, res Value, fin bool) {
	th.pop()
	f.gen.suspend(th)
	if f.entry {
		return th.frame, v, true
	}
	caller := th.frame
	caller.push(v)
	return caller, Null, false
}

func (f *Frame) push(v Value) {
	f.Stack[f.SP] = v
	f.SP++
}
