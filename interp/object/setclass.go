package object

import "slices"

// Assigning __class__ (CPython's object_set_class). An instance's class is
// the Type of its shape, so the assignment moves the instance to the shape
// of the new class that has the same attribute names in the same slots.
//
// Every operation reads an object's class from its header without a
// barrier, so no transaction would notice another changing it under its
// feet: the assignment therefore runs alone (Tx.RunAlone). Every other
// transaction has ended when the header changes, and none begins until the
// assigning one commits, so none ever sees both the old class and anything
// the assigning transaction wrote. It is slow, and rare in real programs.

// assignClass performs v.__class__ = val.
func assignClass(t *Thread, v Value, val Value) error {
	to := AsType(val)
	if to == nil {
		return TypeError("__class__ must be set to a class, not '%s' object", TypeName(val))
	}
	from := TypeOf(v)
	if !isUser(from) || !isUser(to) {
		return TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !sameLayout(from, to) {
		return TypeError("__class__ assignment: '%s' object layout differs from '%s'", to.Name, from.Name)
	}
	t.TX.RunAlone()
	s := LockedShapeOf(t, v)
	if s.Type == to {
		return nil
	}
	if s.DictMode {
		setClassBits(v.Addr(), to.dictShape().ID)
		return nil
	}
	ns := to.RootShape
	for _, name := range s.Names[s.Root:] {
		if ns = ns.With(name); ns == nil {
			break
		}
	}
	if ns == nil {
		toDictMode(t, v, s)
		setClassBits(v.Addr(), to.dictShape().ID)
		return nil
	}
	setClassBits(v.Addr(), ns.ID)
	return nil
}

// sameLayout reports whether instances of a and b store the same things
// in the same places: the same built-in base, the same leading slots
// (__slots__ and the hidden payload), and both with or both without an
// attribute dict. CPython asks the same of __class__ assignment.
func sameLayout(a, b *Type) bool {
	ra, rb := a.RootShape, b.RootShape
	if a.Solid != b.Solid || ra == nil || rb == nil || ra.Frozen != rb.Frozen {
		return false
	}
	return slices.Equal(ra.Names[:ra.Root], rb.Names[:rb.Root])
}
