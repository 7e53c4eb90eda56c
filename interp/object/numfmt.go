package object

// Number and string formatting that reproduces CPython 3.11 exactly:
// float repr, format(x, spec) for float, int and str, and the pieces of
// printf-style '%' formatting. Everything here works on plain Go values; the
// caller turns a *FormatError into the Python exception its Kind names.
//
// Digits always come from strconv, which is correctly rounded (round half to
// even on the exact binary value), as is CPython's dtoa. The code here only
// lays those digits out the way CPython does.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatError is a Python exception raised by a formatting, parsing or
// numeric helper of this package. Kind is the exception class name:
// "ValueError", "TypeError", "OverflowError" or "ZeroDivisionError". Msg is
// CPython's message, word for word.
type FormatError struct {
	Kind string
	Msg  string
}

func (e *FormatError) Error() string { return e.Msg }

func nfValueError(format string, args ...any) *FormatError {
	return &FormatError{Kind: "ValueError", Msg: fmt.Sprintf(format, args...)}
}

// FloatRepr returns repr(f) (equal to str(f)) as CPython prints it: the
// shortest digits that round-trip, fixed notation for decimal exponents in
// [-4, 16) with a ".0" added to integral values, scientific otherwise.
func FloatRepr(f float64) string {
	return nfReprStyle(f, true)
}

// nfReprStyle formats f in repr style; addDot0 says whether integral values
// in fixed notation get ".0" (float repr does, complex parts do not).
func nfReprStyle(f float64, addDot0 bool) string {
	if s, ok := nfNonFinite(f, false); ok {
		return s
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	digits, exp := nfShortest(math.Abs(f))
	return sign + nfLayoutG(digits, exp, 16, false, addDot0, 'e')
}

// nfNonFinite spells inf and nan the Python way (sign included for -inf,
// never for nan).
func nfNonFinite(f float64, upper bool) (string, bool) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "nan"
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	default:
		return "", false
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s, true
}

// nfShortest returns the shortest round-trip decimal digits of a finite
// non-negative f and the exponent of its first digit (f = d.ddd × 10^exp).
func nfShortest(f float64) (string, int) {
	return nfSplitE(strconv.FormatFloat(f, 'e', -1, 64))
}

// nfDigitsE returns n significant digits of a finite non-negative f, rounded
// half-even on the exact value, and the exponent of the first digit.
func nfDigitsE(f float64, n int) (string, int) {
	return nfSplitE(strconv.FormatFloat(f, 'e', n-1, 64))
}

// nfSplitE splits strconv's "d.ddde±XX" into its digits and exponent.
func nfSplitE(s string) (string, int) {
	i := strings.IndexByte(s, 'e')
	exp, err := strconv.Atoi(s[i+1:])
	if err != nil {
		panic("BUG: strconv exponent " + s)
	}
	return strings.Replace(s[:i], ".", "", 1), exp
}

// nfLayoutG lays out digits (value d.ddd × 10^exp) like CPython's 'g' and
// 'r' modes: scientific when exp < -4 or exp >= limit, fixed otherwise.
// keepZeros keeps trailing zeros and the point ('#'); addDot0 makes fixed
// integral results end in ".0".
func nfLayoutG(digits string, exp, limit int, keepZeros, addDot0 bool, e byte) string {
	if exp < -4 || exp >= limit {
		mant := digits[1:]
		if !keepZeros {
			mant = strings.TrimRight(mant, "0")
		}
		s := digits[:1]
		if mant != "" || keepZeros {
			s += "." + mant
		}
		return s + nfExponent(exp, e)
	}
	intPart, frac := nfFixedParts(digits, exp)
	if !keepZeros {
		frac = strings.TrimRight(frac, "0")
	}
	switch {
	case frac != "":
		return intPart + "." + frac
	case addDot0:
		return intPart + ".0"
	case keepZeros:
		return intPart + "."
	}
	return intPart
}

// nfLayoutE lays out digits in scientific notation keeping every digit;
// alt keeps the point when there is no fraction.
func nfLayoutE(digits string, exp int, alt bool) string {
	s := digits[:1]
	if len(digits) > 1 || alt {
		s += "." + digits[1:]
	}
	return s + nfExponent(exp, 'e')
}

// nfFixedParts places the decimal point in digits (value d.ddd × 10^exp).
func nfFixedParts(digits string, exp int) (intPart, frac string) {
	if exp < 0 {
		return "0", strings.Repeat("0", -exp-1) + digits
	}
	if exp+1 >= len(digits) {
		return digits + strings.Repeat("0", exp+1-len(digits)), ""
	}
	return digits[:exp+1], digits[exp+1:]
}

// nfExponent writes an exponent with a sign and at least two digits.
func nfExponent(exp int, e byte) string {
	sign := byte('+')
	if exp < 0 {
		sign, exp = '-', -exp
	}
	s := strconv.Itoa(exp)
	if len(s) < 2 {
		s = "0" + s
	}
	return string([]byte{e, sign}) + s
}

// FormatSpec is a parsed format-spec mini-language string:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Fill is 0 and Align is 0 when not given; the defaults depend on the type of
// the value formatted and are applied by the Format*Spec functions.
type FormatSpec struct {
	Fill      rune
	Align     byte
	Sign      byte
	Z         bool
	Alt       bool
	Zero      bool
	Width     int
	Grouping  byte
	Precision int  // -1: none
	Type      byte // 0: none
}

// ParseFormatSpec parses spec for a value whose Python type name is unknown;
// its "Invalid format specifier" message names the type 'object'. Callers
// that know the type use ParseFormatSpecFor.
func ParseFormatSpec(spec string) (FormatSpec, error) {
	return ParseFormatSpecFor(spec, "object")
}

// ParseFormatSpecFor parses spec; typeName (e.g. "float") only appears in the
// error message for trailing junk, as in CPython.
func ParseFormatSpecFor(spec, typeName string) (FormatSpec, error) {
	s := FormatSpec{Precision: -1}
	rs := []rune(spec)
	i := nfParseFillAlign(rs, &s)
	for ; i < len(rs); i++ {
		switch {
		case s.Sign == 0 && !s.Z && !s.Alt && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' '):
			s.Sign = byte(rs[i])
		case !s.Z && !s.Alt && rs[i] == 'z':
			s.Z = true
		case !s.Alt && rs[i] == '#':
			s.Alt = true
		default:
			goto width
		}
	}
width:
	if i < len(rs) && rs[i] == '0' {
		s.Zero = true
		i++
	}
	var err error
	if s.Width, i, err = nfParseNumber(rs, i); err != nil {
		return s, err
	}
	if i, err = nfParseGrouping(rs, i, &s); err != nil {
		return s, err
	}
	if i < len(rs) && rs[i] == '.' {
		start := i + 1
		if s.Precision, i, err = nfParseNumber(rs, start); err != nil {
			return s, err
		}
		if i == start {
			return s, nfValueError("Format specifier missing precision")
		}
	}
	if len(rs)-i > 1 || (i < len(rs) && rs[i] > 0x7f) {
		return s, nfValueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if i < len(rs) {
		s.Type = byte(rs[i])
	}
	return s, nil
}

// nfParseFillAlign parses [[fill]align] and returns the next index.
func nfParseFillAlign(rs []rune, s *FormatSpec) int {
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		s.Fill, s.Align = rs[0], byte(rs[1])
		return 2
	}
	if len(rs) >= 1 && isAlign(rs[0]) {
		s.Align = byte(rs[0])
		return 1
	}
	return 0
}

// nfParseNumber reads decimal digits at rs[i:]; none gives 0 and i.
func nfParseNumber(rs []rune, i int) (int, int, error) {
	n := 0
	for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
		if n > (math.MaxInt32-9)/10 {
			return 0, i, nfValueError("Too many decimal digits in format string")
		}
		n = n*10 + int(rs[i]-'0')
	}
	return n, i, nil
}

func nfParseGrouping(rs []rune, i int, s *FormatSpec) (int, error) {
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		s.Grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			if rune(s.Grouping) == rs[i] {
				return i, nfValueError("Cannot specify '%c' with '%c'.", s.Grouping, s.Grouping)
			}
			return i, nfValueError("Cannot specify both ',' and '_'.")
		}
	}
	return i, nil
}

// nfResolveDefaults applies the '0' flag and the default fill and alignment:
// '0' means fill '0' (unless a fill was given) and, for numbers, '='.
func nfResolveDefaults(s FormatSpec, numeric bool) FormatSpec {
	if s.Zero && s.Fill == 0 {
		s.Fill = '0'
		if s.Align == 0 && numeric {
			s.Align = '='
		}
	}
	if s.Fill == 0 {
		s.Fill = ' '
	}
	if s.Align == 0 {
		s.Align = '<'
		if numeric {
			s.Align = '>'
		}
	}
	return s
}

// nfNumber is a formatted number in parts, so that padding and grouping can
// be applied the way CPython does.
type nfNumber struct {
	sign    string // "", "-", "+" or " "
	prefix  string // "0x" etc.
	digits  string // integer digits, to be grouped
	noGroup bool   // inf and nan are padded but never grouped
	rest    string // decimal point, fraction, exponent, '%'
}

// nfAssemble groups the digits, pads to the width and returns the string.
// With fill '0' and '=' alignment, the zero padding is part of the grouped
// digits, exactly as in CPython ("0,001,234").
func nfAssemble(n nfNumber, s FormatSpec, group int) string {
	sep := ""
	if s.Grouping != 0 && !n.noGroup {
		sep = string(rune(s.Grouping))
	}
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - len(n.sign) - len(n.prefix) - utf8.RuneCountInString(n.rest)
	}
	digits := n.digits
	if sep != "" || minWidth > len(digits) {
		digits = nfGroup(digits, sep, group, minWidth)
	}
	body := n.prefix + digits + n.rest
	return nfPad(n.sign, body, s)
}

// nfGroup inserts sep between groups of size digits from the right, padding
// with zero groups until the result is at least minWidth long.
func nfGroup(digits, sep string, size, minWidth int) string {
	var groups []string
	remaining := len(digits)
	for {
		l := min(size, max(remaining, minWidth, 1))
		if sep == "" {
			l = max(remaining, minWidth, 1)
		}
		take := min(remaining, l)
		g := strings.Repeat("0", l-take) + digits[remaining-take:remaining]
		groups = append(groups, g)
		remaining -= take
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteString(sep)
		}
	}
	return b.String()
}

// nfPad pads sign+body to the width with the fill and alignment of s.
func nfPad(sign, body string, s FormatSpec) string {
	n := s.Width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	if n <= 0 {
		return sign + body
	}
	fill := func(k int) string { return strings.Repeat(string(s.Fill), k) }
	switch s.Align {
	case '<':
		return sign + body + fill(n)
	case '^':
		return fill(n/2) + sign + body + fill(n-n/2)
	case '=':
		return sign + fill(n) + body
	}
	return fill(n) + sign + body
}

// nfSign returns the sign text for a number under the sign option.
func nfSign(neg bool, option byte) string {
	switch {
	case neg:
		return "-"
	case option == '+':
		return "+"
	case option == ' ':
		return " "
	}
	return ""
}

// FormatFloatSpec returns format(f, spec) for a float.
func FormatFloatSpec(f float64, s FormatSpec) (string, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", nfUnknownCode(s.Type, "float")
	}
	if s.Type == 'n' && s.Grouping != 0 {
		return "", nfValueError("Cannot specify '%c' with 'n'.", s.Grouping)
	}
	s = nfResolveDefaults(s, true)
	n := nfFloatParts(f, s)
	return nfAssemble(n, s, 3), nil
}

func nfUnknownCode(code byte, typeName string) *FormatError {
	if code > ' ' && code < 0x7f {
		return nfValueError("Unknown format code '%c' for object of type '%s'", code, typeName)
	}
	return nfValueError("Unknown format code '\\x%x' for object of type '%s'", code, typeName)
}

// nfFloatParts formats f for a float presentation type (not yet padded).
func nfFloatParts(f float64, s FormatSpec) nfNumber {
	upper := s.Type == 'E' || s.Type == 'F' || s.Type == 'G'
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	if s.Type == '%' {
		a *= 100
	}
	var body string
	txt, nonFinite := nfNonFinite(a, upper)
	if nonFinite {
		body = txt
	} else {
		body = nfFloatBody(a, s)
		if upper {
			body = strings.ToUpper(body)
		}
		if s.Z && nfAllZero(body) {
			neg = false
		}
	}
	if s.Type == '%' {
		body += "%"
	}
	end := strings.IndexFunc(body, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(body)
	}
	return nfNumber{sign: nfSign(neg, s.Sign), digits: body[:end], rest: body[end:], noGroup: nonFinite}
}

// nfFloatBody lays out a finite non-negative a for presentation type s.Type.
func nfFloatBody(a float64, s FormatSpec) string {
	p := s.Precision
	switch s.Type {
	case 'e', 'E':
		if p < 0 {
			p = 6
		}
		digits, exp := nfDigitsE(a, p+1)
		return nfLayoutE(digits, exp, s.Alt)
	case 'f', 'F', '%':
		if p < 0 {
			p = 6
		}
		out := strconv.FormatFloat(a, 'f', p, 64)
		if s.Alt && p == 0 {
			out += "."
		}
		return out
	case 'g', 'G', 'n':
		if p < 0 {
			p = 6
		}
		p = max(p, 1)
		digits, exp := nfDigitsE(a, p)
		return nfLayoutG(digits, exp, p, s.Alt, false, 'e')
	}
	// No type: repr without a precision, else 'g' with ".0" added and the
	// switch to scientific one exponent earlier.
	if p < 0 {
		digits, exp := nfShortest(a)
		return nfLayoutG(digits, exp, 16, s.Alt, true, 'e')
	}
	p = max(p, 1)
	digits, exp := nfDigitsE(a, p)
	return nfLayoutG(digits, exp, p-1, s.Alt, true, 'e')
}

// nfAllZero reports whether the mantissa of a formatted number is zero.
func nfAllZero(body string) bool {
	for _, c := range body {
		switch {
		case c == 'e' || c == 'E' || c == '%':
			return true
		case c != '0' && c != '.':
			return false
		}
	}
	return true
}

// FormatIntSpec returns format(x, spec) for an int.
func FormatIntSpec(x *big.Int, s FormatSpec) (string, error) {
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := BigIntToFloat(x)
		if err != nil {
			return "", err
		}
		return FormatFloatSpec(f, s)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", nfUnknownCode(s.Type, "int")
	}
	if err := nfCheckIntSpec(s); err != nil {
		return "", err
	}
	s = nfResolveDefaults(s, true)
	if s.Type == 'c' {
		return nfFormatIntChar(x, s)
	}
	n, group, err := nfIntParts(x, s)
	if err != nil {
		return "", err
	}
	return nfAssemble(n, s, group), nil
}

// nfCheckIntSpec rejects the options that int formatting does not allow.
func nfCheckIntSpec(s FormatSpec) error {
	switch {
	case s.Precision >= 0:
		return nfValueError("Precision not allowed in integer format specifier")
	case s.Z:
		return nfValueError("Negative zero coercion (z) not allowed in integer format specifier")
	case s.Type == 'c' && s.Sign != 0:
		return nfValueError("Sign not allowed with integer format specifier 'c'")
	case s.Type == 'c' && s.Alt:
		return nfValueError("Alternate form (#) not allowed with integer format specifier 'c'")
	case s.Grouping == ',' && s.Type != 0 && s.Type != 'd':
		return nfValueError("Cannot specify ',' with '%c'.", s.Type)
	case s.Grouping == '_' && (s.Type == 'c' || s.Type == 'n'):
		return nfValueError("Cannot specify '_' with '%c'.", s.Type)
	}
	return nil
}

// nfFormatIntChar formats x as the character with that code point.
func nfFormatIntChar(x *big.Int, s FormatSpec) (string, error) {
	if !x.IsInt64() {
		return "", &FormatError{Kind: "OverflowError", Msg: "Python int too large to convert to C long"}
	}
	if x.Sign() < 0 || x.Cmp(big.NewInt(0x10ffff)) > 0 {
		return "", &FormatError{Kind: "OverflowError", Msg: "%c arg not in range(0x110000)"}
	}
	return nfPad("", nfCodePoint(rune(x.Int64())), s), nil
}

// nfCodePoint encodes a code point; surrogates use the generalised UTF-8
// (WTF-8) bytes, which is how strings hold them.
func nfCodePoint(r rune) string {
	if r >= 0xd800 && r <= 0xdfff {
		return string([]byte{0xed, byte(0xa0 | (r>>6)&0x1f), byte(0x80 | r&0x3f)})
	}
	return string(r)
}

// nfIntParts splits x into sign, prefix and digits for its type, and says
// the grouping size.
func nfIntParts(x *big.Int, s FormatSpec) (nfNumber, int, error) {
	n := nfNumber{sign: nfSign(x.Sign() < 0, s.Sign)}
	abs := new(big.Int).Abs(x)
	base, prefix := 10, ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if s.Alt {
		n.prefix = prefix
	}
	if base == 10 {
		d, err := IntDecimalString(abs)
		if err != nil {
			return n, 0, err
		}
		n.digits = d
		return n, 3, nil
	}
	n.digits = abs.Text(base)
	if s.Type == 'X' {
		n.digits = strings.ToUpper(n.digits)
	}
	return n, 4, nil
}

// IntDecimalString returns str(x), or CPython's ValueError when the result
// would have more than IntMaxStrDigits digits.
func IntDecimalString(x *big.Int) (string, error) {
	// 4300 digits need at least 14281 bits; cheaper to refuse before
	// converting when x is clearly too large.
	if x.BitLen() > IntMaxStrDigits*3322/1000+64 {
		return "", nfIntToStrLimitError()
	}
	s := x.String()
	digits := len(s)
	if x.Sign() < 0 {
		digits--
	}
	if digits > IntMaxStrDigits {
		return "", nfIntToStrLimitError()
	}
	return s, nil
}

func nfIntToStrLimitError() *FormatError {
	return nfValueError("Exceeds the limit (%d digits) for integer string conversion; "+
		"use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
}

// FormatStrSpec returns format(str, spec).
func FormatStrSpec(str string, s FormatSpec) (string, error) {
	switch {
	case s.Type != 0 && s.Type != 's':
		return "", nfUnknownCode(s.Type, "str")
	case s.Sign == ' ':
		return "", nfValueError("Space not allowed in string format specifier")
	case s.Sign != 0:
		return "", nfValueError("Sign not allowed in string format specifier")
	case s.Z:
		return "", nfValueError("Negative zero coercion (z) not allowed in string format specifier")
	case s.Alt:
		return "", nfValueError("Alternate form (#) not allowed in string format specifier")
	case s.Align == '=':
		return "", nfValueError("'=' alignment not allowed in string format specifier")
	case s.Grouping != 0:
		return "", nfValueError("Cannot specify '%c' with 's'.", s.Grouping)
	}
	s = nfResolveDefaults(s, false)
	if s.Precision >= 0 {
		str = nfTruncateRunes(str, s.Precision)
	}
	return nfPad("", str, s), nil
}

// nfTruncateRunes keeps the first n code points of s.
func nfTruncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// PercentSpec is one conversion of printf-style formatting:
// %[(key)][flags][width][.precision][length]conv. Width and Prec are -1 when
// absent and -2 for '*'; the caller takes '*' values from the arguments and
// stores them back before formatting (a negative '*' width means adding '-'
// to Flags and using its absolute value; a negative '*' precision means 0).
type PercentSpec struct {
	Key    string
	HasKey bool
	Flags  string
	Width  int
	Prec   int
	Conv   byte
}

// PercentPiece is literal text (IsSpec false) or one conversion.
type PercentPiece struct {
	IsSpec  bool
	Literal string
	Spec    PercentSpec
}

// ParsePercent splits a '%' format string into literal text and conversion
// specs. "%%" becomes a literal '%'; any other spec ending in '%' is an
// unsupported format character, as in CPython 3.11. Errors that depend on
// the arguments ("%x format: an integer is required, not float", "not
// enough arguments for format string") are the caller's to raise.
func ParsePercent(format string) ([]PercentPiece, error) {
	rs := []rune(format)
	var pieces []PercentPiece
	lit := 0
	for i := 0; i < len(rs); {
		if rs[i] != '%' {
			i++
			continue
		}
		if lit < i {
			pieces = append(pieces, PercentPiece{Literal: string(rs[lit:i])})
		}
		if i+1 < len(rs) && rs[i+1] == '%' {
			pieces = append(pieces, PercentPiece{Literal: "%"})
			i += 2
			lit = i
			continue
		}
		spec, next, err := nfParsePercentSpec(rs, i+1)
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, PercentPiece{IsSpec: true, Spec: spec})
		i, lit = next, next
	}
	if lit < len(rs) {
		pieces = append(pieces, PercentPiece{Literal: string(rs[lit:])})
	}
	return pieces, nil
}

// nfParsePercentSpec parses the spec after a '%' at rs[i:] and returns the
// index after its conversion character.
func nfParsePercentSpec(rs []rune, i int) (PercentSpec, int, error) {
	sp := PercentSpec{Width: -1, Prec: -1}
	incomplete := nfValueError("incomplete format")
	if i < len(rs) && rs[i] == '(' {
		end, err := nfPercentKeyEnd(rs, i+1)
		if err != nil {
			return sp, 0, err
		}
		sp.Key, sp.HasKey = string(rs[i+1:end]), true
		i = end + 1
	}
	start := i
	for i < len(rs) && strings.ContainsRune("-+ #0", rs[i]) {
		i++
	}
	sp.Flags = string(rs[start:i])
	sp.Width, i = nfPercentNumber(rs, i)
	if i < len(rs) && rs[i] == '.' {
		sp.Prec, i = nfPercentNumber(rs, i+1)
		if sp.Prec == -1 {
			sp.Prec = 0
		}
	}
	for i < len(rs) && (rs[i] == 'h' || rs[i] == 'l' || rs[i] == 'L') {
		i++
	}
	if i >= len(rs) {
		return sp, 0, incomplete
	}
	c := rs[i]
	if c > 0x7f || !strings.ContainsRune("sradiuoxXeEfFgGc", c) {
		shown := c
		if c > 0x7f {
			shown = '?'
		}
		return sp, 0, nfValueError("unsupported format character '%c' (0x%x) at index %d", shown, c, i)
	}
	sp.Conv = byte(c)
	return sp, i + 1, nil
}

// nfPercentKeyEnd finds the ')' that closes a mapping key, counting nested
// parentheses as CPython does.
func nfPercentKeyEnd(rs []rune, i int) (int, error) {
	depth := 1
	for ; i < len(rs); i++ {
		switch rs[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i, nil
			}
		}
	}
	return 0, nfValueError("incomplete format key")
}

// nfPercentNumber reads '*' (-2), digits, or nothing (-1).
func nfPercentNumber(rs []rune, i int) (int, int) {
	if i < len(rs) && rs[i] == '*' {
		return -2, i + 1
	}
	if i >= len(rs) || rs[i] < '0' || rs[i] > '9' {
		return -1, i
	}
	n := 0
	for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
		if n < math.MaxInt32/10 {
			n = n*10 + int(rs[i]-'0')
		}
	}
	return n, i
}

// FormatPercentInt formats an int for %d %i %u %o %x %X, or %c (x is then a
// code point).
func FormatPercentInt(x *big.Int, sp PercentSpec) (string, error) {
	if sp.Conv == 'c' {
		if x.Sign() < 0 || x.Cmp(big.NewInt(0x10ffff)) > 0 {
			return "", &FormatError{Kind: "OverflowError", Msg: "%c arg not in range(0x110000)"}
		}
		return PadPercentString(nfCodePoint(rune(x.Int64())), PercentSpec{Flags: sp.Flags, Width: sp.Width, Prec: -1}), nil
	}
	abs := new(big.Int).Abs(x)
	var digits, prefix string
	switch sp.Conv {
	case 'o':
		digits, prefix = abs.Text(8), "0o"
	case 'x':
		digits, prefix = abs.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(abs.Text(16)), "0X"
	default:
		d, err := IntDecimalString(abs)
		if err != nil {
			return "", err
		}
		digits = d
	}
	if !strings.Contains(sp.Flags, "#") {
		prefix = ""
	}
	if sp.Prec > len(digits) {
		digits = strings.Repeat("0", sp.Prec-len(digits)) + digits
	}
	return nfPercentPadNumber(nfPercentSign(x.Sign() < 0, sp.Flags)+prefix, digits, sp), nil
}

// nfPercentSign is the sign printed for a number under the flags.
func nfPercentSign(neg bool, flags string) string {
	switch {
	case neg:
		return "-"
	case strings.Contains(flags, "+"):
		return "+"
	case strings.Contains(flags, " "):
		return " "
	}
	return ""
}

// nfPercentPadNumber pads head (sign and prefix) and body to the width:
// '-' pads on the right, else '0' pads with zeros after head, else spaces on
// the left.
func nfPercentPadNumber(head, body string, sp PercentSpec) string {
	n := sp.Width - len(head) - len(body)
	switch {
	case n <= 0:
		return head + body
	case strings.Contains(sp.Flags, "-"):
		return head + body + strings.Repeat(" ", n)
	case strings.Contains(sp.Flags, "0"):
		return head + strings.Repeat("0", n) + body
	}
	return strings.Repeat(" ", n) + head + body
}

// FormatPercentFloat formats a float for %e %E %f %F %g %G.
func FormatPercentFloat(f float64, sp PercentSpec) (string, error) {
	upper := sp.Conv == 'E' || sp.Conv == 'F' || sp.Conv == 'G'
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	body, nonFinite := nfNonFinite(a, upper)
	if !nonFinite {
		fs := FormatSpec{Alt: strings.Contains(sp.Flags, "#"), Precision: sp.Prec, Type: sp.Conv | 0x20}
		body = nfFloatBody(a, fs)
		if upper {
			body = strings.ToUpper(body)
		}
	}
	return nfPercentPadNumber(nfPercentSign(neg, sp.Flags), body, sp), nil
}

// PadPercentString applies precision (truncation) and width to the text of
// a %s, %r or %a conversion.
func PadPercentString(s string, sp PercentSpec) string {
	if sp.Prec >= 0 {
		s = nfTruncateRunes(s, sp.Prec)
	}
	n := sp.Width - utf8.RuneCountInString(s)
	switch {
	case n <= 0:
		return s
	case strings.Contains(sp.Flags, "-"):
		return s + strings.Repeat(" ", n)
	}
	return strings.Repeat(" ", n) + s
}
