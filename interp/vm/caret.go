package vm

// Caret lines: the marker a traceback prints under the source line of an
// entry to show which expression failed, as CPython 3.11 does:
//
//	    return a + b / c
//	               ~~^~~
//
// The marker covers the failing instruction's source range. A binary
// operation marks its operator with '^' and its operands with '~'; a
// subscript marks its "[index]" part with '^' and the subscripted value with
// '~'; anything else is all '^'. No marker is printed when a plain one would
// cover the whole line.
//
// CPython finds the operator and the index by re-parsing the failing
// segment with its own parser. The VM must not import the front end, and it
// needs very little of a parse: the kind of the segment's outermost
// expression and two offsets. So this file tokenises the segment by hand
// (segmentTokens) and reads the outermost operator off the token list by
// precedence (findAnchors). A segment it cannot make sense of gets a plain
// marker, which is also what CPython prints when its parse fails.
//
// The quirks of CPython's implementation are reproduced on purpose, since
// the goal is byte-identical output: offsets inside the segment are UTF-8
// byte offsets (as in the AST) converted to characters at the end, a
// parenthesised operand's range excludes its parentheses (so a ')' or '('
// next to an operator can end up marked), and a multi-line segment's end is
// searched for with a character count used as a byte index. Finally the
// character offsets become display columns, wide East Asian characters
// counting two, so that the marker lines up on a terminal.

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// tracebackIndent is how far a traceback indents source lines.
const tracebackIndent = 4

// caretLine returns the marker line (without its newline) printed under
// full, the source line of a traceback entry as read from the file
// (indentation kept, line terminator removed), for an instruction spanning
// byte columns col..endCol from line to endLine. It returns "" when no
// marker is printed.
func caretLine(full string, line, col, endLine, endCol int) string {
	if line <= 0 || endLine <= 0 || col < 0 || endCol < 0 {
		return ""
	}
	start := byteToCharOffset(full, col)
	end := byteToCharOffset(full, endCol)
	left, right := -1, -1
	if line == endLine {
		left, right = lineAnchors(full, start, end)
	} else {
		end = multiLineEnd(full)
	}
	indent := indentChars(full)
	anchored := left != -1 || right != -1
	if end-start == utf8.RuneCountInString(full)-indent && !anchored {
		return ""
	}
	primary, secondary := "^", "^"
	if anchored {
		primary, secondary = "~", "^"
		left, right = displayWidth(full, left), displayWidth(full, right)
	}
	start, end = displayWidth(full, start), displayWidth(full, end)
	// Column k of the line (0-based, in display columns) prints at column
	// k-indent+4 of the output; those before the segment are blanks. The
	// indentation is ASCII, so its width is its length.
	var b strings.Builder
	for k := indent - tracebackIndent; k < end; k++ {
		switch {
		case k < start:
			b.WriteByte(' ')
		case anchored && left <= k && k < right:
			b.WriteString(secondary)
		default:
			b.WriteString(primary)
		}
	}
	return b.String()
}

// displayWidth is how many terminal columns the first n characters of s
// take: CPython counts East Asian wide and fullwidth characters as two.
func displayWidth(s string, n int) int {
	w := 0
	for _, r := range s {
		if n <= 0 {
			break
		}
		n--
		w++
		if isWide(r) {
			w++
		}
	}
	return w
}

// isWide reports whether r is in wideRanges.
func isWide(r rune) bool {
	if r < 0x300 {
		return false
	}
	i := sort.Search(len(wideRanges), func(i int) bool { return wideRanges[i][1] >= r })
	return i < len(wideRanges) && wideRanges[i][0] <= r
}

// byteToCharOffset converts a byte column of s into a character column.
// Like CPython, a column past the end counts at most one character beyond
// the line.
func byteToCharOffset(s string, col int) int {
	if col > len(s) {
		return utf8.RuneCountInString(s) + 1
	}
	return utf8.RuneCountInString(s[:col])
}

// indentChars is how many characters of indentation (blanks, tabs, form
// feeds) the line has; the traceback prints the line without them.
func indentChars(s string) int {
	n := 0
	for n < len(s) && isTracebackBlank(s[n]) {
		n++
	}
	return n
}

// isTracebackBlank reports whether c is white space to the caret logic.
func isTracebackBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// multiLineEnd is where the marker of a segment that continues on later
// lines stops: after the line's last non-blank character. CPython searches
// the line's UTF-8 bytes starting from its length in characters, which
// differs from the byte length on non-ASCII lines; the result is kept as
// is, because it is what gets printed.
func multiLineEnd(full string) int {
	i := utf8.RuneCountInString(full) - 1
	for i >= 0 && isTracebackBlank(full[i]) {
		i--
	}
	return i + 1
}

// lineAnchors returns the character range [left, right) of full that gets
// the secondary marker for the segment of characters start..end, or -1, -1
// when the segment is neither a binary operation nor a subscript.
func lineAnchors(full string, start, end int) (left, right int) {
	runes := []rune(full)
	start, end = min(start, len(runes)), min(end, len(runes))
	if start >= end {
		return -1, -1
	}
	seg := string(runes[start:end])
	l, r, ok := findAnchors(seg)
	if !ok {
		return -1, -1
	}
	return byteToCharOffset(seg, l) + start, byteToCharOffset(seg, r) + start
}

// findAnchors returns the byte range of seg that CPython marks with the
// secondary character, and whether seg is a binary operation or subscript.
func findAnchors(seg string) (left, right int, ok bool) {
	toks, ok := segmentTokens(seg)
	if !ok || len(toks) == 0 || !plainExpression(toks) || !canStartExpression(toks[0]) {
		return 0, 0, false
	}
	if op := outermostBinaryOp(toks); op >= 0 {
		if op == len(toks)-1 {
			return 0, 0, false // no right operand
		}
		leftEnd := toks[groupInner(toks, 0, op)-1].end
		rightStart := toks[groupStart(toks, op+1, len(toks))].start
		left, right := binaryOpAnchors(seg, leftEnd, rightStart)
		return left, right, left >= 0
	}
	if isUnaryStart(toks[0]) {
		return 0, 0, false
	}
	last := len(toks) - 1
	if toks[last].text != "]" || toks[last].match <= 0 {
		return 0, 0, false // not a subscript: a call, attribute, name, list display...
	}
	open := toks[last].match
	if open+1 == last {
		return 0, 0, false
	}
	valueEnd := toks[groupInner(toks, 0, open)-1].end
	sliceEnd := toks[groupInner(toks, open+1, last)-1].end
	left, right = subscriptAnchors(seg, valueEnd, sliceEnd)
	return left, right, true
}

// subscriptAnchors finds the "[index]" part of a subscript as CPython does:
// from the end of the value forward to the first '[', and from just after
// the index forward to the first ']', included.
func subscriptAnchors(seg string, valueEnd, sliceEnd int) (left, right int) {
	left, right = valueEnd, sliceEnd+1
	for left < len(seg) && seg[left] != '[' {
		left++
	}
	for right < len(seg) && seg[right] != ']' {
		right++
	}
	if right < len(seg) {
		right++
	}
	return left, right
}

// canStartExpression reports whether an expression statement may begin
// with t: not with "*" (a starred expression), "@" (a decorator) or any
// other operator that is not an opening bracket, a unary operator or "...".
func canStartExpression(t token) bool {
	if t.kind != tokOp {
		return true
	}
	switch t.text {
	case "(", "[", "{", "-", "+", "~", "...":
		return true
	}
	return false
}

// binaryOpAnchors finds the operator between the end of the left operand
// and the start of the right one as CPython does: the first non-blank byte,
// skipping closing parentheses, extended to a second byte when that is not
// blank either (for "//", "**", but also "+(" when the right operand is
// parenthesised).
func binaryOpAnchors(seg string, leftEnd, rightStart int) (left, right int) {
	left, right = -1, -1
	for i := leftEnd; i < rightStart; i++ {
		if isTracebackBlank(seg[i]) {
			continue
		}
		left, right = i, i+1
		if i+1 < rightStart && !isTracebackBlank(seg[i+1]) {
			right++
		}
		if i+1 < rightStart && seg[i] == ')' {
			continue
		}
		break
	}
	return left, right
}

// plainExpression reports whether the tokens could form one expression
// statement whose outermost node is a binary operation or a primary: no
// top-level comma (a tuple), colon (lambda, annotation, compound
// statement), assignment, comparison or keyword other than await and the
// constants.
func plainExpression(toks []token) bool {
	for _, t := range toks {
		if t.depth != 0 {
			continue
		}
		switch t.kind {
		case tokName:
			if keywords[t.text] {
				return false
			}
		case tokOp:
			if t.text == "," || t.text == ";" || t.text == ":" || t.text == "->" ||
				strings.HasSuffix(t.text, "=") || t.text == "<" || t.text == ">" {
				return false
			}
		}
	}
	return true
}

// keywords are the reserved words that rule out a plain expression when
// they appear outside brackets. await is absent: it binds tighter than any
// binary operator. True, False and None are ordinary operands here.
var keywords = map[string]bool{
	"and": true, "as": true, "assert": true, "async": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

// binaryPrecedence ranks the binary operators from loosest (1) to
// tightest; power binds tighter than the unary operators, the others
// looser.
var binaryPrecedence = map[string]int{
	"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
	"*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8,
}

// powerPrecedence is the rank of "**", the only right-associative one.
const powerPrecedence = 8

// outermostBinaryOp returns the index of the operator of the outermost
// binary operation, or -1 when the expression is not one. Operators left
// of a loosest-level one bind first (left associativity), except for
// power, which groups to the right; a leading unary operator applies to a
// power as a whole ("-a ** b" is a negation).
func outermostBinaryOp(toks []token) int {
	best, bestPrec := -1, 0
	for i, t := range toks {
		if t.depth != 0 || t.kind != tokOp || i == 0 || !endsOperand(toks[i-1]) {
			continue
		}
		p, ok := binaryPrecedence[t.text]
		if !ok {
			continue
		}
		if best == -1 || p < bestPrec || (p == bestPrec && p != powerPrecedence) {
			best, bestPrec = i, p
		}
	}
	if bestPrec == powerPrecedence && isUnaryStart(toks[0]) && toks[0].text != "await" {
		return -1
	}
	return best
}

// endsOperand reports whether an operator after t is binary: t ends an
// operand (a name, number, string or closing bracket) rather than being an
// operator itself.
func endsOperand(t token) bool {
	switch t.kind {
	case tokName:
		return !keywords[t.text] && t.text != "await"
	case tokNumber, tokString:
		return true
	}
	return t.text == ")" || t.text == "]" || t.text == "}" || t.text == "..."
}

// isUnaryStart reports whether an expression starting with t is a unary
// operation or an await.
func isUnaryStart(t token) bool {
	return (t.kind == tokOp && (t.text == "-" || t.text == "+" || t.text == "~")) ||
		(t.kind == tokName && t.text == "await")
}

// groupInner returns the end (exclusive token index) of the expression
// toks[from:to] as the AST sees it: a parenthesised group's node excludes
// its parentheses, so they are peeled off.
func groupInner(toks []token, from, to int) int {
	for isGroup(toks, from, to) {
		from, to = from+1, to-1
	}
	return to
}

// groupStart is groupInner's counterpart for the start of toks[from:to].
func groupStart(toks []token, from, to int) int {
	for isGroup(toks, from, to) {
		from, to = from+1, to-1
	}
	return from
}

// isGroup reports whether toks[from:to] is "( expression )": parentheses
// around a single expression, not a tuple or a generator expression (whose
// nodes include the parentheses).
func isGroup(toks []token, from, to int) bool {
	if to-from < 3 || toks[from].text != "(" || toks[from].match != to-1 {
		return false
	}
	inner := toks[from].depth + 1
	for _, t := range toks[from+1 : to-1] {
		if t.depth == inner && (t.text == "," || (t.kind == tokName && t.text == "for")) {
			return false
		}
	}
	return true
}

// tokenKind classifies the tokens of a segment.
type tokenKind int

const (
	tokName tokenKind = iota // identifiers and keywords
	tokNumber
	tokString // one string literal, prefix included
	tokOp     // operators, delimiters and brackets
)

// token is one lexical token of a segment.
type token struct {
	kind       tokenKind
	text       string
	start, end int // byte offsets in the segment
	depth      int // bracket nesting outside the token; brackets count outside themselves
	match      int // for a bracket, the index of its partner; else -1
}

// operators lists the operator and delimiter spellings, longest first so
// that the scan takes the longest match.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
	"(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
}

// segmentTokens splits seg into tokens and pairs up its brackets. It
// reports false for anything that is not a well-formed run of tokens with
// balanced brackets (an unterminated string, a stray character): such a
// segment gets no anchors.
func segmentTokens(seg string) ([]token, bool) {
	var toks []token
	var open []int // indices of unclosed brackets
	for i := 0; i < len(seg); {
		c := seg[i]
		switch {
		case isTracebackBlank(c) || c == '\n' || c == '\r':
			i++
			continue
		case c == '#':
			i = len(seg)
			continue
		}
		t, ok := nextToken(seg, i)
		if !ok {
			return nil, false
		}
		t.depth, t.match = len(open), -1
		switch t.text {
		case "(", "[", "{":
			open = append(open, len(toks))
		case ")", "]", "}":
			if len(open) == 0 || !brackets(toks[open[len(open)-1]].text, t.text) {
				return nil, false
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			t.depth, t.match = len(open), o
			toks[o].match = len(toks)
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks, len(open) == 0
}

// brackets reports whether open and close are a pair.
func brackets(open, close string) bool {
	return open+close == "()" || open+close == "[]" || open+close == "{}"
}

// nextToken scans the token starting at byte i of seg.
func nextToken(seg string, i int) (token, bool) {
	c := seg[i]
	switch {
	case isNameStart(seg, i):
		j := i
		for j < len(seg) && isNameChar(seg, j) {
			j++
		}
		if j < len(seg) && (seg[j] == '\'' || seg[j] == '"') && isStringPrefix(seg[i:j]) {
			end, ok := stringEnd(seg, j)
			return token{kind: tokString, text: seg[i:end], start: i, end: end}, ok
		}
		return token{kind: tokName, text: seg[i:j], start: i, end: j}, true
	case c == '\'' || c == '"':
		end, ok := stringEnd(seg, i)
		return token{kind: tokString, text: seg[i:end], start: i, end: end}, ok
	case isDigit(c) || (c == '.' && i+1 < len(seg) && isDigit(seg[i+1])):
		end := numberEnd(seg, i)
		return token{kind: tokNumber, text: seg[i:end], start: i, end: end}, true
	}
	for _, op := range operators {
		if strings.HasPrefix(seg[i:], op) {
			return token{kind: tokOp, text: op, start: i, end: i + len(op)}, true
		}
	}
	return token{}, false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isNameStart reports whether an identifier starts at byte i: a letter,
// an underscore or any non-ASCII character (which the real tokenizer would
// check further; here it only matters that it is not an operator).
func isNameStart(s string, i int) bool {
	c := s[i]
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c >= utf8.RuneSelf
}

func isNameChar(s string, i int) bool { return isNameStart(s, i) || isDigit(s[i]) }

// isStringPrefix reports whether p may precede a string quote.
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// stringEnd returns the end of the string literal whose opening quote is
// at byte q, and false when it is not terminated within seg.
func stringEnd(seg string, q int) (int, bool) {
	quote := seg[q : q+1]
	if strings.HasPrefix(seg[q:], quote+quote+quote) {
		quote = seg[q : q+3]
	}
	for i := q + len(quote); i < len(seg); i++ {
		switch {
		case seg[i] == '\\':
			i++
		case strings.HasPrefix(seg[i:], quote):
			return i + len(quote), true
		}
	}
	return len(seg), false
}

// numberEnd returns the end of the numeric literal starting at byte i:
// digits, letters (prefixes, suffixes, hex digits), underscores, dots and
// the sign of a decimal exponent.
func numberEnd(seg string, i int) int {
	hex := strings.HasPrefix(seg[i:], "0x") || strings.HasPrefix(seg[i:], "0X")
	j := i
	for j < len(seg) {
		c := seg[j]
		switch {
		case isDigit(c) || c == '_' || c == '.' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
			j++
		case (c == '+' || c == '-') && !hex && (seg[j-1] == 'e' || seg[j-1] == 'E'):
			j++
		default:
			return j
		}
	}
	return j
}
