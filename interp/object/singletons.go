package object

// The singleton types: NoneType, NotImplementedType and ellipsis. Their
// only instances are the constants None, NotImplemented and Ellipsis
// (value.go); calling the type returns the constant.

func init() { OnBoot(10, bootSingletons) }

func bootSingletons(t *Thread) {
	for _, s := range []struct {
		typ   *Type
		value Value
		repr  string
		// errName is how the "takes no arguments" error names the type
		// (CPython 3.11 says EllipsisType although the type is "ellipsis").
		errName string
		truth   bool
	}{
		{NoneType, None, "None", "NoneType", false},
		{NotImplementedType, NotImplemented, "NotImplemented", "NotImplementedType", true},
		{EllipsisType, Ellipsis, "Ellipsis", "EllipsisType", true},
	} {
		s := s
		slots := &s.typ.Slots
		slots.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
			if len(args) > 0 {
				return Null, TypeError("%s takes no arguments", s.errName)
			}
			return s.value, nil
		}
		slots.Repr = func(t *Thread, v Value) (string, error) { return s.repr, nil }
		slots.Bool = func(t *Thread, v Value) (bool, error) { return s.truth, nil }
		slots.Hash = func(t *Thread, v Value) (int64, error) { return singletonHash(v), nil }
	}
}

// singletonHash is a fixed hash per constant (CPython hashes these by
// address, which is just as arbitrary).
func singletonHash(v Value) int64 { return int64(uint64(v)&PayloadMask)*0x9E3779B1 + 0x5F3759DF }
