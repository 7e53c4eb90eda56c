package bytecode

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Disassemble returns a deterministic text listing of c and, after it, of
// every code object in its constants, recursively (depth first, in constant
// order). The format is the golden-test format documented in
// docs/bytecode.md; keep the two in step.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code) {
	writeHeader(b, c)
	lastLine := -1
	for pc, w := range c.Code {
		line := c.Line(pc)
		lineText := ""
		if line != lastLine {
			lineText = strconv.Itoa(line)
			lastLine = line
		}
		mark := "  "
		if c.IsLoopHeader(pc) {
			mark = ">>"
		}
		fmt.Fprintf(b, "%5s %s %4d %s\n", lineText, mark, pc, formatInstr(c, w))
	}
	if len(c.ExceptionTable) > 0 {
		b.WriteString("  exception table:\n")
		for _, e := range c.ExceptionTable {
			lasti := ""
			if e.PushLasti {
				lasti = " lasti"
			}
			fmt.Fprintf(b, "    %d to %d -> %d [%d]%s\n", e.Start, e.End, e.Target, e.Depth, lasti)
		}
	}
	for _, k := range c.Consts {
		if inner, ok := k.(*Code); ok {
			b.WriteString("\n")
			disassemble(b, inner)
		}
	}
}

func writeHeader(b *strings.Builder, c *Code) {
	fmt.Fprintf(b, "code %s (%s) %s:%d\n", c.Name, c.QualName, c.Filename, c.FirstLine)
	fmt.Fprintf(b, "  args=%d posonly=%d kwonly=%d locals=%d stack=%d flags=%s\n",
		c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.NLocals, c.StackSize, FlagString(c.Flags))
	writeList(b, "varnames", c.Varnames)
	writeList(b, "cellvars", c.Cellvars)
	if len(c.Cell2Arg) > 0 && hasCellArg(c.Cell2Arg) {
		parts := make([]string, len(c.Cell2Arg))
		for i, a := range c.Cell2Arg {
			parts[i] = strconv.Itoa(a)
		}
		writeList(b, "cell2arg", parts)
	}
	writeList(b, "freevars", c.Freevars)
}

func hasCellArg(c2a []int) bool {
	for _, a := range c2a {
		if a >= 0 {
			return true
		}
	}
	return false
}

func writeList(b *strings.Builder, label string, items []string) {
	if len(items) > 0 {
		fmt.Fprintf(b, "  %s: %s\n", label, strings.Join(items, " "))
	}
}

var flagNames = []string{"varargs", "varkeywords", "generator", "nested", "class", "module", "comprehension", "lambda"}

// FlagString renders code flags as "a|b", or "0" for none.
func FlagString(flags int) string {
	var parts []string
	for i, name := range flagNames {
		if flags&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, "|")
}

// formatInstr renders one instruction: name, argument and, in parentheses,
// what the argument means.
func formatInstr(c *Code, w uint32) string {
	op, arg := Op(w), Arg(w)
	if !op.Valid() {
		return fmt.Sprintf("%-26s %d", op, arg)
	}
	if !op.HasArg() {
		return op.String()
	}
	s := fmt.Sprintf("%-26s %d", op, arg)
	if note := argNote(c, op, arg); note != "" {
		s += " (" + note + ")"
	}
	return s
}

func argNote(c *Code, op Opcode, arg int) string {
	switch op.ArgKind() {
	case ArgConst:
		if arg < len(c.Consts) {
			return Repr(c.Consts[arg])
		}
	case ArgName:
		if arg < len(c.Names) {
			return c.Names[arg]
		}
	case ArgLocal:
		if arg < len(c.Varnames) {
			return c.Varnames[arg]
		}
	case ArgDeref:
		if arg < len(c.Cellvars)+len(c.Freevars) {
			return c.DerefName(arg)
		}
	case ArgJump:
		return "to " + strconv.Itoa(arg)
	case ArgCompare:
		return CompareOpSymbol(arg)
	case ArgBinary:
		return BinaryOpSymbol(arg)
	case ArgFormat:
		return formatNote(arg)
	case ArgInt:
		return intNote(op, arg)
	}
	return "?"
}

func formatNote(flags int) string {
	conv := [...]string{"", "str", "repr", "ascii"}[flags&FormatConvMask]
	if flags&FormatWithSpec != 0 {
		if conv != "" {
			return conv + ", with format"
		}
		return "with format"
	}
	return conv
}

func intNote(op Opcode, arg int) string {
	switch op {
	case IS_OP:
		return [...]string{"is", "is not"}[arg&1]
	case CONTAINS_OP:
		return [...]string{"in", "not in"}[arg&1]
	case UNPACK_EX:
		return fmt.Sprintf("%d, %d", arg&0xff, arg>>8)
	}
	return ""
}

// Repr renders a constant the way Python's repr would, for the disassembler.
func Repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case complex128:
		return complexRepr(v)
	case string:
		return StringRepr(v)
	case []byte:
		return BytesRepr(v)
	case ellipsis:
		return "Ellipsis"
	case *Code:
		return fmt.Sprintf("<code %s, line %d>", v.Name, v.FirstLine)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = Repr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("<%T %v>", v, v)
}

// FloatRepr formats f like Python's repr(float): the shortest string that
// round-trips, fixed notation for exponents in [-4, 16), ".0" for integral
// values, and "inf", "-inf", "nan".
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

func complexRepr(c complex128) string {
	im := imagRepr(imag(c))
	if real(c) == 0 && !math.Signbit(real(c)) {
		return im + "j"
	}
	sign := "+"
	if strings.HasPrefix(im, "-") {
		sign = ""
	}
	return "(" + imagRepr(real(c)) + sign + im + "j)"
}

// imagRepr formats one component of a complex: like FloatRepr without ".0".
func imagRepr(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// StringRepr quotes s like Python's repr(str).
func StringRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ':
			if r < 0x10000 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// BytesRepr quotes bs like Python's repr(bytes).
func BytesRepr(bs []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(bs), '\'') >= 0 && strings.IndexByte(string(bs), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range bs {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
