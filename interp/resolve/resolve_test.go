package resolve

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"atompy.dev/atompy/interp/syntax"
)

// dump renders the scope tree: one line per scope, then one line per
// name with its kind, sorted by name.
func dump(s *Scope, indent string, b *strings.Builder) {
	fmt.Fprintf(b, "%s%s %s", indent, s.Kind, s.QualName)
	if s.Generator {
		b.WriteString(" generator")
	}
	if s.NeedsClassCell {
		b.WriteString(" classcell")
	}
	if len(s.Varnames) > 0 {
		fmt.Fprintf(b, " locals=%s", strings.Join(s.Varnames, ","))
	}
	if len(s.Cellvars) > 0 {
		fmt.Fprintf(b, " cells=%s", strings.Join(s.Cellvars, ","))
	}
	if len(s.Freevars) > 0 {
		fmt.Fprintf(b, " frees=%s", strings.Join(s.Freevars, ","))
	}
	b.WriteString("\n")
	names := make([]string, 0, len(s.symbols))
	for n := range s.symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	var parts []string
	for _, n := range names {
		parts = append(parts, n+":"+s.symbols[n].kind.String())
	}
	if len(parts) > 0 {
		fmt.Fprintf(b, "%s  %s\n", indent, strings.Join(parts, " "))
	}
	for _, c := range s.Children {
		dump(c, indent+"  ", b)
	}
}

func resolveSource(t *testing.T, src string) (*Info, error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		return nil, err // some static errors (duplicate arguments) are the parser's
	}
	return Resolve(mod, "t.py", []byte(src))
}

func TestScopes(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\nprint(x)\n", `
module <module>
  print:name x:name
`},
		{"def f(a, *args, b=1, **kw):\n  c = a\n  return g(c)\n", `
module <module>
  f:name
  function f locals=a,b,args,kw,c
    a:local args:local b:local c:local g:global_implicit kw:local
`},
		{"def f(x):\n  def g():\n    return x + y\n  y = 2\n  return g\n", `
module <module>
  f:name
  function f locals=x,g cells=x,y cell2arg
    g:local x:cell y:cell
    function f.<locals>.g frees=x,y
      x:free y:free
`},
		{"def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n", `
module <module>
  f:name
  function f locals=g cells=x
    g:local x:cell
    function f.<locals>.g frees=x
      x:free
`},
		{"x = 0\ndef f():\n  global x\n  x = 1\n  def g():\n    return x\n", `
module <module>
  f:name x:name
  function f locals=g
    g:local x:global
    function f.<locals>.g
      x:global_implicit
`},
		{"def f():\n  v = 1\n  class C:\n    v = v\n    w = 2\n    def m(self):\n      return v, w, super()\n", `
module <module>
  f:name
  function f locals=C cells=v
    C:local v:cell
    class f.<locals>.C classcell cells=__class__ frees=v
      m:name v:name w:name
      function f.<locals>.C.m locals=self frees=__class__,v
        __class__:free self:local super:global_implicit v:free w:global_implicit
`},
		{"def f(n):\n  y = [(z := i) for i in range(n)]\n  return z\n", `
module <module>
  f:name
  function f locals=n,y cells=z
    n:local range:global_implicit y:local z:cell
    comprehension f.<locals>.<listcomp> locals=.0,i frees=z
      .0:local i:local z:free
`},
		{"[(w := i) for i in a]\n", `
module <module>
  a:name w:name
  comprehension <listcomp> locals=.0,i
    .0:local i:local w:global
`},
		{"def g():\n  yield 1\nh = (x for x in y)\nk = lambda a=b: a\n", `
module <module>
  b:name g:name h:name k:name y:name
  function g generator
  comprehension <genexpr> generator locals=.0,x
    .0:local x:local
  function <lambda> locals=a
    a:local
`},
		{"class C:\n  x = 1\n  y = [x for _ in range(3)]\n", `
module <module>
  C:name
  class C
    range:name x:name y:name
    comprehension C.<listcomp> locals=.0,_
      .0:local _:local x:global_implicit
`},
		{"try:\n  pass\nexcept E as e:\n  pass\nimport a.b.c\nimport d.e as f\nfrom g import h as i, j\nwith k as (l, m): del n\n", `
module <module>
  E:name a:name e:name f:name i:name j:name k:name l:name m:name n:name
`},
	}
	for _, tt := range tests {
		info, err := resolveSource(t, tt.src)
		if err != nil {
			t.Errorf("Resolve(%q): %v", tt.src, err)
			continue
		}
		var b strings.Builder
		dump(info.Module, "", &b)
		want := strings.TrimPrefix(tt.want, "\n")
		want = strings.ReplaceAll(want, " cell2arg", "")
		if got := b.String(); got != want {
			t.Errorf("Resolve(%q):\ngot:\n%swant:\n%s", tt.src, got, want)
		}
	}
}

func TestCell2Arg(t *testing.T) {
	info, err := resolveSource(t, "def f(a, b, c):\n  return lambda: (c, a)\n")
	if err != nil {
		t.Fatal(err)
	}
	f := info.Module.Children[0]
	if got := fmt.Sprint(f.Cellvars, f.Cell2Arg); got != "[a c] [0 2]" {
		t.Errorf("cellvars and Cell2Arg = %s, want [a c] [0 2]", got)
	}
	if k, i := f.Lookup("c"); k != Cell || i != 1 {
		t.Errorf("Lookup(c) = %v %d, want cell 1", k, i)
	}
	lam := f.Children[0]
	if k, i := lam.Lookup("a"); k != Free || i != 0 {
		t.Errorf("lambda Lookup(a) = %v %d, want free 0", k, i)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		src  string
		msg  string
		line int
		col  int
	}{
		{"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
		{"return 1\n", "'return' outside function", 1, 1},
		{"class C:\n    return 1\n", "'return' outside function", 2, 5},
		{"yield 1\n", "'yield' outside function", 1, 1},
		{"class C:\n  yield\n", "'yield' outside function", 2, 3},
		{"break\n", "'break' outside loop", 1, 1},
		{"while 1:\n  pass\nelse:\n  break\n", "'break' outside loop", 4, 3},
		{"continue\n", "'continue' not properly in loop", 1, 1},
		{"for x in y:\n  def f():\n    continue\n", "'continue' not properly in loop", 3, 5},
		{"def f(a, b,\n   a): pass\n", "duplicate argument 'a' in function definition", 2, 4},
		{"lambda a, a: 1\n", "duplicate argument 'a' in function definition", 1, 11},
		{"def f(*, a, a): pass\n", "duplicate argument 'a' in function definition", 1, 13},
		{"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5},
		{"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5},
		{"def f():\n  x=1\n  def g():\n    x=2\n    nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 5, 5},
		{"def f():\n  from m import *\n", "import * only allowed at module level", 2, 17},
		{"[(yield 1) for x in y]\n", "'yield' inside list comprehension", 1, 3},
		{"def f():\n  ((yield 1) for x in y)\n", "'yield' inside generator expression", 2, 5},
		{"class C:\n  [(y := 1) for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 5},
		{"[(x := 1) for x in z]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3},
		{"[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
	}
	for _, tt := range tests {
		_, err := resolveSource(t, tt.src)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("Resolve(%q) error = %v, want SyntaxError %q", tt.src, err, tt.msg)
			continue
		}
		if se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col || se.Kind != "SyntaxError" {
			t.Errorf("Resolve(%q) = %s %q at %d:%d, want SyntaxError %q at %d:%d",
				tt.src, se.Kind, se.Msg, se.Line, se.Col, tt.msg, tt.line, tt.col)
		}
		if se.Text == "" {
			t.Errorf("Resolve(%q): error has no source line", tt.src)
		}
	}
}
