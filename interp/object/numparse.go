package object

// Parsing of numbers from strings (int(s, base), float(s)) and the repr of
// str and bytes that their error messages quote, all as in CPython 3.11.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IntMaxStrDigits is CPython's default sys.get_int_max_str_digits(): the most
// decimal digits int(str) and str(int) accept.
const IntMaxStrDigits = 4300

// ParseIntString returns int(s, base). base is 0 (auto-detect from a 0x, 0o
// or 0b prefix) or 2..36.
func ParseIntString(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, nfValueError("int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		r := StrRepr(s)
		if utf8.RuneCountInString(r) > 200 {
			r = nfTruncateRunes(r, 200)
		}
		return nfValueError("invalid literal for int() with base %d: %s", base, r)
	}
	t, ok := npToASCII(s)
	if !ok {
		return nil, invalid()
	}
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg, t = t[0] == '-', t[1:]
	}
	t, realBase, ok := npStripPrefix(t, base)
	if !ok {
		return nil, invalid()
	}
	digits, ok := npIntDigits(t, realBase)
	if !ok {
		return nil, invalid()
	}
	if base == 0 && realBase == 10 && len(digits) > 1 && strings.Trim(digits, "0") != "" && digits[0] == '0' {
		return nil, invalid() // "010" is not a valid literal
	}
	if realBase&(realBase-1) != 0 && len(digits) > IntMaxStrDigits {
		return nil, nfValueError("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
			IntMaxStrDigits, len(digits))
	}
	z, ok := new(big.Int).SetString(digits, realBase)
	if !ok {
		return nil, invalid()
	}
	if neg {
		z.Neg(z)
	}
	return z, nil
}

// npStripPrefix removes a base prefix allowed by base (and one underscore
// after it) and returns the base to use.
func npStripPrefix(t string, base int) (string, int, bool) {
	prefixBase := 0
	if len(t) >= 2 && t[0] == '0' {
		switch t[1] | 0x20 {
		case 'x':
			prefixBase = 16
		case 'o':
			prefixBase = 8
		case 'b':
			prefixBase = 2
		}
	}
	if prefixBase == 0 || (base != 0 && base != prefixBase) {
		if base == 0 {
			base = 10
		}
		return t, base, true
	}
	t = t[2:]
	if strings.HasPrefix(t, "_") {
		t = t[1:]
	}
	return t, prefixBase, true
}

// npIntDigits checks that t is digits of base separated by single
// underscores and returns the digits alone.
func npIntDigits(t string, base int) (string, bool) {
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return "", false
	}
	digits := strings.ReplaceAll(t, "_", "")
	for i := 0; i < len(digits); i++ {
		if npDigitValue(digits[i]) >= base {
			return "", false
		}
	}
	return digits, true
}

// npDigitValue is the value of an ASCII digit or letter, or 99.
func npDigitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// npToASCII strips Python whitespace from both ends and maps Unicode decimal
// digits to ASCII, as CPython does before parsing numbers. It fails on any
// other non-ASCII character.
func npToASCII(s string) (string, bool) {
	s = strings.TrimFunc(s, npIsSpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.IsDigit(r) && !unicode.Is(npNewerThanPython, r):
			b.WriteByte(byte('0' + npUnicodeDigit(r)))
		case npIsSpace(r):
			b.WriteByte(' ')
		default:
			return "", false
		}
	}
	return b.String(), true
}

// npUnicodeDigit is the value of a Unicode decimal digit. Decimal digits come
// in runs of ten starting at a zero, so the offset into its run is the value.
func npUnicodeDigit(r rune) int {
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10
}

// npIsSpace is the whitespace that number parsing skips: C's isspace for
// ASCII, Python's str.isspace beyond it.
func npIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

// ParseFloatString returns float(s): decimal literals with optional
// underscores between digits, and inf, infinity and nan in any case, each
// with an optional sign, surrounded by optional whitespace.
func ParseFloatString(s string) (float64, error) {
	invalid := nfValueError("could not convert string to float: %s", StrRepr(s))
	t, ok := npToASCII(s)
	if !ok {
		return 0, invalid
	}
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return 0, invalid
	}
	neg := strings.HasPrefix(t, "-")
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), nil
		}
		return math.NaN(), nil
	}
	clean, ok := npFloatLiteral(body)
	if !ok {
		return 0, invalid
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil && !npIsRangeError(err) {
		return 0, invalid
	}
	if neg {
		f = -f
	}
	return f, nil
}

func npIsRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// npFloatLiteral checks digitpart ["." [digitpart]] | "." digitpart,
// followed by an optional exponent, and returns it without underscores.
func npFloatLiteral(t string) (string, bool) {
	mant, exp := t, ""
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		mant, exp = t[:i], t[i+1:]
		if exp != "" && (exp[0] == '+' || exp[0] == '-') {
			exp = exp[1:]
		}
		if !npDecimalDigits(exp) {
			return "", false
		}
	}
	intPart, frac, hasDot := strings.Cut(mant, ".")
	switch {
	case intPart == "" && frac == "":
		return "", false
	case intPart != "" && !npDecimalDigits(intPart):
		return "", false
	case hasDot && frac != "" && !npDecimalDigits(frac):
		return "", false
	}
	return strings.ReplaceAll(t, "_", ""), true
}

// npDecimalDigits reports whether t is ASCII digits with single underscores
// between them.
func npDecimalDigits(t string) bool {
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if (t[i] < '0' || t[i] > '9') && t[i] != '_' {
			return false
		}
	}
	return true
}

// StrRepr returns repr(s) for a Python str held as UTF-8, where lone
// surrogates are held in their generalised UTF-8 (WTF-8) form. It quotes with
// ' unless s contains ' and no ", and escapes what Python deems unprintable.
// Other invalid bytes are shown as \x escapes.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := npDecodeWTF8(s[i:])
		switch {
		case r < 0:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			npWriteEscaped(&b, r)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

// npWriteEscaped writes r as itself if printable, else escaped.
func npWriteEscaped(b *strings.Builder, r rune) {
	switch {
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < ' ' || r == 0x7f:
		fmt.Fprintf(b, "\\x%02x", r)
	case r < utf8.RuneSelf:
		b.WriteRune(r)
	case r >= 0xd800 && r <= 0xdfff || !unicode.IsPrint(r) || unicode.Is(npNewerThanPython, r):
		switch {
		case r <= 0xff:
			fmt.Fprintf(b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(b, "\\u%04x", r)
		default:
			fmt.Fprintf(b, "\\U%08x", r)
		}
	default:
		b.WriteRune(r)
	}
}

// npDecodeWTF8 decodes one code point, accepting encoded surrogates; it
// returns -1 and 1 for a byte that starts no valid sequence.
func npDecodeWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size > 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	if strings.HasPrefix(s, "\uFFFD") {
		return r, 3
	}
	return -1, 1
}

// BytesRepr returns repr(b): b'...' with \t \n \r and \xhh escapes, quoted
// with ' unless b contains ' and no ".
func BytesRepr(b []byte) string {
	quote := byte('\'')
	if npContains(b, '\'') && !npContains(b, '"') {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&sb, "\\x%02x", c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

func npContains(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// npNewerThanPython lists the code points that Go's Unicode 15 tables deem
// printable but Python 3.11 (Unicode 14) does not: characters assigned
// after Unicode 14. Generated by comparing unicode.IsPrint with
// str.isprintable over all code points.
var npNewerThanPython = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0cf3, Hi: 0x0cf3, Stride: 1},
		{Lo: 0x0ece, Hi: 0x0ece, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10efd, Hi: 0x10eff, Stride: 1},
		{Lo: 0x1123f, Hi: 0x11241, Stride: 1},
		{Lo: 0x11b00, Hi: 0x11b09, Stride: 1},
		{Lo: 0x11f00, Hi: 0x11f10, Stride: 1},
		{Lo: 0x11f12, Hi: 0x11f3a, Stride: 1},
		{Lo: 0x11f3e, Hi: 0x11f59, Stride: 1},
		{Lo: 0x1342f, Hi: 0x1342f, Stride: 1},
		{Lo: 0x13440, Hi: 0x13455, Stride: 1},
		{Lo: 0x1b132, Hi: 0x1b132, Stride: 1},
		{Lo: 0x1b155, Hi: 0x1b155, Stride: 1},
		{Lo: 0x1d2c0, Hi: 0x1d2d3, Stride: 1},
		{Lo: 0x1df25, Hi: 0x1df2a, Stride: 1},
		{Lo: 0x1e030, Hi: 0x1e06d, Stride: 1},
		{Lo: 0x1e08f, Hi: 0x1e08f, Stride: 1},
		{Lo: 0x1e4d0, Hi: 0x1e4f9, Stride: 1},
		{Lo: 0x1f6dc, Hi: 0x1f6dc, Stride: 1},
		{Lo: 0x1f774, Hi: 0x1f776, Stride: 1},
		{Lo: 0x1f77b, Hi: 0x1f77f, Stride: 1},
		{Lo: 0x1f7d9, Hi: 0x1f7d9, Stride: 1},
		{Lo: 0x1fa75, Hi: 0x1fa77, Stride: 1},
		{Lo: 0x1fa87, Hi: 0x1fa88, Stride: 1},
		{Lo: 0x1faad, Hi: 0x1faaf, Stride: 1},
		{Lo: 0x1fabb, Hi: 0x1fabd, Stride: 1},
		{Lo: 0x1fabf, Hi: 0x1fabf, Stride: 1},
		{Lo: 0x1face, Hi: 0x1facf, Stride: 1},
		{Lo: 0x1fada, Hi: 0x1fadb, Stride: 1},
		{Lo: 0x1fae8, Hi: 0x1fae8, Stride: 1},
		{Lo: 0x1faf7, Hi: 0x1faf8, Stride: 1},
		{Lo: 0x2b739, Hi: 0x2b739, Stride: 1},
		{Lo: 0x31350, Hi: 0x323af, Stride: 1},
	},
}
