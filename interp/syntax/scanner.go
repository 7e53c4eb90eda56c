package syntax

import (
	"bytes"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is a token kind.
type Kind uint8

const (
	EOF Kind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME   // identifiers and keywords
	NUMBER // Value is the Constant value
	STRING // Value is a *StringLit
	OP     // operators and delimiters; Text is the spelling
)

func (k Kind) String() string {
	return [...]string{"EOF", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING", "OP"}[k]
}

// Token is one lexical token.
type Token struct {
	Kind  Kind
	Text  string // source text (empty for NEWLINE, INDENT, DEDENT, EOF)
	Value any    // NUMBER: int64, *big.Int, float64 or complex128; STRING: *StringLit
	Pos   Pos
	End   Pos

	level int // bracket nesting after the token
}

// StringLit is one string literal token, before implicit concatenation.
type StringLit struct {
	Bytes, Raw, Format, Triple bool
	Body                       string // the source text between the quotes
	BodyOff                    int    // byte offset of Body in the source
	BodyPos                    Pos    // position of Body's first byte
	Value                      any    // decoded string or []byte; nil for f-strings

	// decodeErr is a bad escape sequence or non-ASCII byte in a bytes
	// literal. Next returns it; the parser reports it after the literal,
	// as CPython does.
	decodeErr *Error
}

type openBracket struct {
	ch  byte
	pos Pos
}

// maxNesting bounds bracket and expression nesting, like CPython's 200
// levels, so deeply nested input is an error instead of a stack overflow.
const maxNesting = 200

// maxIndent bounds block nesting (CPython allows 99 levels).
const maxIndent = 100

// Scanner produces the tokens of one source file (or of one f-string
// field, which is scanned in place inside the file's source).
type Scanner struct {
	*source
	off, end  int // current byte offset and the end of the scanned range
	line      int
	lineStart int // byte offset of the current line

	indents    []int // indentation stack, tabs to multiples of 8
	altIndents []int // the same with tabs counted as 1, to detect TabError
	dedents    int   // DEDENT tokens still to emit
	brackets   []openBracket
	atBOL      bool // at the beginning of a logical line
	last       Kind // kind of the last emitted token
	eof        bool
	fstring    bool // scanning an f-string field: implicitly bracketed
	escOff     int  // offset in the literal body of the escape being decoded
}

// NewScanner returns a scanner over src, which should be UTF-8 (a
// leading byte order mark is skipped).
func NewScanner(filename string, src []byte) *Scanner {
	start := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		start = 3
	}
	return &Scanner{
		source:     &source{filename: filename, src: src},
		off:        start,
		lineStart:  start,
		end:        len(src),
		line:       1,
		indents:    []int{0},
		altIndents: []int{0},
		atBOL:      true,
		last:       NEWLINE,
	}
}

// newFieldScanner scans src[off:end], an f-string field expression that
// starts at position p, as if it were inside brackets.
func newFieldScanner(s *source, off, end int, p Pos) *Scanner {
	return &Scanner{
		source:    s,
		off:       off,
		end:       end,
		line:      int(p.Line),
		lineStart: off - int(p.Col),
		indents:   []int{0},
		last:      OP,
		fstring:   true,
	}
}

// Next returns the next token, or an *Error. After EOF it keeps
// returning EOF.
func (s *Scanner) Next() (tok Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	tok = s.next()
	if lit, ok := tok.Value.(*StringLit); ok && lit.decodeErr != nil {
		return Token{}, lit.decodeErr
	}
	return tok, nil
}

func (s *Scanner) pos() Pos { return Pos{Line: int32(s.line), Col: int32(s.off - s.lineStart)} }

func (s *Scanner) peekByte(i int) byte {
	if s.off+i < s.end {
		return s.src[s.off+i]
	}
	return 0
}

// newline consumes a line terminator (\n, \r\n or \r) at s.off.
func (s *Scanner) newline() {
	if s.src[s.off] == '\r' && s.peekByte(1) == '\n' {
		s.off++
	}
	s.off++
	s.line++
	s.lineStart = s.off
}

func (s *Scanner) emit(k Kind, start Pos, text string, v any) Token {
	s.last = k
	end := s.pos()
	if s.off >= s.end && (k == NEWLINE || k == DEDENT || k == EOF) {
		end = start // tokens made up at the end of the file are empty
	}
	return Token{Kind: k, Text: text, Value: v, Pos: start, End: end, level: len(s.brackets)}
}

// next scans one token, panicking with *Error on malformed input.
func (s *Scanner) next() Token {
	if s.dedents > 0 {
		s.dedents--
		return s.emit(DEDENT, s.pos(), "", nil)
	}
	if s.atBOL && len(s.brackets) == 0 && !s.fstring {
		s.atBOL = false
		if tok, ok := s.indentation(); ok {
			return tok
		}
	}
	for {
		if s.off >= s.end {
			return s.atEOF()
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.off++
		case c == '#':
			if s.fstring {
				s.fail(s.pos(), "f-string expression part cannot include '#'")
			}
			s.skipComment()
		case c == '\\':
			if s.fstring {
				s.fail(s.pos(), "f-string expression part cannot include a backslash")
			}
			s.continuation()
		case c == '\n' || c == '\r':
			if len(s.brackets) > 0 || s.fstring {
				s.newline()
				continue
			}
			p := s.pos()
			s.newline()
			s.atBOL = true
			return s.emit(NEWLINE, p, "", nil)
		default:
			return s.token()
		}
	}
}

func (s *Scanner) skipComment() {
	for s.off < s.end && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
		s.off++
	}
}

func (s *Scanner) continuation() {
	p := s.pos()
	s.off++
	if s.off >= s.end {
		s.unexpectedEOF(Pos{p.Line, p.Col + 1})
	}
	if c := s.src[s.off]; c != '\n' && c != '\r' {
		s.fail(Pos{p.Line, p.Col + 1}, "unexpected character after line continuation character")
	}
	s.newline()
	if s.off >= s.end {
		s.unexpectedEOF(Pos{p.Line, p.Col + 1})
	}
}

func (s *Scanner) unexpectedEOF(p Pos) {
	if n := len(s.brackets); n > 0 && !s.fstring { // CPython blames the bracket
		b := s.brackets[n-1]
		s.fail(b.pos, "'%c' was never closed", b.ch)
	}
	s.fail(p, "unexpected EOF while parsing")
}

// indentation measures the indentation of a new logical line, skipping
// blank and comment-only lines, and returns an INDENT or DEDENT if the
// level changed.
func (s *Scanner) indentation() (Token, bool) {
	for {
		col, alt := 0, 0
		for s.off < s.end {
			c := s.src[s.off]
			if c == ' ' {
				col++
				alt++
			} else if c == '\t' {
				col = (col/8 + 1) * 8
				alt++
			} else if c == '\f' {
				col, alt = 0, 0
			} else {
				break
			}
			s.off++
		}
		if s.off >= s.end {
			return Token{}, false // EOF: atEOF emits the DEDENTs
		}
		switch s.src[s.off] {
		case '#':
			s.skipComment()
			if s.off < s.end {
				s.newline()
			}
			continue
		case '\n', '\r':
			s.newline()
			continue
		case '\\':
			// A line that is only a continuation joins the next one,
			// whose indentation then counts.
			if c := s.peekByte(1); c == '\n' || c == '\r' {
				s.continuation()
				continue
			}
		}
		return s.changeIndent(col, alt)
	}
}

func (s *Scanner) changeIndent(col, alt int) (Token, bool) {
	top := len(s.indents) - 1
	p := s.pos()
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError()
		}
		return Token{}, false
	case col > s.indents[top]:
		if alt <= s.altIndents[top] {
			s.tabError()
		}
		if len(s.indents) >= maxIndent {
			panic(s.errorAt("IndentationError", Pos{p.Line, 0}, "too many levels of indentation"))
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		return s.emit(INDENT, Pos{p.Line, 0}, "", nil), true // End: the first token
	}
	for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		s.dedents++
	}
	top = len(s.indents) - 1
	if col != s.indents[top] {
		text, _ := s.lineAt(s.line)
		panic(s.errorAt("IndentationError", Pos{p.Line, int32(len(text))},
			"unindent does not match any outer indentation level"))
	}
	if alt != s.altIndents[top] {
		s.tabError()
	}
	s.dedents--
	return s.emit(DEDENT, p, "", nil), true
}

func (s *Scanner) tabError() {
	panic(s.errorAt("TabError", Pos{int32(s.line), 0}, "inconsistent use of tabs and spaces in indentation"))
}

// eofPos is where CPython places the end of the file: the end of the last
// line, not counting a final line terminator.
func (s *Scanner) eofPos() Pos {
	if s.fstring {
		return s.pos()
	}
	end := s.end
	if end > 0 && s.src[end-1] == '\n' {
		end--
	}
	if end > 0 && s.src[end-1] == '\r' {
		end--
	}
	line := 1 + bytes.Count(s.src[:end], []byte{'\n'})
	start := bytes.LastIndexByte(s.src[:end], '\n') + 1
	return Pos{Line: int32(line), Col: int32(end - start)}
}

func (s *Scanner) atEOF() Token {
	if len(s.brackets) > 0 && !s.fstring {
		b := s.brackets[len(s.brackets)-1]
		e := s.errorAt("SyntaxError", b.pos, "'%c' was never closed", b.ch)
		e.lex = lexUnclosed
		panic(e)
	}
	p := s.eofPos()
	if s.last != NEWLINE && s.last != INDENT && s.last != DEDENT && !s.fstring {
		return s.emit(NEWLINE, p, "", nil)
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		return s.emit(DEDENT, p, "", nil)
	}
	return s.emit(EOF, p, "", nil)
}

// token scans a NAME, NUMBER, STRING or OP starting at s.off.
func (s *Scanner) token() Token {
	c := s.src[s.off]
	switch {
	case c == '"' || c == '\'':
		return s.str(s.pos(), s.off, "")
	case isDigit(c) || c == '.' && isDigit(s.peekByte(1)):
		return s.number()
	case c < utf8.RuneSelf && (isLetter(c) || c == '_'), c >= utf8.RuneSelf:
		return s.name()
	}
	return s.operator()
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

func (s *Scanner) name() Token {
	start, p := s.off, s.pos()
	for s.off < s.end {
		r, n := utf8.DecodeRune(s.src[s.off:s.end])
		ok := isIdentContinue(r)
		if s.off == start {
			ok = isIdentStart(r)
		}
		if !ok || r == utf8.RuneError && n == 1 {
			break
		}
		s.off += n
	}
	if s.off == start {
		r, _ := utf8.DecodeRune(s.src[s.off:s.end])
		if r == utf8.RuneError {
			s.badUTF8(s.off)
		}
		if unicode.IsPrint(r) {
			s.failLexical(p, "invalid character '%c' (U+%04X)", r, r)
		}
		s.failLexical(p, "invalid non-printable character U+%04X", r)
	}
	text := string(s.src[start:s.off])
	if c := s.peekByte(0); (c == '"' || c == '\'') && isStringPrefix(text) {
		return s.str(p, start, strings.ToLower(text))
	}
	return s.emit(NAME, p, normalizeName(text), nil)
}

// normalizeName applies NFKC normalisation to non-ASCII identifiers, as
// Python does; without a normalisation table we only keep them as is.
func normalizeName(s string) string { return s }

func isStringPrefix(s string) bool {
	switch strings.ToLower(s) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

var operators3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var operators2 = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="}

const operators1 = "+-*/%@&|^~<>()[]{},:.;="

func (s *Scanner) operator() Token {
	p := s.pos()
	rest := string(s.src[s.off:min(s.off+3, s.end)])
	for _, set := range [][]string{operators3, operators2} {
		for _, op := range set {
			if strings.HasPrefix(rest, op) {
				s.off += len(op)
				return s.emit(OP, p, op, nil)
			}
		}
	}
	c := s.src[s.off]
	if strings.IndexByte(operators1, c) < 0 {
		if c < 0x20 || c == 0x7f {
			s.failLexical(p, "invalid non-printable character U+%04X", c)
		}
		// Like CPython, pass other stray characters ('$', '?', '!') to
		// the parser, which rejects them with "invalid syntax".
		s.off++
		return s.emit(OP, p, string(c), nil)
	}
	s.off++
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxNesting {
			s.failLexical(p, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, openBracket{c, p})
	case ')', ']', '}':
		s.closeBracket(c, p)
	}
	return s.emit(OP, p, string(c), nil)
}

func (s *Scanner) closeBracket(c byte, p Pos) {
	if len(s.brackets) == 0 {
		if s.fstring {
			return // the parser reports it in context
		}
		s.failLexical(p, "unmatched '%c'", c)
	}
	open := s.brackets[len(s.brackets)-1]
	if want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open.ch]; want != c {
		if open.pos.Line != p.Line {
			s.failLexical(p, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
		}
		s.failLexical(p, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
	}
	s.brackets = s.brackets[:len(s.brackets)-1]
}

// ---- numbers ----

func (s *Scanner) number() Token {
	start, p := s.off, s.pos()
	c := s.src[s.off]
	if c == '0' && strings.IndexByte("xXoObB", s.peekByte(1)) >= 0 {
		return s.radixNumber(start, p)
	}
	s.digits(p, isDigit)
	isFloat := false
	if s.peekByte(0) == '.' {
		isFloat = true
		s.off++
		if isDigit(s.peekByte(0)) {
			s.digits(p, isDigit)
		}
	}
	if e := s.peekByte(0); e == 'e' || e == 'E' {
		save := s.off
		s.off++
		if sg := s.peekByte(0); sg == '+' || sg == '-' {
			s.off++
		}
		if isDigit(s.peekByte(0)) {
			s.digits(p, isDigit)
			isFloat = true
		} else {
			s.off = save // not an exponent: `1else` is 1 followed by else
		}
	}
	imag := false
	if j := s.peekByte(0); j == 'j' || j == 'J' {
		s.off++
		imag = true
	}
	text := string(s.src[start:s.off])
	s.checkNumberEnd(p, "decimal")
	clean := strings.ReplaceAll(strings.TrimRight(text, "jJ"), "_", "")
	if imag || isFloat {
		f, err := strconv.ParseFloat(clean, 64)
		if err != nil && f == 0 {
			s.failLexical(p, "invalid decimal literal")
		}
		if imag {
			return s.emit(NUMBER, p, text, complex(0, f))
		}
		return s.emit(NUMBER, p, text, f)
	}
	if len(clean) > 1 && clean[0] == '0' && strings.Trim(clean, "0") != "" {
		s.failLexical(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	if len(clean) > maxIntDigits {
		// CPython's limit on decimal int conversion also applies to
		// literals; its error carries no column (offset 0, no caret).
		e := s.errorAt("SyntaxError", p, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntDigits, len(clean))
		e.Col = 0
		panic(e)
	}
	return s.emit(NUMBER, p, text, intValue(clean, 10))
}

// maxIntDigits is CPython's default int_max_str_digits.
const maxIntDigits = 4300

// digits consumes digits separated by single underscores.
func (s *Scanner) digits(p Pos, ok func(byte) bool) {
	for {
		for ok(s.peekByte(0)) {
			s.off++
		}
		if s.peekByte(0) != '_' {
			return
		}
		s.off++
		if !ok(s.peekByte(0)) {
			s.failLexical(s.lastCharPos(), "invalid decimal literal")
		}
	}
}

func (s *Scanner) radixNumber(start int, p Pos) Token {
	kind := s.src[s.off+1] | 0x20
	s.off += 2
	base, name := map[byte]int{'x': 16, 'o': 8, 'b': 2}[kind], map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[kind]
	valid := func(c byte) bool {
		v, err := strconv.ParseUint(string(c), base, 8)
		_ = v
		return err == nil
	}
	if s.peekByte(0) == '_' {
		s.off++
	}
	if !valid(s.peekByte(0)) {
		s.badDigit(p, name, base)
	}
	for {
		for valid(s.peekByte(0)) {
			s.off++
		}
		if s.peekByte(0) != '_' {
			break
		}
		s.off++
		if !valid(s.peekByte(0)) {
			s.badDigit(p, name, base)
		}
	}
	if isDigit(s.peekByte(0)) {
		s.badDigit(p, name, base)
	}
	text := string(s.src[start:s.off])
	s.checkNumberEnd(p, name)
	return s.emit(NUMBER, p, text, intValue(strings.ReplaceAll(text[2:], "_", ""), base))
}

func (s *Scanner) badDigit(p Pos, name string, base int) {
	if c := s.peekByte(0); isDigit(c) {
		s.failLexical(s.pos(), "invalid digit '%c' in %s literal", c, name)
	}
	s.failLexical(s.lastCharPos(), "invalid %s literal", name)
}

// lastCharPos is the position of the byte before s.off, where CPython
// points for malformed numbers.
func (s *Scanner) lastCharPos() Pos {
	p := s.pos()
	if p.Col > 0 {
		p.Col--
	}
	return p
}

// checkNumberEnd rejects a number immediately followed by an identifier
// character, except for the keywords CPython still accepts there
// (`1if x else y`).
func (s *Scanner) checkNumberEnd(p Pos, name string) {
	if s.off >= s.end {
		return
	}
	r, _ := utf8.DecodeRune(s.src[s.off:s.end])
	if !isIdentContinue(r) {
		return
	}
	// CPython checks whole words, except that for "if", "in" and "is"
	// it looks at two letters only (so 1information passes).
	rest := s.src[s.off:s.end]
	if len(rest) >= 2 && rest[0] == 'i' && strings.IndexByte("fns", rest[1]) >= 0 {
		return
	}
	for _, kw := range []string{"and", "else", "for", "not", "or"} {
		if bytes.HasPrefix(rest, []byte(kw)) {
			if r, _ := utf8.DecodeRune(rest[len(kw):]); len(rest) == len(kw) || !isIdentContinue(r) {
				return
			}
		}
	}
	s.failLexical(s.lastCharPos(), "invalid %s literal", name)
}

func intValue(digits string, base int) any {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		panic("BUG: scanner accepted malformed integer " + digits)
	}
	return b
}

// ---- strings ----

// str scans a string literal whose prefix (lower-cased) starts at start
// and whose opening quote is at s.off.
func (s *Scanner) str(p Pos, start int, prefix string) Token {
	lit := &StringLit{
		Bytes:  strings.Contains(prefix, "b"),
		Raw:    strings.Contains(prefix, "r"),
		Format: strings.Contains(prefix, "f"),
	}
	q := s.src[s.off]
	s.off++
	if s.peekByte(0) == q && s.peekByte(1) == q {
		lit.Triple = true
		s.off += 2
	}
	lit.BodyOff, lit.BodyPos = s.off, s.pos()
	for {
		if s.off >= s.end {
			s.unterminated(p, lit.Triple)
		}
		c := s.src[s.off]
		switch {
		case c == q && (!lit.Triple || s.peekByte(1) == q && s.peekByte(2) == q):
			lit.Body = string(s.src[lit.BodyOff:s.off])
			if lit.Triple {
				s.off += 3
			} else {
				s.off++
			}
			return s.finishString(p, start, lit)
		case c == '\\':
			s.off++
			if s.off < s.end && (s.src[s.off] == '\n' || s.src[s.off] == '\r') {
				s.newline()
			} else if s.off < s.end {
				s.off++
			}
		case c == '\n' || c == '\r':
			if !lit.Triple {
				s.unterminated(p, false)
			}
			s.newline()
		default:
			s.off++
		}
	}
}

func (s *Scanner) unterminated(p Pos, triple bool) {
	line := s.line
	if s.off >= s.end && line > int(p.Line) && s.lineStart == s.end {
		line-- // a final newline does not start a new line
	}
	if triple {
		s.failLexical(p, "unterminated triple-quoted string literal (detected at line %d)", line)
	}
	s.failLexical(p, "unterminated string literal (detected at line %d)", line)
}

// badUTF8 reports the invalid UTF-8 sequence at off.
func (s *Scanner) badUTF8(off int) {
	s.off = off
	s.failLexical(s.pos(), "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
		s.src[off], off-s.lineStart)
}

func (s *Scanner) finishString(p Pos, start int, lit *StringLit) Token {
	if !utf8.ValidString(lit.Body) {
		for i := lit.BodyOff; ; {
			r, n := utf8.DecodeRune(s.src[i:])
			if r == utf8.RuneError && n <= 1 {
				s.line, s.lineStart = int(lit.BodyPos.Line), lit.BodyOff-int(lit.BodyPos.Col)
				for j := lit.BodyOff; j < i; j++ {
					if s.src[j] == '\n' {
						s.line++
						s.lineStart = j + 1
					}
				}
				s.badUTF8(i)
			}
			i += n
		}
	}
	if !lit.Format {
		lit.Value, lit.decodeErr = s.decodeChecked(lit, p)
	}
	return s.emit(STRING, p, string(s.src[start:s.off]), lit)
}

// decode processes the escape sequences of a string or bytes literal
// body (or of one literal part of an f-string). off is body's offset in
// the source, for error positions; p is the literal's position.
func (s *Scanner) decode(body string, off int, p Pos, isBytes, raw bool) any {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				s.fail(p, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		body = normalizeNewlines(body)
		if isBytes {
			return []byte(body)
		}
		return body
	}
	var b []byte
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\r' {
			b = append(b, '\n')
			i++
			if i < len(body) && body[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(body) {
			b = append(b, c)
			i++
			continue
		}
		var n int
		s.escOff = i
		b, n = s.escape(b, body[i:], p, isBytes)
		i += n
	}
	if isBytes {
		return b
	}
	return string(b)
}

// decodeChecked decodes a literal, returning an error instead of panicking.
func (s *Scanner) decodeChecked(lit *StringLit, p Pos) (v any, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	return s.decode(lit.Body, lit.BodyOff, p, lit.Bytes, lit.Raw), nil
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

var simpleEscapes = map[byte]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
	'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// escape decodes the escape sequence at the start of e (e[0] == '\\')
// onto b and returns the bytes consumed.
func (s *Scanner) escape(b []byte, e string, p Pos, isBytes bool) ([]byte, int) {
	c := e[1]
	if v, ok := simpleEscapes[c]; ok {
		return append(b, v), 2
	}
	switch c {
	case '\n':
		return b, 2
	case '\r':
		if len(e) > 2 && e[2] == '\n' {
			return b, 3
		}
		return b, 2
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n, v := 1, 0
		for n < 4 && n < len(e) && '0' <= e[n] && e[n] <= '7' {
			v = v*8 + int(e[n]-'0')
			n++
		}
		if isBytes {
			return append(b, byte(v)), n
		}
		return utf8.AppendRune(b, rune(v)), n
	case 'x':
		return s.hexEscape(b, e, 2, p, isBytes)
	case 'u', 'U':
		if isBytes {
			break
		}
		return s.hexEscape(b, e, map[byte]int{'u': 4, 'U': 8}[c], p, false)
	case 'N':
		if isBytes {
			break
		}
		if len(e) < 3 || e[2] != '{' || !strings.Contains(e, "}") {
			s.unicodeError(p, min(len(e), 3)-1, "malformed \\N character escape")
		}
		s.fail(p, "(unicode error) \\N{...} escapes are not supported by atompy")
	}
	// Unknown escapes are kept literally (CPython warns).
	return append(b, '\\'), 1
}

func (s *Scanner) hexEscape(b []byte, e string, digits int, p Pos, isBytes bool) ([]byte, int) {
	n := 0
	for n < digits && 2+n < len(e) && isHexDigit(e[2+n]) {
		n++
	}
	if n < digits {
		if isBytes {
			s.fail(p, "(value error) invalid \\x escape at position %d", s.escOff)
		}
		s.unicodeError(p, 1+n, "truncated \\%c%s escape", e[1], strings.Repeat("X", digits))
	}
	v, _ := strconv.ParseUint(e[2:2+digits], 16, 32)
	if isBytes {
		return append(b, byte(v)), 2 + digits
	}
	if v > unicode.MaxRune {
		s.unicodeError(p, 1+digits, "illegal Unicode character")
	}
	return appendWTF8(b, rune(v)), 2 + digits
}

func isHexDigit(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

// unicodeError reports a bad escape spanning body bytes escOff to
// escOff+last, in CPython's words.
func (s *Scanner) unicodeError(p Pos, last int, format string, args ...any) {
	s.fail(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "+format,
		append([]any{s.escOff, s.escOff + last}, args...)...)
}

// DecodeWTF8 decodes the first code point of b like utf8.DecodeRune, but
// also accepts the 3-byte encodings of lone surrogates that string
// constants use (see appendWTF8).
func DecodeWTF8(b []byte) (rune, int) {
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n == 1 && len(b) >= 3 && b[0] == 0xED && b[1]&0xE0 == 0xA0 && b[2]&0xC0 == 0x80 {
		return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	}
	return r, n
}

// appendWTF8 appends r as UTF-8, encoding lone surrogates (which UTF-8
// cannot carry) with the same 3-byte pattern as other BMP code points.
func appendWTF8(b []byte, r rune) []byte {
	if 0xD800 <= r && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
