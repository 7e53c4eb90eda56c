package syntax

import (
	"strings"
	"testing"
)

// scanAll renders the tokens of src compactly: NAME and OP as their
// text, NUMBER and non-f STRING as their constant value, f-strings as
// f<body>, and the layout tokens by kind.
func scanAll(t *testing.T, src string) string {
	t.Helper()
	s := NewScanner("<test>", []byte(src))
	var out []string
	for {
		tok, err := s.Next()
		if err != nil {
			return strings.TrimSpace(strings.Join(out, " ") + " ERROR " + err.(*Error).Msg)
		}
		switch tok.Kind {
		case NAME, OP:
			out = append(out, tok.Text)
		case NUMBER:
			out = append(out, ConstantRepr(tok.Value))
		case STRING:
			lit := tok.Value.(*StringLit)
			if lit.Format {
				out = append(out, "f"+quoteDump([]byte(lit.Body), ""))
			} else {
				out = append(out, ConstantRepr(lit.Value))
			}
		default:
			out = append(out, tok.Kind.String())
		}
		if tok.Kind == EOF {
			return strings.Join(out, " ")
		}
	}
}

func TestScanner(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "EOF"},
		{"\n\n", "EOF"},
		{"x", "x NEWLINE EOF"},
		{"x = 1\n", "x = 1 NEWLINE EOF"},
		{"if x:\n    y\n", "if x : NEWLINE INDENT y NEWLINE DEDENT EOF"},
		{"if x:\n  if y:\n    z\nw\n", "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT w NEWLINE EOF"},
		{"if x:\n  y\n\n  # c\n      \n  z\n", "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT EOF"},
		{"if x:\n  y", "if x : NEWLINE INDENT y NEWLINE DEDENT EOF"},
		{"if x:\n\ty\n", "if x : NEWLINE INDENT y NEWLINE DEDENT EOF"},
		{"x = (1,\n  2)\n", "x = ( 1 , 2 ) NEWLINE EOF"},
		{"x = [\n# c\n]\n", "x = [ ] NEWLINE EOF"},
		{"x = 1 + \\\n  2\n", "x = 1 + 2 NEWLINE EOF"},
		{"x = 1 # comment\n", "x = 1 NEWLINE EOF"},
		{"x\r\ny\r\n", "x NEWLINE y NEWLINE EOF"},
		{"a**=b//=c>>=d<<=e...", "a **= b //= c >>= d <<= e ... NEWLINE EOF"},
		{"a->b:=c!=d<=e>=f==g", "a -> b := c != d <= e >= f == g NEWLINE EOF"},
		{"+-*/%@&|^~<>()[]{},:.;=", "+ - * / % @ & | ^ ~ < > ( ) [ ] { } , : . ; = NEWLINE EOF"},
		{"é_1 ñ", "é_1 ñ NEWLINE EOF"},
		// numbers
		{"0 7 1_000 0x_Ff 0o17 0O7 0b1_0 0B1 00", "0 7 1000 255 15 7 2 1 0 NEWLINE EOF"},
		{"99999999999999999999", "99999999999999999999 NEWLINE EOF"},
		{"1.5 1. .5 1e3 1E-3 1_0.0_1e+1_0 1e400", "1.5 1.0 0.5 1000.0 0.001 100100000000.0 inf NEWLINE EOF"},
		{"1j 1.5J 0j 1e2j", "1.0j 1.5j 0.0j 100.0j NEWLINE EOF"},
		{"1if x else 2", "1 if x else 2 NEWLINE EOF"},
		{"x.real", "x . real NEWLINE EOF"},
		{"1 .real", "1 . real NEWLINE EOF"},
		// strings
		{`'a' "b" '''c''' """d"""`, `"a" "b" "c" "d" NEWLINE EOF`},
		{`'it''s'`, `"it" "s" NEWLINE EOF`},
		{`'\n\t\\\'\"\a\b\f\v\r'`, `"\x{a}\x{9}\x{5c}'\x{22}\x{7}\x{8}\x{c}\x{b}\x{d}" NEWLINE EOF`},
		{`'\0\101\1010\x41\u00e9\U0001F600'`, `"\x{0}AA0A\x{e9}\x{1f600}" NEWLINE EOF`},
		{`'\q\w'`, `"\x{5c}q\x{5c}w" NEWLINE EOF`},
		{`'\N'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape`},
		{"'a\\\nb'", `"ab" NEWLINE EOF`},
		{"'''a\nb\r\nc'''", `"a\x{a}b\x{a}c" NEWLINE EOF`},
		{`r'\n\'' R"\"" rb'\x' BR'a' Rb'b' bR'c'`, `"\x{5c}n\x{5c}'" "\x{5c}\x{22}" b"\x{5c}x" b"a" b"b" b"c" NEWLINE EOF`},
		{`b'a\x00\xff\101\n' B"z"`, `b"a\x{0}\x{ff}A\x{a}" b"z" NEWLINE EOF`},
		{`b'\u1234'`, `b"\x{5c}u1234" NEWLINE EOF`},
		{`u'x' U'y'`, `"x" "y" NEWLINE EOF`},
		{`'€'`, `"\x{20ac}" NEWLINE EOF`},
		{`f'a{b}c' F"{x!r:>{w}}" rf'\n{x}' fR'{y}' Rf"z" fr'''{a}'''`, `f"a{b}c" f"{x!r:>{w}}" f"\x{5c}n{x}" f"{y}" f"z" f"{a}" NEWLINE EOF`},
		{`f'{"}"}'`, `f"{\x{22}}\x{22}}" NEWLINE EOF`},
		{`rb 'x'`, `rb "x" NEWLINE EOF`},
		// errors
		{"x = $ ? ! `", "x = $ ? ! ` NEWLINE EOF"},
		{"'abc", "ERROR unterminated string literal (detected at line 1)"},
		{"'''abc\n\n", "ERROR unterminated triple-quoted string literal (detected at line 2)"},
		{"x = )", "x = ERROR unmatched ')'"},
		{"(]", "( ERROR closing parenthesis ']' does not match opening parenthesis '('"},
		{"(\n]", "( ERROR closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
		{"(", "( ERROR '(' was never closed"},
		{"  x", "ERROR unexpected indent"[:0] + "INDENT x NEWLINE DEDENT EOF"},
		{"if x:\n    a\n  b\n", "if x : NEWLINE INDENT a NEWLINE ERROR unindent does not match any outer indentation level"},
		{"if x:\n        a\n\tb\n", "if x : NEWLINE INDENT a NEWLINE ERROR inconsistent use of tabs and spaces in indentation"},
		{"1_", "ERROR invalid decimal literal"},
		{"0x", "ERROR invalid hexadecimal literal"},
		{"0b2", "ERROR invalid digit '2' in binary literal"},
		{"0o78", "ERROR invalid digit '8' in octal literal"},
		{"012", "ERROR leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"1abc", "ERROR invalid decimal literal"},
		{"x = 3 € 4", "x = 3 ERROR invalid character '€' (U+20AC)"},
		{"x\x01", "x ERROR invalid non-printable character U+0001"},
		{`'\x4'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`'ab\x'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \xXX escape`},
		{`'\u12'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape`},
		{`'\U1234567'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape`},
		{`'\xg0'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape`},
		{`'\U00110000'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`},
		{`b'ab\xg1'`, `ERROR (value error) invalid \x escape at position 2`},
		{`'x\N{'`, `ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: malformed \N character escape`},
		{`'\N{BULLET}'`, `ERROR (unicode error) \N{...} escapes are not supported by atompy`},
		{`b'é'`, `ERROR bytes can only contain ASCII literal characters`},
		{"x \\ y", "x ERROR unexpected character after line continuation character"},
		{"x \\", "x ERROR unexpected EOF while parsing"},
		{"\xef\xbb\xbfx", "x NEWLINE EOF"},
		{"x = 1\n\xff = 2", "x = 1 NEWLINE ERROR (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{"x = '\xc3'", "x = ERROR (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid start byte"},
		{"# \xff\nx", "x NEWLINE EOF"},
	}
	for _, tt := range tests {
		if got := scanAll(t, tt.src); got != tt.want {
			t.Errorf("scan %q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestScannerPositions(t *testing.T) {
	s := NewScanner("<test>", []byte("if é:\n  'a\\\nb' + 1\n"))
	want := []struct {
		kind     Kind
		pos, end Pos
	}{
		{NAME, Pos{1, 0}, Pos{1, 2}},
		{NAME, Pos{1, 3}, Pos{1, 5}},
		{OP, Pos{1, 5}, Pos{1, 6}},
		{NEWLINE, Pos{1, 6}, Pos{2, 0}},
		{INDENT, Pos{2, 0}, Pos{2, 2}},
		{STRING, Pos{2, 2}, Pos{3, 2}},
		{OP, Pos{3, 3}, Pos{3, 4}},
		{NUMBER, Pos{3, 5}, Pos{3, 6}},
		{NEWLINE, Pos{3, 6}, Pos{3, 6}},
		{DEDENT, Pos{3, 6}, Pos{3, 6}}, // at the end of the last line, as in CPython
		{EOF, Pos{3, 6}, Pos{3, 6}},
	}
	for i, w := range want {
		tok, err := s.Next()
		if err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
		if tok.Kind != w.kind || tok.Pos != w.pos || tok.End != w.end {
			t.Errorf("token %d: got %v %v-%v, want %v %v-%v", i, tok.Kind, tok.Pos, tok.End, w.kind, w.pos, w.end)
		}
	}
}
