package syntax

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, b=1, *c, d, **e):\n    return a + b\n",
	"class C(B):\n    def m(self):\n        yield from x\n",
	"for i in range(10):\n    if i % 2: continue\nelse:\n    pass\n",
	"try:\n    a\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    f()\n",
	"x = [y for y in z if y] + {k: v for k, v in d}\n",
	"f'{x!r:>{w}} {y=}' b'\\x00' r'\\n' '''t\n'''\n",
	"with a as b, c as d:\n    del b[0], d.e\n",
	"lambda x, /, y=2, *, z: (x := y) if z else -x ** 2\n",
	"import a.b as c\nfrom .. import (d, e as f,)\n",
	"@dec\ndef g():\n\tglobal q\n\tnonlocal r\n",
	"a[1:2, ::3] = *b, c = 0x1_0, 1.5e-3j\n",
	"if (\n  x\n):\n  \\\n  y\n",
}

// FuzzParse checks that Parse never panics and returns either a module
// or an *Error.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := Parse("<fuzz>", src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse returned %T %v, want *syntax.Error", err, err)
			}
			if m != nil {
				t.Fatalf("Parse returned both a module and an error")
			}
			return
		}
		if m == nil {
			t.Fatalf("Parse returned neither module nor error")
		}
		_ = Dump(m)
	})
}

func TestDeepNesting(t *testing.T) {
	tests := []struct {
		src, msg string
	}{
		{strings.Repeat("(", 100000), "too many nested parentheses"},
		{strings.Repeat("[", 100000) + strings.Repeat("]", 100000), "too many nested parentheses"},
		{"x = " + strings.Repeat("-", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("not ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("lambda: ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("a if b else ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("2 ** ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("1 + ", 100000) + "1", "too many nested expressions"},
		{"x = a" + strings.Repeat(".b", 100000), "too many nested expressions"},
		{"x = f" + strings.Repeat("()", 100000), "too many nested expressions"},
		{"x = " + strings.Repeat("f(", 199) + strings.Repeat(")", 199) + strings.Repeat("(", 300), "too many nested parentheses"},
	}
	for _, tt := range tests {
		_, err := Parse("<deep>", []byte(tt.src))
		if err == nil {
			t.Errorf("Parse(%.20q...) succeeded, want error %q", tt.src, tt.msg)
			continue
		}
		if e := asError(t, err); e.Msg != tt.msg {
			t.Errorf("Parse(%.20q...): got error %q, want %q", tt.src, e.Msg, tt.msg)
		}
	}
	// Nesting within the limits still parses.
	ok := "x = " + strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199) + " + " + strings.Repeat("-", 1000) + "1\n"
	if _, err := Parse("<deep>", []byte(ok)); err != nil {
		t.Errorf("Parse(199 parentheses, 1000 minus signs): %v", err)
	}
}

func TestDeepIndentation(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", 1000) + "pass\n")
	_, err := Parse("<deep>", []byte(b.String()))
	if err == nil {
		t.Fatal("Parse(1000 nested ifs) succeeded, want an error")
	}
	if e := asError(t, err); e.Msg != "too many levels of indentation" || e.Kind != "IndentationError" {
		t.Errorf("Parse(1000 nested ifs): got %s: %s, want IndentationError: too many levels of indentation", e.Kind, e.Msg)
	}
}

// TestPathologicalInputsAreFast guards against the error diagnostics'
// look-ahead and backtracking turning quadratic or worse.
func TestPathologicalInputsAreFast(t *testing.T) {
	r := strings.Repeat
	inputs := []string{
		"x = " + r("[a = ", 150) + "1" + r("]", 150),
		r("[a = ", 150),
		r("f(a.b = ", 150),
		r("with (", 150) + "a",
		r("[a b ", 150),
		r("(a, b c ", 150),
		"f'{" + r("(", 150) + "a b" + "}'",
		r("lambda: ", 2000) + "a b",
		r("(", 150) + "1: " + r("[a=", 100),
		r("a = ", 5000) + "1",
		"{" + r("a: b c, ", 3000) + "}",
		r("a if ", 2000) + "b",
		r("a[", 150) + r("b = c ", 100),
		r("with (open(f)) as g:\n    pass\n", 3000), // rewinds once per statement
		r("x = 1\n", 20000) + "x = (\n",
	}
	for _, src := range inputs {
		start := time.Now()
		Parse("<slow>", []byte(src))
		if d := time.Since(start); d > time.Second {
			t.Errorf("Parse(%.30q...) took %v", src, d)
		}
	}
}
