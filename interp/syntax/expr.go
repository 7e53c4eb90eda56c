package syntax

import "strings"

// Expression parsing: one method per precedence level, lowest first.

// starExpressions parses `star_expression (',' star_expression)* [',']`,
// returning a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.tok.Pos
	first := p.starExpression()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.gotOp(",") && p.startsExpr() {
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts}
}

func (p *parser) starExpression() Expr {
	if p.isOp("*") {
		star := p.advance()
		v := p.bitOr()
		return &Starred{Loc: p.loc(star.Pos), Value: v}
	}
	return p.expression()
}

// starNamedExpression is an element of a list, set or tuple display.
func (p *parser) starNamedExpression() Expr {
	if p.isOp("*") {
		star := p.advance()
		v := p.bitOr()
		return &Starred{Loc: p.loc(star.Pos), Value: v}
	}
	return p.namedExpression()
}

// element parses an element of a display or subscript, where a stray
// '=' gets CPython's "Maybe you meant '=='" diagnostics.
func (p *parser) element() Expr {
	e := p.starNamedExpression()
	p.checkStrayAssign(e)
	return e
}

// checkStrayAssign reports `e = value` where only an expression may be.
func (p *parser) checkStrayAssign(e Expr) {
	if !p.isOp("=") || !p.isBitwiseOrLevel(e) {
		return
	}
	switch e := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return
	case *Constant:
		if _, ok := e.Value.(bool); ok || e.Value == nil {
			return
		}
	}
	// Only if what follows the '=' is not itself assigned to.
	single := p.parses(func() Expr {
		p.advance()
		v := p.bitOr()
		if p.isOp("=") || p.isOp(":=") {
			p.syntaxError()
		}
		return v
	})
	if !single {
		return
	}
	if _, ok := e.(*Name); ok {
		p.fail(e.Span().Pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	p.fail(e.Span().Pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
}

// isBitwiseOrLevel reports whether e can be the result of bitOr (no
// comparison, boolean operator, conditional, lambda or walrus at the top,
// unless parenthesized).
func (p *parser) isBitwiseOrLevel(e Expr) bool {
	if p.parenthesized[e] {
		return true
	}
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}

// namedExpression parses an expression that may be `name := value`.
func (p *parser) namedExpression() Expr {
	e := p.expression()
	if !p.isOp(":=") {
		return e
	}
	n, ok := e.(*Name)
	if !ok {
		p.fail(e.Span().Pos, "cannot use assignment expressions with %s", exprName(e))
	}
	p.advance()
	n.Ctx = Store
	v := p.expression()
	return &NamedExpr{Loc: Loc{n.Pos, p.prev.End}, Target: n, Value: v}
}

// expression parses a conditional expression or lambda (CPython's
// `expression` rule, "test" in the old grammar).
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	start := p.tok.Pos
	body := p.disjunction()
	if !p.isKw("if") {
		p.checkMissingComma(body)
		return body
	}
	ifTok := p.advance()
	test := p.ifTest(start, ifTok)
	if !p.gotKw("else") {
		if p.isOp(":") {
			p.syntaxError()
		}
		p.fail(start, "expected 'else' after 'if' expression")
	}
	orelse := p.expression()
	return &IfExp{Loc: p.loc(start), Test: test, Body: body, Orelse: orelse}
}

// ifTest parses the condition of a conditional expression. When it is
// malformed at its own bracket level, CPython's PEG parser would have
// settled for a shorter condition and complained about the missing else.
func (p *parser) ifTest(start Pos, ifTok Token) Expr {
	first := p.tok
	atom := first.Kind == NAME && (!keywords[first.Text] || first.Text == "True" || first.Text == "False" || first.Text == "None") ||
		first.Kind == NUMBER || first.Kind == STRING || first.Kind == OP && strings.Contains("([{", first.Text)
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok && e.byParser && !e.action && e.Msg == "invalid syntax" &&
				atom && p.tok.Pos != first.Pos && p.tok.level <= ifTok.level && !p.speculating {
				err := p.sc.errorAt("SyntaxError", start, "expected 'else' after 'if' expression")
				err.byParser, err.checked = true, true
				panic(err)
			}
			panic(r)
		}
	}()
	return p.disjunction()
}

func (p *parser) lambda() Expr {
	start := p.advance().Pos
	args := p.parameters(":", false)
	p.expectOp(":")
	body := p.expression()
	return &Lambda{Loc: p.loc(start), Args: args, Body: body}
}

func (p *parser) yieldExpr() Expr {
	start := p.advance().Pos
	if p.gotKw("from") {
		v := p.expression()
		return &YieldFrom{Loc: p.loc(start), Value: v}
	}
	y := &Yield{}
	if p.startsExpr() {
		y.Value = p.valueExprs()
	}
	y.Loc = p.loc(start)
	return y
}

func (p *parser) disjunction() Expr { return p.boolOp("or", Or, p.conjunction) }
func (p *parser) conjunction() Expr { return p.boolOp("and", And, p.inversion) }

func (p *parser) boolOp(kw string, op BoolOpKind, operand func() Expr) Expr {
	start := p.tok.Pos
	first := operand()
	if !p.isKw(kw) {
		return first
	}
	values := []Expr{first}
	for p.gotKw(kw) {
		values = append(values, operand())
	}
	return &BoolOp{Loc: p.loc(start), Op: op, Values: values}
}

func (p *parser) inversion() Expr {
	if !p.isKw("not") {
		return p.comparison()
	}
	p.enter()
	defer p.leave()
	start := p.advance().Pos
	operand := p.inversion()
	return &UnaryOp{Loc: p.loc(start), Op: Not, Operand: operand}
}

var cmpOps = map[string]CmpOp{"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE}

// compOp consumes a comparison operator if one is next.
func (p *parser) compOp() (CmpOp, bool) {
	switch {
	case p.tok.Kind == OP:
		if op, ok := cmpOps[p.tok.Text]; ok {
			p.advance()
			return op, true
		}
	case p.isKw("in"):
		p.advance()
		return In, true
	case p.isKw("is"):
		p.advance()
		if p.gotKw("not") {
			return IsNot, true
		}
		return Is, true
	case p.isKw("not") && p.peek().Kind == NAME && p.peek().Text == "in":
		p.advance()
		p.advance()
		return NotIn, true
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	start := p.tok.Pos
	left := p.bitOr()
	op, ok := p.compOp()
	if !ok {
		return left
	}
	c := &Compare{Left: left}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, ok = p.compOp()
	}
	c.Loc = p.loc(start)
	return c
}

// binaryLevels lists the binary operators from loosest to tightest.
var binaryLevels = []map[string]Operator{
	{"|": BitOr},
	{"^": BitXor},
	{"&": BitAnd},
	{"<<": LShift, ">>": RShift},
	{"+": Add, "-": Sub},
	{"*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult},
}

func (p *parser) bitOr() Expr { return p.binary(0) }

// binary parses a left-associative chain of the operators at level.
func (p *parser) binary(level int) Expr {
	if level == len(binaryLevels) {
		return p.factor()
	}
	start := p.tok.Pos
	left := p.binary(level + 1)
	nested := 0
	for p.tok.Kind == OP {
		op, ok := binaryLevels[level][p.tok.Text]
		if !ok {
			break
		}
		p.advance()
		p.enter() // a chain nests to the left: later stages recurse on it
		nested++
		right := p.binary(level + 1)
		left = &BinOp{Loc: p.loc(start), Left: left, Op: op, Right: right}
	}
	p.depth -= nested
	return left
}

var unaryOps = map[string]UnaryOpKind{"-": USub, "+": UAdd, "~": Invert}

func (p *parser) factor() Expr {
	if p.tok.Kind == OP {
		if op, ok := unaryOps[p.tok.Text]; ok {
			p.enter()
			defer p.leave()
			start := p.advance().Pos
			operand := p.factor()
			return &UnaryOp{Loc: p.loc(start), Op: op, Operand: operand}
		}
	}
	return p.power()
}

// power parses `primary ['**' factor]`: ** is right-associative and
// binds tighter than a unary operator on its left, looser than one on
// its right (-2**-1 == -(2**(-1))).
func (p *parser) power() Expr {
	start := p.tok.Pos
	base := p.primary()
	if !p.gotOp("**") {
		return base
	}
	p.enter()
	defer p.leave()
	exp := p.factor()
	return &BinOp{Loc: p.loc(start), Left: base, Op: Pow, Right: exp}
}

func (p *parser) primary() Expr {
	start := p.tok.Pos
	e := p.atom()
	depth := p.depth
	defer func() { p.depth = depth }()
	for {
		p.enter() // each trailer nests the expression one level deeper
		switch {
		case p.gotOp("."):
			attr := p.ident().Text
			e = &Attribute{Loc: p.loc(start), Value: e, Attr: attr}
		case p.isOp("("):
			open := p.advance().Pos
			args, kws := p.callArgs(true, open)
			p.expectOp(")")
			e = &Call{Loc: p.loc(start), Func: e, Args: args, Keywords: kws}
		case p.isOp("["):
			p.advance()
			s := p.slices()
			p.expectOp("]")
			e = &Subscript{Loc: p.loc(start), Value: e, Slice: s}
		default:
			return e
		}
	}
}

// callArgs parses call arguments (or class bases) up to, not including,
// the closing ')'.
func (p *parser) callArgs(genexp bool, open Pos) (args []Expr, kws []*Keyword) {
	sawKeyword, sawDoubleStar := false, false
	names := map[string]bool{}
	// A misplaced positional argument is reported after the whole list,
	// where CPython's error pass finds it.
	misplaced := ""
	for !p.isOp(")") {
		start := p.tok.Pos
		switch {
		case p.isOp("*"):
			p.advance()
			if sawDoubleStar {
				p.fail(start, "iterable argument unpacking follows keyword argument unpacking")
			}
			v := p.expression()
			if p.isKw("for") {
				p.fail(start, "iterable unpacking cannot be used in comprehension")
			}
			args = append(args, &Starred{Loc: p.loc(start), Value: v})
		case p.isOp("**"):
			p.advance()
			v := p.expression()
			kws = append(kws, &Keyword{Loc: p.loc(start), Value: v})
			sawDoubleStar = true
		case p.tok.Kind == NAME && p.peek().Kind == OP && p.peek().Text == "=":
			name := p.advance()
			if keywords[name.Text] {
				switch name.Text {
				case "True", "False", "None":
					p.fail(name.Pos, "cannot assign to %s", name.Text)
				}
				p.fail(name.Pos, "invalid syntax")
			}
			if names[name.Text] {
				p.failLater(name.Pos, "keyword argument repeated: %s", name.Text)
			}
			names[name.Text] = true
			p.advance() // '='
			v := p.expression()
			kws = append(kws, &Keyword{Loc: p.loc(start), Arg: name.Text, Value: v})
			sawKeyword = true
		default:
			if (sawDoubleStar || sawKeyword) && p.speculating {
				p.syntaxError() // a PEG parser stops here without reading on
			}
			e := p.argument()
			if p.isKw("for") {
				if !genexp {
					p.syntaxError()
				}
				gen := p.comprehensionTail(start, e, "genexp")
				if len(args) > 0 || len(kws) > 0 || p.isOp(",") {
					p.fail(start, "Generator expression must be parenthesized")
				}
				if p.isOp(")") {
					// The call's parentheses are the generator's, as in CPython.
					gen.Span().Pos, gen.Span().End = open, p.tok.End
				}
				e = gen
			} else if p.isOp("=") {
				p.fail(start, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawDoubleStar && misplaced == "" {
				misplaced = "positional argument follows keyword argument unpacking"
			} else if sawKeyword && misplaced == "" {
				misplaced = "positional argument follows keyword argument"
			}
			args = append(args, e)
		}
		if !p.gotOp(",") {
			break
		}
	}
	if misplaced != "" {
		p.fail(p.tok.Pos, "%s", misplaced)
	}
	return args, kws
}

// argument parses a positional call argument, which may be `name :=
// value` only for a bare name.
func (p *parser) argument() Expr {
	if p.isIdent() && p.peek().Kind == OP && p.peek().Text == ":=" {
		return p.namedExpression()
	}
	e := p.expression()
	if p.isOp(":=") {
		p.syntaxError()
	}
	return e
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok.Pos
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok { // a[*b] indexes with a 1-tuple
			return &Tuple{Loc: *first.Span(), Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	for p.gotOp(",") && !p.isOp("]") {
		elts = append(elts, p.slice())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts}
}

func (p *parser) slice() Expr {
	start := p.tok.Pos
	if p.isOp("*") {
		return p.starNamedExpression()
	}
	var lower Expr
	if !p.isOp(":") {
		lower = p.element()
		if !p.isOp(":") {
			return lower
		}
	}
	s := &Slice{Lower: lower}
	p.advance() // ':'
	if !p.isOp(":") && !p.isOp(",") && !p.isOp("]") {
		s.Upper = p.expression()
	}
	if p.gotOp(":") && !p.isOp(",") && !p.isOp("]") {
		s.Step = p.expression()
	}
	s.Loc = p.loc(start)
	return s
}

func (p *parser) atom() Expr {
	t := p.tok
	switch t.Kind {
	case NAME:
		switch t.Text {
		case "None":
			p.advance()
			return &Constant{Loc{t.Pos, t.End}, nil}
		case "True", "False":
			p.advance()
			return &Constant{Loc{t.Pos, t.End}, t.Text == "True"}
		}
		if keywords[t.Text] {
			p.syntaxError()
		}
		p.advance()
		return &Name{Loc: Loc{t.Pos, t.End}, Id: t.Text}
	case NUMBER:
		p.advance()
		return &Constant{Loc{t.Pos, t.End}, t.Value}
	case STRING:
		return p.strings()
	case OP:
		switch t.Text {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.braceAtom()
		case "...":
			p.advance()
			return &Constant{Loc{t.Pos, t.End}, Ellipsis}
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) parenAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.advance().Pos
	if p.gotOp(")") {
		return &Tuple{Loc: p.loc(start)}
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.expectOp(")")
		return y
	}
	first := p.element()
	if p.isKw("for") {
		g := p.comprehensionTail(start, first, "genexp")
		p.expectOp(")")
		g.Span().End = p.prev.End
		return g
	}
	if p.gotOp(")") {
		if _, ok := first.(*Starred); ok {
			p.fail(first.Span().Pos, "cannot use starred expression here")
		}
		if p.parenthesized == nil {
			p.parenthesized = map[Expr]bool{}
		}
		p.parenthesized[first] = true
		return first
	}
	if !p.isOp(",") {
		p.syntaxError()
	}
	elts := []Expr{first}
	for p.gotOp(",") && !p.isOp(")") {
		elts = append(elts, p.element())
	}
	p.expectOp(")")
	return &Tuple{Loc: p.loc(start), Elts: elts}
}

func (p *parser) listAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.advance().Pos
	if p.gotOp("]") {
		return &List{Loc: p.loc(start)}
	}
	first := p.element()
	if p.isKw("for") {
		c := p.comprehensionTail(start, first, "list")
		p.expectOp("]")
		c.Span().End = p.prev.End
		return c
	}
	elts := []Expr{first}
	for p.gotOp(",") && !p.isOp("]") {
		elts = append(elts, p.element())
	}
	p.expectOp("]")
	return &List{Loc: p.loc(start), Elts: elts}
}

func (p *parser) braceAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.advance().Pos
	if p.gotOp("}") {
		return &Dict{Loc: p.loc(start)}
	}
	if p.isOp("**") {
		return p.dictDisplay(start, nil, nil)
	}
	first := p.element()
	if p.gotOp(":") {
		if _, ok := first.(*Starred); ok {
			p.fail(first.Span().Pos, "cannot use a starred expression in a dictionary value")
		}
		value := p.dictValue()
		if p.isKw("for") {
			c := p.comprehensionTail(start, first, "dict")
			c.(*DictComp).Value = value
			p.expectOp("}")
			c.Span().End = p.prev.End
			return c
		}
		return p.dictDisplay(start, first, value)
	}
	if p.isKw("for") {
		c := p.comprehensionTail(start, first, "set")
		p.expectOp("}")
		c.Span().End = p.prev.End
		return c
	}
	elts := []Expr{first}
	for p.gotOp(",") && !p.isOp("}") {
		elts = append(elts, p.element())
	}
	p.expectOp("}")
	return &Set{Loc: p.loc(start), Elts: elts}
}

func (p *parser) dictValue() Expr {
	if !p.startsExpr() {
		p.fail(p.prev.Pos, "expression expected after dictionary key and ':'")
	}
	if p.isOp("*") {
		p.fail(p.tok.Pos, "cannot use a starred expression in a dictionary value")
	}
	v := p.expression()
	return v
}

// dictDisplay parses the rest of a dict display whose first item, if
// already parsed, is key: value (key nil: none parsed yet).
func (p *parser) dictDisplay(start Pos, key, value Expr) Expr {
	d := &Dict{}
	if value != nil {
		d.Keys, d.Values = []Expr{key}, []Expr{value}
		if !p.gotOp(",") {
			p.expectOp("}")
			d.Loc = p.loc(start)
			return d
		}
	}
	for !p.isOp("}") {
		if p.gotOp("**") {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
		} else {
			k := p.expression()
			if !p.gotOp(":") {
				if p.isOp(",") || p.isOp("}") {
					p.fail(k.Span().Pos, "':' expected after dictionary key")
				}
				p.syntaxError()
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.dictValue())
		}
		if !p.gotOp(",") {
			break
		}
	}
	p.expectOp("}")
	d.Loc = p.loc(start)
	return d
}

// comprehensionTail parses the `for ... in ... if ...` clauses after elt
// and builds the comprehension of the given kind ("list", "set", "dict"
// (elt is the key; the caller sets Value), "genexp").
func (p *parser) comprehensionTail(start Pos, elt Expr, kind string) Expr {
	if _, ok := elt.(*Starred); ok {
		p.fail(elt.Span().Pos, "iterable unpacking cannot be used in comprehension")
	}
	var gens []*Comprehension
	for p.isKw("for") {
		forPos := p.advance().Pos
		c := &Comprehension{Target: p.forTarget()}
		p.expectKw("in")
		c.Iter = p.disjunction()
		for p.gotKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Loc = p.loc(forPos)
		gens = append(gens, c)
	}
	loc := p.loc(start)
	switch kind {
	case "list":
		return &ListComp{Loc: loc, Elt: elt, Generators: gens}
	case "set":
		return &SetComp{Loc: loc, Elt: elt, Generators: gens}
	case "dict":
		return &DictComp{Loc: loc, Key: elt, Generators: gens}
	}
	return &GeneratorExp{Loc: loc, Elt: elt, Generators: gens}
}
