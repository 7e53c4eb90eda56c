package compile

import (
	"math/big"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/syntax"
)

// binaryOp maps AST operators to BINARY_OP arguments.
var binaryOp = [...]int{
	syntax.Add:      bytecode.BinaryAdd,
	syntax.Sub:      bytecode.BinarySubtract,
	syntax.Mult:     bytecode.BinaryMultiply,
	syntax.MatMult:  bytecode.BinaryMatrixMultiply,
	syntax.Div:      bytecode.BinaryTrueDivide,
	syntax.Mod:      bytecode.BinaryRemainder,
	syntax.Pow:      bytecode.BinaryPower,
	syntax.LShift:   bytecode.BinaryLshift,
	syntax.RShift:   bytecode.BinaryRshift,
	syntax.BitOr:    bytecode.BinaryOr,
	syntax.BitXor:   bytecode.BinaryXor,
	syntax.BitAnd:   bytecode.BinaryAnd,
	syntax.FloorDiv: bytecode.BinaryFloorDivide,
}

var unaryOp = [...]bytecode.Opcode{
	syntax.Invert: bytecode.UNARY_INVERT,
	syntax.Not:    bytecode.UNARY_NOT,
	syntax.UAdd:   bytecode.UNARY_POSITIVE,
	syntax.USub:   bytecode.UNARY_NEGATIVE,
}

// compareOp emits the instruction for one comparison operator.
func (fc *fcomp) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpEQ)
	case syntax.NotEq:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpNE)
	case syntax.Lt:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpLT)
	case syntax.LtE:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpLE)
	case syntax.Gt:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpGT)
	case syntax.GtE:
		fc.emit(bytecode.COMPARE_OP, bytecode.CmpGE)
	case syntax.Is:
		fc.emit(bytecode.IS_OP, 0)
	case syntax.IsNot:
		fc.emit(bytecode.IS_OP, 1)
	case syntax.In:
		fc.emit(bytecode.CONTAINS_OP, 0)
	case syntax.NotIn:
		fc.emit(bytecode.CONTAINS_OP, 1)
	}
}

func (fc *fcomp) exprs(list []syntax.Expr) {
	for _, e := range list {
		fc.expr(e)
	}
}

// expr pushes the value of e.
func (fc *fcomp) expr(e syntax.Expr) {
	old := fc.setPos(e)
	defer fc.restorePos(old)
	if v, ok := foldConstant(e); ok {
		fc.loadConst(v)
		return
	}
	switch n := e.(type) {
	case *syntax.Name:
		fc.nameOp(n.Id, syntax.Load)
	case *syntax.Attribute:
		fc.expr(n.Value)
		fc.emit(bytecode.LOAD_ATTR, fc.attrIndex(n.Attr))
	case *syntax.Subscript:
		fc.expr(n.Value)
		fc.subscriptKey(n.Slice)
		fc.emit0(bytecode.BINARY_SUBSCR)
	case *syntax.BinOp:
		fc.expr(n.Left)
		fc.expr(n.Right)
		fc.emit(bytecode.BINARY_OP, binaryOp[n.Op])
	case *syntax.UnaryOp:
		fc.expr(n.Operand)
		fc.emit0(unaryOp[n.Op])
	case *syntax.BoolOp:
		fc.boolOp(n)
	case *syntax.Compare:
		fc.compare(n)
	case *syntax.IfExp:
		orelse, end := fc.newLabel(), fc.newLabel()
		fc.jumpIf(n.Test, false, orelse)
		fc.expr(n.Body)
		fc.jump(end)
		fc.place(orelse)
		fc.expr(n.Orelse)
		fc.place(end)
	case *syntax.NamedExpr:
		fc.expr(n.Value)
		fc.emit(bytecode.COPY, 1)
		fc.store(n.Target)
	case *syntax.Call:
		fc.callExpr(n)
	case *syntax.Lambda:
		fc.lambda(n)
	case *syntax.Tuple:
		fc.sequence(n.Elts, bytecode.BUILD_TUPLE)
	case *syntax.List:
		fc.sequence(n.Elts, bytecode.BUILD_LIST)
	case *syntax.Set:
		fc.sequence(n.Elts, bytecode.BUILD_SET)
	case *syntax.Dict:
		fc.dict(n)
	case *syntax.ListComp:
		fc.comprehension(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *syntax.SetComp:
		fc.comprehension(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *syntax.DictComp:
		fc.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		fc.comprehension(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *syntax.Yield:
		if n.Value != nil {
			fc.expr(n.Value)
		} else {
			fc.loadConst(nil)
		}
		fc.emit0(bytecode.YIELD_VALUE)
	case *syntax.YieldFrom:
		fc.expr(n.Value)
		fc.emit0(bytecode.GET_YIELD_FROM_ITER)
		fc.loadConst(nil)
		fc.yieldFrom()
	case *syntax.JoinedStr:
		fc.joinedStr(n)
	case *syntax.FormattedValue:
		fc.formattedValue(n)
	case *syntax.Constant:
		fc.loadConst(constValue(n.Value))
	case *syntax.Starred:
		fc.fail("can't use starred expression here")
	case *syntax.Slice:
		fc.slice(n)
	default:
		panic("BUG: compile: unexpected expression " + syntax.Dump(e))
	}
}

// yieldFrom emits the SEND loop; the stack holds the iterator and the first
// value to send.
func (fc *fcomp) yieldFrom() {
	loop, end := fc.newLabel(), fc.newLabel()
	fc.place(loop)
	fc.jumpTo(bytecode.SEND, end)
	fc.emit0(bytecode.YIELD_VALUE)
	fc.jumpTo(bytecode.JUMP_BACKWARD_NO_INTERRUPT, loop)
	fc.place(end)
}

// foldConstant evaluates the constant expressions CPython folds that
// cannot raise: negated numeric literals and tuples of constants.
func foldConstant(e syntax.Expr) (any, bool) {
	switch n := e.(type) {
	case *syntax.UnaryOp:
		if n.Op != syntax.USub {
			return nil, false
		}
		k, ok := n.Operand.(*syntax.Constant)
		if !ok {
			return nil, false
		}
		switch v := constValue(k.Value).(type) {
		case int64:
			if v == -1<<63 {
				return new(big.Int).Neg(big.NewInt(v)), true
			}
			return -v, true
		case *big.Int:
			r := new(big.Int).Neg(v)
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		case float64:
			return -v, true
		case complex128:
			return -v, true
		}
	case *syntax.Tuple:
		if n.Ctx != syntax.Load || len(n.Elts) == 0 {
			return nil, false
		}
		vals := make([]any, len(n.Elts))
		for i, el := range n.Elts {
			if k, ok := el.(*syntax.Constant); ok {
				vals[i] = constValue(k.Value)
				continue
			}
			v, ok := foldConstant(el)
			if !ok {
				return nil, false
			}
			vals[i] = v
		}
		return vals, true
	}
	return nil, false
}

func (fc *fcomp) subscriptKey(key syntax.Expr) {
	if s, ok := key.(*syntax.Slice); ok {
		fc.slice(s)
		return
	}
	fc.expr(key)
}

func (fc *fcomp) slice(s *syntax.Slice) {
	for _, part := range []syntax.Expr{s.Lower, s.Upper} {
		if part == nil {
			fc.loadConst(nil)
		} else {
			fc.expr(part)
		}
	}
	if s.Step != nil {
		fc.expr(s.Step)
		fc.emit(bytecode.BUILD_SLICE, 3)
		return
	}
	fc.emit(bytecode.BUILD_SLICE, 2)
}

func (fc *fcomp) boolOp(n *syntax.BoolOp) {
	op := bytecode.JUMP_IF_FALSE_OR_POP
	if n.Op == syntax.Or {
		op = bytecode.JUMP_IF_TRUE_OR_POP
	}
	end := fc.newLabel()
	for i, v := range n.Values {
		fc.expr(v)
		if i < len(n.Values)-1 {
			fc.jumpTo(op, end)
		}
	}
	fc.place(end)
}

// compare compiles a (possibly chained) comparison: a < b < c evaluates b
// once and stops at the first false result.
func (fc *fcomp) compare(n *syntax.Compare) {
	fc.expr(n.Left)
	if len(n.Ops) == 1 {
		fc.expr(n.Comparators[0])
		fc.compareOp(n.Ops[0])
		return
	}
	cleanup, end := fc.newLabel(), fc.newLabel()
	last := len(n.Ops) - 1
	for i := 0; i < last; i++ {
		fc.expr(n.Comparators[i])
		fc.emit(bytecode.SWAP, 2)
		fc.emit(bytecode.COPY, 2)
		fc.compareOp(n.Ops[i])
		fc.jumpTo(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	fc.expr(n.Comparators[last])
	fc.compareOp(n.Ops[last])
	fc.jump(end)
	fc.place(cleanup)
	fc.emit(bytecode.SWAP, 2)
	fc.emit0(bytecode.POP_TOP)
	fc.place(end)
}

// jumpIf evaluates e as a condition and jumps to target if its truth is
// cond; otherwise it falls through. Nothing is left on the stack.
func (fc *fcomp) jumpIf(e syntax.Expr, cond bool, target *label) {
	old := fc.setPos(e)
	defer fc.restorePos(old)
	switch n := e.(type) {
	case *syntax.UnaryOp:
		if n.Op == syntax.Not {
			fc.jumpIf(n.Operand, !cond, target)
			return
		}
	case *syntax.BoolOp:
		// `a and b` jumps when false as soon as one operand is false, and
		// when true only if the last one is; `or` is the mirror image.
		shortCircuit := n.Op == syntax.Or // the truth that decides early
		if cond == shortCircuit {
			for _, v := range n.Values {
				fc.jumpIf(v, cond, target)
			}
			return
		}
		next := fc.newLabel()
		last := len(n.Values) - 1
		for _, v := range n.Values[:last] {
			fc.jumpIf(v, !cond, next)
		}
		fc.jumpIf(n.Values[last], cond, target)
		fc.place(next)
		return
	case *syntax.Compare:
		if len(n.Ops) == 1 && (n.Ops[0] == syntax.Is || n.Ops[0] == syntax.IsNot) && isNone(n.Comparators[0]) {
			fc.expr(n.Left)
			jumpIfNone := (n.Ops[0] == syntax.Is) == cond
			if jumpIfNone {
				fc.jumpTo(bytecode.POP_JUMP_IF_NONE, target)
			} else {
				fc.jumpTo(bytecode.POP_JUMP_IF_NOT_NONE, target)
			}
			return
		}
	}
	fc.expr(e)
	if cond {
		fc.jumpTo(bytecode.POP_JUMP_IF_TRUE, target)
	} else {
		fc.jumpTo(bytecode.POP_JUMP_IF_FALSE, target)
	}
}

func isNone(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	return ok && k.Value == nil
}

// sequence builds a tuple, list or set display, with *x unpacking.
func (fc *fcomp) sequence(elts []syntax.Expr, build bytecode.Opcode) {
	if !hasStarred(elts) {
		fc.exprs(elts)
		fc.emit(build, len(elts))
		return
	}
	// Build a list (or set) incrementally; a tuple is converted at the end.
	build0, add, extend := bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND
	if build == bytecode.BUILD_SET {
		build0, add, extend = bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE
	}
	prefix := 0
	for prefix < len(elts) {
		if _, ok := elts[prefix].(*syntax.Starred); ok {
			break
		}
		fc.expr(elts[prefix])
		prefix++
	}
	fc.emit(build0, prefix)
	for _, e := range elts[prefix:] {
		if s, ok := e.(*syntax.Starred); ok {
			fc.expr(s.Value)
			fc.emit(extend, 1)
		} else {
			fc.expr(e)
			fc.emit(add, 1)
		}
	}
	if build == bytecode.BUILD_TUPLE {
		fc.emit0(bytecode.LIST_TO_TUPLE)
	}
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// dict builds a dict display; runs of key: value pairs become BUILD_MAP and
// each **m a DICT_UPDATE.
func (fc *fcomp) dict(n *syntax.Dict) {
	built := false
	pending := 0
	flush := func() {
		if pending > 0 || !built {
			fc.emit(bytecode.BUILD_MAP, pending)
			if built {
				fc.emit(bytecode.DICT_UPDATE, 1)
			}
			built, pending = true, 0
		}
	}
	for i, k := range n.Keys {
		if k == nil {
			flush()
			fc.expr(n.Values[i])
			fc.emit(bytecode.DICT_UPDATE, 1)
			continue
		}
		fc.expr(k)
		fc.expr(n.Values[i])
		pending++
	}
	if pending > 0 || !built {
		flush()
	}
}

// ---- calls ----

func (fc *fcomp) callExpr(n *syntax.Call) {
	if attr, ok := n.Func.(*syntax.Attribute); ok && attr.Ctx == syntax.Load && !hasStarred(n.Args) && !hasDoubleStar(n.Keywords) {
		fc.expr(attr.Value)
		old := fc.setPos(attr)
		fc.emit(bytecode.LOAD_METHOD, fc.attrIndex(attr.Attr))
		fc.restorePos(old)
		fc.exprs(n.Args)
		fc.keywordValues(n.Keywords)
		fc.setPos(n)
		if len(n.Keywords) > 0 {
			fc.loadConst(keywordNames(n.Keywords))
			fc.emit(bytecode.CALL_METHOD_KW, len(n.Args)+len(n.Keywords))
		} else {
			fc.emit(bytecode.CALL_METHOD, len(n.Args))
		}
		return
	}
	fc.expr(n.Func)
	fc.call(0, n.Args, n.Keywords)
}

func hasDoubleStar(kws []*syntax.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

func (fc *fcomp) keywordValues(kws []*syntax.Keyword) {
	for _, k := range kws {
		fc.expr(k.Value)
	}
}

func keywordNames(kws []*syntax.Keyword) []any {
	names := make([]any, len(kws))
	for i, k := range kws {
		names[i] = k.Arg
	}
	return names
}

// call emits a call of the callable on the stack, below which nothing of
// the call lies; pushed is the number of positional arguments already
// pushed (a class statement pushes the body function and the name).
func (fc *fcomp) call(pushed int, args []syntax.Expr, kws []*syntax.Keyword) {
	if hasStarred(args) || hasDoubleStar(kws) {
		fc.callEx(pushed, args, kws)
		return
	}
	fc.exprs(args)
	fc.keywordValues(kws)
	argc := pushed + len(args) + len(kws)
	if len(kws) > 0 {
		fc.loadConst(keywordNames(kws))
		fc.emit(bytecode.CALL_KW, argc)
		return
	}
	fc.emit(bytecode.CALL, argc)
}

// callEx emits CALL_EX: the positional arguments become one tuple and the
// keyword arguments one dict (merged with DICT_MERGE, which rejects
// duplicate keywords).
func (fc *fcomp) callEx(pushed int, args []syntax.Expr, kws []*syntax.Keyword) {
	// Positional: BUILD_LIST of the leading plain arguments (and the
	// already pushed ones), then append/extend, then LIST_TO_TUPLE.
	prefix := 0
	for prefix < len(args) {
		if _, ok := args[prefix].(*syntax.Starred); ok {
			break
		}
		fc.expr(args[prefix])
		prefix++
	}
	fc.emit(bytecode.BUILD_LIST, pushed+prefix)
	for _, a := range args[prefix:] {
		if s, ok := a.(*syntax.Starred); ok {
			fc.expr(s.Value)
			fc.emit(bytecode.LIST_EXTEND, 1)
		} else {
			fc.expr(a)
			fc.emit(bytecode.LIST_APPEND, 1)
		}
	}
	fc.emit0(bytecode.LIST_TO_TUPLE)
	if len(kws) == 0 {
		fc.emit(bytecode.CALL_EX, 0)
		return
	}
	built, pending := false, 0
	flush := func() {
		if pending > 0 || !built {
			fc.emit(bytecode.BUILD_MAP, pending)
			if built {
				fc.emit(bytecode.DICT_MERGE, 1)
			}
			built, pending = true, 0
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			flush()
			fc.expr(k.Value)
			fc.emit(bytecode.DICT_MERGE, 1)
			continue
		}
		fc.loadConst(k.Arg)
		fc.expr(k.Value)
		pending++
	}
	if pending > 0 {
		flush()
	}
	fc.emit(bytecode.CALL_EX, bytecode.CallExKwargs)
}

// ---- f-strings ----

func (fc *fcomp) joinedStr(n *syntax.JoinedStr) {
	if len(n.Values) == 0 {
		fc.loadConst("")
		return
	}
	fc.exprs(n.Values)
	if len(n.Values) > 1 {
		fc.emit(bytecode.BUILD_STRING, len(n.Values))
	}
}

func (fc *fcomp) formattedValue(n *syntax.FormattedValue) {
	fc.expr(n.Value)
	flags := 0
	switch n.Conversion {
	case 's':
		flags = bytecode.FormatStr
	case 'r':
		flags = bytecode.FormatRepr
	case 'a':
		flags = bytecode.FormatASCII
	}
	if n.FormatSpec != nil {
		fc.expr(n.FormatSpec)
		flags |= bytecode.FormatWithSpec
	}
	fc.setPos(n)
	fc.emit(bytecode.FORMAT_VALUE, flags)
}

// ---- comprehensions ----

// comprehension compiles a comprehension as a nested function called with
// the iterator of its first iterable.
func (fc *fcomp) comprehension(n syntax.Node, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	scope := fc.c.info.Scopes[n]
	inner := fc.c.newFcomp(scope, name, int(n.Span().Pos.Line))
	inner.code.Flags |= bytecode.FlagComprehension
	inner.pos = fc.pos
	switch name {
	case "<listcomp>":
		inner.emit(bytecode.BUILD_LIST, 0)
	case "<setcomp>":
		inner.emit(bytecode.BUILD_SET, 0)
	case "<dictcomp>":
		inner.emit(bytecode.BUILD_MAP, 0)
	}
	inner.generators(name, gens, 0, elt, value)
	if name == "<genexpr>" {
		inner.loadConst(nil)
	}
	inner.emit0(bytecode.RETURN_VALUE)
	code := inner.finish()

	fc.makeFunction(code, 0)
	fc.expr(gens[0].Iter)
	fc.setPos(n)
	fc.emit0(bytecode.GET_ITER)
	fc.emit(bytecode.CALL, 1)
}

// generators emits the loop of gens[i] and, nested inside it, the
// remaining loops and the element.
func (fc *fcomp) generators(kind string, gens []*syntax.Comprehension, i int, elt, value syntax.Expr) {
	g := gens[i]
	if i == 0 {
		fc.emit(bytecode.LOAD_FAST, 0) // .0
	} else {
		fc.expr(g.Iter)
		fc.emit0(bytecode.GET_ITER)
	}
	header, next, end := fc.newLabel(), fc.newLabel(), fc.newLabel()
	fc.place(header)
	fc.jumpTo(bytecode.FOR_ITER, end)
	fc.store(g.Target)
	for _, cond := range g.Ifs {
		fc.jumpIf(cond, false, next)
	}
	if i+1 < len(gens) {
		fc.generators(kind, gens, i+1, elt, value)
	} else {
		fc.element(kind, len(gens)+1, elt, value)
	}
	fc.place(next)
	fc.jump(header)
	fc.place(end)
}

// element adds one element to the comprehension's result, which lies depth
// values down the stack (below the iterators).
func (fc *fcomp) element(kind string, depth int, elt, value syntax.Expr) {
	old := fc.setPos(elt)
	defer fc.restorePos(old)
	switch kind {
	case "<listcomp>":
		fc.expr(elt)
		fc.emit(bytecode.LIST_APPEND, depth)
	case "<setcomp>":
		fc.expr(elt)
		fc.emit(bytecode.SET_ADD, depth)
	case "<dictcomp>":
		fc.expr(elt)
		fc.expr(value)
		fc.emit(bytecode.MAP_ADD, depth)
	case "<genexpr>":
		fc.expr(elt)
		fc.emit0(bytecode.YIELD_VALUE)
		fc.emit0(bytecode.POP_TOP)
	}
}
