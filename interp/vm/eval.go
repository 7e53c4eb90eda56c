package vm

import (
	"atompy.dev/atompy/gc"
	bc "atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// run executes the thread's frames until the entry frame of this run
// returns. A Go panic inside an instruction (a bug in a built-in) becomes a
// SystemError raised at that instruction, so the VM stays consistent.
func (th *Thread) run() (Value, error) {
	return th.runPending(nil)
}

// runPending is run with an exception to raise first in the innermost
// frame (generator.throw).
func (th *Thread) runPending(pending error) (Value, error) {
	for {
		res, err, done := th.loop(pending)
		if done {
			if th.ownsTransaction() && !th.endOwnedTransaction() {
				pending = nil // aborted at the last moment: run again
				continue
			}
			return res, err
		}
		pending = err
	}
}

// panicError converts a recovered panic into a guest exception.
func panicError(r any) error {
	if r == gc.ErrOutOfMemory {
		return object.NewError(object.MemoryErrorType, "")
	}
	if e, ok := r.(*object.Exception); ok {
		return e
	}
	return object.NewError(object.SystemErrorType, "internal error: %v", r)
}

// loop is the dispatch loop. It returns done=false only after recovering
// from a panic, with the panic as the error to raise.
func (th *Thread) loop(pending error) (res Value, rerr error, done bool) {
	defer func() {
		if r := recover(); r != nil {
			if r == stm.Aborted {
				if !th.ownsTransaction() {
					panic(r) // on to the loop that can restart the attempt
				}
				th.restart()
				res, rerr, done = Null, nil, false
				return
			}
			if th.vm.Opts.CrashOnInternalError {
				panic(r)
			}
			res, rerr, done = Null, panicError(r), false
		}
	}()
	t := th.Thread
	f := th.frame
	err := pending
	for {
		if err != nil {
			var fin bool
			f, res, err, fin = th.unwind(err)
			if fin {
				return res, err, true
			}
			continue
		}
		code := f.Code
		w := code.Code[f.PC]
		f.PC++
		op := bc.Opcode(w & 0xff)
		arg := int(w >> 8)
		switch op {
		case bc.NOP:
		case bc.POP_TOP:
			f.SP--
		case bc.COPY:
			f.Stack[f.SP] = f.Stack[f.SP-arg]
			f.SP++
		case bc.SWAP:
			f.Stack[f.SP-1], f.Stack[f.SP-arg] = f.Stack[f.SP-arg], f.Stack[f.SP-1]

		case bc.LOAD_CONST:
			f.Stack[f.SP] = f.data.consts[arg]
			f.SP++
		case bc.LOAD_FAST:
			v := f.Fast[arg]
			if v == Null {
				err = object.NewError(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[arg])
				break
			}
			f.Stack[f.SP] = v
			f.SP++
		case bc.STORE_FAST:
			f.SP--
			f.Fast[arg] = f.Stack[f.SP]
		case bc.DELETE_FAST:
			if f.Fast[arg] == Null {
				err = object.NewError(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[arg])
				break
			}
			f.Fast[arg] = Null
		case bc.LOAD_DEREF, bc.LOAD_CLASSDEREF:
			var v Value
			v, err = th.loadDeref(f, arg, op == bc.LOAD_CLASSDEREF)
			if err == nil {
				f.Stack[f.SP] = v
				f.SP++
			}
		case bc.STORE_DEREF:
			f.SP--
			object.CellSet(t, f.Cells[arg], f.Stack[f.SP])
		case bc.DELETE_DEREF:
			if object.CellGet(t, f.Cells[arg]) == Null {
				err = th.unboundDeref(f, arg)
				break
			}
			object.CellSet(t, f.Cells[arg], Null)
		case bc.LOAD_CLOSURE:
			f.Stack[f.SP] = f.Cells[arg]
			f.SP++
		case bc.LOAD_GLOBAL:
			var v Value
			v, err = th.loadGlobal(f, code.Names[arg])
			if err == nil {
				f.Stack[f.SP] = v
				f.SP++
			}
		case bc.STORE_GLOBAL:
			f.SP--
			object.DictSetStr(t, f.Globals, code.Names[arg], f.Stack[f.SP])
		case bc.DELETE_GLOBAL:
			err = th.deleteName(f.Globals, code.Names[arg], true)
		case bc.LOAD_NAME:
			var v Value
			v, err = th.loadName(f, code.Names[arg])
			if err == nil {
				f.Stack[f.SP] = v
				f.SP++
			}
		case bc.STORE_NAME:
			f.SP--
			err = th.storeName(f, code.Names[arg], f.Stack[f.SP])
		case bc.DELETE_NAME:
			err = th.deleteName(f.Locals, code.Names[arg], false)

		case bc.LOAD_ATTR:
			var v Value
			v, err = th.loadAttr(f, f.Stack[f.SP-1], code.Names[arg])
			if err == nil {
				f.Stack[f.SP-1] = v
			}
		case bc.STORE_ATTR:
			obj, v := f.Stack[f.SP-1], f.Stack[f.SP-2]
			f.SP -= 2
			err = th.storeAttr(f, obj, code.Names[arg], v)
		case bc.DELETE_ATTR:
			f.SP--
			err = object.DelAttr(t, f.Stack[f.SP], code.Names[arg])
		case bc.LOAD_METHOD:
			var m, self Value
			m, self, err = th.loadMethod(f, f.Stack[f.SP-1], code.Names[arg])
			if err == nil {
				f.Stack[f.SP-1] = m
				f.Stack[f.SP] = self
				f.SP++
			}

		case bc.BINARY_SUBSCR:
			var v Value
			v, err = th.getItem(f.Stack[f.SP-2], f.Stack[f.SP-1])
			if err == nil {
				f.SP--
				f.Stack[f.SP-1] = v
			}
		case bc.STORE_SUBSCR:
			err = object.SetItem(t, f.Stack[f.SP-2], f.Stack[f.SP-1], f.Stack[f.SP-3])
			f.SP -= 3
		case bc.DELETE_SUBSCR:
			err = object.DelItem(t, f.Stack[f.SP-2], f.Stack[f.SP-1])
			f.SP -= 2
		case bc.BUILD_SLICE:
			step := object.None
			if arg == 3 {
				f.SP--
				step = f.Stack[f.SP]
			}
			f.SP--
			f.Stack[f.SP-1] = object.NewSlice(t, f.Stack[f.SP-1], f.Stack[f.SP], step)

		case bc.UNARY_POSITIVE, bc.UNARY_NEGATIVE, bc.UNARY_INVERT:
			var v Value
			v, err = object.UnaryOp(t, unaryOps[op], f.Stack[f.SP-1])
			if err == nil {
				f.Stack[f.SP-1] = v
			}
		case bc.UNARY_NOT:
			var b bool
			b, err = object.Truth(t, f.Stack[f.SP-1])
			f.Stack[f.SP-1] = object.Bool(!b)
		case bc.BINARY_OP:
			a, b := f.Stack[f.SP-2], f.Stack[f.SP-1]
			var v Value
			v, err = th.binaryOp(object.BinOp(arg), a, b)
			if err == nil {
				f.SP--
				f.Stack[f.SP-1] = v
			}
		case bc.COMPARE_OP:
			a, b := f.Stack[f.SP-2], f.Stack[f.SP-1]
			var v Value
			v, err = th.compare(a, b, object.CompareOp(arg))
			if err == nil {
				f.SP--
				f.Stack[f.SP-1] = v
			}
		case bc.IS_OP:
			f.SP--
			f.Stack[f.SP-1] = object.Bool((f.Stack[f.SP-1] == f.Stack[f.SP]) != (arg == 1))
		case bc.CONTAINS_OP:
			var in bool
			in, err = object.Contains(t, f.Stack[f.SP-1], f.Stack[f.SP-2])
			f.SP--
			f.Stack[f.SP-1] = object.Bool(in != (arg == 1))

		case bc.JUMP:
			f.PC = arg
		case bc.JUMP_BACKWARD:
			f.PC = arg
			th.backEdge(f, arg)
		case bc.JUMP_BACKWARD_NO_INTERRUPT:
			f.PC = arg
		case bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE:
			f.SP--
			v := f.Stack[f.SP]
			var b bool
			switch v {
			case object.True:
				b = true
			case object.False, object.None:
			default:
				b, err = object.Truth(t, v)
			}
			if b == (op == bc.POP_JUMP_IF_TRUE) && err == nil {
				f.PC = arg
			}
		case bc.POP_JUMP_IF_NONE:
			f.SP--
			if f.Stack[f.SP] == object.None {
				f.PC = arg
			}
		case bc.POP_JUMP_IF_NOT_NONE:
			f.SP--
			if f.Stack[f.SP] != object.None {
				f.PC = arg
			}
		case bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP:
			var b bool
			b, err = object.Truth(t, f.Stack[f.SP-1])
			if err == nil {
				if b == (op == bc.JUMP_IF_TRUE_OR_POP) {
					f.PC = arg
				} else {
					f.SP--
				}
			}

		case bc.GET_ITER:
			var it Value
			it, err = object.Iter(t, f.Stack[f.SP-1])
			if err == nil {
				f.Stack[f.SP-1] = it
			}
		case bc.FOR_ITER:
			it := f.Stack[f.SP-1]
			if object.IsRangeIter(it) {
				if i, ok := object.RangeIterNext(t, it); !ok {
					f.SP--
					f.PC = arg
				} else {
					f.Stack[f.SP] = object.MakeInt(t, i)
					f.SP++
				}
				break
			}
			if object.IsListIter(it) {
				if v := object.ListIterNext(t, it); v == Null {
					f.SP--
					f.PC = arg
				} else {
					f.Stack[f.SP] = v
					f.SP++
				}
				break
			}
			if g := th.generatorOf(it); g != nil {
				err = th.resumeStackless(f, g, object.None, retForIter, arg)
				f = th.frame
				break
			}
			var v Value
			v, err = object.Next(t, it)
			if err == nil {
				if v == Null {
					f.SP--
					f.PC = arg
				} else {
					f.Stack[f.SP] = v
					f.SP++
				}
			}

		case bc.BUILD_TUPLE:
			f.SP -= arg
			v := object.NewTuple(t, f.Stack[f.SP:f.SP+arg])
			f.Stack[f.SP] = v
			f.SP++
		case bc.BUILD_LIST:
			f.SP -= arg
			v := object.NewList(t, f.Stack[f.SP:f.SP+arg])
			f.Stack[f.SP] = v
			f.SP++
		case bc.BUILD_SET:
			f.SP -= arg
			v := object.NewSet(t)
			for _, x := range f.Stack[f.SP : f.SP+arg] {
				if err = object.SetAdd(t, v, x); err != nil {
					break
				}
			}
			f.Stack[f.SP] = v
			f.SP++
		case bc.BUILD_MAP:
			f.SP -= 2 * arg
			d := object.NewDict(t)
			for i := 0; i < arg && err == nil; i++ {
				err = object.DictSet(t, d, f.Stack[f.SP+2*i], f.Stack[f.SP+2*i+1])
			}
			f.Stack[f.SP] = d
			f.SP++
		case bc.BUILD_CONST_KEY_MAP:
			keys := f.Stack[f.SP-1]
			f.SP -= arg + 1
			d := object.NewDict(t)
			for i := 0; i < arg && err == nil; i++ {
				err = object.DictSet(t, d, object.TupleItem(keys, i), f.Stack[f.SP+i])
			}
			f.Stack[f.SP] = d
			f.SP++
		case bc.BUILD_STRING:
			f.SP -= arg
			f.Stack[f.SP] = concatStrings(t, f.Stack[f.SP:f.SP+arg])
			f.SP++
		case bc.LIST_APPEND:
			f.SP--
			object.ListAppend(t, f.Stack[f.SP-arg], f.Stack[f.SP])
		case bc.SET_ADD:
			f.SP--
			err = object.SetAdd(t, f.Stack[f.SP-arg], f.Stack[f.SP])
		case bc.MAP_ADD:
			f.SP -= 2
			err = object.DictSet(t, f.Stack[f.SP-arg], f.Stack[f.SP], f.Stack[f.SP+1])
		case bc.LIST_EXTEND:
			f.SP--
			err = th.listExtend(f.Stack[f.SP-arg], f.Stack[f.SP])
		case bc.SET_UPDATE:
			f.SP--
			err = th.setUpdate(f.Stack[f.SP-arg], f.Stack[f.SP])
		case bc.DICT_UPDATE:
			f.SP--
			err = th.dictUpdate(f.Stack[f.SP-arg], f.Stack[f.SP], Null)
		case bc.DICT_MERGE:
			f.SP--
			err = th.dictUpdate(f.Stack[f.SP-arg], f.Stack[f.SP], f.Stack[f.SP-arg-2])
		case bc.LIST_TO_TUPLE:
			f.Stack[f.SP-1] = object.NewTuple(t, object.ListItems(t, f.Stack[f.SP-1]))
		case bc.UNPACK_SEQUENCE:
			err = th.unpackSequence(f, arg)
		case bc.UNPACK_EX:
			err = th.unpackEx(f, arg&0xff, arg>>8)
		case bc.FORMAT_VALUE:
			err = th.formatValue(f, arg)

		case bc.CALL, bc.CALL_KW, bc.CALL_METHOD, bc.CALL_METHOD_KW:
			err = th.callOp(f, op, arg)
			f = th.frame
		case bc.CALL_EX:
			err = th.callEx(f, arg)
			f = th.frame
		case bc.MAKE_FUNCTION:
			th.makeFunction(f, arg)
		case bc.LOAD_BUILD_CLASS:
			f.Stack[f.SP] = th.vm.buildClass
			f.SP++
		case bc.RETURN_VALUE:
			f.SP--
			v := f.Stack[f.SP]
			var fin bool
			f, res, err, fin = th.returnFrom(f, v)
			if fin {
				return res, err, true
			}

		case bc.YIELD_VALUE:
			f.SP--
			v := f.Stack[f.SP]
			var fin bool
			f, res, fin = th.yieldFrom(f, v)
			if fin {
				return res, nil, true
			}
		case bc.GET_YIELD_FROM_ITER:
			v := f.Stack[f.SP-1]
			if th.generatorOf(v) == nil {
				var it Value
				it, err = object.Iter(t, v)
				f.Stack[f.SP-1] = it
			}
		case bc.SEND:
			err = th.send(f, arg)
			f = th.frame

		case bc.RAISE_VARARGS:
			err = th.raiseVarargs(f, arg)
		case bc.PUSH_EXC_INFO:
			exc := f.Stack[f.SP-1]
			f.Stack[f.SP-1] = th.handled
			f.Stack[f.SP] = exc
			f.SP++
			th.handled = exc
		case bc.POP_EXCEPT:
			f.SP--
			th.handled = f.Stack[f.SP]
		case bc.CHECK_EXC_MATCH:
			var ok bool
			ok, err = th.excMatches(f.Stack[f.SP-2], f.Stack[f.SP-1])
			f.Stack[f.SP-1] = object.Bool(ok)
		case bc.RERAISE:
			f.SP--
			// The handler is looked up at the RERAISE itself (CPython
			// restores f_lasti from the stack only for line numbers, and
			// our traceback entry for this frame already exists).
			err = &reraise{object.FromValue(f.Stack[f.SP])}
		case bc.LOAD_ASSERTION_ERROR:
			f.Stack[f.SP] = object.AssertionErrorType.Ref
			f.SP++
		case bc.BEFORE_WITH:
			err = th.beforeWith(f)
		case bc.WITH_EXCEPT_START:
			err = th.withExceptStart(f)

		case bc.IMPORT_NAME:
			f.SP--
			var m Value
			m, err = th.importName(f, code.Names[arg], f.Stack[f.SP-1], f.Stack[f.SP])
			f.Stack[f.SP-1] = m
		case bc.IMPORT_FROM:
			var v Value
			v, err = th.importFrom(f.Stack[f.SP-1], code.Names[arg])
			if err == nil {
				f.Stack[f.SP] = v
				f.SP++
			}
		case bc.IMPORT_STAR:
			f.SP--
			err = th.importStar(f, f.Stack[f.SP])
		default:
			err = object.NewError(object.SystemErrorType, "unknown opcode %d", op)
		}
	}
}

var unaryOps = map[bc.Opcode]object.UnOp{
	bc.UNARY_POSITIVE: object.OpPos,
	bc.UNARY_NEGATIVE: object.OpNeg,
	bc.UNARY_INVERT:   object.OpInvert,
}

// reraise marks an exception re-raised by RERAISE or a bare raise: it keeps
// its traceback and does not get this frame's entry again.
type reraise struct{ *object.Exception }

// backEdge is the JUMP_BACKWARD bookkeeping: the hot counter, the JIT hook
// and the safepoint.
func (th *Thread) backEdge(f *Frame, header int) {
	n := f.data.tick(header, th.vm.Opts.HotThreshold)
	if int(n) == th.vm.Opts.HotThreshold && th.vm.Opts.Tracer != nil {
		th.vm.Opts.Tracer.OnLoopHeader(th, f, header)
	}
	th.safepoint()
}
