package syntax

import (
	"bytes"
	"slices"
	"strings"
)

// maxExprDepth bounds the depth of expression trees: brackets, unary
// operators, lambdas, conditionals and left-nested chains (1+1+...,
// a.b.c..., f()()...) all count. CPython's compiler gives up at about the
// same depth.
const maxExprDepth = 3000

// Parse parses a whole file. The error, if any, is an *Error.
func Parse(filename string, src []byte) (mod *Module, err error) {
	p := &parser{sc: NewScanner(filename, src)}
	defer p.recoverError(&err)
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := 1 + bytes.Count(src[:i], []byte("\n"))
		p.fail(Pos{Line: int32(line)}, "source code cannot contain null bytes")
	}
	p.tok = p.sc.next()
	m := p.file()
	if p.deferred != nil {
		return nil, p.deferred
	}
	return m, nil
}

// ParseExpr parses src as the argument of eval(): leading spaces and
// tabs are ignored, then an expression list and optional newlines.
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	sc := NewScanner(filename, src)
	for sc.off < sc.end && (src[sc.off] == ' ' || src[sc.off] == '\t') {
		sc.off++
	}
	sc.atBOL = false
	p := &parser{sc: sc}
	defer p.recoverError(&err)
	p.tok = p.sc.next()
	e = p.valueExprs()
	for p.tok.Kind == NEWLINE {
		p.advance()
	}
	if p.tok.Kind != EOF {
		p.syntaxError()
	}
	if p.deferred != nil {
		return nil, p.deferred
	}
	return e, nil
}

type parser struct {
	sc      *Scanner
	tok     Token   // current token
	ahead   []Token // tokens scanned past tok
	prev    Token   // the last consumed token
	lastEnd Pos     // the end of the last consumed token other than NEWLINE, INDENT, DEDENT
	depth   int     // expression nesting

	speculating bool // inside a parse that may be rewound (see save)
	noInvalid   bool // speculating like CPython's first pass: no specific diagnostics
	inField     bool // parsing an f-string field, which CPython parenthesizes

	// deferred is the first error that CPython reports only after
	// parsing (in its compiler): reported if the parse succeeds, so that
	// a real syntax error later in the file takes precedence, as there.
	deferred *Error

	// parenthesized records expressions written in parentheses, which
	// some diagnostics treat as atoms.
	parenthesized map[Expr]bool

	// furthest is the line of the furthest token read, even by a parse
	// that was rewound: CPython ranks errors by the last token it read.
	furthest int
}

// failLater records an error CPython's compiler (not its parser) reports.
func (p *parser) failLater(pos Pos, format string, args ...any) {
	if p.deferred == nil && !p.speculating {
		p.deferred = p.sc.errorAt("SyntaxError", pos, format, args...)
	}
}

func (p *parser) recoverError(err *error) {
	if r := recover(); r != nil {
		e, ok := r.(*Error)
		if !ok {
			panic(r)
		}
		*err = e
	}
}

func (p *parser) fail(pos Pos, format string, args ...any) {
	p.raise(p.sc.errorAt("SyntaxError", pos, format, args...))
}

// failAction reports an error in a string literal, which CPython finds
// whenever it reads the literal, even in look-ahead.
func (p *parser) failAction(pos Pos, format string, args ...any) {
	e := p.sc.errorAt("SyntaxError", pos, format, args...)
	e.action = true
	p.raise(e)
}

// raise reports a parser error, unless the rest of the file holds a
// tokenizer error that CPython would report instead.
func (p *parser) raise(e *Error) {
	e.byParser = true
	if !e.checked && !p.sc.fstring && !p.speculating {
		e.checked = true
		p.checkRestOfFile(p.furthest)
	}
	panic(e)
}

func (p *parser) syntaxError() {
	if p.tok.Kind == INDENT {
		// CPython's caret points at the last character of the indentation.
		// Reported as is: CPython does not look further for this one.
		e := p.sc.errorAt("IndentationError", Pos{p.tok.End.Line, p.tok.End.Col - 1}, "unexpected indent")
		e.byParser = true
		panic(e)
	}
	if p.startsExpr() && !p.speculating {
		// CPython's error pass reads the expression that starts here
		// before it gives up: after a name, as the argument of a Python 2
		// print statement, reporting any error inside; otherwise looking
		// for a missing comma, reporting only a stray '='.
		afterName := p.prev.Kind == NAME && !keywords[p.prev.Text] && !p.isOp("(")
		if err := p.tryParse(p.starExpressions); err != nil && (afterName && err.Msg != "invalid syntax" || isStrayAssignError(err)) {
			p.raise(err)
		}
	}
	p.fail(p.tok.Pos, "invalid syntax")
}

func isStrayAssignError(e *Error) bool {
	return e.byParser && strings.Contains(e.Msg, "Maybe you meant '=='")
}

// checkRestOfFile scans the rest of the file before a parser error is
// reported (errLine is the line of the last token read), and panics with the tokenizer error found there if
// CPython would report that one instead (see lexClass).
func (p *parser) checkRestOfFile(errLine int) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			if e.lex == lexOverride || e.lex == lexUnclosed && e.Line < errLine {
				panic(e)
			}
			// Any other tokenizer error stops the scan, but an open
			// bracket still explains the parser's error.
			if n := len(p.sc.brackets); n > 0 {
				if b := p.sc.brackets[n-1]; int(b.pos.Line) < errLine {
					p.sc.fail(b.pos, "'%c' was never closed", b.ch)
				}
			}
		}
	}()
	for p.sc.next().Kind != EOF {
	}
}

// checkMissingComma reports two expressions in a row inside brackets,
// where CPython suggests a missing comma.
func (p *parser) checkMissingComma(first Expr) {
	if p.prev.level == 0 && !p.inField {
		return
	}
	switch p.tok.Kind {
	case NUMBER, STRING:
		if _, ok := first.(*Name); ok && p.tok.Kind == STRING {
			return
		}
		if n, ok := first.(*Name); ok && isSoftKeyword(n.Id) {
			return
		}
	case NAME:
		if keywords[p.tok.Text] && p.tok.Text != "True" && p.tok.Text != "False" && p.tok.Text != "None" {
			return
		}
		if n, ok := first.(*Name); ok && isSoftKeyword(n.Id) {
			return
		}
	case OP:
		if p.tok.Text != "{" && p.tok.Text != "~" && p.tok.Text != "..." {
			return
		}
	default:
		return
	}
	if p.noInvalid {
		return
	}
	// CPython (a PEG parser) suggests the comma if some expression
	// follows, which is so unless reading it runs into the end of the
	// file inside brackets, which it then reports.
	if err := p.tryParsePlain(p.expression); err != nil && !err.byParser {
		panic(err)
	}
	p.fail(first.Span().Pos, "invalid syntax. Perhaps you forgot a comma?")
}

// ---- token helpers ----

func (p *parser) advance() Token {
	t := p.tok
	p.prev = t
	if t.Kind >= NAME {
		p.lastEnd = t.End
	}
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
	} else {
		p.tok = p.fetch()
	}
	return t
}

// fetch scans the next token, keeping track of the furthest line read.
func (p *parser) fetch() Token {
	t := p.sc.next()
	p.furthest = max(p.furthest, int(t.Pos.Line))
	return t
}

// peek returns the token after the current one.
func (p *parser) peek() Token {
	if len(p.ahead) == 0 {
		p.ahead = append(p.ahead, p.fetch())
	}
	return p.ahead[0]
}

func (p *parser) isOp(op string) bool { return p.tok.Kind == OP && p.tok.Text == op }
func (p *parser) isKw(kw string) bool { return p.tok.Kind == NAME && p.tok.Text == kw }

func (p *parser) gotOp(op string) bool {
	if p.isOp(op) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) gotKw(kw string) bool {
	if p.isKw(kw) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) expectOp(op string) Token {
	if !p.isOp(op) {
		p.syntaxError()
	}
	return p.advance()
}

// expectColon consumes the ':' of a compound statement header. CPython
// says "expected ':'" after try, def, else and finally, and elsewhere
// only at the end of the line.
func (p *parser) expectColon(forced bool) {
	if p.gotOp(":") {
		return
	}
	if forced || p.tok.Kind == NEWLINE {
		p.fail(p.tok.Pos, "expected ':'")
	}
	p.syntaxError()
}

func (p *parser) expectKw(kw string) {
	if !p.gotKw(kw) {
		p.syntaxError()
	}
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// isSoftKeyword reports whether s is a 3.11 soft keyword, which CPython
// never suspects of missing a comma after it.
func isSoftKeyword(s string) bool { return s == "_" || s == "match" || s == "case" }

// IsKeyword reports whether s is a reserved word of Python 3.11.
func IsKeyword(s string) bool { return keywords[s] }

func (p *parser) isIdent() bool { return p.tok.Kind == NAME && !keywords[p.tok.Text] }

func (p *parser) ident() Token {
	if !p.isIdent() {
		p.syntaxError()
	}
	return p.advance()
}

// loc is the extent from start to the end of the last token consumed,
// layout tokens (NEWLINE, INDENT, DEDENT) aside, as in CPython.
func (p *parser) loc(start Pos) Loc { return Loc{Pos: start, End: p.lastEnd} }

func (p *parser) enter() {
	p.depth++
	if p.depth > maxExprDepth {
		p.fail(p.tok.Pos, "too many nested expressions")
	}
}

func (p *parser) leave() { p.depth-- }

// parses reports whether parse succeeds at the current token, without
// consuming anything.
func (p *parser) parses(parse func() Expr) bool { return p.tryParse(parse) == nil }

// tryParse runs parse at the current token and returns its error, if
// any, without consuming anything.
func (p *parser) tryParse(parse func() Expr) (err *Error) {
	return p.speculate(parse, false)
}

// tryParsePlain is tryParse without the diagnostics that need look-ahead
// of their own (CPython's first pass, or its expression_without_invalid).
func (p *parser) tryParsePlain(parse func() Expr) (err *Error) {
	return p.speculate(parse, true)
}

func (p *parser) speculate(parse func() Expr, plain bool) (err *Error) {
	saved := p.save()
	speculating, noInvalid := p.speculating, p.noInvalid
	p.speculating, p.noInvalid = true, noInvalid || plain
	defer func() {
		p.speculating, p.noInvalid = speculating, noInvalid
		if r := recover(); r != nil {
			e, isErr := r.(*Error)
			if !isErr {
				panic(r)
			}
			if e.lex == lexUnclosed {
				p.furthest = max(p.furthest, p.sc.line) // read to the end
			}
			// The scanner's errors are final (CPython meets them while
			// reading tokens), except running out of input in brackets,
			// and so are errors in string literals (CPython's parser
			// actions decode them whenever they are read).
			if !e.byParser && e.lex != lexUnclosed || e.action {
				if !speculating && !e.checked && e.byParser {
					p.raise(e)
				}
				panic(e)
			}
			err = e
		}
		p.restore(saved)
	}()
	parse()
	return nil
}

type parserState struct {
	sc      Scanner
	tok     Token
	ahead   []Token
	prev    Token
	lastEnd Pos
	depth   int
}

func (p *parser) save() parserState {
	st := parserState{sc: *p.sc, tok: p.tok, ahead: slices.Clone(p.ahead), prev: p.prev, lastEnd: p.lastEnd, depth: p.depth}
	st.sc.brackets = slices.Clone(p.sc.brackets)
	st.sc.indents = slices.Clone(p.sc.indents)
	st.sc.altIndents = slices.Clone(p.sc.altIndents)
	return st
}

func (p *parser) restore(st parserState) {
	*p.sc = st.sc
	p.tok, p.ahead, p.prev, p.lastEnd, p.depth = st.tok, st.ahead, st.prev, st.lastEnd, st.depth
}
