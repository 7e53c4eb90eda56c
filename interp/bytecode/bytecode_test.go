package bytecode

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

func TestOpcodeTableComplete(t *testing.T) {
	names := map[string]Opcode{}
	for op := Opcode(0); op < numOpcodes; op++ {
		info := opcodeInfo[op]
		if info.name == "" {
			t.Errorf("opcode %d has no table entry", op)
			continue
		}
		if info.name != strings.ToLower(info.name) {
			t.Errorf("%s: name is not lowercase", info.name)
		}
		if prev, dup := names[info.name]; dup {
			t.Errorf("opcodes %d and %d share the name %q", prev, op, info.name)
		}
		names[info.name] = op
		if info.flags&isJump != 0 && (info.flags&hasArg == 0 || info.kind != ArgJump) {
			t.Errorf("%s: jump without a jump argument", info.name)
		}
		if info.flags&(isBranch|isBackward) != 0 && info.flags&isJump == 0 {
			t.Errorf("%s: branch or backward flag on a non-jump", info.name)
		}
		if info.flags&isBranch != 0 && info.flags&noNext != 0 {
			t.Errorf("%s: a branch must fall through", info.name)
		}
		if (info.flags&hasArg != 0) != (info.kind != ArgNone) {
			t.Errorf("%s: hasArg %v but arg kind %d", info.name, info.flags&hasArg != 0, info.kind)
		}
		if info.varEffect != nil && info.flags&hasArg == 0 {
			t.Errorf("%s: argument-dependent effect without an argument", info.name)
		}
	}
	if got := Opcode(numOpcodes).String(); !strings.HasPrefix(got, "illegal") {
		t.Errorf("String of an undefined opcode = %q, want illegal_op_N", got)
	}
}

func TestStackEffect(t *testing.T) {
	tests := []struct {
		op     Opcode
		arg    int
		branch bool
		want   int
	}{
		{LOAD_CONST, 0, false, 1},
		{BUILD_TUPLE, 3, false, -2},
		{BUILD_MAP, 2, false, -3},
		{CALL, 2, false, -2},
		{CALL_KW, 3, false, -4},
		{CALL_METHOD, 1, false, -2},
		{CALL_METHOD_KW, 2, false, -4},
		{CALL_EX, 1, false, -2},
		{CALL_EX, 0, false, -1},
		{MAKE_FUNCTION, MakeDefaults | MakeKwDefaults | MakeClosure, false, -3},
		{MAKE_FUNCTION, 0, false, 0},
		{UNPACK_SEQUENCE, 3, false, 2},
		{UNPACK_EX, 1 | 2<<8, false, 3},
		{FORMAT_VALUE, FormatRepr, false, 0},
		{FORMAT_VALUE, FormatWithSpec, false, -1},
		{FOR_ITER, 9, false, 1},
		{FOR_ITER, 9, true, -1},
		{JUMP_IF_TRUE_OR_POP, 9, false, -1},
		{JUMP_IF_TRUE_OR_POP, 9, true, 0},
		{SEND, 9, false, 0},
		{SEND, 9, true, -1},
		{JUMP, 9, true, 0},
		{RAISE_VARARGS, 2, false, -2},
	}
	for _, tt := range tests {
		if got := StackEffect(tt.op, tt.arg, tt.branch); got != tt.want {
			t.Errorf("StackEffect(%s, %d, %v) = %d, want %d", tt.op, tt.arg, tt.branch, got, tt.want)
		}
	}
}

func TestEncode(t *testing.T) {
	for _, arg := range []int{0, 1, 255, 256, MaxArg} {
		w := Encode(FOR_ITER, arg)
		if Op(w) != FOR_ITER || Arg(w) != arg || Word(w).Op() != FOR_ITER || Word(w).Arg() != arg {
			t.Errorf("Encode(for_iter, %d) decodes to %s %d", arg, Op(w), Arg(w))
		}
	}
	defer func() {
		if recover() == nil {
			t.Errorf("Encode with an argument above MaxArg did not panic")
		}
	}()
	Encode(LOAD_CONST, MaxArg+1)
}

func TestLineTable(t *testing.T) {
	pos := []Pos{{1, 1, 0, 5}, {1, 1, 0, 5}, {}, {2, 3, 4, 1}, {2, 2, 0, 3}}
	lt := NewLineTable(pos)
	want := []Pos{{1, 1, 0, 5}, {1, 1, 0, 5}, {1, 1, 0, 5}, {2, 3, 4, 1}, {2, 2, 0, 3}}
	c := &Code{Lines: lt}
	for pc, w := range want {
		line, col, endLine, endCol := c.Pos(pc)
		if got := (Pos{line, endLine, col, endCol}); got != w {
			t.Errorf("Pos(%d) = %+v, want %+v", pc, got, w)
		}
	}
	if got := len(lt.runs); got != 3 {
		t.Errorf("line table has %d runs, want 3", got)
	}
}

func TestRepr(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{nil, "None"},
		{true, "True"},
		{int64(-3), "-3"},
		{new(big.Int).Lsh(big.NewInt(1), 70), "1180591620717411303424"},
		{1.0, "1.0"},
		{0.1, "0.1"},
		{1e16, "1e+16"},
		{1234567.0, "1234567.0"},
		{1e-5, "1e-05"},
		{0.0001, "0.0001"},
		{math.Inf(-1), "-inf"},
		{complex(0, 2), "2j"},
		{complex(1, -2.5), "(1-2.5j)"},
		{"it's", `"it's"`},
		{"a'\"\n\x01é", `'a\'"\n\x01é'`},
		{[]byte("a'\xff"), `b"a'\xff"`},
		{Ellipsis, "Ellipsis"},
		{[]any{"x"}, "('x',)"},
		{[]any{int64(1), nil}, "(1, None)"},
	}
	for _, tt := range tests {
		if got := Repr(tt.v); got != tt.want {
			t.Errorf("Repr(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}

// loop is: i = 0; while i < 3: i += 1 — hand-assembled.
func loopCode() *Code {
	code := []uint32{
		Encode(LOAD_CONST, 0),     // 0
		Encode(STORE_FAST, 0),     // 1
		Encode(LOAD_FAST, 0),      // 2
		Encode(LOAD_CONST, 1),     // 3
		Encode(COMPARE_OP, CmpLT), // 4
		Encode(POP_JUMP_IF_FALSE, 11),
		Encode(LOAD_FAST, 0), // 6
		Encode(LOAD_CONST, 2),
		Encode(BINARY_OP, BinaryAdd+BinaryInplace),
		Encode(STORE_FAST, 0),
		Encode(JUMP_BACKWARD, 2), // 10
		Encode(LOAD_CONST, 3),    // 11
		Encode(RETURN_VALUE, 0),
	}
	pos := make([]Pos, len(code))
	for i := range pos {
		pos[i] = Pos{Line: 1 + i/6, EndLine: 1 + i/6}
	}
	return &Code{
		Name: "f", QualName: "f", Filename: "t.py", FirstLine: 1,
		Varnames: []string{"i"}, NLocals: 1,
		Consts:      []any{int64(0), int64(3), int64(1), nil},
		Code:        code,
		Lines:       NewLineTable(pos),
		LoopHeaders: LoopHeadersOf(code),
	}
}

func TestStackDepths(t *testing.T) {
	c := loopCode()
	_, max, err := StackDepths(c)
	if err != nil {
		t.Fatalf("StackDepths: %v", err)
	}
	if max != 2 {
		t.Errorf("max depth = %d, want 2", max)
	}
	if got := c.LoopHeaders; len(got) != 1 || got[0] != 2 {
		t.Errorf("LoopHeaders = %v, want [2]", got)
	}

	bad := []struct {
		name string
		code []uint32
		exc  []ExcEntry
		want string
	}{
		{"underflow", []uint32{Encode(POP_TOP, 0)}, nil, "negative"},
		{"falls off", []uint32{Encode(NOP, 0)}, nil, "falls off"},
		{"mismatch", []uint32{
			Encode(LOAD_CONST, 0), Encode(POP_JUMP_IF_TRUE, 3), Encode(LOAD_CONST, 0),
			Encode(LOAD_CONST, 0), Encode(RETURN_VALUE, 0)}, nil, "depth"},
		{"bad target", []uint32{Encode(JUMP, 7)}, nil, "outside"},
		{"handler depth", []uint32{Encode(LOAD_CONST, 0), Encode(RETURN_VALUE, 0)},
			[]ExcEntry{{Start: 0, End: 1, Target: 1, Depth: 1}}, "below handler"},
	}
	for _, tt := range bad {
		c := &Code{Name: tt.name, Code: tt.code, ExceptionTable: tt.exc, Consts: []any{nil}}
		_, _, err := StackDepths(c)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: StackDepths error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestStackDepthsHandler(t *testing.T) {
	// try: x  except: pass  — the handler enters at depth 0+1 (+1 lasti).
	c := &Code{
		Name:   "h",
		Consts: []any{nil},
		Names:  []string{"x"},
		Code: []uint32{
			Encode(LOAD_NAME, 0), Encode(POP_TOP, 0), Encode(LOAD_CONST, 0), Encode(RETURN_VALUE, 0),
			Encode(PUSH_EXC_INFO, 0), Encode(POP_TOP, 0), Encode(POP_EXCEPT, 0),
			Encode(LOAD_CONST, 0), Encode(RETURN_VALUE, 0),
			Encode(COPY, 3), Encode(POP_EXCEPT, 0), Encode(RERAISE, 1),
		},
		ExceptionTable: []ExcEntry{
			{Start: 0, End: 2, Target: 4, Depth: 0},
			{Start: 4, End: 7, Target: 9, Depth: 1, PushLasti: true},
		},
	}
	depths, max, err := StackDepths(c)
	if err != nil {
		t.Fatalf("StackDepths: %v", err)
	}
	if max != 4 || depths[4] != 1 || depths[9] != 3 {
		t.Errorf("max %d, depth at 4: %d, at 9: %d; want 4, 1, 3", max, depths[4], depths[9])
	}
}

func TestDisassemble(t *testing.T) {
	c := loopCode()
	c.StackSize = 2
	got := Disassemble(c)
	want := `code f (f) t.py:1
  args=0 posonly=0 kwonly=0 locals=1 stack=2 flags=0
  varnames: i
    1       0 load_const                 0 (0)
            1 store_fast                 1 (i)
         >> 2 load_fast                  0 (i)
`
	if !strings.HasPrefix(got, want[:strings.Index(want, "    1")]) {
		t.Errorf("Disassemble header:\n%s\nwant:\n%s", got, want)
	}
	for _, frag := range []string{">>    2 load_fast", "compare_op                 0 (<)", "pop_jump_if_false          11 (to 11)", "binary_op                  13 (+=)", "jump_backward              2 (to 2)", "load_const                 3 (None)"} {
		if !strings.Contains(got, frag) {
			t.Errorf("Disassemble output lacks %q:\n%s", frag, got)
		}
	}
}
