package object

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// Formatting: format(v, spec) (Format), str.format and str.format_map (the
// replacement-field language of PEP 3101), and printf-style `str % args`
// (PercentFormat). The number and padding rules themselves live in
// numfmt.go; this file parses the templates, finds the arguments and
// reports CPython's errors.

// Format implements format(v, spec). Ints, bools, floats and strs are
// formatted directly; other values go through their __format__ method
// (object.__format__ accepts only the empty spec, giving str(v)).
func Format(t *Thread, v Value, spec string) (string, error) {
	typ := TypeOf(v)
	if isUser(typ) {
		if !inheritsBuiltinFormat(t, typ) {
			return callFormat(t, v, spec)
		}
		v = Payload(t, v)
	}
	switch {
	case IsStr(v):
		return formatWith(spec, "str", func(fs FormatSpec) (string, error) { return FormatStrSpec(StrGo(v), fs) })
	case v.IsBool() && spec == "":
		return Str(t, v)
	case IsIntOrBool(v):
		if spec == "" {
			return Str(t, v)
		}
		return formatWith(spec, "int", func(fs FormatSpec) (string, error) { return FormatIntSpec(IntBig(v), fs) })
	case v.IsFloat():
		if spec == "" {
			return FloatRepr(v.Float()), nil
		}
		return formatWith(spec, "float", func(fs FormatSpec) (string, error) { return FormatFloatSpec(v.Float(), fs) })
	case IsComplex(v):
		return formatWith(spec, "complex", func(fs FormatSpec) (string, error) { return formatComplex(ComplexValue(v), fs) })
	}
	return callFormat(t, v, spec)
}

func init() { OnBoot(20, bootFormat) }

// bootFormat gives the numeric types the __format__ method that Format
// implements for them, so that explicit calls and super().__format__ in
// subclasses work.
func bootFormat(t *Thread) {
	for _, typ := range []*Type{IntType, FloatType, ComplexType} {
		typ := typ
		DefMethod(t, typ, "__format__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := exactArgs(typ.Name+".__format__", args, kwnames, 1); err != nil {
				return Null, err
			}
			spec, err := strGoArg(t, args[0], "__format__() argument must be str, not %s")
			if err != nil {
				return Null, err
			}
			s, err := Format(t, self, spec)
			if err != nil {
				return Null, err
			}
			return NewStr(t, s), nil
		})
	}
}

// formatComplex is format(c, spec): both parts formatted as floats; with
// no presentation type the parts are shortest reprs in parentheses (no
// real part and no parentheses when the real part is +0), as str(c).
func formatComplex(c complex128, fs FormatSpec) (string, error) {
	switch {
	case fs.Zero:
		return "", ValueError("Zero padding is not allowed in complex format specifier")
	case fs.Align == '=':
		return "", ValueError("'=' alignment flag is not allowed in complex format specifier")
	case fs.Type != 0 && !strings.ContainsRune("eEfFgGn", rune(fs.Type)):
		return "", ValueError("Unknown format code '%c' for object of type 'complex'", fs.Type)
	}
	re, im := real(c), imag(c)
	typ, reprMode, skipRe, parens := fs.Type, false, false, false
	if typ == 0 {
		reprMode = fs.Precision < 0
		typ = 'g'
		skipRe = re == 0 && !math.Signbit(re)
		parens = !skipRe
	}
	if typ == 'n' {
		typ = 'g'
	}
	part := func(x float64, sign byte) (string, error) {
		if reprMode {
			return complexPartRepr(x, sign, fs.Alt), nil
		}
		p := FormatSpec{Sign: sign, Z: fs.Z, Alt: fs.Alt, Grouping: fs.Grouping, Precision: fs.Precision, Type: typ}
		s, err := FormatFloatSpec(x, p)
		return s, FormatErrorException(err)
	}
	var body strings.Builder
	if parens {
		body.WriteByte('(')
	}
	imSign := byte('+')
	if skipRe {
		imSign = fs.Sign
	} else {
		r, err := part(re, fs.Sign)
		if err != nil {
			return "", err
		}
		body.WriteString(r)
	}
	i, err := part(im, imSign)
	if err != nil {
		return "", err
	}
	body.WriteString(i + "j")
	if parens {
		body.WriteByte(')')
	}
	pad := FormatSpec{Fill: fs.Fill, Align: fs.Align, Width: fs.Width, Precision: -1}
	if pad.Align == 0 {
		pad.Align = '>'
	}
	s, err := FormatStrSpec(body.String(), pad)
	return s, FormatErrorException(err)
}

// complexPartRepr is one part of repr(complex): the float's repr without
// a trailing ".0", signed as sign asks ('+', ' ' or 0 for minus only).
func complexPartRepr(x float64, sign byte, alt bool) string {
	s := strings.TrimSuffix(FloatRepr(x), ".0")
	if alt && !strings.ContainsAny(s, ".en") {
		s += "."
	}
	if s[0] != '-' && sign != 0 && sign != '-' {
		s = string(sign) + s
	}
	return s
}

// inheritsBuiltinFormat reports whether a user subclass of a built-in
// type formats like its base: it defines no __format__ of its own, so the
// lookup would find the generic object.__format__.
func inheritsBuiltinFormat(t *Thread, typ *Type) bool {
	if typ.Solid == ObjectType {
		return false
	}
	m := typ.Lookup(t, "__format__")
	return m == ObjectType.Attrs["__format__"] || m == typ.Solid.Attrs["__format__"]
}

// formatWith parses spec for the named type and runs f on it, turning the
// helpers' FormatErrors into Python exceptions.
func formatWith(spec, typeName string, f func(FormatSpec) (string, error)) (string, error) {
	fs, err := ParseFormatSpecFor(spec, typeName)
	if err != nil {
		return "", FormatErrorException(err)
	}
	s, err := f(fs)
	return s, FormatErrorException(err)
}

// callFormat calls v.__format__(spec) and checks that it returns a str.
func callFormat(t *Thread, v Value, spec string) (string, error) {
	r, found, err := CallMethod(t, v, "__format__", NewStr(t, spec))
	if err != nil {
		return "", err
	}
	if !found {
		if spec != "" {
			return "", TypeError("unsupported format string passed to %s.__format__", TypeName(v))
		}
		return Str(t, v)
	}
	s, ok := asStr(t, r)
	if !ok {
		return "", TypeError("__format__ must return a str, not %s", TypeName(r))
	}
	return StrGo(s), nil
}

// FormatErrorException converts a *FormatError from the numeric helpers
// into the Python exception its Kind names; other errors pass unchanged.
func FormatErrorException(err error) error {
	fe, ok := err.(*FormatError)
	if !ok {
		return err
	}
	typ := ValueErrorType
	switch fe.Kind {
	case "TypeError":
		typ = TypeErrorType
	case "OverflowError":
		typ = OverflowErrorType
	case "ZeroDivisionError":
		typ = ZeroDivisionErrorType
	}
	return NewError(typ, "%s", fe.Msg)
}

// strDunderFormat is str.__format__(spec).
func strDunderFormat(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.__format__", args, kwnames, 1); err != nil {
		return Null, err
	}
	spec, err := strGoArg(t, args[0], "__format__() argument must be str, not %s")
	if err != nil {
		return Null, err
	}
	s, err := Format(t, self, spec)
	if err != nil {
		return Null, err
	}
	return NewStr(t, s), nil
}

// EscapeNonASCII is ascii() applied to a repr: every non-ASCII character
// becomes \xhh, \uhhhh or \Uhhhhhhhh.
func EscapeNonASCII(s string) string {
	if isASCIIString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// ---- str.format ----

// fieldFormatter renders one str.format template. args is nil for
// format_map, which allows no positional fields; kwargs is a Go map for
// format and a mapping object (lookups through GetItem) for format_map.
type fieldFormatter struct {
	t       *Thread
	args    []Value
	kwargs  map[string]Value
	mapping Value
	// auto numbering: 0 not decided yet, 1 automatic, 2 manual.
	mode int
	next int
}

func strFormatMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	f := &fieldFormatter{t: t, args: args[:npos:npos], kwargs: map[string]Value{}}
	for i, k := range kwnames {
		f.kwargs[k] = args[npos+i]
	}
	s, err := f.render(StrGo(self), 2)
	if err != nil {
		return Null, err
	}
	return NewStr(t, s), nil
}

func strFormatMapMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("str.format_map", args, kwnames, 1); err != nil {
		return Null, err
	}
	f := &fieldFormatter{t: t, mapping: args[0]}
	s, err := f.render(StrGo(self), 2)
	if err != nil {
		return Null, err
	}
	return NewStr(t, s), nil
}

// render expands the replacement fields of tmpl. depth limits the nesting
// of fields inside format specs, as CPython's recursion depth of 2 does.
func (f *fieldFormatter) render(tmpl string, depth int) (string, error) {
	if depth <= 0 {
		return "", ValueError("Max string recursion exceeded")
	}
	var out strings.Builder
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		switch {
		case c == '}':
			if i+1 >= len(tmpl) || tmpl[i+1] != '}' {
				return "", ValueError("Single '}' encountered in format string")
			}
			out.WriteByte('}')
			i += 2
		case c == '{' && i+1 < len(tmpl) && tmpl[i+1] == '{':
			out.WriteByte('{')
			i += 2
		case c == '{':
			if i+1 >= len(tmpl) {
				return "", ValueError("Single '{' encountered in format string")
			}
			fld, next, err := parseField(tmpl, i+1)
			if err != nil {
				return "", err
			}
			s, err := f.renderField(fld, depth)
			if err != nil {
				return "", err
			}
			out.WriteString(s)
			i = next
		default:
			j := i + 1
			for j < len(tmpl) && tmpl[j] != '{' && tmpl[j] != '}' {
				j++
			}
			out.WriteString(tmpl[i:j])
			i = j
		}
	}
	return out.String(), nil
}

// replacementField is one parsed {name!conv:spec}.
type replacementField struct {
	name       string
	conv       byte // 0 when absent
	spec       string
	nestedSpec bool // spec contains fields to expand
}

// parseField parses the field starting after its '{' at tmpl[i:] and
// returns the index after its closing '}'.
func parseField(tmpl string, i int) (replacementField, int, error) {
	var fld replacementField
	start := i
	var c byte
scan:
	for i < len(tmpl) {
		c = tmpl[i]
		i++
		switch c {
		case '{':
			return fld, 0, ValueError("unexpected '{' in field name")
		case '[':
			for i < len(tmpl) && tmpl[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	if c != '}' && c != ':' && c != '!' {
		return fld, 0, ValueError("expected '}' before end of string")
	}
	fld.name = tmpl[start : i-1]
	if c == '}' {
		return fld, i, nil
	}
	if c == '!' {
		if i >= len(tmpl) {
			return fld, 0, ValueError("end of string while looking for conversion specifier")
		}
		fld.conv = tmpl[i]
		i++
		if i < len(tmpl) {
			c = tmpl[i]
			i++
			if c == '}' {
				return fld, i, nil
			}
			if c != ':' {
				return fld, 0, ValueError("expected ':' after conversion specifier")
			}
		}
	}
	return parseSpec(fld, tmpl, i)
}

// parseSpec reads a format spec up to the '}' that balances the field's
// '{'.
func parseSpec(fld replacementField, tmpl string, i int) (replacementField, int, error) {
	start, depth := i, 1
	for ; i < len(tmpl); i++ {
		switch tmpl[i] {
		case '{':
			fld.nestedSpec = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				fld.spec = tmpl[start:i]
				return fld, i + 1, nil
			}
		}
	}
	return fld, 0, ValueError("unmatched '{' in format spec")
}

// renderField looks up the field's object, converts it and formats it.
func (f *fieldFormatter) renderField(fld replacementField, depth int) (string, error) {
	obj, err := f.fieldObject(fld.name)
	if err != nil {
		return "", err
	}
	if fld.conv != 0 {
		s, err := convertField(f.t, obj, fld.conv)
		if err != nil {
			return "", err
		}
		obj = NewStr(f.t, s)
	}
	spec := fld.spec
	if fld.nestedSpec {
		if spec, err = f.render(spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(f.t, obj, spec)
}

// convertField applies !r, !s or !a.
func convertField(t *Thread, obj Value, conv byte) (string, error) {
	switch conv {
	case 'r':
		return Repr(t, obj)
	case 's':
		return Str(t, obj)
	case 'a':
		r, err := Repr(t, obj)
		return EscapeNonASCII(r), err
	}
	if conv > 32 && conv < 127 {
		return "", ValueError("Unknown conversion specifier %c", conv)
	}
	return "", ValueError("Unknown conversion specifier \\x%x", conv)
}

// fieldObject evaluates a field name: an argument (auto-numbered, by index
// or by keyword) followed by .attr and [key] accessors.
func (f *fieldFormatter) fieldObject(name string) (Value, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	obj, err := f.argument(first)
	if err != nil {
		return Null, err
	}
	for rest != "" {
		if obj, rest, err = f.accessor(obj, rest); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

// argument finds the argument a field's first part names.
func (f *fieldFormatter) argument(first string) (Value, error) {
	idx, err := fieldInteger(first)
	if err != nil {
		return Null, err
	}
	if first == "" || idx >= 0 {
		if idx, err = f.number(first == "", idx); err != nil {
			return Null, err
		}
		if f.args == nil && f.kwargs == nil {
			return Null, ValueError("Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return Null, IndexError("Replacement index %d out of range for positional args tuple", idx)
		}
		return f.args[idx], nil
	}
	key := NewStr(f.t, first)
	if f.mapping != Null {
		return GetItem(f.t, f.mapping, key)
	}
	if v, ok := f.kwargs[first]; ok {
		return v, nil
	}
	return Null, KeyError(key)
}

// number applies the rule that a template numbers its fields either
// automatically or manually, never both.
func (f *fieldFormatter) number(empty bool, idx int) (int, error) {
	want := 2
	if empty {
		want = 1
	}
	if f.mode == 0 {
		f.mode = want
	}
	switch {
	case f.mode == 2 && empty:
		return 0, ValueError("cannot switch from manual field specification to automatic field numbering")
	case f.mode == 1 && !empty:
		return 0, ValueError("cannot switch from automatic field numbering to manual field specification")
	case empty:
		f.next++
		return f.next - 1, nil
	}
	return idx, nil
}

// fieldInteger returns the value of an all-digits field part, or -1.
func fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1, nil
		}
		if n > (math.MaxInt-int(c-'0'))/10 {
			return -1, ValueError("Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// accessor applies the .attr or [key] at the start of rest to obj.
func (f *fieldFormatter) accessor(obj Value, rest string) (Value, string, error) {
	switch rest[0] {
	case '.':
		end := strings.IndexAny(rest[1:], ".[")
		if end < 0 {
			end = len(rest) - 1
		}
		attr := rest[1 : 1+end]
		if attr == "" {
			return Null, "", ValueError("Empty attribute in format string")
		}
		v, err := GetAttr(f.t, obj, attr)
		return v, rest[1+end:], err
	case '[':
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return Null, "", ValueError("Missing ']' in format string")
		}
		key := rest[1:end]
		if key == "" {
			return Null, "", ValueError("Empty attribute in format string")
		}
		idx, err := fieldInteger(key)
		if err != nil {
			return Null, "", err
		}
		k := NewStr(f.t, key)
		if idx >= 0 {
			k = MakeInt(f.t, int64(idx))
		}
		v, err := GetItem(f.t, obj, k)
		return v, rest[end+1:], err
	}
	return Null, "", ValueError("Only '.' or '[' may follow ']' in format field specifier")
}

// ---- printf-style formatting ----

// percentArgs hands out the arguments of `format % args`: the items of a
// tuple, or args itself as a single item; dict is the mapping for %(key)
// conversions (any object with __getitem__ other than a tuple or str).
type percentArgs struct {
	items []Value
	next  int
	dict  Value
}

func (p *percentArgs) take() (Value, error) {
	if p.next >= len(p.items) {
		return Null, TypeError("not enough arguments for format string")
	}
	p.next++
	return p.items[p.next-1], nil
}

// PercentFormat implements `format % args` for str.
func PercentFormat(t *Thread, format string, args Value) (string, error) {
	f := percentFormatter{
		convert: percentConvert,
		key:     func(k string) Value { return NewStr(t, k) },
		isOwn:   func(v Value) bool { _, ok := asStr(t, v); return ok },
		what:    "string",
	}
	return f.format(t, format, args)
}

// percentFormatter holds what differs between str % args and bytes %
// args: the conversion of one argument, the type of mapping keys, the
// type that is never taken as a mapping, and the word in the error about
// unused arguments.
type percentFormatter struct {
	convert func(t *Thread, arg Value, sp PercentSpec) (string, error)
	key     func(string) Value
	isOwn   func(Value) bool
	what    string
}

func (f percentFormatter) format(t *Thread, format string, args Value) (string, error) {
	pieces, err := ParsePercent(format)
	if err != nil {
		return "", FormatErrorException(err)
	}
	p := &percentArgs{items: []Value{args}}
	if IsInstance(args, TupleType) {
		p.items = TupleItems(Payload(t, args))
	} else if !f.isOwn(args) && hasGetItem(t, args) {
		p.dict = args
	}
	var out strings.Builder
	for _, pc := range pieces {
		if !pc.IsSpec {
			out.WriteString(pc.Literal)
			continue
		}
		sp := pc.Spec
		arg, err := p.arg(t, &sp, f.key)
		if err != nil {
			return "", err
		}
		s, err := f.convert(t, arg, sp)
		if err != nil {
			return "", err
		}
		out.WriteString(s)
	}
	if p.next < len(p.items) && p.dict == Null {
		return "", TypeError("not all arguments converted during %s formatting", f.what)
	}
	return out.String(), nil
}

// hasGetItem reports whether v supports subscription (CPython's
// PyMapping_Check).
func hasGetItem(t *Thread, v Value) bool {
	typ := TypeOf(v)
	if isUser(typ) {
		return typ.Lookup(t, "__getitem__") != Null
	}
	return typ.Slots.GetItem != nil
}

// arg takes the argument of one conversion (after any '*' width and
// precision, which it stores into sp) from the arguments or the mapping.
func (p *percentArgs) arg(t *Thread, sp *PercentSpec, key func(string) Value) (Value, error) {
	if err := p.starFields(sp); err != nil {
		return Null, err
	}
	if !sp.HasKey {
		return p.take()
	}
	if p.dict == Null {
		return Null, TypeError("format requires a mapping")
	}
	// After a keyed conversion, unkeyed ones find no arguments left.
	p.next = len(p.items)
	return GetItem(t, p.dict, key(sp.Key))
}

// starFields fills '*' width and precision from the arguments.
func (p *percentArgs) starFields(sp *PercentSpec) error {
	if sp.Width == -2 {
		w, err := p.starInt()
		if err != nil {
			return err
		}
		if w < 0 {
			sp.Flags += "-"
			w = -w
		}
		sp.Width = w
	}
	if sp.Prec == -2 {
		pr, err := p.starInt()
		if err != nil {
			return err
		}
		sp.Prec = max(pr, 0)
	}
	return nil
}

func (p *percentArgs) starInt() (int, error) {
	v, err := p.take()
	if err != nil {
		return 0, err
	}
	n, ok := IntValue(v)
	if !IsIntOrBool(v) || !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, TypeError("* wants int")
	}
	return int(n), nil
}

func percentConvert(t *Thread, arg Value, sp PercentSpec) (string, error) {
	var s string
	var err error
	switch sp.Conv {
	case 's':
		s, err = Str(t, arg)
	case 'r':
		s, err = Repr(t, arg)
	case 'a':
		s, err = Repr(t, arg)
		s = EscapeNonASCII(s)
	case 'c':
		return percentChar(t, arg, sp)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		x, err := percentInt(t, arg, sp.Conv)
		if err != nil {
			return "", err
		}
		s, err := FormatPercentInt(x, sp)
		return s, FormatErrorException(err)
	default:
		f, err := percentFloat(t, arg)
		if err != nil {
			return "", err
		}
		s, err := FormatPercentFloat(f, sp)
		return s, FormatErrorException(err)
	}
	if err != nil {
		return "", err
	}
	return PadPercentString(s, sp), nil
}

// percentChar formats %c: a code point or a one-character str.
func percentChar(t *Thread, arg Value, sp PercentSpec) (string, error) {
	if s, ok := asStr(t, arg); ok {
		if StrLen(s) != 1 {
			return "", TypeError("%s", "%c requires int or char")
		}
		sp.Prec = -1
		return PadPercentString(StrGo(s), sp), nil
	}
	if x, ok := intPayload(t, arg); ok {
		s, err := FormatPercentInt(x, sp)
		return s, FormatErrorException(err)
	}
	return "", TypeError("%s", "%c requires int or char")
}

// intPayload returns the value of an int, bool or instance of an int
// subclass.
func intPayload(t *Thread, v Value) (*big.Int, bool) {
	if IsIntOrBool(v) {
		return IntBig(v), true
	}
	if v.IsRef() && IsInstance(v, IntType) {
		return IntBig(Payload(t, v)), true
	}
	return nil, false
}

// floatPayload returns the value of a float or instance of a float
// subclass.
func floatPayload(t *Thread, v Value) (float64, bool) {
	if v.IsFloat() {
		return v.Float(), true
	}
	if v.IsRef() && IsInstance(v, FloatType) {
		if p := Payload(t, v); p.IsFloat() {
			return p.Float(), true
		}
	}
	return 0, false
}

// percentInt converts the argument of an integer conversion: ints as they
// are, floats truncated (not for %o %x %X), other numbers through __int__
// or __index__.
func percentInt(t *Thread, arg Value, conv byte) (*big.Int, error) {
	if x, ok := intPayload(t, arg); ok {
		return x, nil
	}
	hexLike := conv == 'o' || conv == 'x' || conv == 'X'
	wrong := func() error {
		if hexLike {
			return TypeError("%%%c format: an integer is required, not %s", conv, TypeName(arg))
		}
		return TypeError("%%%c format: a real number is required, not %s", conv, TypeName(arg))
	}
	if f, ok := floatPayload(t, arg); ok {
		if hexLike {
			return nil, wrong()
		}
		return floatToBig(f)
	}
	typ := TypeOf(arg)
	if !hexLike && typ.Lookup(t, "__int__") != Null {
		r, _, err := CallMethod(t, arg, "__int__")
		if err != nil {
			return nil, err
		}
		if x, ok := intPayload(t, r); ok {
			return x, nil
		}
		return nil, TypeError("__int__ returned non-int (type %s)", TypeName(r))
	}
	if typ.Lookup(t, "__index__") != Null || typ.Slots.Index != nil {
		iv, err := IndexValue(t, arg)
		if err != nil {
			return nil, err
		}
		return IntBig(iv), nil
	}
	return nil, wrong()
}

// floatToBig truncates a float to an int as int(f) does.
func floatToBig(f float64) (*big.Int, error) {
	switch {
	case math.IsNaN(f):
		return nil, ValueError("cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, OverflowError("cannot convert float infinity to integer")
	}
	x, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return x, nil
}

// percentFloat converts the argument of a float conversion.
func percentFloat(t *Thread, arg Value) (float64, error) {
	if f, ok := floatPayload(t, arg); ok {
		return f, nil
	}
	if x, ok := intPayload(t, arg); ok {
		return bigToFloat(x)
	}
	typ := TypeOf(arg)
	if typ.Lookup(t, "__float__") != Null {
		r, _, err := CallMethod(t, arg, "__float__")
		if err != nil {
			return 0, err
		}
		if f, ok := floatPayload(t, r); ok {
			return f, nil
		}
		return 0, TypeError("%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
	}
	if typ.Lookup(t, "__index__") != Null {
		iv, err := IndexValue(t, arg)
		if err != nil {
			return 0, err
		}
		return bigToFloat(IntBig(iv))
	}
	return 0, TypeError("must be real number, not %s", typ.Name)
}

// bigToFloat converts an int to the nearest float, as float(x) does.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, OverflowError("int too large to convert to float")
	}
	return f, nil
}
