package object

// bool: the two constants True and False. bool derives from int, and every
// int operation accepts them as 1 and 0 (intops.go); only &, | and ^
// between two bools give a bool. The type has its own slots, set here,
// because the generic operations call the slots of the exact type.

func init() { OnBoot(10, bootBool) }

func bootBool(t *Thread) {
	s := &BoolType.Slots
	s.New = boolNew
	s.Repr = boolRepr
	s.Hash = func(t *Thread, v Value) (int64, error) { return int64(boolInt(v)), nil }
	s.Compare = numericCompare
	s.Bool = func(t *Thread, v Value) (bool, error) { return v == True, nil }
	s.Binary = numericBinary
	s.Unary = intUnary
	s.Index = intIndex
	s.GetAttr = intGetAttr
}

func boolRepr(t *Thread, v Value) (string, error) {
	if v == True {
		return "True", nil
	}
	return "False", nil
}

// boolNew implements bool() and bool(x).
func boolNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("bool", kwnames); err != nil {
		return Null, err
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		b, err := Truth(t, args[0])
		return Bool(b), err
	}
	return Null, TypeError("bool expected at most 1 argument, got %d", len(args))
}
