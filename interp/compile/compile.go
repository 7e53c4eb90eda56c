// Package compile translates a resolved AST (interp/syntax, interp/resolve)
// into code objects (interp/bytecode). The output follows CPython 3.11's
// code generation closely, so `python3 -m dis` is the reference for how a
// construct compiles; docs/bytecode.md lists where atompy differs.
//
// Structure: one fcomp per code object. An fcomp emits instructions into a
// list (instr) whose jumps point at labels; assemble resolves labels to
// absolute instruction indices, builds the line table and the exception
// table and computes StackSize.
//
// Exception handling uses a compile-time handler stack, as in CPython's
// SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH pseudo-instructions. Every emitted
// instruction records the innermost active handler; runs of instructions
// with the same handler become exception table entries. A handler's stack
// depth is the value-stack depth where it was pushed, found by the same
// abstract interpretation that computes StackSize (a handler is pushed
// before the first instruction it covers, so that instruction's depth is
// the handler's).
//
// Control-flow statements that leave a block early (return, break,
// continue) unwind the frame-block stack (fblock): they inline the
// finally bodies, __exit__ calls and handler cleanups between them and
// their target, emitted with the leaving block's handlers popped.
//
// Jumps to a label that is already placed are backward jumps and become
// JUMP_BACKWARD, whose targets are the code's loop headers; all
// conditional jumps go forward.
package compile

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"unicode/utf8"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/resolve"
	"atompy.dev/atompy/interp/syntax"
)

// Compile parses, resolves and compiles a module. The error is the
// *syntax.Error of the first syntax or static error.
func Compile(filename string, src []byte) (*bytecode.Code, error) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return compileModule(mod, filename, src)
}

// CompileModule resolves and compiles an already parsed module.
func CompileModule(mod *syntax.Module, filename string) (*bytecode.Code, error) {
	return compileModule(mod, filename, nil)
}

func compileModule(mod *syntax.Module, filename string, src []byte) (code *bytecode.Code, err error) {
	info, err := resolve.Resolve(mod, filename, src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(*syntax.Error)
			if !ok {
				panic(e)
			}
			code, err = nil, se
		}
	}()
	c := &compiler{filename: filename, src: src, info: info}
	return c.module(mod), nil
}

// compiler holds what all code objects of a module share.
type compiler struct {
	filename string
	src      []byte
	info     *resolve.Info
}

// fcomp compiles one code object.
type fcomp struct {
	c     *compiler
	scope *resolve.Scope
	code  *bytecode.Code

	instrs   []instr
	pos      bytecode.Pos
	handlers []*handler
	fblocks  []*fblock
	endLabel bool // a label is placed at the current end of instrs

	consts map[constKey]int
	names  map[string]int
}

// instr is an instruction before assembly.
type instr struct {
	op     bytecode.Opcode
	arg    int
	target *label // jumps
	pos    bytecode.Pos
	h      *handler // innermost active exception handler
}

// label is a jump target; pc is -1 until placed.
type label struct{ pc int }

// handler is an exception handler: the target label, the instruction index
// where it was pushed, and the stack depth there (found by assemble).
type handler struct {
	target *label
	lasti  bool
	at     int
	adjust int // added to the depth at `at` (with: the enter result is still on the stack)
	depth  int
	known  bool
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandlerCleanup
	fbPopValue // a return value on the stack while a finally body runs
)

// fblock is a frame block: a statement that return/break/continue must
// unwind through.
type fblock struct {
	kind     fblockKind
	header   *label        // loops: continue target
	exit     *label        // loops: break target
	final    []syntax.Stmt // fbFinallyTry: the finally body
	name     string        // fbHandlerCleanup: the `as` name, or ""
	nhandler int           // len(handlers) outside this block
}

func (c *compiler) newFcomp(scope *resolve.Scope, name string, firstLine int) *fcomp {
	fc := &fcomp{
		c:     c,
		scope: scope,
		code: &bytecode.Code{
			Name:      name,
			QualName:  scope.QualName,
			Filename:  c.filename,
			FirstLine: firstLine,
		},
		consts: map[constKey]int{},
		names:  map[string]int{},
	}
	return fc
}

// fail aborts compilation with a SyntaxError at the current position.
func (fc *fcomp) fail(format string, args ...any) {
	text := sourceLine(fc.c.src, fc.pos.Line)
	col := fc.pos.Col
	if col <= len(text) {
		col = utf8.RuneCountInString(text[:col])
	}
	panic(&syntax.Error{
		Filename: fc.c.filename,
		Line:     fc.pos.Line,
		Col:      col + 1,
		Text:     text,
		Msg:      fmt.Sprintf(format, args...),
		Kind:     "SyntaxError",
	})
}

// sourceLine returns line (1-based) of src without its terminator, or "".
func sourceLine(src []byte, line int) string {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := bytes.IndexAny(src, "\r\n"); i >= 0 {
		src = src[:i]
	}
	return string(src)
}

// setPos makes n's extent the position of the instructions emitted next
// and returns the previous position, for restorePos.
func (fc *fcomp) setPos(n syntax.Node) bytecode.Pos {
	old := fc.pos
	l := n.Span()
	if l.Pos.Line > 0 {
		fc.pos = bytecode.Pos{Line: int(l.Pos.Line), EndLine: int(l.End.Line), Col: int(l.Pos.Col), EndCol: int(l.End.Col)}
	}
	return old
}

func (fc *fcomp) restorePos(p bytecode.Pos) { fc.pos = p }

// emit appends an instruction.
func (fc *fcomp) emit(op bytecode.Opcode, arg int) {
	if arg > bytecode.MaxArg {
		fc.fail("too many constants, names or values in one code object")
	}
	var h *handler
	if n := len(fc.handlers); n > 0 {
		h = fc.handlers[n-1]
	}
	fc.instrs = append(fc.instrs, instr{op: op, arg: arg, pos: fc.pos, h: h})
	fc.endLabel = false
}

func (fc *fcomp) emit0(op bytecode.Opcode) { fc.emit(op, 0) }

func (fc *fcomp) newLabel() *label { return &label{pc: -1} }

// place places l at the next instruction.
func (fc *fcomp) place(l *label) {
	if l.pc >= 0 {
		panic("BUG: label placed twice")
	}
	l.pc = len(fc.instrs)
	fc.endLabel = true
}

// jumpTo emits a jump to l: JUMP_BACKWARD when l is already placed (a loop
// header), JUMP otherwise. Conditional jumps must go forward.
func (fc *fcomp) jumpTo(op bytecode.Opcode, l *label) {
	if l.pc >= 0 {
		if op != bytecode.JUMP && op != bytecode.JUMP_BACKWARD_NO_INTERRUPT {
			panic("BUG: backward conditional jump " + op.String())
		}
		if op == bytecode.JUMP {
			op = bytecode.JUMP_BACKWARD
		}
	}
	fc.emit(op, 0)
	fc.instrs[len(fc.instrs)-1].target = l
}

func (fc *fcomp) jump(l *label) { fc.jumpTo(bytecode.JUMP, l) }

// pushHandler makes target the handler of the instructions emitted next.
func (fc *fcomp) pushHandler(target *label, lasti bool, adjust int) *handler {
	h := &handler{target: target, lasti: lasti, at: len(fc.instrs), adjust: adjust}
	fc.handlers = append(fc.handlers, h)
	return h
}

func (fc *fcomp) popHandler(h *handler) {
	n := len(fc.handlers)
	if n == 0 || fc.handlers[n-1] != h {
		panic("BUG: exception handler stack mismatch")
	}
	fc.handlers = fc.handlers[:n-1]
}

func (fc *fcomp) pushBlock(b *fblock) {
	b.nhandler = len(fc.handlers)
	fc.fblocks = append(fc.fblocks, b)
}

func (fc *fcomp) popBlock(b *fblock) {
	n := len(fc.fblocks)
	if n == 0 || fc.fblocks[n-1] != b {
		panic("BUG: frame block stack mismatch")
	}
	fc.fblocks = fc.fblocks[:n-1]
}

// ---- constants and names ----

type constKey struct {
	kind string
	val  string
}

func keyOf(v any) constKey {
	switch v := v.(type) {
	case nil:
		return constKey{"None", ""}
	case bool:
		return constKey{"bool", fmt.Sprint(v)}
	case int64:
		return constKey{"int", fmt.Sprint(v)}
	case *big.Int:
		return constKey{"int", v.String()}
	case float64:
		return constKey{"float", fmt.Sprint(math.Float64bits(v))}
	case complex128:
		return constKey{"complex", fmt.Sprint(math.Float64bits(real(v)), math.Float64bits(imag(v)))}
	case string:
		return constKey{"str", v}
	case []byte:
		return constKey{"bytes", string(v)}
	case []any:
		s := ""
		for _, x := range v {
			k := keyOf(x)
			s += fmt.Sprintf("%d:%s:%d:%s,", len(k.kind), k.kind, len(k.val), k.val)
		}
		return constKey{"tuple", s}
	}
	if v == bytecode.Ellipsis {
		return constKey{"Ellipsis", ""}
	}
	panic(fmt.Sprintf("BUG: unexpected constant %T", v))
}

// constIndex returns the index of v in Consts, adding it if new. Code
// objects are never shared.
func (fc *fcomp) constIndex(v any) int {
	if _, ok := v.(*bytecode.Code); ok {
		fc.code.Consts = append(fc.code.Consts, v)
		return len(fc.code.Consts) - 1
	}
	k := keyOf(v)
	if i, ok := fc.consts[k]; ok {
		return i
	}
	fc.code.Consts = append(fc.code.Consts, v)
	i := len(fc.code.Consts) - 1
	fc.consts[k] = i
	return i
}

func (fc *fcomp) loadConst(v any) { fc.emit(bytecode.LOAD_CONST, fc.constIndex(v)) }

func (fc *fcomp) nameIndex(name string) int {
	if i, ok := fc.names[name]; ok {
		return i
	}
	fc.code.Names = append(fc.code.Names, name)
	i := len(fc.code.Names) - 1
	fc.names[name] = i
	return i
}

// attrIndex is nameIndex for an attribute name, which is subject to
// private name mangling.
func (fc *fcomp) attrIndex(attr string) int { return fc.nameIndex(fc.scope.Mangle(attr)) }

// constValue converts an AST constant to a bytecode constant.
func constValue(v any) any {
	switch v := v.(type) {
	case syntax.EllipsisType:
		return bytecode.Ellipsis
	case *big.Int:
		if v.IsInt64() {
			return v.Int64()
		}
	}
	return v
}

// ---- names ----

// nameOp emits the load, store or delete of a variable.
func (fc *fcomp) nameOp(name string, ctx syntax.Ctx) {
	name = fc.scope.Mangle(name)
	kind, idx := fc.scope.Lookup(name)
	pick := func(load, store, del bytecode.Opcode) bytecode.Opcode {
		return [...]bytecode.Opcode{load, store, del}[ctx]
	}
	switch kind {
	case resolve.Local:
		fc.emit(pick(bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST), idx)
	case resolve.Cell, resolve.Free:
		op := pick(bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF)
		if op == bytecode.LOAD_DEREF && fc.scope.Kind == resolve.ClassScope {
			op = bytecode.LOAD_CLASSDEREF
		}
		fc.emit(op, idx)
	case resolve.Global, resolve.GlobalImplicit:
		fc.emit(pick(bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL), fc.nameIndex(name))
	case resolve.Name:
		fc.emit(pick(bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME), fc.nameIndex(name))
	default:
		panic("BUG: unknown name kind")
	}
}

// ---- code objects ----

func (c *compiler) module(mod *syntax.Module) *bytecode.Code {
	scope := c.info.Module
	fc := c.newFcomp(scope, "<module>", 1)
	fc.code.Flags = bytecode.FlagModule
	fc.pos = bytecode.Pos{Line: 1, EndLine: 1}
	body := mod.Body
	if doc, ok := docstring(body); ok {
		old := fc.setPos(body[0])
		fc.loadConst(doc)
		fc.nameOp("__doc__", syntax.Store)
		fc.restorePos(old)
		body = body[1:]
	}
	fc.stmts(body)
	fc.returnNone(body)
	return fc.finish()
}

// docstring returns the docstring of a body, if its first statement is a
// string constant.
func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

// returnNone ends a body with `return None` unless its end is unreachable.
// The instructions get the position of the body's last statement.
func (fc *fcomp) returnNone(body []syntax.Stmt) {
	if n := len(fc.instrs); n > 0 && !fc.endLabel && !fc.instrs[n-1].op.FallsThrough() {
		return
	}
	if len(body) > 0 {
		l := body[len(body)-1].Span()
		fc.pos = bytecode.Pos{Line: int(l.Pos.Line), EndLine: int(l.Pos.Line), Col: int(l.Pos.Col), EndCol: int(l.Pos.Col)}
	}
	fc.loadConst(nil)
	fc.emit0(bytecode.RETURN_VALUE)
}

// finish fills in the code object's scope-derived fields and assembles it.
func (fc *fcomp) finish() *bytecode.Code {
	s, code := fc.scope, fc.code
	code.ArgCount = s.ArgCount
	code.PosOnlyArgCount = s.PosOnlyArgCount
	code.KwOnlyArgCount = s.KwOnlyArgCount
	if s.Varargs {
		code.Flags |= bytecode.FlagVarargs
	}
	if s.Varkeywords {
		code.Flags |= bytecode.FlagVarkeywords
	}
	if s.Generator {
		code.Flags |= bytecode.FlagGenerator
	}
	if s.Parent != nil && s.Parent.Kind != resolve.ModuleScope {
		code.Flags |= bytecode.FlagNested
	}
	code.Varnames = s.Varnames
	code.NLocals = len(s.Varnames)
	code.Cellvars = s.Cellvars
	code.Freevars = s.Freevars
	code.Cell2Arg = s.Cell2Arg
	fc.assemble()
	return code
}

// firstLine is the line of a def or class, or of its first decorator.
func firstLine(n syntax.Node, decorators []syntax.Expr) int {
	if len(decorators) > 0 {
		return int(decorators[0].Span().Pos.Line)
	}
	return int(n.Span().Pos.Line)
}

// functionCode compiles the code object of a def or lambda.
func (fc *fcomp) functionCode(n syntax.Node, name string, body []syntax.Stmt, lambdaBody syntax.Expr, line int) *bytecode.Code {
	scope := fc.c.info.Scopes[n]
	inner := fc.c.newFcomp(scope, name, line)
	inner.pos = fc.pos
	if lambdaBody != nil {
		inner.code.Flags |= bytecode.FlagLambda
		inner.constIndex(nil) // Consts[0]: a lambda has no docstring
		old := inner.setPos(lambdaBody)
		inner.expr(lambdaBody)
		if scope.Generator {
			inner.emit0(bytecode.POP_TOP)
			inner.loadConst(nil)
		}
		inner.emit0(bytecode.RETURN_VALUE)
		inner.restorePos(old)
		return inner.finish()
	}
	if doc, ok := docstring(body); ok {
		inner.constIndex(doc) // Consts[0] is the docstring (or None)
		body = body[1:]
	} else {
		inner.constIndex(nil)
	}
	inner.stmts(body)
	inner.returnNone(body)
	return inner.finish()
}

// makeFunction pushes the function object for code: [closure tuple] code
// MAKE_FUNCTION, with flags for defaults already pushed by the caller.
func (fc *fcomp) makeFunction(code *bytecode.Code, flags int) {
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			i := fc.scope.DerefIndex(name)
			if i < 0 {
				panic("BUG: " + code.Name + " captures " + name + ", which " + fc.code.Name + " does not provide")
			}
			fc.emit(bytecode.LOAD_CLOSURE, i)
		}
		fc.emit(bytecode.BUILD_TUPLE, len(code.Freevars))
		flags |= bytecode.MakeClosure
	}
	fc.loadConst(code)
	fc.emit(bytecode.MAKE_FUNCTION, flags)
}

// defaults pushes the defaults tuple and kw-only defaults dict of the
// parameter list of node (a def or lambda) and returns the MAKE_FUNCTION
// flags for them.
func (fc *fcomp) defaults(node syntax.Node, args *syntax.Arguments) int {
	if args == nil {
		return 0
	}
	flags := 0
	if len(args.Defaults) > 0 {
		fc.exprs(args.Defaults)
		fc.emit(bytecode.BUILD_TUPLE, len(args.Defaults))
		flags |= bytecode.MakeDefaults
	}
	n := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			fc.loadConst(fc.c.info.Scopes[node].Mangle(args.KwOnly[i].Name))
			fc.expr(d)
			n++
		}
	}
	if n > 0 {
		fc.emit(bytecode.BUILD_MAP, n)
		flags |= bytecode.MakeKwDefaults
	}
	return flags
}

func (fc *fcomp) functionDef(n *syntax.FunctionDef) {
	fc.exprs(n.Decorators)
	flags := fc.defaults(n, n.Args)
	code := fc.functionCode(n, n.Name, n.Body, nil, firstLine(n, n.Decorators))
	fc.makeFunction(code, flags)
	fc.applyDecorators(n.Decorators)
	fc.nameOp(n.Name, syntax.Store)
}

func (fc *fcomp) applyDecorators(decorators []syntax.Expr) {
	for i := len(decorators) - 1; i >= 0; i-- {
		old := fc.setPos(decorators[i])
		fc.emit(bytecode.CALL, 1)
		fc.restorePos(old)
	}
}

func (fc *fcomp) lambda(n *syntax.Lambda) {
	flags := fc.defaults(n, n.Args)
	code := fc.functionCode(n, "<lambda>", nil, n.Body, int(n.Pos.Line))
	fc.makeFunction(code, flags)
}

func (fc *fcomp) classDef(n *syntax.ClassDef) {
	fc.exprs(n.Decorators)
	fc.emit0(bytecode.LOAD_BUILD_CLASS)
	code := fc.classBody(n)
	fc.makeFunction(code, 0)
	fc.loadConst(n.Name)
	fc.call(2, n.Bases, n.Keywords)
	fc.applyDecorators(n.Decorators)
	fc.nameOp(n.Name, syntax.Store)
}

func (fc *fcomp) classBody(n *syntax.ClassDef) *bytecode.Code {
	scope := fc.c.info.Scopes[n]
	inner := fc.c.newFcomp(scope, n.Name, firstLine(n, n.Decorators))
	inner.code.Flags |= bytecode.FlagClassBody
	inner.pos = fc.pos
	inner.nameOp("__name__", syntax.Load)
	inner.nameOp("__module__", syntax.Store)
	inner.loadConst(scope.QualName)
	inner.nameOp("__qualname__", syntax.Store)
	body := n.Body
	if doc, ok := docstring(body); ok {
		old := inner.setPos(body[0])
		inner.loadConst(doc)
		inner.nameOp("__doc__", syntax.Store)
		inner.restorePos(old)
		body = body[1:]
	}
	inner.stmts(body)
	if scope.NeedsClassCell {
		inner.emit(bytecode.LOAD_CLOSURE, scope.DerefIndex("__class__"))
		inner.emit(bytecode.COPY, 1)
		inner.nameOp("__classcell__", syntax.Store)
		inner.emit0(bytecode.RETURN_VALUE)
	} else {
		inner.loadConst(nil)
		inner.emit0(bytecode.RETURN_VALUE)
	}
	return inner.finish()
}
