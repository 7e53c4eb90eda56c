package object

// Binary and unary operators with CPython's dispatch: the left operand's
// method first, then the right operand's reflected method, except that a
// right operand whose type is a proper subclass of the left's and overrides
// the reflected method goes first; in-place operators try __iop__ first.

var binNames = [...][3]string{
	OpAdd:      {"__add__", "__radd__", "__iadd__"},
	OpAnd:      {"__and__", "__rand__", "__iand__"},
	OpFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	OpLShift:   {"__lshift__", "__rlshift__", "__ilshift__"},
	OpMatMul:   {"__matmul__", "__rmatmul__", "__imatmul__"},
	OpMul:      {"__mul__", "__rmul__", "__imul__"},
	OpMod:      {"__mod__", "__rmod__", "__imod__"},
	OpOr:       {"__or__", "__ror__", "__ior__"},
	OpPow:      {"__pow__", "__rpow__", "__ipow__"},
	OpRShift:   {"__rshift__", "__rrshift__", "__irshift__"},
	OpSub:      {"__sub__", "__rsub__", "__isub__"},
	OpTrueDiv:  {"__truediv__", "__rtruediv__", "__itruediv__"},
	OpXor:      {"__xor__", "__rxor__", "__ixor__"},
}

// BinSymbols spell the operators as error messages do.
var BinSymbols = [...]string{
	OpAdd: "+", OpAnd: "&", OpFloorDiv: "//", OpLShift: "<<", OpMatMul: "@", OpMul: "*",
	OpMod: "%", OpOr: "|", OpPow: "** or pow()", OpRShift: ">>", OpSub: "-", OpTrueDiv: "/", OpXor: "^",
}

// BinaryOp evaluates a op b; op may be an in-place operator.
func BinaryOp(t *Thread, op BinOp, a, b Value) (Value, error) {
	inplace := op >= InplaceOffset
	base := op
	if inplace {
		base = op - InplaceOffset
	}
	ta, tb := TypeOf(a), TypeOf(b)
	if inplace {
		r, err := inplaceOne(t, ta, op, base, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryPair(t, base, ta, tb, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return Null, binaryTypeError(base, inplace, a, b)
}

func inplaceOne(t *Thread, ta *Type, op, base BinOp, a, b Value) (Value, error) {
	if !isUser(ta) {
		if ta.Slots.Binary != nil && inplaceMutates(ta) {
			return ta.Slots.Binary(t, op, a, b)
		}
		// Built-in types defined outside this package (deque) provide
		// in-place operators as methods.
		if m := ta.Attrs[binNames[base][2]]; m != Null && IsBuiltin(m) {
			return callBound(t, m, a, []Value{b}, nil)
		}
		return NotImplemented, nil
	}
	m := ta.Lookup(t, binNames[base][2])
	if m == Null {
		return NotImplemented, nil
	}
	return callBound(t, m, a, []Value{b}, nil)
}

// inplaceMutates reports whether the in-place form of a built-in type's
// operators differs from the plain form (mutable containers).
func inplaceMutates(typ *Type) bool {
	return typ == ListType || typ == SetType || typ == DictType || typ == ByteArrayType
}

func binaryPair(t *Thread, op BinOp, ta, tb *Type, a, b Value) (Value, error) {
	if !isUser(ta) && !isUser(tb) {
		if ta.Slots.Binary != nil {
			r, err := ta.Slots.Binary(t, op, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		if tb != ta && tb.Slots.Binary != nil {
			return tb.Slots.Binary(t, op, a, b)
		}
		return NotImplemented, nil
	}
	reflectedFirst := ta != tb && tb.IsSubtype(ta) && overrides(t, tb, binNames[op][1])
	if reflectedFirst {
		r, err := binaryRight(t, op, tb, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryLeft(t, op, ta, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !reflectedFirst && ta != tb {
		return binaryRight(t, op, tb, a, b)
	}
	return NotImplemented, nil
}

func binaryLeft(t *Thread, op BinOp, ta *Type, a, b Value) (Value, error) {
	if !isUser(ta) {
		if ta.Slots.Binary != nil {
			return ta.Slots.Binary(t, op, a, b)
		}
		return NotImplemented, nil
	}
	m := ta.Lookup(t, binNames[op][0])
	if m == Null {
		return NotImplemented, nil
	}
	return callBound(t, m, a, []Value{b}, nil)
}

func binaryRight(t *Thread, op BinOp, tb *Type, a, b Value) (Value, error) {
	if !isUser(tb) {
		if tb.Slots.Binary != nil {
			return tb.Slots.Binary(t, op, a, b)
		}
		return NotImplemented, nil
	}
	m := tb.Lookup(t, binNames[op][1])
	if m == Null {
		return NotImplemented, nil
	}
	return callBound(t, m, b, []Value{a}, nil)
}

// binaryTypeError builds CPython's message for unsupported operands,
// including the sequence-specific wording of + and *.
func binaryTypeError(op BinOp, inplace bool, a, b Value) error {
	ta, tb := TypeOf(a), TypeOf(b)
	if op == OpAdd && isSequence(ta) && !isUser(ta) {
		return TypeError("can only concatenate %s (not \"%s\") to %s", ta.Name, tb.Name, ta.Name)
	}
	if op == OpMul && (isSequence(ta) || isSequence(tb)) {
		other := tb
		if isSequence(tb) && !isSequence(ta) {
			other = ta
		}
		return TypeError("can't multiply sequence by non-int of type '%s'", other.Name)
	}
	sym := BinSymbols[op]
	if inplace {
		sym += "="
		if op == OpPow {
			sym = "**="
		}
	}
	return TypeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

func isSequence(typ *Type) bool {
	for _, s := range []*Type{StrType, ListType, TupleType, BytesType, ByteArrayType} {
		if typ.IsSubtype(s) {
			return true
		}
	}
	return false
}

var unaryNames = [...]string{OpPos: "__pos__", OpNeg: "__neg__", OpInvert: "__invert__"}
var unarySymbols = [...]string{OpPos: "+", OpNeg: "-", OpInvert: "~"}

// UnaryOp evaluates -v, +v or ~v.
func UnaryOp(t *Thread, op UnOp, v Value) (Value, error) {
	typ := TypeOf(v)
	if !isUser(typ) {
		if typ.Slots.Unary != nil {
			r, err := typ.Slots.Unary(t, op, v)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	} else if m := typ.Lookup(t, unaryNames[op]); m != Null {
		return callBound(t, m, v, nil, nil)
	}
	return Null, TypeError("bad operand type for unary %s: '%s'", unarySymbols[op], typ.Name)
}
