package syntax

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Walk calls f for n and, when f returns true, for each child of n in
// field order, recursively. Nil children are skipped. It uses reflection
// over the node structs, so adding a field to a node needs no change here.
func Walk(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		walkValue(v.Field(i), f)
	}
}

func walkValue(v reflect.Value, f func(Node) bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if n, ok := v.Interface().(Node); ok {
			Walk(n, f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkValue(v.Index(i), f)
		}
	}
}

func isNil(n Node) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

var locType = reflect.TypeOf(Loc{})

// Dump returns a compact, deterministic one-line rendering of n used by
// tests: `Type(field field ...)` with fields in declaration order and
// without names or positions, lists as `[a b]`, absent nodes as `nil`,
// identifiers bare (empty ones as ""), constants as in Python source
// (strings quoted with only printable ASCII kept literally, others as
// \x{HEX}). Example: `x = 1` dumps as
//
//	Module([Assign([Name(x Store)] Constant(1))])
func Dump(n Node) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(n))
	return b.String()
}

func dumpValue(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		if v.Kind() == reflect.Pointer {
			dumpStruct(b, v.Elem())
			return
		}
		dumpValue(b, v.Elem())
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			dumpValue(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.String:
		s := v.String()
		if s == "" {
			s = `""`
		}
		b.WriteString(s)
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint8: // operator and context enums
		b.WriteString(v.Interface().(fmt.Stringer).String())
	case reflect.Struct:
		dumpStruct(b, v)
	default:
		panic("BUG: Dump: unexpected field kind " + v.Kind().String())
	}
}

func dumpStruct(b *strings.Builder, v reflect.Value) {
	t := v.Type()
	b.WriteString(t.Name())
	b.WriteByte('(')
	first := true
	for i := 0; i < v.NumField(); i++ {
		if t.Field(i).Type == locType {
			continue
		}
		if !first {
			b.WriteByte(' ')
		}
		first = false
		if t.Name() == "Constant" {
			b.WriteString(ConstantRepr(v.Field(i).Interface()))
			continue
		}
		dumpValue(b, v.Field(i))
	}
	b.WriteByte(')')
}

// ConstantRepr renders a Constant value for Dump: None, True, False,
// decimal integers, Python-style float repr, imaginary literals as
// `<float>j`, quoted strings and b"..." bytes, and `...`.
func ConstantRepr(c any) string {
	switch c := c.(type) {
	case nil:
		return "None"
	case bool:
		if c {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(c, 10)
	case *big.Int:
		return c.String()
	case float64:
		return FloatRepr(c)
	case complex128:
		return FloatRepr(imag(c)) + "j"
	case string:
		return quoteDump([]byte(c), "")
	case []byte:
		return quoteDump(c, "b")
	case EllipsisType:
		return "..."
	}
	panic(fmt.Sprintf("BUG: ConstantRepr: unexpected constant %T", c))
}

func quoteDump(s []byte, prefix string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte('"')
	if prefix == "" {
		for i := 0; i < len(s); {
			r, n := DecodeWTF8(s[i:])
			quoteRune(&b, r)
			i += n
		}
	} else {
		for _, c := range s {
			quoteRune(&b, rune(c))
		}
	}
	b.WriteByte('"')
	return b.String()
}

func quoteRune(b *strings.Builder, r rune) {
	if r >= 0x20 && r < 0x7f && r != '"' && r != '\\' {
		b.WriteRune(r)
		return
	}
	fmt.Fprintf(b, `\x{%x}`, r)
}

// FloatRepr formats f the way Python's float.__repr__ does: the shortest
// digits that round-trip, positional notation for exponents in [-4, 16),
// scientific notation otherwise, and always a '.' or exponent.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±XX
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	sign := ""
	if mant[0] == '-' {
		sign, mant = "-", mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := fmt.Sprintf("%+03d", exp)
		return sign + m + "e" + es
	}
	if exp < 0 {
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}
