package vm

import (
	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// Generator is the Go side of a generator object. The heap object (class
// GeneratorType) holds a handle to it, owned by the heap object, so the
// suspended frame dies with the generator.
type Generator struct {
	frame *Frame
	// handled is the exception the generator's own code is handling while
	// it is suspended; callerHandled the resumer's, restored at the next
	// yield or at the end (CPython's per-generator exc_state).
	handled       Value
	callerHandled Value
	started       bool
	running       bool
	finished      bool
	name          string
	qualname      string
	// obj is the generator's heap object: on the Parallel backend a
	// thread resuming the generator write-locks it (genTouch).
	obj  gc.Addr
	sync stm.GoSync
	// touched is the STM attempt that last locked and saved the generator
	// (genTouch); the restore of an abort puts back the value before it.
	touched uint64
}

// GeneratorType is the type of generator objects.
var GeneratorType *object.Type

func init() {
	object.OnBoot(50, bootGenerators)
}

func bootGenerators(t *object.Thread) {
	GeneratorType = object.NewBuiltinType(t, "generator", gc.ScanAll)
	g := GeneratorType
	// A suspended generator's frame is reachable only through the
	// generator object: the collector asks for its values when it marks
	// the object, so unreachable generator cycles die.
	gc.SetClassTracer(g.Class, func(a gc.Addr, mark func(w uint64)) {
		if gen, ok := object.Handle(int(object.RawField(object.FromAddr(a), 0).SmallInt())).(*Generator); ok && !gen.finished {
			gen.frame.scanRoots(mark)
			mark(uint64(gen.handled))
			mark(uint64(gen.callerHandled))
		}
	})
	g.Slots.Iter = func(t *object.Thread, v Value) (Value, error) { return v, nil }
	g.Slots.Next = func(t *object.Thread, v Value) (Value, error) {
		return FromObject(t).resumeFromGo(genOf(v), object.None, nil)
	}
	object.DefMethod(t, g, "__next__", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		v, err := FromObject(t).resumeFromGo(genOf(self), object.None, nil)
		if err == nil && v == Null {
			err = object.StopIter()
		}
		return v, err
	})
	g.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
		return "<generator object " + genOf(v).qualname + " at " + object.HexID(v) + ">", nil
	}
	g.Slots.GetAttr = func(t *object.Thread, v Value, name string) (Value, error) {
		gen := genOf(v)
		switch name {
		case "__name__":
			return object.NewStr(t, gen.name), nil
		case "__qualname__":
			return object.NewStr(t, gen.qualname), nil
		case "gi_running":
			return object.Bool(gen.running), nil
		}
		return Null, nil
	}
	object.DefMethod(t, g, "send", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := object.ArgCount("send", args, 1, 1); err != nil {
			return Null, err
		}
		v, err := FromObject(t).resumeFromGo(genOf(self), args[0], nil)
		if err == nil && v == Null {
			err = object.StopIter()
		}
		return v, err
	})
	object.DefMethod(t, g, "throw", genThrow)
	object.DefMethod(t, g, "close", genClose)
}

// genOf returns the Go side of a generator object.
func genOf(v Value) *Generator {
	return object.Handle(int(object.RawField(v, 0).SmallInt())).(*Generator)
}

// generatorOf returns the Go generator behind v, or nil.
func (th *Thread) generatorOf(v Value) *Generator {
	if !object.HasClass(v, GeneratorType) {
		return nil
	}
	return genOf(v)
}

// newGenerator wraps a frame that is ready to run into a generator object.
func (th *Thread) newGenerator(f *Frame) Value {
	gen := &Generator{frame: f, name: f.Code.Name, qualname: f.Code.QualName}
	if f.Func != Null {
		if q := object.FuncField(th.Thread, f.Func, object.FuncQualnameOff); object.IsStr(q) {
			gen.qualname = object.StrGo(q)
		}
	}
	f.gen = gen
	v := object.AllocObject(th.Thread, GeneratorType, 1)
	gen.obj = v.Addr()
	th.TX.SyncGo(&gen.sync) // published when the creating transaction commits
	h := object.NewHandle(gen, v.Addr())
	object.SetField(th.Thread, v, 0, object.MakeSmallInt(int64(h)))
	return v
}

// prepareResume pushes the generator's frame for resumption with sent.
func (th *Thread) prepareResume(g *Generator, sent Value) error {
	th.genTouch(g)
	if g.running {
		return object.ValueError("generator already executing")
	}
	if g.finished {
		return nil
	}
	if !g.started {
		if sent != object.None {
			return object.TypeError("can't send non-None value to a just-started generator")
		}
		g.started = true
	} else {
		g.frame.push(sent)
	}
	if err := th.push(g.frame); err != nil {
		return err
	}
	g.running = true
	g.callerHandled = th.handled
	if g.handled != Null && g.handled != object.None {
		th.handled = g.handled
	}
	return nil
}

// leave hands the exception state back to the resumer when the generator
// yields (keeping its own) or finishes.
func (g *Generator) leave(th *Thread) {
	if th.handled != g.callerHandled {
		g.handled = th.handled
	} else {
		g.handled = object.None
	}
	th.handled = g.callerHandled
	g.callerHandled = Null
}

// resumeStackless resumes g as a callee of frame f (FOR_ITER or SEND), in
// the same dispatch loop.
func (th *Thread) resumeStackless(f *Frame, g *Generator, sent Value, mode retMode, target int) error {
	th.genTouch(g)
	if g.finished {
		if mode == retForIter {
			f.SP--
		} else {
			f.Stack[f.SP-1] = object.None
		}
		f.PC = target
		return nil
	}
	if err := th.prepareResume(g, sent); err != nil {
		return err
	}
	g.frame.entry = false
	g.frame.ret = mode
	g.frame.retArg = object.MakeSmallInt(int64(target))
	return nil
}

// resumeFromGo runs g until it yields (returning the value) or finishes
// (returning Null with a nil error, or its exception). If throw is not nil
// it is raised at the yield point.
func (th *Thread) resumeFromGo(g *Generator, sent Value, throw error) (Value, error) {
	return th.resume(g, sent, throw, true)
}

// NextUnpinned implements object.Interp: a generator is resumed without
// pinning (its Go caller has rooted what it holds).
func (th *Thread) NextUnpinned(t *object.Thread, it Value) (Value, error) {
	if g := th.generatorOf(it); g != nil {
		return th.resume(g, object.None, nil, false)
	}
	return object.NextStop(t, it)
}

// resume runs g from Go; pin says whether the collector must stay off
// while it runs.
func (th *Thread) resume(g *Generator, sent Value, throw error, pin bool) (Value, error) {
	th.genTouch(g)
	if g.finished {
		if throw != nil {
			return Null, throw
		}
		return Null, nil
	}
	if throw != nil && !g.started {
		th.genTouch(g)
		g.started = true
		g.finished = true
		return Null, throw
	}
	if th.nesting >= maxNesting {
		return Null, errTooDeep()
	}
	if throw != nil {
		if sub, ok := th.delegate(g); ok {
			return th.throwIntoDelegate(g, sub, throw)
		}
		sent = object.None
	}
	if err := th.prepareResume(g, sent); err != nil {
		return Null, err
	}
	if throw != nil {
		g.frame.SP--
	}
	g.frame.entry = true
	g.frame.ret = retPush
	if pin {
		th.pin()
		defer th.unpin()
	}
	v, err := th.nestedRun(throw)
	if err != nil {
		return Null, err
	}
	if g.finished {
		return Null, stopWith(v)
	}
	return v, nil
}

// stopWith is the StopIteration that ends a generator returning v (nil for
// a plain return, which callers treat as exhaustion).
func stopWith(v Value) error {
	if v == object.None || v == Null {
		return nil
	}
	return object.NewErrorArgs(object.StopIterationType, v)
}

// suspend marks the generator as paused at a yield.
func (g *Generator) suspend(th *Thread) {
	th.genTouch(g)
	g.running = false
	g.leave(th)
}

// finish marks the generator as returned.
func (g *Generator) finish(th *Thread) {
	th.genTouch(g)
	if g.running {
		g.leave(th)
	}
	g.running = false
	g.finished = true
	g.handled = object.None
}

// finishWithError marks the generator as finished by an exception and
// applies PEP 479: a StopIteration escaping a generator becomes a
// RuntimeError.
func (g *Generator) finishWithError(th *Thread, exc Value) Value {
	g.finish(th)
	if object.IsInstance(exc, object.StopIterationType) {
		rt, err := object.Materialize(th.Thread, object.NewError(object.RuntimeErrorType, "generator raised StopIteration"))
		if err == nil {
			object.SetExcSlot(th.Thread, rt, object.ExcCauseSlot, exc)
			object.SetExcSlot(th.Thread, rt, object.ExcContextSlot, exc)
			object.SetExcSlot(th.Thread, rt, object.ExcSuppressSlot, object.True)
			return rt
		}
	}
	return exc
}

func genThrow(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := object.ArgCount("throw", args, 1, 3); err != nil {
		return Null, err
	}
	th := FromObject(t)
	exc, err := makeException(th, args[0], argOr(args, 1))
	if err != nil {
		return Null, err
	}
	v, err := th.resumeFromGo(genOf(self), object.None, object.FromValue(exc))
	if err == nil && v == Null {
		err = object.StopIter()
	}
	return v, err
}

func argOr(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Null
}

func genClose(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	th := FromObject(t)
	g := genOf(self)
	if g.finished || !g.started {
		g.finished = true
		return object.None, nil
	}
	exc, err := object.Materialize(t, object.NewError(object.GeneratorExitType, ""))
	if err != nil {
		return Null, err
	}
	v, err := th.resumeFromGo(g, object.None, object.FromValue(exc))
	switch {
	case err != nil:
		if object.Matches(err, object.GeneratorExitType) || object.IsStopIteration(err) {
			return object.None, nil
		}
		return Null, err
	case v != Null:
		return Null, object.NewError(object.RuntimeErrorType, "generator ignored GeneratorExit")
	}
	return object.None, nil
}

// send implements SEND: stack recv v -> recv y, or (returned) r and jump.
func (th *Thread) send(f *Frame, target int) error {
	v := f.Stack[f.SP-1]
	recv := f.Stack[f.SP-2]
	if g := th.generatorOf(recv); g != nil {
		f.SP--
		return th.resumeStackless(f, g, v, retSend, target)
	}
	t := th.Thread
	var y Value
	var err error
	if v == object.None {
		y, err = object.Next(t, recv)
		if err == nil && y == Null {
			f.SP--
			f.Stack[f.SP-1] = object.None
			f.PC = target
			return nil
		}
	} else {
		y, _, err = object.CallMethod(t, recv, "send", v)
	}
	if err != nil {
		if e, ok := err.(*object.Exception); ok && object.Matches(err, object.StopIterationType) {
			f.SP--
			f.Stack[f.SP-1] = stopIterationValue(th, e)
			f.PC = target
			return nil
		}
		return err
	}
	f.Stack[f.SP-1] = y
	return nil
}

// stopIterationValue extracts StopIteration.value.
func stopIterationValue(th *Thread, e *object.Exception) Value {
	v, err := object.Materialize(th.Thread, e)
	if err != nil {
		return object.None
	}
	args := object.ExcSlot(th.Thread, v, object.ExcArgsSlot)
	if args == Null || object.TupleLen(args) == 0 {
		return object.None
	}
	return object.TupleItem(args, 0)
}

// delegate returns the iterator a suspended generator is delegating to
// with yield from, if it is suspended inside one: the instruction it will
// resume at jumps back to a SEND, and the receiver is on top of its stack.
func (th *Thread) delegate(g *Generator) (Value, bool) {
	f := g.frame
	if !g.started || g.finished || f.PC >= len(f.Code.Code) || f.SP == 0 {
		return Null, false
	}
	w := f.Code.Code[f.PC]
	if bytecode.Opcode(w&0xff) != bytecode.JUMP_BACKWARD_NO_INTERRUPT {
		return Null, false
	}
	if bytecode.Opcode(f.Code.Code[w>>8]&0xff) != bytecode.SEND {
		return Null, false
	}
	return f.Stack[f.SP-1], true
}

// throwIntoDelegate implements generator.throw while the generator is
// suspended in yield from: the exception goes to the subiterator first; if
// that finishes, the outer generator resumes after its SEND with the
// subiterator's return value, or with the subiterator's exception raised.
func (th *Thread) throwIntoDelegate(g *Generator, sub Value, throw error) (Value, error) {
	t := th.Thread
	var y Value
	var err error
	if sg := th.generatorOf(sub); sg != nil {
		g.running = true
		y, err = th.resumeFromGo(sg, object.None, throw)
		g.running = false
	} else if m := object.TypeOf(sub).Lookup(t, "throw"); m != Null {
		exc, _ := th.ExceptionOf(throw)
		y, err = object.CallMethod0Args(t, sub, m, exc)
	} else {
		err = throw
	}
	if err == nil && y != Null {
		return y, nil
	}
	f := g.frame
	f.SP-- // pop the subiterator
	send := f.Code.Code[f.Code.Code[f.PC]>>8]
	f.PC = int(send >> 8)
	if err == nil || object.IsStopIteration(err) {
		val := object.None
		if e, ok := err.(*object.Exception); ok {
			val = stopIterationValue(th, e)
		}
		return th.resumeFromGo(g, val, nil)
	}
	// Raise the subiterator's exception at the end of the yield from.
	f.PC--
	return th.resumeFromGo(g, object.None, err)
}
