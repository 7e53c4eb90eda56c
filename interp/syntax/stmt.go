package syntax

// Statements: one method per statement kind.

func (p *parser) file() *Module {
	m := &Module{}
	for p.tok.Kind != EOF {
		if p.tok.Kind == NEWLINE {
			p.advance()
			continue
		}
		m.Body = append(m.Body, p.statement()...)
	}
	if len(m.Body) > 0 {
		m.Pos = m.Body[0].Span().Pos
		m.End = m.Body[len(m.Body)-1].Span().End
	}
	return m
}

// statement parses one compound statement or one line of simple ones.
func (p *parser) statement() []Stmt {
	if p.tok.Kind == NAME {
		switch p.tok.Text {
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt()}
		case "try":
			return []Stmt{p.tryStmt()}
		case "with":
			return []Stmt{p.withStmt()}
		case "def":
			return []Stmt{p.funcDef(nil, p.tok.Pos)}
		case "class":
			return []Stmt{p.classDef(nil, p.tok.Pos)}
		}
	} else if p.isOp("@") {
		return []Stmt{p.decorated()}
	}
	return p.simpleStatements()
}

func (p *parser) simpleStatements() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStatement())
		if !p.gotOp(";") || p.tok.Kind == NEWLINE {
			break
		}
	}
	if p.tok.Kind != NEWLINE {
		p.syntaxError()
	}
	p.advance()
	return out
}

func (p *parser) simpleStatement() Stmt {
	start := p.tok.Pos
	if p.tok.Kind == NAME {
		switch p.tok.Text {
		case "pass":
			p.advance()
			return &Pass{p.loc(start)}
		case "break":
			p.advance()
			return &Break{p.loc(start)}
		case "continue":
			p.advance()
			return &Continue{p.loc(start)}
		case "return":
			p.advance()
			var v Expr
			if p.startsExpr() {
				v = p.valueExprs()
			}
			return &Return{p.loc(start), v}
		case "raise":
			return p.raiseStmt()
		case "global", "nonlocal":
			return p.globalStmt()
		case "del":
			return p.delStmt()
		case "assert":
			p.advance()
			s := &Assert{Test: p.expression()}
			if p.gotOp(",") {
				s.Msg = p.expression()
			}
			s.Loc = p.loc(start)
			return s
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStatement()
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok.Kind {
	case NAME:
		switch p.tok.Text {
		case "None", "True", "False", "not", "lambda", "await", "yield":
			return true
		}
		return !keywords[p.tok.Text]
	case NUMBER, STRING:
		return true
	case OP:
		switch p.tok.Text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// valueExprs parses star_expressions used as a value, where a lone
// starred expression is an error.
func (p *parser) valueExprs() Expr {
	e := p.starExpressions()
	p.checkNotStarred(e)
	return e
}

func (p *parser) checkNotStarred(e Expr) {
	if s, ok := e.(*Starred); ok {
		p.failLater(s.Pos, "can't use starred expression here")
	}
}

func (p *parser) exprStatement() Stmt {
	start := p.tok.Pos
	parenthesized := p.isOp("(")
	var first Expr
	if p.isKw("yield") {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch {
	case p.isOp("="):
		return p.assignment(start, first)
	case p.isOp(":"):
		return p.annAssign(start, first, parenthesized)
	case p.tok.Kind == OP && len(p.tok.Text) >= 2 && p.tok.Text[len(p.tok.Text)-1] == '=' && augOps[p.tok.Text] != 0:
		return p.augAssign(start, first)
	}
	if n, ok := first.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() {
		p.fail(n.Pos, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
	p.checkNotStarred(first)
	return &ExprStmt{p.loc(start), first}
}

// augOps maps augmented assignment operators to Operator+1 (0: none).
var augOps = map[string]Operator{
	"+=": Add + 1, "-=": Sub + 1, "*=": Mult + 1, "@=": MatMult + 1, "/=": Div + 1,
	"%=": Mod + 1, "**=": Pow + 1, "<<=": LShift + 1, ">>=": RShift + 1,
	"|=": BitOr + 1, "^=": BitXor + 1, "&=": BitAnd + 1, "//=": FloorDiv + 1,
}

func (p *parser) assignRHS() Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.valueExprs()
}

func (p *parser) assignment(start Pos, first Expr) Stmt {
	var targets []Expr
	value := first
	// Each target is checked when its '=' is seen, before the rest of
	// the statement, which is the order of CPython's diagnostics.
	for p.isOp("=") {
		if _, ok := value.(*Starred); ok {
			p.failLater(value.Span().Pos, "starred assignment target must be in a list or tuple")
		}
		p.setStore(value, len(targets) == 0 && p.singleValueFollows(value))
		targets = append(targets, value)
		p.advance()
		value = p.assignRHS()
	}
	return &Assign{p.loc(start), targets, value}
}

// singleValueFollows reports whether the invalid target t is followed by
// `= value` and no further '=', when CPython suggests '==' instead.
func (p *parser) singleValueFollows(t Expr) bool {
	if !p.isBitwiseOrLevel(t) {
		return false
	}
	switch t := t.(type) {
	case *Name, *Attribute, *Subscript, *List, *Tuple, *GeneratorExp, *Starred:
		return false
	case *Constant:
		if _, ok := t.Value.(bool); ok || t.Value == nil {
			return false
		}
	}
	err := p.tryParse(func() Expr {
		p.advance()
		v := p.bitOr()
		if p.isOp("=") || p.isOp(":=") {
			p.syntaxError()
		}
		return v
	})
	if err != nil && err.byParser && err.Msg != "invalid syntax" {
		p.raise(err) // CPython's error pass finds this one first
	}
	return err == nil
}

func (p *parser) annAssign(start Pos, target Expr, parenthesized bool) Stmt {
	colon := p.advance()
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		// CPython names the bad target only if an annotation follows,
		// but reports specific errors in the annotation.
		if err := p.tryParse(p.expression); err != nil {
			if err.Msg != "invalid syntax" {
				p.raise(err)
			}
			p.fail(colon.Pos, "invalid syntax")
		}
	}
	s := &AnnAssign{Target: target, Annotation: p.expression()}
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Tuple:
		p.fail(target.Span().Pos, "only single target (not tuple) can be annotated")
	case *List:
		p.fail(target.Span().Pos, "only single target (not list) can be annotated")
	default:
		p.fail(target.Span().Pos, "illegal target for annotation")
	}
	p.setStore(target, false)
	_, isName := target.(*Name)
	s.Simple = isName && !parenthesized
	if p.gotOp("=") {
		s.Value = p.assignRHS()
	}
	s.Loc = p.loc(start)
	return s
}

func (p *parser) augAssign(start Pos, target Expr) Stmt {
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		p.fail(target.Span().Pos, "'%s' is an illegal expression for augmented assignment", exprName(target))
	}
	p.setStore(target, false)
	op := augOps[p.advance().Text] - 1
	value := p.assignRHS()
	return &AugAssign{p.loc(start), target, op, value}
}

func (p *parser) raiseStmt() Stmt {
	start := p.advance().Pos
	s := &Raise{}
	if p.startsExpr() {
		s.Exc = p.expression()
		if p.gotKw("from") {
			s.Cause = p.expression()
		}
	}
	s.Loc = p.loc(start)
	return s
}

func (p *parser) globalStmt() Stmt {
	kw := p.advance()
	var names []string
	for {
		names = append(names, p.ident().Text)
		if !p.gotOp(",") {
			break
		}
	}
	if kw.Text == "global" {
		return &Global{p.loc(kw.Pos), names}
	}
	return &Nonlocal{p.loc(kw.Pos), names}
}

func (p *parser) delStmt() Stmt {
	start := p.advance().Pos
	targets := p.targetList(false)
	for _, t := range targets {
		p.setCtx(t, Del, "cannot delete %s", false)
	}
	return &Delete{p.loc(start), targets}
}

func (p *parser) importStmt() Stmt {
	start := p.advance().Pos
	s := &Import{}
	for {
		start := p.tok.Pos
		a := &Alias{Loc: Loc{Pos: start}, Name: p.dottedName()}
		if p.gotKw("as") {
			a.Asname = p.ident().Text
		}
		a.End = p.prev.End
		s.Names = append(s.Names, a)
		if !p.gotOp(",") {
			break
		}
	}
	s.Loc = p.loc(start)
	return s
}

func (p *parser) dottedName() string {
	name := p.ident().Text
	for p.gotOp(".") {
		name += "." + p.ident().Text
	}
	return name
}

func (p *parser) fromImport() Stmt {
	start := p.advance().Pos
	s := &ImportFrom{}
	for p.isOp(".") || p.isOp("...") {
		s.Level += len(p.advance().Text)
	}
	if s.Level == 0 || !p.isKw("import") {
		s.Module = p.dottedName()
	}
	p.expectKw("import")
	if p.isOp("*") {
		t := p.advance()
		s.Names = []*Alias{{Loc: Loc{t.Pos, t.End}, Name: "*"}}
		s.Loc = p.loc(start)
		return s
	}
	paren := p.gotOp("(")
	for {
		start := p.tok.Pos
		a := &Alias{Loc: Loc{Pos: start}, Name: p.ident().Text}
		if p.gotKw("as") {
			a.Asname = p.ident().Text
		}
		a.End = p.prev.End
		s.Names = append(s.Names, a)
		if !p.isOp(",") {
			break
		}
		p.advance()
		if paren && p.isOp(")") {
			break
		}
		if !paren && p.tok.Kind == NEWLINE {
			p.fail(p.tok.Pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expectOp(")")
	}
	s.Loc = p.loc(start)
	return s
}

// block parses the body after a compound statement's ':'. what names the
// statement for "expected an indented block after ..." errors.
func (p *parser) block(what string, line int32) []Stmt {
	if p.tok.Kind != NEWLINE {
		return p.simpleStatements()
	}
	p.advance()
	if p.tok.Kind != INDENT {
		p.raise(p.sc.errorAt("IndentationError", p.tok.Pos, "expected an indented block after %s on line %d", what, line))
	}
	p.advance()
	var body []Stmt
	for {
		body = append(body, p.statement()...)
		if p.tok.Kind == DEDENT || p.tok.Kind == EOF {
			break
		}
	}
	p.advance()
	return body
}

func stmtName(kw string) string { return "'" + kw + "' statement" }

// ifStmt parses if/elif/else. An elif is an If in the Orelse of the one
// before; the chain is built in a loop so that a long one cannot exhaust
// the stack here.
func (p *parser) ifStmt() Stmt {
	var chain []*If
	for len(chain) == 0 || p.isKw("elif") {
		kw := p.advance()
		s := &If{Loc: Loc{Pos: kw.Pos}, Test: p.condition()}
		p.expectColon(false)
		s.Body = p.block(stmtName(kw.Text), kw.Pos.Line)
		if n := len(chain); n > 0 {
			chain[n-1].Orelse = []Stmt{s}
		}
		chain = append(chain, s)
	}
	if p.isKw("else") {
		chain[len(chain)-1].Orelse = p.elseBlock()
	}
	for _, s := range chain { // each ends where the whole chain ends, as in CPython
		s.End = p.lastEnd
	}
	return chain[0]
}

// condition parses the test of an if, elif or while.
func (p *parser) condition() Expr {
	e := p.namedExpression()
	p.checkStrayAssign(e)
	return e
}

// elseBlock parses `else: block` (also `finally: block`).
func (p *parser) elseBlock() []Stmt {
	kw := p.advance()
	p.expectColon(true)
	return p.block(stmtName(kw.Text), kw.Pos.Line)
}

func (p *parser) whileStmt() Stmt {
	kw := p.advance()
	s := &While{Test: p.condition()}
	p.expectColon(false)
	s.Body = p.block(stmtName("while"), kw.Pos.Line)
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Loc = p.loc(kw.Pos)
	return s
}

func (p *parser) forStmt() Stmt {
	kw := p.advance()
	s := &For{Target: p.forTarget()}
	p.expectKw("in")
	s.Iter = p.valueExprs()
	p.expectColon(false)
	s.Body = p.block(stmtName("for"), kw.Pos.Line)
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Loc = p.loc(kw.Pos)
	return s
}

// forTarget parses the target list of a for statement or comprehension.
func (p *parser) forTarget() Expr {
	start := p.tok.Pos
	targets := p.targetList(true)
	var t Expr
	if len(targets) == 1 && !p.prevIsComma() {
		t = targets[0]
		if _, ok := t.(*Starred); ok {
			p.failLater(t.Span().Pos, "starred assignment target must be in a list or tuple")
		}
	} else {
		t = &Tuple{Loc: p.loc(start), Elts: targets}
	}
	p.setCtx(t, Store, "cannot assign to %s", false)
	return t
}

func (p *parser) prevIsComma() bool { return p.prev.Kind == OP && p.prev.Text == "," }

// targetList parses `target (',' target)* [',']` where each target is a
// bitwise-or level expression, possibly starred (allowStar), so that the
// `in` of a for statement is not taken as a comparison.
func (p *parser) targetList(allowStar bool) []Expr {
	var out []Expr
	for {
		if p.isOp("*") {
			star := p.advance()
			v := p.bitOr()
			out = append(out, &Starred{Loc: p.loc(star.Pos), Value: v})
		} else {
			out = append(out, p.bitOr())
		}
		if !p.isOp(",") {
			return out
		}
		p.advance()
		if !p.startsExpr() {
			return out
		}
	}
}

func (p *parser) tryStmt() Stmt {
	kw := p.advance()
	p.expectColon(true)
	s := &Try{Body: p.block(stmtName("try"), kw.Pos.Line)}
	for p.isKw("except") {
		h := p.exceptHandler()
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) > 0 && p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	if p.isKw("finally") {
		s.Finalbody = p.elseBlock()
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.fail(p.tok.Pos, "expected 'except' or 'finally' block")
	}
	s.Loc = p.loc(kw.Pos)
	return s
}

func (p *parser) exceptHandler() *ExceptHandler {
	kw := p.advance()
	h := &ExceptHandler{}
	if !p.isOp(":") {
		h.Type = p.expression()
		if p.isOp(",") {
			p.fail(h.Type.Span().Pos, "multiple exception types must be parenthesized")
		}
		if p.gotKw("as") {
			h.Name = p.ident().Text
		}
	}
	p.expectColon(false)
	h.Body = p.block(stmtName("except"), kw.Pos.Line)
	h.Loc = p.loc(kw.Pos)
	return h
}

func (p *parser) withStmt() Stmt {
	kw := p.advance()
	s := &With{}
	if p.isOp("(") {
		s.Items = p.tryParenthesizedWithItems()
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.gotOp(",") {
				break
			}
		}
	}
	p.expectColon(false)
	s.Body = p.block(stmtName("with"), kw.Pos.Line)
	s.Loc = p.loc(kw.Pos)
	return s
}

// tryParenthesizedWithItems parses `(item, item,) :` if that is what
// follows, and otherwise rewinds and returns nil: `with (a, b):` is a
// tuple-valued context expression, `with (a as b, c):` a list of items.
func (p *parser) tryParenthesizedWithItems() (items []*WithItem) {
	saved := p.save()
	speculating := p.speculating
	p.speculating = true
	defer func() {
		p.speculating = speculating
		if r := recover(); r != nil {
			if _, ok := r.(*Error); !ok {
				panic(r)
			}
			p.restore(saved)
			items = nil
		}
	}()
	p.advance() // '('
	for {
		items = append(items, p.withItem())
		if !p.gotOp(",") || p.isOp(")") {
			break
		}
	}
	p.expectOp(")")
	if !p.isOp(":") {
		p.syntaxError()
	}
	return items
}

func (p *parser) withItem() *WithItem {
	start := p.tok.Pos
	w := &WithItem{ContextExpr: p.expression()}
	if p.gotKw("as") {
		w.OptionalVars = p.singleTarget()
	}
	w.Loc = p.loc(start)
	return w
}

// singleTarget parses the target of `with ... as` (a name, attribute,
// subscript, or a bracketed list or tuple of targets).
func (p *parser) singleTarget() Expr {
	t := p.bitOr()
	p.setCtx(t, Store, "cannot assign to %s", false)
	return t
}

func (p *parser) decorated() Stmt {
	start := p.tok.Pos
	var decorators []Expr
	for p.gotOp("@") {
		decorators = append(decorators, p.namedExpression())
		p.checkStrayAssign(decorators[len(decorators)-1])
		if p.tok.Kind != NEWLINE {
			p.syntaxError()
		}
		p.advance()
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(decorators, start)
	case p.isKw("class"):
		return p.classDef(decorators, start)
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decorators []Expr, start Pos) Stmt {
	kw := p.advance()
	s := &FunctionDef{Name: p.ident().Text, Decorators: decorators}
	if !p.isOp("(") {
		p.fail(p.tok.Pos, "expected '('")
	}
	p.advance()
	s.Args = p.parameters(")", true)
	p.expectOp(")")
	if p.gotOp("->") {
		s.Returns = p.expression()
	}
	p.expectColon(true)
	s.Body = p.block("function definition", kw.Pos.Line)
	// CPython starts a decorated def at the def keyword, not the '@'.
	s.Loc = p.loc(kw.Pos)
	return s
}

func (p *parser) classDef(decorators []Expr, start Pos) Stmt {
	kw := p.advance()
	s := &ClassDef{Name: p.ident().Text, Decorators: decorators}
	if p.isOp("(") {
		open := p.advance().Pos
		s.Bases, s.Keywords = p.callArgs(false, open)
		p.expectOp(")")
	}
	p.expectColon(false)
	s.Body = p.block("class definition", kw.Pos.Line)
	s.Loc = p.loc(kw.Pos)
	return s
}

// parameters parses a def (annotations allowed) or lambda parameter list
// up to, not including, closer.
func (p *parser) parameters(closer string, annotations bool) *Arguments {
	a := &Arguments{Loc: Loc{Pos: p.tok.Pos, End: p.tok.Pos}}
	seen := map[string]bool{}
	param := func() *Arg {
		t := p.ident()
		if seen[t.Text] {
			p.failLater(t.Pos, "duplicate argument '%s' in function definition", t.Text)
		}
		seen[t.Text] = true
		arg := &Arg{Name: t.Text}
		if annotations && p.gotOp(":") {
			arg.Annotation = p.expression()
		}
		arg.Loc = p.loc(t.Pos)
		return arg
	}
	var starPos *Pos
	sawSlash, sawDefault, sawKwarg := false, false, false
	for !p.isOp(closer) {
		if sawKwarg {
			p.fail(p.tok.Pos, "arguments cannot follow var-keyword argument")
		}
		switch {
		case p.isOp("/"):
			t := p.advance()
			switch {
			case sawSlash:
				p.fail(t.Pos, "/ may appear only once")
			case starPos != nil:
				p.fail(t.Pos, "/ must be ahead of *")
			case len(a.Args) == 0:
				p.fail(t.Pos, "invalid syntax")
			}
			sawSlash = true
			a.PosOnly, a.Args = a.Args, nil
		case p.isOp("*"):
			t := p.advance()
			if starPos != nil {
				p.fail(t.Pos, "* argument may appear only once")
			}
			starPos = &t.Pos
			if p.isIdent() {
				a.Vararg = param()
			} else if p.isOp(closer) || p.isOp(",") && p.peek().Kind == OP && p.peek().Text == closer || p.isOp("**") {
				p.fail(t.Pos, "named arguments must follow bare *")
			}
		case p.isOp("**"):
			p.advance()
			a.Kwarg = param()
			sawKwarg = true
		default:
			arg := param()
			var def Expr
			if p.gotOp("=") {
				def = p.expression()
			}
			if starPos != nil {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					sawDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if sawDefault {
					if !p.isOp(",") && !p.isOp(closer) {
						p.syntaxError() // CPython names it only if the parameter is complete
					}
					p.fail(arg.Pos, "non-default argument follows default argument")
				}
			}
		}
		if !p.gotOp(",") {
			break
		}
	}
	if starPos != nil && a.Vararg == nil && len(a.KwOnly) == 0 {
		p.fail(*starPos, "named arguments must follow bare *")
	}
	a.End = p.prev.End
	if a.PosOnly == nil && a.Args == nil && a.Vararg == nil && a.KwOnly == nil && a.Kwarg == nil {
		a.End = a.Pos
	}
	return a
}
