package compile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/syntax"
)

// allCode returns c and every code object nested in its constants.
func allCode(c *bytecode.Code) []*bytecode.Code {
	list := []*bytecode.Code{c}
	for _, k := range c.Consts {
		if inner, ok := k.(*bytecode.Code); ok {
			list = append(list, allCode(inner)...)
		}
	}
	return list
}

// checkCode runs the stack checker over every code object of a compiled
// module and checks the invariants the VM relies on.
func checkCode(t *testing.T, file string, code *bytecode.Code) {
	t.Helper()
	for _, c := range allCode(code) {
		_, max, err := bytecode.StackDepths(c)
		if err != nil {
			t.Errorf("%s: %s: stack check: %v", file, c.QualName, err)
			continue
		}
		if max != c.StackSize {
			t.Errorf("%s: %s: StackSize %d, checker says %d", file, c.QualName, c.StackSize, max)
		}
		if c.NLocals != len(c.Varnames) || len(c.Cell2Arg) != len(c.Cellvars) {
			t.Errorf("%s: %s: NLocals %d for %d varnames, %d Cell2Arg for %d cellvars",
				file, c.QualName, c.NLocals, len(c.Varnames), len(c.Cell2Arg), len(c.Cellvars))
		}
		for pc := range c.Code {
			if line, _, _, _ := c.Pos(pc); line <= 0 {
				t.Errorf("%s: %s: pc %d has no line", file, c.QualName, pc)
				break
			}
		}
		for pc, w := range c.Code {
			op, arg := bytecode.Op(w), bytecode.Arg(w)
			if op == bytecode.JUMP_BACKWARD && !c.IsLoopHeader(arg) {
				t.Errorf("%s: %s: pc %d: jump_backward to %d, not a loop header", file, c.QualName, pc, arg)
			}
			if op.IsJump() && !op.IsBackwardJump() && arg <= pc {
				t.Errorf("%s: %s: pc %d: forward jump %s to %d", file, c.QualName, pc, op, arg)
			}
		}
	}
}

func TestStackSizes(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		code, err := Compile(file, src)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		checkCode(t, file, code)
	}
}

// TestCompileProjectPrograms compiles every script test and benchmark of
// the repository; files meant to have syntax errors are skipped.
func TestCompileProjectPrograms(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../testdata/*.py", "../../bench/*.py"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no programs in testdata/ or bench/ yet")
	}
	for _, file := range files {
		base := filepath.Base(file)
		if strings.HasPrefix(base, "err_syntax") || strings.HasPrefix(base, "syntax_err") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := syntax.Parse(base, src)
		if err != nil {
			// The parser's own tests own its limitations.
			t.Logf("%s: parser: %v", file, err)
			continue
		}
		code, err := CompileModule(mod, base)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		checkCode(t, file, code)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		src  string
		msg  string
		line int
	}{
		{"x = (\n", "", 0}, // a parser error: any message
		{"def f():\n  return 1\nreturn 2\n", "'return' outside function", 3},
		{"for x in y:\n  pass\nbreak\n", "'break' outside loop", 3},
		{"def f():\n  nonlocal q\n", "no binding for nonlocal 'q' found", 2},
	}
	for _, tt := range tests {
		_, err := Compile("e.py", []byte(tt.src))
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("Compile(%q) error = %v, want a *syntax.Error", tt.src, err)
			continue
		}
		if tt.msg != "" && (se.Msg != tt.msg || se.Line != tt.line) {
			t.Errorf("Compile(%q) = %q at line %d, want %q at line %d", tt.src, se.Msg, se.Line, tt.msg, tt.line)
		}
	}
}

func TestLineTable(t *testing.T) {
	src := "x = 1\ny = (x +\n     undefined_name)\nz = [y,\n  1 / 0]\n"
	code, err := Compile("l.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"undefined_name": 3, "/": 5}
	for pc, w := range code.Code {
		op, arg := bytecode.Op(w), bytecode.Arg(w)
		var key string
		switch {
		case op == bytecode.LOAD_NAME && code.Names[arg] == "undefined_name":
			key = "undefined_name"
		case op == bytecode.BINARY_OP && arg == bytecode.BinaryTrueDivide:
			key = "/"
		default:
			continue
		}
		if line, col, _, _ := code.Pos(pc); line != want[key] || col < 0 {
			t.Errorf("%s at pc %d: line %d, want %d", key, pc, line, want[key])
		}
		delete(want, key)
	}
	if len(want) > 0 {
		t.Errorf("instructions not found: %v", want)
	}
}
