package object

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"atompy.dev/atompy/gc"
)

// The behaviour of str: its slots, its iterator and its methods.
//
// A str holds UTF-8 (see str.go) and knows its length in code points, so an
// ASCII str (byte length == code point count) is indexed and sliced in O(1).
// Indexing a str with non-ASCII characters walks the UTF-8 from the start
// and is O(n); iteration is O(1) per step for every str because the
// iterator keeps a byte offset. Methods work on Go strings; positions that
// Python code sees (find, index, start/end arguments) are code point
// indices, converted at the boundary.
//
// Character classes follow Python where Go's unicode tables agree, which is
// almost everywhere; the known approximations are: isdigit and isnumeric
// (Go has no Numeric_Type property: the Digit and CJK numerals Python
// recognises are listed by hand), isidentifier (Go has no XID properties:
// letters, Nl and '_' start an identifier, digits, marks and Pc continue
// it), and case mapping (Go's simple mappings plus the full mappings of
// strFullUpper and the Greek final sigma).

func init() { OnBoot(10, bootStr) }

var (
	strIterClass      uint32
	strASCIIIterClass uint32
	// StrIterType is the type of iter(str).
	StrIterType *Type
)

func bootStr(t *Thread) {
	StrIterType = builtinType(t, "str_iterator", 0, ObjectType)
	strIterClass = newClassID(StrIterType, nil, gc.ScanAll)
	StrIterType.Class = strIterClass
	StrIterType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	StrIterType.Slots.Next = strIterNext
	// CPython 3.11 has a separate iterator type for ASCII strings; only its
	// name is visible, so it shares the layout and slots.
	strASCIIIterType := builtinType(t, "str_ascii_iterator", 0, ObjectType)
	strASCIIIterClass = newClassID(strASCIIIterType, nil, gc.ScanAll)
	strASCIIIterType.Class = strASCIIIterClass
	strASCIIIterType.Slots = StrIterType.Slots

	s := &StrType.Slots
	s.New = strNew
	s.Repr = func(t *Thread, v Value) (string, error) { return StrRepr(StrGo(v)), nil }
	s.Str = func(t *Thread, v Value) (string, error) { return StrGo(v), nil }
	s.Hash = func(t *Thread, v Value) (int64, error) { return StrHash(v), nil }
	s.Compare = strCompare
	s.Len = func(t *Thread, v Value) (int, error) { return StrLen(v), nil }
	s.Bool = func(t *Thread, v Value) (bool, error) { return StrByteLen(v) != 0, nil }
	s.Iter = strIter
	s.GetItem = strGetItem
	s.Contains = strContains
	s.Binary = strBinary
	for name, fn := range strMethods {
		DefMethod(t, StrType, name, fn)
	}
	DefStatic(t, StrType, "maketrans", strMaketrans)
}

// strMethods are the methods of str, by name.
var strMethods = map[string]BuiltinFn{
	"split": strSplit, "rsplit": strRSplit, "splitlines": strSplitlines, "join": strJoin,
	"strip": strStripper("strip", true, true), "lstrip": strStripper("lstrip", true, false),
	"rstrip": strStripper("rstrip", false, true), "replace": strReplace,
	"find": strFinder("find", false, false), "rfind": strFinder("rfind", true, false),
	"index": strFinder("index", false, true), "rindex": strFinder("rindex", true, true),
	"count": strCount, "startswith": strAffix("startswith", false), "endswith": strAffix("endswith", true),
	"upper": strCaser("upper", strUpper), "lower": strCaser("lower", strLower),
	"title": strCaser("title", strTitle), "capitalize": strCaser("capitalize", strCapitalize),
	"swapcase": strCaser("swapcase", strSwapcase), "casefold": strCaser("casefold", strCasefold),
	"isdigit": strAll("isdigit", isDigitRune), "isdecimal": strAll("isdecimal", isDecimalRune),
	"isnumeric": strAll("isnumeric", isNumericRune), "isalpha": strAll("isalpha", unicode.IsLetter),
	"isalnum": strAll("isalnum", isAlnumRune), "isspace": strAll("isspace", StrIsSpace),
	"isascii": strIsASCIIMethod, "isprintable": strIsPrintable,
	"isupper": strCaseTest("isupper", false), "islower": strCaseTest("islower", true),
	"istitle": strIsTitle, "isidentifier": strIsIdentifier,
	"zfill": strZfill, "center": strPadder("center"), "ljust": strPadder("ljust"), "rjust": strPadder("rjust"),
	"expandtabs": strExpandtabs, "partition": strPartitioner("partition", false),
	"rpartition": strPartitioner("rpartition", true), "encode": strEncode,
	"format": strFormatMethod, "format_map": strFormatMapMethod, "__format__": strDunderFormat,
	"removeprefix": strRemover("removeprefix", false), "removesuffix": strRemover("removesuffix", true),
	"translate": strTranslate,
}

// asStr returns the str payload of v when v is a str or an instance of a
// subclass of str.
func asStr(t *Thread, v Value) (Value, bool) {
	if IsStr(v) {
		return v, true
	}
	if v.IsRef() && IsInstance(v, StrType) {
		return Payload(t, v), true
	}
	return Null, false
}

// strGoArg returns v as a Go string, or a TypeError built from msg (a
// format with one %s for the type name).
func strGoArg(t *Thread, v Value, msg string) (string, error) {
	if s, ok := asStr(t, v); ok {
		return StrGo(s), nil
	}
	return "", TypeError(msg, TypeName(v))
}

// methodArgs checks the positional-only arity of a method with CPython's
// "takes at least/at most" wording and refuses keywords.
func methodArgs(name string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(name, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case n < min && min == 1 && max == 1:
		return TypeError("%s() takes exactly one argument (%d given)", name, n)
	case n < min:
		return TypeError("%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	case n > max && max == 0:
		return TypeError("%s() takes no arguments (%d given)", name, n)
	case n > max && min == max && max == 1:
		return TypeError("%s() takes exactly one argument (%d given)", name, n)
	case n > max:
		return TypeError("%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	return nil
}

// exactArgs checks a method that takes exactly n (0 or 1) positional
// arguments; qual is the qualified name CPython's messages use
// ("str.join").
func exactArgs(qual string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return TypeError("%s() takes no keyword arguments", qual)
	}
	switch {
	case len(args) == n:
		return nil
	case n == 0:
		return TypeError("%s() takes no arguments (%d given)", qual, len(args))
	}
	return TypeError("%s() takes exactly one argument (%d given)", qual, len(args))
}

// argOr returns args[i], or def when absent.
func argOr(args []Value, i int, def Value) Value {
	if i < len(args) && args[i] != Null {
		return args[i]
	}
	return def
}

// ---- slots ----

func strNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	var obj, encoding, errors Value
	if err := UnpackArgs("str", args, kwnames, []string{"object?", "encoding?", "errors?"}, &obj, &encoding, &errors); err != nil {
		return Null, strFixArgError(err)
	}
	if encoding == Null && errors == Null {
		if obj == Null {
			return NewStr(t, ""), nil
		}
		if IsStr(obj) {
			return obj, nil
		}
		s, err := Str(t, obj)
		if err != nil {
			return Null, err
		}
		return NewStr(t, s), nil
	}
	if obj == Null {
		return NewStr(t, ""), nil
	}
	return strDecodeObject(t, obj, encoding, errors)
}

// strFixArgError rewords UnpackArgs' unexpected-keyword message the way
// str() words it.
func strFixArgError(err error) error {
	if e, ok := err.(*Exception); ok && strings.HasPrefix(e.Msg, "str() got an unexpected keyword argument '") {
		kw := strings.TrimSuffix(strings.TrimPrefix(e.Msg, "str() got an unexpected keyword argument '"), "'")
		return TypeError("'%s' is an invalid keyword argument for str()", kw)
	}
	return err
}

// strDecodeObject is str(obj, encoding, errors).
func strDecodeObject(t *Thread, obj, encoding, errors Value) (Value, error) {
	enc, errs, err := codecArgs(t, "str", encoding, errors)
	if err != nil {
		return Null, err
	}
	if _, ok := asStr(t, obj); ok {
		return Null, TypeError("decoding str is not supported")
	}
	b, ok := bytesLike(t, obj)
	if !ok {
		return Null, TypeError("decoding to str: need a bytes-like object, %s found", TypeName(obj))
	}
	s, err := Decode(b, enc, errs)
	if err != nil {
		return Null, err
	}
	return NewStr(t, s), nil
}

func strCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	x, ok1 := asStr(t, a)
	y, ok2 := asStr(t, b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	// UTF-8 byte order is code point order.
	c := strings.Compare(string(StrView(x)), string(StrView(y)))
	return Bool(compareResult(c, op)), nil
}

// compareResult applies op to the result of a three-way comparison.
func compareResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

// The str iterator: word 2 the str, word 3 the byte offset of the next
// character (a small int).
func strIter(t *Thread, v Value) (Value, error) {
	cls := strIterClass
	if StrIsASCII(v) {
		cls = strASCIIIterClass
	}
	a := t.alloc(cls, wordsSize(2))
	store(a, off0, v)
	store(a, off1, MakeSmallInt(0))
	return FromAddr(a), nil
}

func strIterNext(t *Thread, it Value) (Value, error) {
	a := it.Addr()
	s := load(a, off0)
	pos := int(t.read(a, off1).SmallInt())
	b := StrView(s)
	if pos >= len(b) {
		return Null, nil
	}
	if c := b[pos]; c < utf8.RuneSelf {
		t.write(a, off1, MakeSmallInt(int64(pos+1)))
		return asciiChars[c], nil
	}
	_, size := utf8.DecodeRune(b[pos:])
	ch := string(b[pos : pos+size])
	t.write(a, off1, MakeSmallInt(int64(pos+size)))
	return NewStr(t, ch), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	if IsSlice(key) {
		return strSlice(t, v, key)
	}
	if !IsIntOrBool(key) && TypeOf(key).Lookup(t, "__index__") == Null {
		return Null, TypeError("string indices must be integers, not '%s'", TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return Null, err
	}
	n := StrLen(v)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Null, IndexError("string index out of range")
	}
	return strCharAt(t, v, i), nil
}

// strCharAt returns character i of s as a str: O(1) for ASCII strs, a
// walk over the UTF-8 otherwise.
func strCharAt(t *Thread, s Value, i int) Value {
	b := StrView(s)
	if StrIsASCII(s) {
		return asciiChars[b[i]]
	}
	off := strByteOffset(b, i)
	_, size := utf8.DecodeRune(b[off:])
	return NewStr(t, string(b[off:off+size]))
}

// strByteOffset returns the byte offset of code point i (0 <= i <= count)
// of the UTF-8 text b.
func strByteOffset(b []byte, i int) int {
	off := 0
	for ; i > 0 && off < len(b); i-- {
		if b[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, size := utf8.DecodeRune(b[off:])
		off += size
	}
	return off
}

// strSlice returns s[key] for a slice key.
func strSlice(t *Thread, v, key Value) (Value, error) {
	start, _, step, n, err := SliceIndices(t, key, StrLen(v))
	if err != nil {
		return Null, err
	}
	b := StrView(v)
	if step == 1 {
		if n == StrLen(v) {
			return v, nil
		}
		if StrIsASCII(v) {
			return NewStr(t, string(b[start:start+n])), nil
		}
		lo := strByteOffset(b, start)
		hi := lo + strByteOffset(b[lo:], n)
		return NewStr(t, string(b[lo:hi])), nil
	}
	var sb strings.Builder
	if StrIsASCII(v) {
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			sb.WriteByte(b[i])
		}
		return NewStr(t, sb.String()), nil
	}
	rs := []rune(string(b))
	for i, k := start, 0; k < n; i, k = i+step, k+1 {
		sb.WriteRune(rs[i])
	}
	return NewStr(t, sb.String()), nil
}

func strContains(t *Thread, v, x Value) (bool, error) {
	sub, ok := asStr(t, x)
	if !ok {
		return false, TypeError("'in <string>' requires string as left operand, not %s", TypeName(x))
	}
	return strings.Contains(string(StrView(v)), string(StrView(sub))), nil
}

func strBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		x, ok1 := asStr(t, a)
		y, ok2 := asStr(t, b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return strConcat(t, x, y), nil
	case OpMul:
		if x, ok := asStr(t, a); ok {
			return strRepeat(t, x, b)
		}
		if y, ok := asStr(t, b); ok {
			return strRepeat(t, y, a)
		}
	case OpMod:
		if x, ok := asStr(t, a); ok {
			s, err := PercentFormat(t, StrGo(x), b)
			if err != nil {
				return Null, err
			}
			return NewStr(t, s), nil
		}
	}
	return NotImplemented, nil
}

func strConcat(t *Thread, x, y Value) Value {
	switch {
	case StrByteLen(x) == 0:
		return y
	case StrByteLen(y) == 0:
		return x
	}
	bx, by := StrView(x), StrView(y)
	buf := make([]byte, 0, len(bx)+len(by))
	return NewStrBytes(t, append(append(buf, bx...), by...))
}

// maxRepeatBytes bounds the result of sequence repetition; beyond it the
// allocation would fail anyway.
const maxRepeatBytes = 1 << 36

// checkRepeatSize refuses repetitions whose result would not fit in
// memory, as CPython does for str and bytes.
func checkRepeatSize(n, itemLen int) error {
	if n > 0 && int64(itemLen) > maxRepeatBytes/int64(n) {
		if itemLen > math.MaxInt/n {
			return OverflowError("repeated string is too long")
		}
		return NewError(MemoryErrorType, "")
	}
	return nil
}

func strRepeat(t *Thread, s, count Value) (Value, error) {
	n, ok, err := repeatCount(t, count)
	if !ok {
		return NotImplemented, nil
	}
	if err == nil {
		err = checkRepeatSize(n, StrByteLen(s))
	}
	if err != nil {
		return Null, err
	}
	if n == 1 {
		return s, nil
	}
	return NewStr(t, strings.Repeat(StrGo(s), n)), nil
}

// ---- character classes ----

// StrIsSpace reports whether Python's str.isspace holds for r: Go's
// unicode.IsSpace plus the ASCII separators U+001C..U+001F.
func StrIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

// digitExtras are the characters with Numeric_Type=Digit: superscripts,
// subscripts, circled and parenthesised digits.
var digitExtras = &unicode.RangeTable{R16: []unicode.Range16{
	{0x00b2, 0x00b3, 1}, {0x00b9, 0x00b9, 1}, {0x1369, 0x1371, 1}, {0x19da, 0x19da, 1},
	{0x2070, 0x2070, 1}, {0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1},
	{0x2474, 0x247c, 1}, {0x2488, 0x2490, 1}, {0x24ea, 0x24ea, 1}, {0x24f5, 0x24fd, 1},
	{0x24ff, 0x24ff, 1}, {0x2776, 0x277e, 1}, {0x2780, 0x2788, 1}, {0x278a, 0x2792, 1},
}}

func isDigitRune(r rune) bool { return isDecimalRune(r) || unicode.Is(digitExtras, r) }

// cjkNumerals are ideographs with a numeric value (Numeric_Type=Numeric
// outside the N categories).
const cjkNumerals = "一二三四五六七八九十百千万萬億兆零壹貳贰參参肆伍陸陆柒捌玖拾佰仟两兩廿卅"

func isNumericRune(r rune) bool {
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) || strings.ContainsRune(cjkNumerals, r)
}

func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || isNumericRune(r) }

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// ---- methods: splitting and joining ----

// strSplitArgs parses (sep=None, maxsplit=-1).
func strSplitArgs(t *Thread, name string, args []Value, kwnames []string) (sep string, ws bool, max int, err error) {
	var sepV, maxV Value = None, Null
	if err = UnpackArgs(name, args, kwnames, []string{"sep?", "maxsplit?"}, &sepV, &maxV); err != nil {
		return "", false, 0, invalidKeyword(err, name)
	}
	max = -1
	if maxV != Null {
		if max, err = AsIndex(t, maxV); err != nil {
			return "", false, 0, err
		}
	}
	if sepV == None {
		return "", true, max, nil
	}
	if sep, err = strGoArg(t, sepV, "must be str or None, not %s"); err != nil {
		return "", false, 0, err
	}
	if sep == "" {
		return "", false, 0, ValueError("empty separator")
	}
	return sep, false, max, nil
}

// invalidKeyword rewords UnpackArgs' unexpected-keyword error as methods
// implemented with argument clinic word it.
func invalidKeyword(err error, name string) error {
	e, ok := err.(*Exception)
	prefix := name + "() got an unexpected keyword argument '"
	if ok && strings.HasPrefix(e.Msg, prefix) {
		return TypeError("'%s' is an invalid keyword argument for %s()", strings.TrimSuffix(e.Msg[len(prefix):], "'"), name)
	}
	return err
}

func strSplit(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	sep, ws, max, err := strSplitArgs(t, "split", args, kwnames)
	if err != nil {
		return Null, err
	}
	s := StrGo(self)
	var parts []string
	switch {
	case ws:
		parts = splitWhitespace(s, max, StrIsSpace)
	case max < 0:
		parts = strings.Split(s, sep)
	default:
		parts = strings.SplitN(s, sep, max+1)
	}
	return strList(t, parts), nil
}

func strRSplit(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	sep, ws, max, err := strSplitArgs(t, "rsplit", args, kwnames)
	if err != nil {
		return Null, err
	}
	s := StrGo(self)
	if ws {
		return strList(t, rsplitWhitespace(s, max, StrIsSpace)), nil
	}
	return strList(t, rsplitSep(s, sep, max)), nil
}

// strList makes a list of strs.
func strList(t *Thread, parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = NewStr(t, p)
	}
	return NewList(t, items)
}

// splitWhitespace splits on runs of space characters, dropping empty
// fields; after max splits the rest, with its leading space removed, is
// the last field.
func splitWhitespace(s string, max int, isSpace func(rune) bool) []string {
	parts := []string{}
	i := 0
	for {
		i = skipSpace(s, i, isSpace)
		if i >= len(s) {
			return parts
		}
		if max >= 0 && len(parts) == max {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

func skipSpace(s string, i int, isSpace func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// rsplitWhitespace is splitWhitespace from the right.
func rsplitWhitespace(s string, max int, isSpace func(rune) bool) []string {
	var rev []string
	j := len(s)
	for {
		j = skipSpaceBack(s, j, isSpace)
		if j <= 0 {
			break
		}
		if max >= 0 && len(rev) == max {
			rev = append(rev, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if isSpace(r) {
				break
			}
			i -= size
		}
		rev = append(rev, s[i:j])
		j = i
	}
	return reversed(rev)
}

func skipSpaceBack(s string, j int, isSpace func(rune) bool) int {
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isSpace(r) {
			break
		}
		j -= size
	}
	return j
}

func reversed(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// rsplitSep splits on sep from the right, at most max times (max < 0: no
// limit).
func rsplitSep(s, sep string, max int) []string {
	var rev []string
	for max < 0 || len(rev) < max {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	return reversed(append(rev, s))
}

func strSplitlines(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var keepV Value = False
	if err := UnpackArgs("splitlines", args, kwnames, []string{"keepends?"}, &keepV); err != nil {
		return Null, invalidKeyword(err, "splitlines")
	}
	keep, err := Truth(t, keepV)
	if err != nil {
		return Null, err
	}
	return strList(t, splitLines(StrGo(self), keep, isLineBreak)), nil
}

// isLineBreak reports whether str.splitlines splits at r.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// splitLines splits at line boundaries, treating \r\n as one.
func splitLines(s string, keep bool, isBreak func(rune) bool) []string {
	parts := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isBreak(r) {
			i += size
			continue
		}
		end := i + size
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			parts = append(parts, s[start:end])
		} else {
			parts = append(parts, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

func strJoin(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.join", args, kwnames, 1); err != nil {
		return Null, err
	}
	items, err := CollectUnpinned(t, args[0], self)
	if err != nil {
		if Matches(err, TypeErrorType) && !strIsIterable(t, args[0]) {
			return Null, TypeError("can only join an iterable")
		}
		return Null, err
	}
	if len(items) == 1 && IsStr(items[0]) {
		return items[0], nil
	}
	sep := StrView(self)
	var buf []byte
	for i, it := range items {
		s, ok := asStr(t, it)
		if !ok {
			return Null, TypeError("sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		if i > 0 {
			buf = append(buf, sep...)
		}
		buf = append(buf, StrView(s)...)
	}
	return NewStrBytes(t, buf), nil
}

// strIsIterable tells a non-iterable argument from an iteration that
// raised TypeError itself.
func strIsIterable(t *Thread, v Value) bool {
	typ := TypeOf(v)
	if isUser(typ) {
		return typ.Lookup(t, "__iter__") != Null || typ.Lookup(t, "__getitem__") != Null
	}
	return typ.Slots.Iter != nil || typ.Slots.GetItem != nil
}

// ---- methods: stripping, replacing, searching ----

func strStripper(name string, left, right bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return Null, err
		}
		if err := ArgCount(name, args, 0, 1); err != nil {
			return Null, err
		}
		s := StrGo(self)
		var r string
		if c := argOr(args, 0, None); c == None {
			r = stripFunc(s, left, right, StrIsSpace)
		} else {
			cs, ok := asStr(t, c)
			if !ok {
				return Null, TypeError("%s arg must be None or str", name)
			}
			chars := StrGo(cs)
			r = stripFunc(s, left, right, func(r rune) bool { return strings.ContainsRune(chars, r) })
		}
		if len(r) == len(s) {
			return self, nil
		}
		return NewStr(t, r), nil
	}
}

func stripFunc(s string, left, right bool, f func(rune) bool) string {
	if left {
		s = strings.TrimLeftFunc(s, f)
	}
	if right {
		s = strings.TrimRightFunc(s, f)
	}
	return s
}

func strReplace(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("replace", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("replace", args, 2, 3); err != nil {
		return Null, err
	}
	old, err := strGoArg(t, args[0], "replace() argument 1 must be str, not %s")
	if err != nil {
		return Null, err
	}
	repl, err := strGoArg(t, args[1], "replace() argument 2 must be str, not %s")
	if err != nil {
		return Null, err
	}
	count := -1
	if len(args) == 3 {
		if count, err = AsIndex(t, args[2]); err != nil {
			return Null, err
		}
	}
	return NewStr(t, strings.Replace(StrGo(self), old, repl, count)), nil
}

// strBounds reads the optional start and end arguments of find, count,
// startswith, ... (args[0] and args[1], either may be absent or None) and
// adjusts them to a sequence of length n as CPython's ADJUST_INDICES does:
// end is clamped to [0, n], start to [0, ∞) (a start beyond n makes the
// searches fail).
func strBounds(t *Thread, args []Value, n int) (start, end int, err error) {
	start, end = 0, n
	if v := argOr(args, 0, None); v != None {
		if start, err = sliceBound(t, v); err != nil {
			return 0, 0, err
		}
	}
	if v := argOr(args, 1, None); v != None {
		if end, err = sliceBound(t, v); err != nil {
			return 0, 0, err
		}
	}
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end, nil
}

// strWindow returns the part of s between code points start and end
// (start <= end <= count) and the byte offset where it begins.
func strWindow(s Value, start, end int) (string, int) {
	b := StrView(s)
	if StrIsASCII(s) {
		return string(b[start:end]), start
	}
	lo := strByteOffset(b, start)
	hi := lo + strByteOffset(b[lo:], end-start)
	return string(b[lo:hi]), lo
}

// strCodePoint converts a byte offset within s to a code point index.
func strCodePoint(s Value, off int) int {
	if StrIsASCII(s) {
		return off
	}
	return utf8.RuneCount(StrView(s)[:off])
}

func strFinder(name string, fromRight, raise bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := methodArgs(name, args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		sub, err := strGoArg(t, args[0], "must be str, not %s")
		if err != nil {
			return Null, err
		}
		i, err := strFind(t, self, sub, args[1:], fromRight)
		if err != nil {
			return Null, err
		}
		if i < 0 && raise {
			return Null, ValueError("substring not found")
		}
		return MakeSmallInt(int64(i)), nil
	}
}

// strFind returns the code point index of sub in self within the bounds
// given by args, or -1.
func strFind(t *Thread, self Value, sub string, args []Value, fromRight bool) (int, error) {
	start, end, err := strBounds(t, args, StrLen(self))
	if err != nil {
		return -1, err
	}
	if end-start < utf8.RuneCountInString(sub) {
		return -1, nil
	}
	w, base := strWindow(self, start, end)
	var i int
	if fromRight {
		i = strings.LastIndex(w, sub)
	} else {
		i = strings.Index(w, sub)
	}
	if i < 0 {
		return -1, nil
	}
	return strCodePoint(self, base+i), nil
}

func strCount(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := methodArgs("count", args, kwnames, 1, 3); err != nil {
		return Null, err
	}
	sub, err := strGoArg(t, args[0], "must be str, not %s")
	if err != nil {
		return Null, err
	}
	start, end, err := strBounds(t, args[1:], StrLen(self))
	if err != nil {
		return Null, err
	}
	if end < start {
		return MakeSmallInt(0), nil
	}
	if sub == "" {
		return MakeSmallInt(int64(end - start + 1)), nil
	}
	w, _ := strWindow(self, start, end)
	return MakeSmallInt(int64(strings.Count(w, sub))), nil
}

func strAffix(name string, suffix bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := methodArgs(name, args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		start, end, err := strBounds(t, args[1:], StrLen(self))
		if err != nil {
			return Null, err
		}
		var cands []Value
		if IsTuple(args[0]) {
			cands = TupleItems(args[0])
			for _, c := range cands {
				if _, ok := asStr(t, c); !ok {
					return Null, TypeError("tuple for %s must only contain str, not %s", name, TypeName(c))
				}
			}
		} else if _, ok := asStr(t, args[0]); ok {
			cands = []Value{args[0]}
		} else {
			return Null, TypeError("%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
		}
		if start > StrLen(self) || end < start {
			return False, nil
		}
		w, _ := strWindow(self, start, end)
		for _, c := range cands {
			p, _ := asStr(t, c)
			if suffix && strings.HasSuffix(w, StrGo(p)) || !suffix && strings.HasPrefix(w, StrGo(p)) {
				return True, nil
			}
		}
		return False, nil
	}
}

// ---- methods: case ----

func strCaser(name string, f func(string) string) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("str."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		return NewStr(t, f(StrGo(self))), nil
	}
}

// strFullUpper holds the full (one-to-many) upper case mappings that Go's
// simple mapping lacks; title case is the first letter of the upper case
// followed by the rest lowered.
var strFullUpper = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
	'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
}

func upperRune(b *strings.Builder, r rune) {
	if s, ok := strFullUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func titleRune(b *strings.Builder, r rune) {
	if s, ok := strFullUpper[r]; ok {
		first, size := utf8.DecodeRuneInString(s)
		b.WriteRune(first)
		b.WriteString(strings.ToLower(s[size:]))
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// lowerRune writes the lower case of rs[i]; capital sigma becomes final
// sigma at the end of a word.
func lowerRune(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	switch {
	case r == 'Σ' && i > 0 && isCased(rs[i-1]) && (i+1 == len(rs) || !isCased(rs[i+1])):
		b.WriteRune('ς')
	case r == 'İ':
		b.WriteString("i̇")
	default:
		b.WriteRune(unicode.ToLower(r))
	}
}

func strUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		upperRune(&b, r)
	}
	return b.String()
}

func strLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		lowerRune(&b, rs, i)
	}
	return b.String()
}

func strCasefold(s string) string {
	s = strLower(s)
	if isASCIIString(s) {
		return s
	}
	return strings.NewReplacer("ß", "ss", "ς", "σ", "ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff").Replace(s)
}

func strTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerRune(&b, rs, i)
		} else {
			titleRune(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			titleRune(&b, r)
		} else {
			lowerRune(&b, rs, i)
		}
	}
	return b.String()
}

func strSwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			lowerRune(&b, rs, i)
		case unicode.IsLower(r):
			upperRune(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ---- methods: predicates ----

// strAll makes a predicate method true for a non-empty str whose
// characters all satisfy f.
func strAll(name string, f func(rune) bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("str."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		s := StrGo(self)
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strIsASCIIMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.isascii", args, kwnames, 0); err != nil {
		return Null, err
	}
	return Bool(StrIsASCII(self)), nil
}

// strIsPrintable: Go's unicode.IsPrint excludes exactly what Python does
// (controls, format, separators other than ' ', unassigned).
func strIsPrintable(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.isprintable", args, kwnames, 0); err != nil {
		return Null, err
	}
	for _, r := range StrGo(self) {
		if !unicode.IsPrint(r) {
			return False, nil
		}
	}
	return True, nil
}

// strCaseTest makes isupper (lower false) and islower: at least one cased
// character and none of the other case (title case counts as upper's
// opposite for islower and lower's for isupper).
func strCaseTest(name string, lower bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("str."+name, args, kwnames, 0); err != nil {
			return Null, err
		}
		cased := false
		for _, r := range StrGo(self) {
			isL, isU := unicode.IsLower(r), unicode.IsUpper(r) || unicode.IsTitle(r)
			if lower && isU || !lower && (isL || unicode.IsTitle(r)) {
				return False, nil
			}
			cased = cased || isL || isU
		}
		return Bool(cased), nil
	}
}

func strIsTitle(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.istitle", args, kwnames, 0); err != nil {
		return Null, err
	}
	cased, prevCased := false, false
	for _, r := range StrGo(self) {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

func strIsIdentifier(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.isidentifier", args, kwnames, 0); err != nil {
		return Null, err
	}
	return Bool(IsIdentifier(StrGo(self))), nil
}

// IsIdentifier reports whether s is a valid Python identifier (see the
// approximation noted at the top of this file).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		cont := start || unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc)
		if i == 0 && !start || !cont {
			return false
		}
	}
	return true
}

// ---- methods: padding and layout ----

func strZfill(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.zfill", args, kwnames, 1); err != nil {
		return Null, err
	}
	width, err := AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	s := StrGo(self)
	n := StrLen(self)
	if width <= n {
		return self, nil
	}
	return NewStr(t, zfill(s, width-n)), nil
}

// zfill inserts pad zeros after a leading sign.
func zfill(s string, pad int) string {
	zeros := strings.Repeat("0", pad)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

func strPadder(name string) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return Null, err
		}
		if err := ArgCount(name, args, 1, 2); err != nil {
			return Null, err
		}
		width, err := AsIndex(t, args[0])
		if err != nil {
			return Null, err
		}
		fill := " "
		if len(args) == 2 {
			f, ok := asStr(t, args[1])
			if !ok {
				return Null, TypeError("The fill character must be a unicode character, not %s", TypeName(args[1]))
			}
			if StrLen(f) != 1 {
				return Null, TypeError("The fill character must be exactly one character long")
			}
			fill = StrGo(f)
		}
		n := StrLen(self)
		if width <= n {
			return self, nil
		}
		left, right := padSplit(name, width-n, width)
		return NewStr(t, strings.Repeat(fill, left)+StrGo(self)+strings.Repeat(fill, right)), nil
	}
}

// padSplit divides marg padding characters between left and right as
// center, ljust and rjust do (center favours the left when both marg and
// width are odd).
func padSplit(name string, marg, width int) (int, int) {
	switch name {
	case "ljust":
		return 0, marg
	case "rjust":
		return marg, 0
	}
	left := marg/2 + marg&width&1
	return left, marg - left
}

func strExpandtabs(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var sizeV Value = MakeSmallInt(8)
	if err := UnpackArgs("expandtabs", args, kwnames, []string{"tabsize?"}, &sizeV); err != nil {
		return Null, invalidKeyword(err, "expandtabs")
	}
	size, err := AsIndex(t, sizeV)
	if err != nil {
		return Null, err
	}
	return NewStr(t, expandTabs(StrGo(self), size)), nil
}

// expandTabs replaces tabs by spaces up to the next multiple of size; the
// column restarts after \n and \r.
func expandTabs(s string, size int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func strPartitioner(name string, fromRight bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("str."+name, args, kwnames, 1); err != nil {
			return Null, err
		}
		sep, err := strGoArg(t, args[0], "must be str, not %s")
		if err != nil {
			return Null, err
		}
		if sep == "" {
			return Null, ValueError("empty separator")
		}
		s := StrGo(self)
		var i int
		if fromRight {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		empty := NewStr(t, "")
		switch {
		case i >= 0:
			return NewTuple(t, []Value{NewStr(t, s[:i]), NewStr(t, sep), NewStr(t, s[i+len(sep):])}), nil
		case fromRight:
			return NewTuple(t, []Value{empty, empty, self}), nil
		}
		return NewTuple(t, []Value{self, empty, empty}), nil
	}
}

func strRemover(name string, suffix bool) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("str."+name, args, kwnames, 1); err != nil {
			return Null, err
		}
		affix, err := strGoArg(t, args[0], name+"() argument must be str, not %s")
		if err != nil {
			return Null, err
		}
		s := StrGo(self)
		switch {
		case affix == "":
			return self, nil
		case suffix && strings.HasSuffix(s, affix):
			return NewStr(t, s[:len(s)-len(affix)]), nil
		case !suffix && strings.HasPrefix(s, affix):
			return NewStr(t, s[len(affix):]), nil
		}
		return self, nil
	}
}

// ---- methods: encode, translate ----

func strEncode(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var encV, errV Value
	if err := UnpackArgs("encode", args, kwnames, []string{"encoding?", "errors?"}, &encV, &errV); err != nil {
		return Null, invalidKeyword(err, "encode")
	}
	enc, errs, err := codecArgs(t, "encode", encV, errV)
	if err != nil {
		return Null, err
	}
	b, err := Encode(StrGo(self), enc, errs)
	if err != nil {
		return Null, err
	}
	return NewBytes(t, b), nil
}

// codecArgs reads the encoding and errors arguments (Null: the defaults
// utf-8 and strict).
func codecArgs(t *Thread, fname string, encV, errV Value) (enc, errs string, err error) {
	enc, errs = "utf-8", "strict"
	if encV != Null {
		if enc, err = strGoArg(t, encV, fname+"() argument 'encoding' must be str, not %s"); err != nil {
			return "", "", err
		}
	}
	if errV != Null {
		if errs, err = strGoArg(t, errV, fname+"() argument 'errors' must be str, not %s"); err != nil {
			return "", "", err
		}
	}
	return enc, errs, nil
}

// strMaketrans is the static method str.maketrans(x[, y[, z]]).
func strMaketrans(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("maketrans", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("maketrans", args, 1, 3); err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return maketransDict(t, args[0])
	}
	x, err := strGoArg(t, args[0], "maketrans() argument 1 must be str, not %s")
	if err != nil {
		return Null, err
	}
	y, err := strGoArg(t, args[1], "maketrans() argument 2 must be str, not %s")
	if err != nil {
		return Null, err
	}
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		return Null, ValueError("the first two maketrans arguments must have equal length")
	}
	d := NewDict(t)
	for i, r := range xs {
		if err := DictSet(t, d, MakeSmallInt(int64(r)), MakeSmallInt(int64(ys[i]))); err != nil {
			return Null, err
		}
	}
	if len(args) == 3 {
		z, err := strGoArg(t, args[2], "maketrans() argument 3 must be str, not %s")
		if err != nil {
			return Null, err
		}
		for _, r := range z {
			if err := DictSet(t, d, MakeSmallInt(int64(r)), None); err != nil {
				return Null, err
			}
		}
	}
	return d, nil
}

// maketransDict converts the keys of a one-argument maketrans dict to code
// points.
func maketransDict(t *Thread, src Value) (Value, error) {
	if !IsInstance(src, DictType) {
		return Null, TypeError("if you give only one argument to maketrans it must be a dict")
	}
	src = Payload(t, src)
	d := NewDict(t)
	for pos, k, v := DictNext(t, src, 0); pos >= 0; pos, k, v = DictNext(t, src, pos) {
		key := k
		if s, ok := asStr(t, k); ok {
			if StrLen(s) != 1 {
				return Null, ValueError("string keys in translate table must be of length 1")
			}
			r, _ := utf8.DecodeRune(StrView(s))
			key = MakeSmallInt(int64(r))
		} else if !IsIntOrBool(k) {
			return Null, TypeError("keys in translate table must be strings or integers")
		}
		if err := DictSet(t, d, key, v); err != nil {
			return Null, err
		}
	}
	return d, nil
}

func strTranslate(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.translate", args, kwnames, 1); err != nil {
		return Null, err
	}
	var b strings.Builder
	for _, r := range StrGo(self) {
		v, err := GetItem(t, args[0], MakeSmallInt(int64(r)))
		if err != nil {
			if Matches(err, LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return Null, err
		}
		if err := translateOne(t, &b, v); err != nil {
			return Null, err
		}
	}
	return NewStr(t, b.String()), nil
}

// translateOne writes the translation of one character: None deletes it,
// an int is a code point, a str is inserted.
func translateOne(t *Thread, b *strings.Builder, v Value) error {
	if v == None {
		return nil
	}
	if s, ok := asStr(t, v); ok {
		b.Write(StrView(s))
		return nil
	}
	if !IsIntOrBool(v) {
		return TypeError("character mapping must return integer, None or str")
	}
	c, ok := IntValue(v)
	if !ok || c < 0 || c > unicode.MaxRune {
		return ValueError("character mapping must be in range(0x110000)")
	}
	b.WriteRune(rune(c))
	return nil
}
