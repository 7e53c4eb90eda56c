package syntax

import (
	"strings"
)

// strings parses one or more adjacent string literals (implicit
// concatenation) into a Constant, or a JoinedStr if any is an f-string.
func (p *parser) strings() Expr {
	first := p.tok
	var toks []Token
	for p.tok.Kind == STRING {
		toks = append(toks, p.advance())
	}
	// Errors in the literals are reported at the token after them, as
	// CPython does (it decodes literals only once it has seen them all).
	isBytes := first.Value.(*StringLit).Bytes
	var parts []Expr
	format := false
	for _, t := range toks {
		lit := t.Value.(*StringLit)
		if lit.Bytes != isBytes {
			p.failAction(p.tok.Pos, "cannot mix bytes and nonbytes literals")
		}
		if e := lit.decodeErr; e != nil {
			if strings.HasPrefix(e.Msg, "bytes") { // CPython points at the literal for this one
				p.failAction(t.Pos, "%s", e.Msg)
			}
			p.failAction(p.tok.Pos, "%s", e.Msg)
		}
		if lit.Format {
			format = true
			parts = append(parts, p.fstringChecked(t, lit)...)
		} else {
			parts = append(parts, &Constant{Value: lit.Value})
		}
	}
	loc := Loc{first.Pos, p.prev.End}
	if isBytes {
		var b []byte
		for _, c := range parts {
			b = append(b, c.(*Constant).Value.([]byte)...)
		}
		if b == nil {
			b = []byte{}
		}
		return &Constant{loc, b}
	}
	parts = mergeConstants(parts, loc)
	if !format {
		if len(parts) == 0 {
			return &Constant{loc, ""}
		}
		return parts[0]
	}
	return &JoinedStr{Loc: loc, Values: parts}
}

// mergeConstants joins adjacent string Constants, drops empty ones and
// gives every part the position of the whole literal, as CPython does.
func mergeConstants(parts []Expr, loc Loc) []Expr {
	var out []Expr
	for _, e := range parts {
		c, ok := e.(*Constant)
		if !ok {
			e.Span().Pos, e.Span().End = loc.Pos, loc.End
			if spec, ok := e.(*FormattedValue).FormatSpec.(*JoinedStr); ok {
				spec.Loc = loc
				spec.Values = mergeConstants(spec.Values, loc)
			}
			out = append(out, e)
			continue
		}
		s := c.Value.(string)
		if s == "" {
			continue
		}
		if n := len(out); n > 0 {
			if prev, ok := out[n-1].(*Constant); ok {
				prev.Value = prev.Value.(string) + s
				continue
			}
		}
		out = append(out, &Constant{loc, s})
	}
	return out
}

// fstringChecked is fstring, but an error inside a field expression is
// reported only if the rest of the file has no tokenizer error (CPython
// parses f-strings in a parser action, whose errors rank as parser errors).
func (p *parser) fstringChecked(t Token, lit *StringLit) []Expr {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				e.action = true
				if e.byParser && !e.checked {
					p.raise(e)
				}
			}
			panic(r)
		}
	}()
	return p.fstring(t, lit)
}

// fstring splits the body of f-string token t into literal parts and
// formatted fields.
func (p *parser) fstring(t Token, lit *StringLit) []Expr {
	f := &fstringParser{p: p, tok: t, lit: lit, body: lit.Body}
	parts, i := f.parts(0, 0)
	if i != len(f.body) {
		panic("BUG: f-string parts stopped early at top level")
	}
	return parts
}

type fstringParser struct {
	p    *parser
	tok  Token
	lit  *StringLit
	body string
}

// fail reports an f-string error at the token after the literal(s),
// where CPython 3.11 points.
func (f *fstringParser) fail(format string, args ...any) {
	f.p.fail(f.p.tok.Pos, "f-string: "+format, args...)
}

// parts scans literal text and fields from i until the end of the body
// or, inside a format spec (depth > 0), until the '}' that closes it,
// whose index it returns.
func (f *fstringParser) parts(i, depth int) ([]Expr, int) {
	var parts []Expr
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, &Constant{Value: f.decode(lit.String())})
			lit.Reset()
		}
	}
	for i < len(f.body) {
		c := f.body[i]
		switch {
		case c == '{' && depth == 0 && i+1 < len(f.body) && f.body[i+1] == '{':
			lit.WriteByte('{')
			i += 2
		case c == '}' && depth == 0 && i+1 < len(f.body) && f.body[i+1] == '}':
			lit.WriteByte('}')
			i += 2
		case c == '{':
			if depth >= 2 {
				f.fail("expressions nested too deeply")
			}
			flush()
			var fieldParts []Expr
			fieldParts, i = f.field(i+1, depth)
			parts = append(parts, fieldParts...)
		case c == '}':
			if depth > 0 {
				flush()
				return parts, i
			}
			f.fail("single '}' is not allowed")
		case c == '\\' && !f.lit.Raw && i+1 < len(f.body):
			n := 2
			if next := f.body[i+1]; next == '{' || next == '}' {
				n = 1
			} else if next == 'N' && i+2 < len(f.body) && f.body[i+2] == '{' {
				if j := strings.IndexByte(f.body[i:], '}'); j > 0 {
					n = j + 1
				}
			}
			lit.WriteString(f.body[i : i+n])
			i += n
		default:
			lit.WriteByte(c)
			i++
		}
	}
	if depth > 0 {
		f.fail("expecting '}'")
	}
	flush()
	return parts, i
}

func (f *fstringParser) decode(raw string) string {
	if f.lit.Raw {
		return normalizeNewlines(raw)
	}
	return f.p.sc.decode(raw, 0, f.tok.Pos, false, false).(string)
}

// field parses one replacement field whose expression starts at i (just
// after the '{') and returns its parts (a Constant for the `=` form, then
// the FormattedValue) and the index after the closing '}'.
func (f *fstringParser) field(i, depth int) ([]Expr, int) {
	end := f.exprEnd(i)
	if strings.TrimSpace(f.body[i:end]) == "" {
		f.fail("empty expression not allowed")
	}
	fv := &FormattedValue{Value: f.parseExpr(i, end), Conversion: -1}
	var parts []Expr
	j := end
	selfDoc := false
	if j < len(f.body) && f.body[j] == '=' {
		j++
		for j < len(f.body) && strings.IndexByte(" \t\n\r\f", f.body[j]) >= 0 {
			j++
		}
		parts = append(parts, &Constant{Value: normalizeNewlines(f.body[i:j])})
		selfDoc = true
	}
	if j < len(f.body) && f.body[j] == '!' {
		if j+1 >= len(f.body) {
			f.fail("expecting '}'")
		}
		switch conv := f.body[j+1]; conv {
		case 's', 'r', 'a':
			fv.Conversion = int(conv)
		default:
			f.fail("invalid conversion character: expected 's', 'r', or 'a'")
		}
		j += 2
		if j < len(f.body) && f.body[j] != ':' && f.body[j] != '}' {
			f.fail("invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if j < len(f.body) && f.body[j] == ':' {
		var spec []Expr
		spec, j = f.parts(j+1, depth+1)
		fv.FormatSpec = &JoinedStr{Values: spec}
	}
	if j >= len(f.body) || f.body[j] != '}' {
		f.fail("expecting '}'")
	}
	if selfDoc && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	return append(parts, fv), j + 1
}

// exprEnd finds the end of a field's expression: the first '}', ':',
// '!' (not '!=') or '=' (not part of a comparison operator) outside
// brackets and nested strings.
func (f *fstringParser) exprEnd(i int) int {
	depth := 0
	for i < len(f.body) {
		c := f.body[i]
		switch c {
		case '\\':
			f.p.fail(f.p.tok.Pos, "f-string expression part cannot include a backslash")
		case '#':
			f.p.fail(f.p.tok.Pos, "f-string expression part cannot include '#'")
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				return i
			}
			depth--
		case '\'', '"':
			i = f.skipString(i)
			continue
		case ':':
			if depth == 0 {
				return i
			}
		case '!':
			if depth == 0 && (i+1 >= len(f.body) || f.body[i+1] != '=') {
				return i
			}
			i++ // skip the '=' of '!='
		case '=', '<', '>':
			if i+1 < len(f.body) && f.body[i+1] == '=' {
				i += 2
				continue
			}
			if c == '=' && depth == 0 {
				return i
			}
		}
		i++
	}
	f.fail("expecting '}'")
	return 0
}

// skipString skips a string literal nested in a field expression.
func (f *fstringParser) skipString(i int) int {
	q := f.body[i]
	quote := string(q)
	if strings.HasPrefix(f.body[i:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	j := strings.Index(f.body[i+len(quote):], quote)
	if j < 0 {
		f.fail("expecting '}'")
	}
	return i + len(quote) + j + len(quote)
}

// parseExpr parses body[i:end] as the field's expression, in place in the
// source so that positions and error lines are exact.
func (f *fstringParser) parseExpr(i, end int) (e Expr) {
	pos := f.bodyPos(i)
	sc := newFieldScanner(f.p.sc.source, f.lit.BodyOff+i, f.lit.BodyOff+end, pos)
	sub := &parser{sc: sc, depth: f.p.depth, inField: true}
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(*Error); ok && !strings.HasPrefix(err.Msg, "f-string") {
				err.Msg = "f-string: " + err.Msg
			}
			panic(r)
		}
	}()
	sub.tok = sc.next()
	if sub.isKw("yield") {
		e = sub.yieldExpr()
	} else {
		e = sub.valueExprs()
	}
	if sub.tok.Kind != EOF {
		sub.syntaxError()
	}
	return e
}

// bodyPos converts an index into the body to a source position.
func (f *fstringParser) bodyPos(i int) Pos {
	p := f.lit.BodyPos
	nl := strings.LastIndexByte(f.body[:i], '\n')
	if nl < 0 {
		return Pos{p.Line, p.Col + int32(i)}
	}
	return Pos{p.Line + int32(strings.Count(f.body[:i], "\n")), int32(i - nl - 1)}
}
