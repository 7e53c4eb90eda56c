// Package resolve does name resolution for a parsed module: it builds the
// tree of scopes (module, functions and lambdas, classes, comprehensions),
// decides for every name in every scope how the compiler reaches it
// (Local, Cell, Free, Global, GlobalImplicit or Name), assigns slot indices,
// and reports the static errors CPython's symtable and compiler report
// (misplaced global/nonlocal, 'return' outside function, 'break' outside
// loop, duplicate arguments, ...).
//
// Results go into a side table, Info.Scopes, keyed by the AST node that
// opens the scope (*syntax.Module, *syntax.FunctionDef, *syntax.Lambda,
// *syntax.ClassDef, *syntax.ListComp, *syntax.SetComp, *syntax.DictComp,
// *syntax.GeneratorExp); the AST is never modified.
//
// The algorithm follows CPython's symtable in two passes:
//
//  1. collect: walk the AST in source order and record, per scope, which
//     names are parameters, bound (assigned, imported, def/class names,
//     for/with/except targets, del), declared global or nonlocal, or only
//     used. Declaration-order errors are detected here, because they
//     depend on what was seen before the declaration.
//  2. analyze: walk the scope tree top-down carrying the set of names bound
//     in enclosing function scopes (class scopes are skipped: their names
//     are not visible to nested functions), classify every name, then
//     bottom-up turn locals that inner scopes capture into cells and pass
//     free names through intermediate scopes (a class body passes free
//     names on to its methods without seeing them itself).
//
// Special cases, as in CPython 3.11:
//
//   - A comprehension is a function scope whose first parameter ".0" is the
//     iterator of its first "for"; that iterable is resolved in the
//     enclosing scope.
//   - A walrus inside a comprehension binds in the nearest enclosing
//     function (the comprehensions in between see it as free) or, at
//     module level, in the module (the comprehensions see it as an explicit
//     global).
//   - Inside a class, identifiers __x are mangled to _C__x (Scope.Mangle)
//     before they are recorded, so every slot and name table holds the
//     mangled spelling.
//   - A function that mentions `super` or `__class__` gets a free variable
//     `__class__`, which the nearest enclosing class body provides as a
//     cell (Scope.NeedsClassCell).
//
// Slots: Varnames lists parameters first (positional-only, positional,
// keyword-only, *args, **kwargs), then the other locals in order of first
// occurrence. Cellvars and Freevars are each sorted by name, as CPython
// sorts them; deref indices number Cellvars then Freevars.
package resolve

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"atompy.dev/atompy/interp/syntax"
)

// Kind says how a name is accessed in a given scope.
type Kind uint8

// The kinds of name binding.
const (
	Local          Kind = iota // a fast local slot (LOAD_FAST)
	Cell                       // a local captured by an inner scope (LOAD_DEREF on a cellvar)
	Free                       // a variable of an enclosing function (LOAD_DEREF on a freevar; LOAD_CLASSDEREF in class bodies)
	Global                     // declared global (LOAD_GLOBAL)
	GlobalImplicit             // not bound anywhere visible: module globals, then builtins (LOAD_GLOBAL)
	Name                       // module level and class bodies: the namespace mapping (LOAD_NAME)
)

func (k Kind) String() string {
	return [...]string{"local", "cell", "free", "global", "global_implicit", "name"}[k]
}

// ScopeKind is the kind of code block that opens a scope.
type ScopeKind uint8

// The scope kinds.
const (
	ModuleScope ScopeKind = iota
	FunctionScope
	ClassScope
	ComprehensionScope
)

func (k ScopeKind) String() string {
	return [...]string{"module", "function", "class", "comprehension"}[k]
}

// Scope is the resolution of one code block.
type Scope struct {
	Kind     ScopeKind
	Name     string // "f", "<lambda>", "<listcomp>", "C", "<module>"
	QualName string // CPython's __qualname__
	Node     syntax.Node
	Parent   *Scope
	Children []*Scope // in source order
	Lambda   bool     // a lambda (Kind is FunctionScope)
	// Private is the name of the innermost enclosing class (the class
	// itself for a class body), used for private name mangling, or "".
	Private string

	// Parameter shape (functions, lambdas, comprehensions).
	ArgCount        int // positional, including positional-only
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Varargs         bool
	Varkeywords     bool

	Generator      bool // the body contains yield (or it is a generator expression)
	NeedsClassCell bool // a class body whose methods use super or __class__

	Varnames []string // local slots, parameters first
	Cellvars []string // sorted
	Freevars []string // sorted
	Cell2Arg []int    // for each cellvar, the Varnames index of the parameter it aliases, or -1

	symbols  map[string]*symbol
	order    []string        // names in order of first occurrence
	passFree map[string]bool // class bodies: free names passed to inner scopes only
	iterVars map[string]bool // comprehensions: names bound by the for targets
}

// symbol is what the collect pass learns about one name in one scope.
type symbol struct {
	flags   int
	kind    Kind
	declPos syntax.Pos // where global/nonlocal was declared
}

const (
	defParam = 1 << iota
	defLocal
	defGlobal
	defNonlocal
	use
)

// Lookup returns how name is accessed in s and its index: the Varnames slot
// for Local, the deref index (Cellvars ++ Freevars) for Cell and Free, -1
// otherwise. A name the scope has never seen resolves as it would if it
// were only used (for names the compiler invents).
func (s *Scope) Lookup(name string) (Kind, int) {
	name = s.Mangle(name)
	sym, ok := s.symbols[name]
	var k Kind
	switch {
	case ok:
		k = sym.kind
	case s.Kind == ModuleScope || s.Kind == ClassScope:
		k = Name
	default:
		k = GlobalImplicit
	}
	switch k {
	case Local:
		return k, indexOf(s.Varnames, name)
	case Cell:
		return k, indexOf(s.Cellvars, name)
	case Free:
		return k, len(s.Cellvars) + indexOf(s.Freevars, name)
	}
	return k, -1
}

// DerefIndex returns the deref index (Cellvars ++ Freevars) of name, or -1.
// Class bodies use it for names they both bind (Name) and pass on to inner
// scopes, and for the __class__ cell.
func (s *Scope) DerefIndex(name string) int {
	name = s.Mangle(name)
	if i := indexOf(s.Cellvars, name); i >= 0 {
		return i
	}
	if i := indexOf(s.Freevars, name); i >= 0 {
		return len(s.Cellvars) + i
	}
	return -1
}

func indexOf(list []string, name string) int {
	for i, n := range list {
		if n == name {
			return i
		}
	}
	return -1
}

// IsFunctionLike reports whether s has fast locals (functions, lambdas,
// comprehensions).
func (s *Scope) IsFunctionLike() bool {
	return s.Kind == FunctionScope || s.Kind == ComprehensionScope
}

// Info is the result of resolving a module.
type Info struct {
	Module *Scope
	Scopes map[syntax.Node]*Scope
}

// Resolve resolves mod. src, if not nil, is the module's source text; it is
// used to fill in the source line and character column of errors. The
// error, if any, is a *syntax.Error.
func Resolve(mod *syntax.Module, filename string, src []byte) (info *Info, err error) {
	r := &resolver{filename: filename, src: src, info: &Info{Scopes: map[syntax.Node]*Scope{}}}
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(*syntax.Error)
			if !ok {
				panic(e)
			}
			info, err = nil, se
		}
	}()
	r.collectModule(mod)
	r.analyze(r.info.Module, map[string]bool{})
	return r.info, nil
}

type resolver struct {
	filename string
	src      []byte
	info     *Info
	cur      *Scope
	loops    int // enclosing loops in the current scope
	inIter   int // > 0 while in the first iterable of a comprehension
}

// errorf aborts resolution with a SyntaxError at p.
func (r *resolver) errorf(p syntax.Pos, format string, args ...any) {
	text := lineText(r.src, int(p.Line))
	col := int(p.Col)
	if col <= len(text) {
		col = utf8.RuneCountInString(text[:col])
	}
	panic(&syntax.Error{
		Filename: r.filename,
		Line:     int(p.Line),
		Col:      col + 1,
		Text:     text,
		Msg:      fmt.Sprintf(format, args...),
		Kind:     "SyntaxError",
	})
}

func lineText(src []byte, line int) string {
	start := 0
	for l := 1; l < line; l++ {
		i := start
		for i < len(src) && src[i] != '\n' {
			i++
		}
		if i >= len(src) {
			return ""
		}
		start = i + 1
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	return string(src[start:end])
}

func (r *resolver) newScope(kind ScopeKind, name string, n syntax.Node) *Scope {
	s := &Scope{Kind: kind, Name: name, Node: n, Parent: r.cur, symbols: map[string]*symbol{}}
	if r.cur != nil {
		r.cur.Children = append(r.cur.Children, s)
		s.Private = r.cur.Private
	}
	if kind == ClassScope {
		s.Private = name
	}
	r.info.Scopes[n] = s
	return s
}

// qualName computes CPython's __qualname__ for a scope named name opened
// inside parent.
func qualName(parent *Scope, name string) string {
	if parent == nil || parent.Kind == ModuleScope {
		return name
	}
	if sym, ok := parent.sym(name); ok && sym.flags&defGlobal != 0 {
		return name
	}
	base := parent.QualName
	if parent.IsFunctionLike() {
		base += ".<locals>"
	}
	return base + "." + name
}

// Mangle applies private name mangling: inside class C, an identifier
// __x (not ending in __) means _C__x. Mangling is idempotent. Lookup and
// DerefIndex mangle their argument; the compiler mangles attribute names
// and keyword-only parameter names itself.
func (s *Scope) Mangle(name string) string {
	if s.Private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(s.Private, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

// sym returns the symbol of name (mangled) in s, if any.
func (s *Scope) sym(name string) (*symbol, bool) {
	sym, ok := s.symbols[s.Mangle(name)]
	return sym, ok
}

// note records a flag for name (mangled) in scope s.
func (s *Scope) note(name string, flag int) *symbol {
	name = s.Mangle(name)
	sym, ok := s.symbols[name]
	if !ok {
		sym = &symbol{}
		s.symbols[name] = sym
		s.order = append(s.order, name)
	}
	sym.flags |= flag
	return sym
}

// analyze classifies the names of s given bound, the names bound in
// enclosing function scopes, and returns the names s needs from outside.
func (r *resolver) analyze(s *Scope, bound map[string]bool) map[string]bool {
	for _, name := range s.order {
		r.classify(s, name, s.symbols[name], bound)
	}
	childBound := r.boundForChildren(s, bound)
	free := map[string]bool{}
	for _, child := range s.Children {
		for name := range r.analyze(child, childBound) {
			r.captured(s, name, free)
		}
	}
	for _, name := range s.order {
		if s.symbols[name].kind == Free {
			free[name] = true
		}
	}
	r.assignSlots(s, free)
	return free
}

func (r *resolver) classify(s *Scope, name string, sym *symbol, bound map[string]bool) {
	switch {
	case sym.flags&defGlobal != 0:
		sym.kind = Global
	case sym.flags&defNonlocal != 0:
		if !bound[name] {
			r.errorf(sym.declPos, "no binding for nonlocal '%s' found", name)
		}
		sym.kind = Free
	case sym.flags&(defLocal|defParam) != 0:
		sym.kind = Local
		if !s.IsFunctionLike() {
			sym.kind = Name
		}
	case s.Kind == ModuleScope:
		sym.kind = Name
	case bound[name]:
		sym.kind = Free
	case s.Kind == ClassScope:
		sym.kind = Name
	default:
		sym.kind = GlobalImplicit
	}
}

// boundForChildren returns the names that scopes nested in s can capture.
func (r *resolver) boundForChildren(s *Scope, bound map[string]bool) map[string]bool {
	nb := map[string]bool{}
	if s.Kind == ModuleScope {
		return nb
	}
	for n := range bound {
		nb[n] = true
	}
	for _, name := range s.order {
		sym := s.symbols[name]
		if sym.kind == Global {
			delete(nb, name)
		}
		if s.IsFunctionLike() && (sym.kind == Local || sym.kind == Free) {
			nb[name] = true
		}
	}
	if s.Kind == ClassScope {
		nb["__class__"] = true
	}
	return nb
}

// captured handles a name that an inner scope of s needs from outside.
func (r *resolver) captured(s *Scope, name string, free map[string]bool) {
	switch s.Kind {
	case ModuleScope:
		panic("BUG: resolve: free name " + name + " reaches the module scope")
	case ClassScope:
		if name == "__class__" {
			s.NeedsClassCell = true
			return
		}
		if s.passFree == nil {
			s.passFree = map[string]bool{}
		}
		s.passFree[name] = true
		free[name] = true
		return
	}
	sym, ok := s.symbols[name]
	switch {
	case !ok:
		sym = s.note(name, 0)
		sym.kind = Free
		free[name] = true
	case sym.kind == Local:
		sym.kind = Cell
	case sym.kind == Free:
		free[name] = true
	}
}

// assignSlots fills in Varnames (parameters were added by the collect
// pass), Cellvars, Freevars and Cell2Arg.
func (r *resolver) assignSlots(s *Scope, free map[string]bool) {
	for _, name := range s.order {
		sym := s.symbols[name]
		if sym.kind == Local && sym.flags&defParam == 0 {
			s.Varnames = append(s.Varnames, name)
		}
		if sym.kind == Cell {
			s.Cellvars = append(s.Cellvars, name)
		}
	}
	if s.NeedsClassCell {
		s.Cellvars = append(s.Cellvars, "__class__")
	}
	for name := range free {
		s.Freevars = append(s.Freevars, name)
	}
	sort.Strings(s.Cellvars)
	sort.Strings(s.Freevars)
	s.Cell2Arg = make([]int, len(s.Cellvars))
	for i, name := range s.Cellvars {
		s.Cell2Arg[i] = -1
		if sym, ok := s.symbols[name]; ok && sym.flags&defParam != 0 && s.Kind != ClassScope {
			s.Cell2Arg[i] = indexOf(s.Varnames, name)
		}
	}
}
