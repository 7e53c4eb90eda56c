package resolve

import "atompy.dev/atompy/interp/syntax"

// This file is the collect pass: one walk over the AST in source order that
// opens scopes and records what each scope does with each name.

func (r *resolver) collectModule(mod *syntax.Module) {
	s := r.newScope(ModuleScope, "<module>", mod)
	s.QualName = "<module>"
	r.info.Module = s
	r.cur = s
	r.stmts(mod.Body)
}

// enter runs body with s as the current scope and fresh loop state.
func (r *resolver) enter(s *Scope, body func()) {
	saved, loops, inIter := r.cur, r.loops, r.inIter
	r.cur, r.loops, r.inIter = s, 0, 0
	body()
	r.cur, r.loops, r.inIter = saved, loops, inIter
}

func (r *resolver) bind(name string) { r.cur.note(name, defLocal) }

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(st syntax.Stmt) {
	switch n := st.(type) {
	case *syntax.FunctionDef:
		r.exprs(n.Decorators)
		r.defaults(n.Args)
		r.bind(n.Name)
		r.function(n, n.Name, n.Args, func() { r.stmts(n.Body) })
	case *syntax.ClassDef:
		r.classDef(n)
	case *syntax.Return:
		if !r.cur.IsFunctionLike() {
			r.errorf(n.Pos, "'return' outside function")
		}
		r.expr(n.Value)
	case *syntax.Delete:
		r.exprs(n.Targets)
	case *syntax.Assign:
		r.exprs(n.Targets)
		r.expr(n.Value)
	case *syntax.AugAssign:
		r.expr(n.Target)
		r.expr(n.Value)
	case *syntax.AnnAssign:
		r.expr(n.Target) // the annotation is ignored
		r.expr(n.Value)
	case *syntax.For:
		r.expr(n.Target)
		r.expr(n.Iter)
		r.loopBody(n.Body)
		r.stmts(n.Orelse)
	case *syntax.While:
		r.expr(n.Test)
		r.loopBody(n.Body)
		r.stmts(n.Orelse)
	case *syntax.If:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.Orelse)
	case *syntax.With:
		for _, item := range n.Items {
			r.expr(item.ContextExpr)
			r.expr(item.OptionalVars)
		}
		r.stmts(n.Body)
	case *syntax.Raise:
		r.expr(n.Exc)
		r.expr(n.Cause)
	case *syntax.Try:
		r.stmts(n.Body)
		for _, h := range n.Handlers {
			r.expr(h.Type)
			if h.Name != "" {
				r.bind(h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(n.Orelse)
		r.stmts(n.Finalbody)
	case *syntax.Assert:
		r.expr(n.Test)
		r.expr(n.Msg)
	case *syntax.Import:
		for _, a := range n.Names {
			r.bind(importedName(a))
		}
	case *syntax.ImportFrom:
		r.importFrom(n)
	case *syntax.Global:
		r.global(n)
	case *syntax.Nonlocal:
		r.nonlocal(n)
	case *syntax.ExprStmt:
		r.expr(n.Value)
	case *syntax.Break:
		if r.loops == 0 {
			r.errorf(n.Pos, "'break' outside loop")
		}
	case *syntax.Continue:
		if r.loops == 0 {
			r.errorf(n.Pos, "'continue' not properly in loop")
		}
	case *syntax.Pass:
	default:
		panic("BUG: resolve: unexpected statement " + syntax.Dump(st))
	}
}

func (r *resolver) loopBody(body []syntax.Stmt) {
	r.loops++
	r.stmts(body)
	r.loops--
}

// importedName is the name an `import a.b.c [as d]` binds.
func importedName(a *syntax.Alias) string {
	if a.Asname != "" {
		return a.Asname
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

func (r *resolver) importFrom(n *syntax.ImportFrom) {
	for _, a := range n.Names {
		if a.Name == "*" {
			if r.cur.Kind != ModuleScope {
				p := a.Pos
				if p.Line == 0 {
					p = n.Pos
				}
				r.errorf(p, "import * only allowed at module level")
			}
			continue
		}
		if a.Asname != "" {
			r.bind(a.Asname)
		} else {
			r.bind(a.Name)
		}
	}
}

func (r *resolver) global(n *syntax.Global) {
	for _, name := range n.Names {
		if sym, ok := r.cur.sym(name); ok {
			switch {
			case sym.flags&defParam != 0:
				r.errorf(n.Pos, "name '%s' is parameter and global", name)
			case sym.flags&use != 0:
				r.errorf(n.Pos, "name '%s' is used prior to global declaration", name)
			case sym.flags&defLocal != 0:
				r.errorf(n.Pos, "name '%s' is assigned to before global declaration", name)
			case sym.flags&defNonlocal != 0:
				r.errorf(n.Pos, "name '%s' is nonlocal and global", name)
			}
		}
		r.cur.note(name, defGlobal).declPos = n.Pos
	}
}

func (r *resolver) nonlocal(n *syntax.Nonlocal) {
	if r.cur.Kind == ModuleScope {
		r.errorf(n.Pos, "nonlocal declaration not allowed at module level")
	}
	for _, name := range n.Names {
		if sym, ok := r.cur.sym(name); ok {
			switch {
			case sym.flags&defParam != 0:
				r.errorf(n.Pos, "name '%s' is parameter and nonlocal", name)
			case sym.flags&use != 0:
				r.errorf(n.Pos, "name '%s' is used prior to nonlocal declaration", name)
			case sym.flags&defLocal != 0:
				r.errorf(n.Pos, "name '%s' is assigned to before nonlocal declaration", name)
			case sym.flags&defGlobal != 0:
				r.errorf(sym.declPos, "name '%s' is nonlocal and global", name)
			}
		}
		r.cur.note(name, defNonlocal).declPos = n.Pos
	}
}

func (r *resolver) classDef(n *syntax.ClassDef) {
	r.exprs(n.Decorators)
	r.exprs(n.Bases)
	for _, k := range n.Keywords {
		r.expr(k.Value)
	}
	r.bind(n.Name)
	s := r.newScope(ClassScope, n.Name, n)
	s.QualName = qualName(r.cur, n.Name)
	r.enter(s, func() { r.stmts(n.Body) })
}

// defaults visits the default values of a parameter list, which are
// evaluated in the enclosing scope. Annotations are ignored.
func (r *resolver) defaults(args *syntax.Arguments) {
	if args == nil {
		return
	}
	r.exprs(args.Defaults)
	r.exprs(args.KwDefaults)
}

// function opens a function (or lambda) scope, declares its parameters and
// runs body in it.
func (r *resolver) function(n syntax.Node, name string, args *syntax.Arguments, body func()) *Scope {
	s := r.newScope(FunctionScope, name, n)
	s.QualName = qualName(r.cur, name)
	r.enter(s, func() {
		r.params(s, args)
		body()
	})
	return s
}

func (r *resolver) params(s *Scope, args *syntax.Arguments) {
	if args == nil {
		return
	}
	for _, a := range args.PosOnly {
		r.param(s, a)
	}
	for _, a := range args.Args {
		r.param(s, a)
	}
	for _, a := range args.KwOnly {
		r.param(s, a)
	}
	s.PosOnlyArgCount = len(args.PosOnly)
	s.ArgCount = len(args.PosOnly) + len(args.Args)
	s.KwOnlyArgCount = len(args.KwOnly)
	if args.Vararg != nil {
		r.param(s, args.Vararg)
		s.Varargs = true
	}
	if args.Kwarg != nil {
		r.param(s, args.Kwarg)
		s.Varkeywords = true
	}
}

func (r *resolver) param(s *Scope, a *syntax.Arg) {
	if sym, ok := s.sym(a.Name); ok && sym.flags&defParam != 0 {
		r.errorf(a.Pos, "duplicate argument '%s' in function definition", a.Name)
	}
	s.note(a.Name, defParam)
	s.Varnames = append(s.Varnames, s.Mangle(a.Name))
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *resolver) expr(e syntax.Expr) {
	if e == nil {
		return
	}
	syntax.Walk(e, r.visitExpr)
}

// visitExpr is the syntax.Walk callback for expressions: it handles the
// nodes that bind, use or open scopes and lets Walk descend into the rest.
func (r *resolver) visitExpr(node syntax.Node) bool {
	switch n := node.(type) {
	case *syntax.Name:
		r.name(n)
		return false
	case *syntax.NamedExpr:
		if r.inIter > 0 {
			r.errorf(n.Pos, "assignment expression cannot be used in a comprehension iterable expression")
		}
		r.expr(n.Value)
		r.namedExprTarget(n)
		return false
	case *syntax.Lambda:
		r.defaults(n.Args)
		s := r.function(n, "<lambda>", n.Args, func() { r.expr(n.Body) })
		s.Lambda = true
		return false
	case *syntax.Yield, *syntax.YieldFrom:
		r.yield(node)
		return true
	case *syntax.ListComp:
		r.comprehension(n, "<listcomp>", n.Generators, n.Elt)
		return false
	case *syntax.SetComp:
		r.comprehension(n, "<setcomp>", n.Generators, n.Elt)
		return false
	case *syntax.DictComp:
		r.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
		return false
	case *syntax.GeneratorExp:
		r.comprehension(n, "<genexpr>", n.Generators, n.Elt)
		return false
	}
	return true
}

func (r *resolver) name(n *syntax.Name) {
	if n.Ctx != syntax.Load {
		r.bind(n.Id)
		return
	}
	r.cur.note(n.Id, use)
	if n.Id == "super" && r.cur.IsFunctionLike() {
		r.cur.note("__class__", use)
	}
}

var comprehensionWords = map[string]string{
	"<listcomp>": "list comprehension",
	"<setcomp>":  "set comprehension",
	"<dictcomp>": "dict comprehension",
	"<genexpr>":  "generator expression",
}

func (r *resolver) yield(n syntax.Node) {
	switch r.cur.Kind {
	case ModuleScope, ClassScope:
		r.errorf(n.Span().Pos, "'yield' outside function")
	case ComprehensionScope:
		r.errorf(n.Span().Pos, "'yield' inside %s", comprehensionWords[r.cur.Name])
	}
	r.cur.Generator = true
}

// comprehension opens the scope of a comprehension. The first iterable is
// evaluated in the enclosing scope and passed in as parameter ".0".
func (r *resolver) comprehension(n syntax.Node, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	r.inIter++
	r.expr(gens[0].Iter)
	r.inIter--
	s := r.newScope(ComprehensionScope, name, n)
	s.QualName = qualName(r.cur, name)
	s.Generator = name == "<genexpr>"
	r.enter(s, func() {
		s.note(".0", defParam)
		s.Varnames = append(s.Varnames, ".0")
		s.ArgCount = 1
		for i, g := range gens {
			if i > 0 {
				r.inIter++
				r.expr(g.Iter)
				r.inIter--
			}
			r.iterTarget(s, g.Target)
			r.exprs(g.Ifs)
		}
		r.exprs(elts)
	})
}

// iterTarget binds a comprehension's for-target and remembers its names,
// which a walrus in the comprehension may not rebind.
func (r *resolver) iterTarget(s *Scope, target syntax.Expr) {
	syntax.Walk(target, func(node syntax.Node) bool {
		if n, ok := node.(*syntax.Name); ok && n.Ctx == syntax.Store {
			if s.iterVars == nil {
				s.iterVars = map[string]bool{}
			}
			s.iterVars[s.Mangle(n.Id)] = true
		}
		return true
	})
	r.expr(target)
}

// namedExprTarget binds the target of `target := value`. Inside a
// comprehension it binds in the nearest enclosing function or module.
func (r *resolver) namedExprTarget(n *syntax.NamedExpr) {
	target, ok := n.Target.(*syntax.Name)
	if !ok {
		r.expr(n.Target)
		return
	}
	if r.cur.Kind != ComprehensionScope {
		r.bind(target.Id)
		return
	}
	var comps []*Scope
	s := r.cur
	for ; s.Kind == ComprehensionScope; s = s.Parent {
		if s.iterVars[s.Mangle(target.Id)] {
			r.errorf(n.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", target.Id)
		}
		comps = append(comps, s)
	}
	if s.Kind == ClassScope {
		r.errorf(n.Pos, "assignment expression within a comprehension cannot be used in a class body")
	}
	flag := defNonlocal
	if sym, ok := s.sym(target.Id); s.Kind == ModuleScope || ok && sym.flags&defGlobal != 0 {
		flag = defGlobal
	}
	s.note(target.Id, defLocal)
	for _, c := range comps {
		c.note(target.Id, flag).declPos = n.Pos
	}
}
