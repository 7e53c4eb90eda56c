package syntax

import "fmt"

// setStore switches t to Store context; first says whether t is the
// first target of an assignment (which gets CPython's "Maybe you meant
// '=='" hint).
func (p *parser) setStore(t Expr, first bool) {
	if _, ok := t.(*Yield); ok {
		p.fail(t.Span().Pos, "assignment to yield expression not possible")
	}
	if _, ok := t.(*YieldFrom); ok {
		p.fail(t.Span().Pos, "assignment to yield expression not possible")
	}
	p.setCtx(t, Store, "cannot assign to %s", first)
}

// setCtx sets the context of a target expression and its sub-targets,
// reporting msg (with the offending expression's name) for anything that
// cannot be a target.
func (p *parser) setCtx(t Expr, ctx Ctx, msg string, hint bool) {
	switch t := t.(type) {
	case *Name:
		t.Ctx = ctx
		return
	case *Attribute:
		t.Ctx = ctx
		return
	case *Subscript:
		t.Ctx = ctx
		return
	case *Starred:
		if ctx == Del {
			p.failLater(t.Pos, "cannot delete starred")
			return
		}
		t.Ctx = ctx
		p.setCtx(t.Value, ctx, msg, hint)
		return
	case *Tuple:
		t.Ctx = ctx
		p.setEltsCtx(t, t.Elts, ctx, msg, hint)
		return
	case *List:
		t.Ctx = ctx
		p.setEltsCtx(t, t.Elts, ctx, msg, hint)
		return
	case *Constant:
		switch t.Value.(type) {
		case nil, bool:
			p.fail(t.Pos, msg, exprName(t))
		}
	}
	if hint {
		p.fail(t.Span().Pos, msg+" here. Maybe you meant '==' instead of '='?", exprName(t))
	}
	p.fail(t.Span().Pos, msg, exprName(t))
}

func (p *parser) setEltsCtx(seq Expr, elts []Expr, ctx Ctx, msg string, hint bool) {
	starred := 0
	for _, e := range elts {
		p.setCtx(e, ctx, msg, hint)
		if _, ok := e.(*Starred); ok && ctx == Store {
			if starred++; starred == 2 {
				p.failLater(seq.Span().Pos, "multiple starred expressions in assignment")
			}
		}
	}
}

// exprName names an expression kind the way CPython's messages do.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Slice:
		return "slice"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	}
	panic(fmt.Sprintf("BUG: exprName(%T)", e))
}
