package compile

import (
	"strings"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/syntax"
)

func (fc *fcomp) stmts(list []syntax.Stmt) {
	for _, s := range list {
		fc.stmt(s)
	}
}

func (fc *fcomp) stmt(st syntax.Stmt) {
	old := fc.setPos(st)
	defer fc.restorePos(old)
	switch n := st.(type) {
	case *syntax.FunctionDef:
		fc.functionDef(n)
	case *syntax.ClassDef:
		fc.classDef(n)
	case *syntax.Return:
		fc.returnStmt(n)
	case *syntax.Delete:
		for _, t := range n.Targets {
			fc.delete(t)
		}
	case *syntax.Assign:
		fc.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				fc.emit(bytecode.COPY, 1)
			}
			fc.store(t)
		}
	case *syntax.AugAssign:
		fc.augAssign(n)
	case *syntax.AnnAssign:
		if n.Value != nil {
			fc.expr(n.Value)
			fc.store(n.Target)
		}
	case *syntax.For:
		fc.forStmt(n)
	case *syntax.While:
		fc.whileStmt(n)
	case *syntax.If:
		fc.ifStmt(n)
	case *syntax.With:
		fc.with(n, 0)
	case *syntax.Raise:
		fc.raise(n)
	case *syntax.Try:
		fc.try(n)
	case *syntax.Assert:
		fc.assert(n)
	case *syntax.Import:
		fc.importStmt(n)
	case *syntax.ImportFrom:
		fc.importFrom(n)
	case *syntax.ExprStmt:
		if _, isConst := n.Value.(*syntax.Constant); !isConst {
			fc.expr(n.Value)
			fc.emit0(bytecode.POP_TOP)
		}
	case *syntax.Break:
		fc.breakStmt()
	case *syntax.Continue:
		fc.continueStmt()
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	default:
		panic("BUG: compile: unexpected statement " + syntax.Dump(st))
	}
}

func (fc *fcomp) ifStmt(n *syntax.If) {
	end := fc.newLabel()
	if len(n.Orelse) == 0 {
		fc.jumpIf(n.Test, false, end)
		fc.stmts(n.Body)
		fc.place(end)
		return
	}
	orelse := fc.newLabel()
	fc.jumpIf(n.Test, false, orelse)
	fc.stmts(n.Body)
	fc.jump(end)
	fc.place(orelse)
	fc.stmts(n.Orelse)
	fc.place(end)
}

// isTrueConstant reports whether e is a constant that is always true, so
// that `while True:` needs no test.
func isTrueConstant(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	}
	return false
}

func (fc *fcomp) whileStmt(n *syntax.While) {
	header, orelse, end := fc.newLabel(), fc.newLabel(), fc.newLabel()
	fc.place(header)
	if !isTrueConstant(n.Test) {
		fc.jumpIf(n.Test, false, orelse)
	}
	b := &fblock{kind: fbWhile, header: header, exit: end}
	fc.pushBlock(b)
	fc.stmts(n.Body)
	fc.popBlock(b)
	fc.setPos(n)
	fc.jump(header)
	fc.place(orelse)
	fc.stmts(n.Orelse)
	fc.place(end)
}

func (fc *fcomp) forStmt(n *syntax.For) {
	header, orelse, end := fc.newLabel(), fc.newLabel(), fc.newLabel()
	fc.expr(n.Iter)
	fc.emit0(bytecode.GET_ITER)
	fc.place(header)
	fc.jumpTo(bytecode.FOR_ITER, orelse)
	fc.store(n.Target)
	b := &fblock{kind: fbFor, header: header, exit: end}
	fc.pushBlock(b)
	fc.stmts(n.Body)
	fc.popBlock(b)
	fc.setPos(n)
	fc.jump(header)
	fc.place(orelse)
	fc.stmts(n.Orelse)
	fc.place(end)
}

func (fc *fcomp) returnStmt(n *syntax.Return) {
	if n.Value != nil {
		fc.expr(n.Value)
	} else {
		fc.loadConst(nil)
	}
	restore := fc.unwind(true, nil)
	fc.setPos(n)
	fc.emit0(bytecode.RETURN_VALUE)
	restore()
}

// loop returns the innermost loop block, or nil.
func (fc *fcomp) loop() *fblock {
	for i := len(fc.fblocks) - 1; i >= 0; i-- {
		if k := fc.fblocks[i].kind; k == fbWhile || k == fbFor {
			return fc.fblocks[i]
		}
	}
	return nil
}

func (fc *fcomp) breakStmt() {
	loop := fc.loop()
	if loop == nil {
		fc.fail("'break' outside loop")
	}
	restore := fc.unwind(false, loop)
	if loop.kind == fbFor {
		fc.emit0(bytecode.POP_TOP) // the iterator
	}
	fc.jump(loop.exit)
	restore()
}

func (fc *fcomp) continueStmt() {
	loop := fc.loop()
	if loop == nil {
		fc.fail("'continue' not properly in loop")
	}
	restore := fc.unwind(false, loop)
	fc.jump(loop.header)
	restore()
}

// unwind emits the exit code of every frame block inside stop (all of
// them if stop is nil), innermost first. preserveTOS says a return value
// is on top of the stack and must stay there. Each block's exit code is
// emitted without the block on the block stack and outside its exception
// handlers. The caller emits its jump or return and then calls the
// returned restore, since the code that follows (if any) is still inside
// the blocks.
func (fc *fcomp) unwind(preserveTOS bool, stop *fblock) (restore func()) {
	blocks, handlers := fc.fblocks, fc.handlers
	restore = func() { fc.fblocks, fc.handlers = blocks, handlers }
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b == stop {
			break
		}
		fc.fblocks = blocks[:i:i]                      // full slice expressions: appends must not
		fc.handlers = handlers[:b.nhandler:b.nhandler] // overwrite the saved stacks
		fc.unwindBlock(b, preserveTOS)
	}
	return restore
}

func (fc *fcomp) unwindBlock(b *fblock, preserveTOS bool) {
	switch b.kind {
	case fbWhile, fbTryExcept:
	case fbFor:
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.emit0(bytecode.POP_TOP) // the iterator
	case fbFinallyTry:
		if !preserveTOS {
			fc.stmts(b.final)
			return
		}
		// A break or continue in the finally body drops the return value.
		pv := &fblock{kind: fbPopValue}
		fc.pushBlock(pv)
		fc.stmts(b.final)
		fc.popBlock(pv)
	case fbPopValue:
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.emit0(bytecode.POP_TOP)
	case fbFinallyEnd:
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.emit0(bytecode.POP_TOP) // the exception
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.emit0(bytecode.POP_EXCEPT)
	case fbWith:
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.callExitWithNones()
	case fbHandlerCleanup:
		if preserveTOS {
			fc.emit(bytecode.SWAP, 2)
		}
		fc.emit0(bytecode.POP_EXCEPT)
		if b.name != "" {
			fc.clearName(b.name)
		}
	}
}

// callExitWithNones calls the __exit__ bound method on top of the stack
// with (None, None, None) and discards the result.
func (fc *fcomp) callExitWithNones() {
	fc.loadConst(nil)
	fc.loadConst(nil)
	fc.loadConst(nil)
	fc.emit(bytecode.CALL, 3)
	fc.emit0(bytecode.POP_TOP)
}

// clearName is `name = None; del name`, which ends an `except ... as name`.
func (fc *fcomp) clearName(name string) {
	fc.loadConst(nil)
	fc.nameOp(name, syntax.Store)
	fc.nameOp(name, syntax.Del)
}

func (fc *fcomp) raise(n *syntax.Raise) {
	argc := 0
	if n.Exc != nil {
		fc.expr(n.Exc)
		argc++
		if n.Cause != nil {
			fc.expr(n.Cause)
			argc++
		}
	}
	fc.setPos(n)
	fc.emit(bytecode.RAISE_VARARGS, argc)
}

func (fc *fcomp) assert(n *syntax.Assert) {
	end := fc.newLabel()
	fc.jumpIf(n.Test, true, end)
	var raiseAt syntax.Node = n
	if c := lastJumpCompare(n.Test); c != nil {
		raiseAt = c
	}
	fc.setPos(raiseAt)
	fc.emit0(bytecode.LOAD_ASSERTION_ERROR)
	if n.Msg != nil {
		fc.expr(n.Msg)
		fc.setPos(raiseAt)
		fc.emit(bytecode.CALL, 1)
	}
	fc.emit(bytecode.RAISE_VARARGS, 1)
	fc.place(end)
}

// lastJumpCompare returns the comparison whose position CPython 3.11
// leaves set after compiling a conditional jump on e, or nil: the last
// comparison compiled, looking through not, and/or and conditional
// expressions the way the jump compiler does. An assert raises at that
// position (so a traceback marks the failed comparison), or else at the
// statement's.
func lastJumpCompare(e syntax.Expr) *syntax.Compare {
	switch n := e.(type) {
	case *syntax.Compare:
		return n
	case *syntax.UnaryOp:
		if n.Op == syntax.Not {
			return lastJumpCompare(n.Operand)
		}
	case *syntax.BoolOp:
		var last *syntax.Compare
		for _, v := range n.Values {
			if c := lastJumpCompare(v); c != nil {
				last = c
			}
		}
		return last
	case *syntax.IfExp:
		var last *syntax.Compare
		for _, v := range []syntax.Expr{n.Test, n.Body, n.Orelse} {
			if c := lastJumpCompare(v); c != nil {
				last = c
			}
		}
		return last
	}
	return nil
}

// try compiles try/except/else/finally like CPython 3.11: a finally
// wraps the try/except part.
func (fc *fcomp) try(n *syntax.Try) {
	if len(n.Finalbody) == 0 {
		fc.tryExcept(n)
		return
	}
	fc.tryFinally(n)
}

func (fc *fcomp) tryFinally(n *syntax.Try) {
	excPath, exit := fc.newLabel(), fc.newLabel()
	h := fc.pushHandler(excPath, false, 0)
	b := &fblock{kind: fbFinallyTry, final: n.Finalbody}
	fc.pushBlock(b)
	b.nhandler = len(fc.handlers) - 1
	if len(n.Handlers) > 0 {
		fc.tryExcept(n)
	} else {
		fc.stmts(n.Body)
	}
	fc.popBlock(b)
	fc.popHandler(h)
	fc.stmts(n.Finalbody) // the normal path
	fc.jump(exit)

	// The exception path: exc is on the stack.
	fc.place(excPath)
	cleanup := fc.newLabel()
	ch := fc.pushHandler(cleanup, true, 0)
	fc.emit0(bytecode.PUSH_EXC_INFO)
	fb := &fblock{kind: fbFinallyEnd}
	fc.pushBlock(fb)
	fb.nhandler = len(fc.handlers) - 1
	fc.stmts(n.Finalbody)
	fc.popBlock(fb)
	fc.emit(bytecode.RERAISE, 0)
	fc.popHandler(ch)
	fc.place(cleanup)
	fc.popExceptAndReraise()
	fc.place(exit)
}

// popExceptAndReraise is the cleanup handler of an except or finally
// block: restore the previously handled exception and re-raise.
func (fc *fcomp) popExceptAndReraise() {
	fc.emit(bytecode.COPY, 3)
	fc.emit0(bytecode.POP_EXCEPT)
	fc.emit(bytecode.RERAISE, 1)
}

func (fc *fcomp) tryExcept(n *syntax.Try) {
	except, end := fc.newLabel(), fc.newLabel()
	h := fc.pushHandler(except, false, 0)
	b := &fblock{kind: fbTryExcept}
	fc.pushBlock(b)
	b.nhandler = len(fc.handlers) - 1
	fc.stmts(n.Body)
	fc.popBlock(b)
	fc.popHandler(h)
	fc.stmts(n.Orelse)
	fc.jump(end)

	// The handlers: exc is on the stack.
	fc.place(except)
	cleanup := fc.newLabel()
	outer := len(fc.handlers)
	ch := fc.pushHandler(cleanup, true, 0)
	fc.emit0(bytecode.PUSH_EXC_INFO)
	for _, eh := range n.Handlers {
		fc.exceptHandler(eh, end, outer)
	}
	fc.emit(bytecode.RERAISE, 0) // no handler matched
	fc.popHandler(ch)
	fc.place(cleanup)
	fc.popExceptAndReraise()
	fc.place(end)
}

// exceptHandler compiles one `except T as name:` clause. The stack holds
// prev_exc exc; outer is the handler stack outside the cleanup handler.
func (fc *fcomp) exceptHandler(eh *syntax.ExceptHandler, end *label, outer int) {
	old := fc.setPos(eh)
	defer fc.restorePos(old)
	next := fc.newLabel()
	if eh.Type != nil {
		fc.expr(eh.Type)
		fc.setPos(eh)
		fc.emit0(bytecode.CHECK_EXC_MATCH)
		fc.jumpTo(bytecode.POP_JUMP_IF_FALSE, next)
	}
	if eh.Name == "" {
		fc.emit0(bytecode.POP_TOP)
		b := &fblock{kind: fbHandlerCleanup, nhandler: outer}
		fc.fblocks = append(fc.fblocks, b)
		fc.stmts(eh.Body)
		fc.popBlock(b)
		fc.leaveHandler(outer, "", end)
		fc.place(next)
		return
	}
	fc.nameOp(eh.Name, syntax.Store)
	cleanupBody := fc.newLabel()
	h := fc.pushHandler(cleanupBody, true, 0)
	b := &fblock{kind: fbHandlerCleanup, name: eh.Name, nhandler: outer}
	fc.fblocks = append(fc.fblocks, b)
	fc.stmts(eh.Body)
	fc.popBlock(b)
	fc.popHandler(h)
	fc.leaveHandler(outer, eh.Name, end)
	// An exception in the body: clear the name, then the cleanup handler.
	fc.place(cleanupBody)
	fc.clearName(eh.Name)
	fc.emit(bytecode.RERAISE, 1)
	fc.place(next)
}

// leaveHandler ends a handler body normally: POP_EXCEPT, clear the name,
// jump to end; emitted outside the cleanup handler.
func (fc *fcomp) leaveHandler(outer int, name string, end *label) {
	saved := fc.handlers
	fc.handlers = fc.handlers[:outer:outer]
	fc.emit0(bytecode.POP_EXCEPT)
	if name != "" {
		fc.clearName(name)
	}
	fc.jump(end)
	fc.handlers = saved
}

// with compiles the items of a with statement from index i on, nesting one
// with per item, like CPython 3.11.
func (fc *fcomp) with(n *syntax.With, i int) {
	item := n.Items[i]
	final, exit := fc.newLabel(), fc.newLabel()
	old := fc.setPos(item.ContextExpr)
	fc.expr(item.ContextExpr)
	// Like CPython, __enter__ and __exit__ run at the position of the
	// whole statement, so a traceback marks no part of its first line.
	fc.setPos(n)
	fc.emit0(bytecode.BEFORE_WITH)
	h := fc.pushHandler(final, true, -1)
	b := &fblock{kind: fbWith}
	fc.pushBlock(b)
	b.nhandler = len(fc.handlers) - 1
	if item.OptionalVars != nil {
		fc.store(item.OptionalVars)
	} else {
		fc.emit0(bytecode.POP_TOP)
	}
	fc.restorePos(old)
	if i+1 < len(n.Items) {
		fc.with(n, i+1)
	} else {
		fc.stmts(n.Body)
	}
	fc.popBlock(b)
	fc.popHandler(h)
	fc.setPos(n)
	fc.callExitWithNones()
	fc.jump(exit)

	// The exception path: exit lasti exc.
	fc.place(final)
	cleanup, suppress := fc.newLabel(), fc.newLabel()
	ch := fc.pushHandler(cleanup, true, 0)
	fc.emit0(bytecode.PUSH_EXC_INFO)
	fc.emit0(bytecode.WITH_EXCEPT_START)
	fc.jumpTo(bytecode.POP_JUMP_IF_TRUE, suppress)
	fc.emit(bytecode.RERAISE, 2)
	fc.popHandler(ch)
	fc.place(cleanup)
	fc.popExceptAndReraise()
	fc.place(suppress)
	fc.handlers = append(fc.handlers, ch)
	fc.emit0(bytecode.POP_TOP) // exc
	fc.popHandler(ch)
	fc.emit0(bytecode.POP_EXCEPT)
	fc.emit0(bytecode.POP_TOP) // lasti
	fc.emit0(bytecode.POP_TOP) // exit
	fc.place(exit)
	fc.restorePos(old)
}

func (fc *fcomp) importStmt(n *syntax.Import) {
	for _, a := range n.Names {
		fc.loadConst(int64(0))
		fc.loadConst(nil)
		fc.emit(bytecode.IMPORT_NAME, fc.nameIndex(a.Name))
		if a.Asname == "" {
			top, _, _ := strings.Cut(a.Name, ".")
			fc.nameOp(top, syntax.Store)
			continue
		}
		parts := strings.Split(a.Name, ".")
		for i, attr := range parts[1:] {
			fc.emit(bytecode.IMPORT_FROM, fc.nameIndex(attr))
			if i < len(parts)-2 {
				fc.emit(bytecode.SWAP, 2)
				fc.emit0(bytecode.POP_TOP)
			}
		}
		fc.nameOp(a.Asname, syntax.Store)
		if len(parts) > 1 {
			fc.emit0(bytecode.POP_TOP)
		}
	}
}

func (fc *fcomp) importFrom(n *syntax.ImportFrom) {
	names := make([]any, len(n.Names))
	for i, a := range n.Names {
		names[i] = a.Name
	}
	fc.loadConst(int64(n.Level))
	fc.loadConst(names)
	fc.emit(bytecode.IMPORT_NAME, fc.nameIndex(n.Module))
	if len(n.Names) == 1 && n.Names[0].Name == "*" {
		fc.emit0(bytecode.IMPORT_STAR)
		return
	}
	for _, a := range n.Names {
		fc.emit(bytecode.IMPORT_FROM, fc.nameIndex(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		fc.nameOp(name, syntax.Store)
	}
	fc.emit0(bytecode.POP_TOP)
}

// ---- assignment targets ----

// store stores the value on top of the stack into target.
func (fc *fcomp) store(target syntax.Expr) {
	old := fc.setPos(target)
	defer fc.restorePos(old)
	switch t := target.(type) {
	case *syntax.Name:
		fc.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		fc.expr(t.Value)
		fc.setPos(target)
		fc.emit(bytecode.STORE_ATTR, fc.attrIndex(t.Attr))
	case *syntax.Subscript:
		fc.expr(t.Value)
		fc.subscriptKey(t.Slice)
		fc.setPos(target)
		fc.emit0(bytecode.STORE_SUBSCR)
	case *syntax.Tuple:
		fc.unpack(t.Elts)
	case *syntax.List:
		fc.unpack(t.Elts)
	case *syntax.Starred:
		fc.fail("starred assignment target must be in a list or tuple")
	default:
		fc.fail("cannot assign to expression")
	}
}

// unpack unpacks the sequence on top of the stack into elts.
func (fc *fcomp) unpack(elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				fc.fail("multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		fc.emit(bytecode.UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 0xff || after > 0xffff {
			fc.fail("too many expressions in star-unpacking assignment")
		}
		fc.emit(bytecode.UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.Value
		}
		fc.store(e)
	}
}

func (fc *fcomp) delete(target syntax.Expr) {
	old := fc.setPos(target)
	defer fc.restorePos(old)
	switch t := target.(type) {
	case *syntax.Name:
		fc.nameOp(t.Id, syntax.Del)
	case *syntax.Attribute:
		fc.expr(t.Value)
		fc.setPos(target)
		fc.emit(bytecode.DELETE_ATTR, fc.attrIndex(t.Attr))
	case *syntax.Subscript:
		fc.expr(t.Value)
		fc.subscriptKey(t.Slice)
		fc.setPos(target)
		fc.emit0(bytecode.DELETE_SUBSCR)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			fc.delete(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			fc.delete(e)
		}
	default:
		fc.fail("cannot delete expression")
	}
}

func (fc *fcomp) augAssign(n *syntax.AugAssign) {
	op := binaryOp[n.Op] + bytecode.BinaryInplace
	switch t := n.Target.(type) {
	case *syntax.Name:
		fc.nameOp(t.Id, syntax.Load)
		fc.expr(n.Value)
		fc.setPos(n)
		fc.emit(bytecode.BINARY_OP, op)
		fc.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		fc.expr(t.Value)
		fc.emit(bytecode.COPY, 1)
		fc.setPos(t)
		fc.emit(bytecode.LOAD_ATTR, fc.attrIndex(t.Attr))
		fc.expr(n.Value)
		fc.setPos(n)
		fc.emit(bytecode.BINARY_OP, op)
		fc.emit(bytecode.SWAP, 2)
		fc.emit(bytecode.STORE_ATTR, fc.attrIndex(t.Attr))
	case *syntax.Subscript:
		fc.expr(t.Value)
		fc.subscriptKey(t.Slice)
		fc.emit(bytecode.COPY, 2)
		fc.emit(bytecode.COPY, 2)
		fc.setPos(t)
		fc.emit0(bytecode.BINARY_SUBSCR)
		fc.expr(n.Value)
		fc.setPos(n)
		fc.emit(bytecode.BINARY_OP, op)
		fc.emit(bytecode.SWAP, 3)
		fc.emit(bytecode.SWAP, 2)
		fc.emit0(bytecode.STORE_SUBSCR)
	default:
		fc.fail("'%s' is an illegal expression for augmented assignment", "expression")
	}
}
