package vm

import (
	"atompy.dev/atompy/interp/object"
)

// Name and attribute access with inline caches.

// nameError is the NameError of an undefined name. It carries the name,
// as CPython's does, for the traceback printer's suggestion.
func nameError(name string) error {
	e := object.NewError(object.NameErrorType, "name '%s' is not defined", name)
	e.Name = name
	return e
}

func (th *Thread) loadGlobal(f *Frame, name string) (Value, error) {
	c := &f.data.globals[f.PC-1]
	id := th.TX.AttemptID()
	if id == 0 || !object.IsNamespace(f.Globals) {
		return th.lookupGlobal(f, name, c)
	}
	m := &th.globalMemo[(f.data.index*globalMemoSpread+f.PC)%globalMemoSize]
	if m.site == c && m.attempt == id && m.nsWrites == th.NSWrites && m.globals == f.Globals {
		return m.v, nil
	}
	v, err := th.lookupGlobal(f, name, c)
	if err == nil {
		*m = globalMemoEntry{site: c, globals: f.Globals, attempt: id, nsWrites: th.NSWrites, v: v}
	}
	return v, err
}

// lookupGlobal finds a global or built-in name through the site's caches.
func (th *Thread) lookupGlobal(f *Frame, name string, c *globalCache) (Value, error) {
	t := th.Thread
	if v, ok := object.DictGetStrCached(t, f.Globals, name, &c.g); ok {
		return v, nil
	}
	if v, ok := object.DictGetStrCached(t, th.vm.Builtins, name, &c.b); ok {
		return v, nil
	}
	return Null, nameError(name)
}

// globalMemoEntry remembers what a LOAD_GLOBAL site found during one
// transaction attempt on the parallel STM, where each lookup costs several
// read barriers (the globals' entries array, the key, the value, and for a
// built-in the same again in the builtins). Within an attempt the answer
// cannot change except by the attempt's own writes: its reads are
// consistent with its snapshot, and the first lookup marked what it read,
// so another thread's commit of a change aborts the attempt at its next
// validation as it would have without the memo. The attempt's own writes
// to any namespace dict bump NSWrites, which voids every entry; so does
// the next attempt, whose id differs (collections run between attempts, so
// a stale entry's value is never looked at).
type globalMemoEntry struct {
	site     *globalCache
	globals  Value
	attempt  uint64
	nsWrites uint64
	v        Value
}

// globalMemoSize is the number of memo entries per thread, indexed by the
// code's number and the instruction's offset: small functions all have
// their LOAD_GLOBALs at the first few offsets, so the code number spreads
// them (globalMemoSpread) over the table.
const (
	globalMemoSize   = 256
	globalMemoSpread = 37
)

func (th *Thread) loadName(f *Frame, name string) (Value, error) {

	if f.Locals != Null && f.Locals != f.Globals {
		if v, ok, err := th.mappingGet(f.Locals, name); err != nil || ok {
			return v, err
		}
	}
	return th.loadGlobal(f, name)
}

// mappingGet reads a namespace that is normally a dict.
func (th *Thread) mappingGet(m Value, name string) (Value, bool, error) {
	if object.IsDict(m) {
		v, ok := object.DictGetStr(th.Thread, m, name)
		return v, ok, nil
	}
	v, err := object.GetItem(th.Thread, m, object.NewStr(th.Thread, name))
	if err != nil {
		if object.Matches(err, object.KeyErrorType) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

func (th *Thread) storeName(f *Frame, name string, v Value) error {
	if object.IsDict(f.Locals) {
		object.DictSetStr(th.Thread, f.Locals, name, v)
		return nil
	}
	return object.SetItem(th.Thread, f.Locals, object.NewStr(th.Thread, name), v)
}

func (th *Thread) deleteName(ns Value, name string, global bool) error {
	ok, err := object.DictDel(th.Thread, ns, object.NewStr(th.Thread, name))
	if err != nil {
		return err
	}
	if !ok {
		return nameError(name)
	}
	return nil
}

func (th *Thread) loadDeref(f *Frame, i int, classDeref bool) (Value, error) {
	if classDeref {
		name := th.derefName(f, i)
		if v, ok, err := th.mappingGet(f.Locals, name); err != nil || ok {
			return v, err
		}
	}
	v := object.CellGet(th.Thread, f.Cells[i])
	if v == Null {
		return Null, th.unboundDeref(f, i)
	}
	return v, nil
}

func (th *Thread) derefName(f *Frame, i int) string {
	if i < len(f.Code.Cellvars) {
		return f.Code.Cellvars[i]
	}
	return f.Code.Freevars[i-len(f.Code.Cellvars)]
}

func (th *Thread) unboundDeref(f *Frame, i int) error {
	name := th.derefName(f, i)
	if i < len(f.Code.Cellvars) {
		return object.NewError(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	e := object.NewError(object.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	e.Name = name
	return e
}

// loadAttr is LOAD_ATTR with a per-instruction cache of the instance slot
// an attribute was found in, keyed by the instance's shape (class id) and
// the class's namespace version (a class attribute of that name, such as a
// property, would take precedence over the slot).
func (th *Thread) loadAttr(f *Frame, obj Value, name string) (Value, error) {
	t := th.Thread
	if object.IsModule(obj) {
		if v, ok := th.moduleAttr(f, obj, name); ok {
			return v, nil
		}
		return object.GetAttr(t, obj, name)
	}
	if s := object.ShapeOf(obj); s != nil {
		site := f.site()
		// The shape is read without a barrier, to save one on a hit:
		// object.TryGetSlot checks after the (barriered) slot read that
		// it is still the shape the slot index came from. A miss takes
		// the generic path, which reads the shape through the barrier.
		if c := site.find(s.ID); c != nil && c.slot >= 0 && c.next == nil && c.version == s.Type.Version(t) {
			if v, ok := object.TryGetSlot(t, obj, s, int(c.slot)); v != Null && ok {
				return v, nil
			}
		}
		ver := s.Type.Version(t)
		if i := s.Index(name); i >= 0 && !s.DictMode && s.Type.Lookup(t, name) == Null {
			if v, ok := object.TryGetSlot(t, obj, s, i); v != Null && ok {
				site.add(&attrCache{class: s.ID, version: ver, slot: int32(i)})
				return v, nil
			}
		}
	}
	return object.GetAttr(t, obj, name)
}

// storeAttr is STORE_ATTR with a cache of the slot written, or of the
// shape transition made, for the instance's shape.
func (th *Thread) storeAttr(f *Frame, obj Value, name string, v Value) error {
	t := th.Thread
	// Lock the instance before trusting its shape: nobody else can change
	// it then (object.LockedShapeOf).
	s := object.LockedShapeOf(t, obj)
	var site *attrSite
	if s != nil {
		site = f.site()
		if c := site.find(s.ID); c != nil && c.slot >= 0 && c.version == s.Type.Version(t) {
			if c.next == nil {
				object.SetSlot(t, obj, int(c.slot), v)
			} else {
				object.AddSlot(t, obj, c.next, v)
			}
			return nil
		}
	}
	if err := object.SetAttr(t, obj, name, v); err != nil {
		return err
	}
	if s == nil || s.DictMode {
		return nil
	}
	ver := s.Type.Version(t)
	if !isPlainSetattr(t, s.Type) || s.Type.Lookup(t, name) != Null {
		return nil
	}
	s2 := object.ShapeOf(obj)
	if i := s2.Index(name); i >= 0 {
		c := &attrCache{class: s.ID, version: ver, slot: int32(i)}
		if s2 != s {
			c.next = s2
		}
		site.add(c)
	}
	return nil
}

func isPlainSetattr(t *object.Thread, typ *object.Type) bool {
	m := typ.Lookup(t, "__setattr__")
	if !object.IsBuiltin(m) {
		return false
	}
	b, _ := object.BuiltinOf(m)
	return b.Owner == object.ObjectType
}

// loadMethod is LOAD_METHOD: for a plain function found on the type of an
// instance that does not shadow it, push the function and the receiver
// without creating a bound method.
func (th *Thread) loadMethod(f *Frame, obj Value, name string) (Value, Value, error) {
	t := th.Thread
	// The method is used because the instance's shape has no attribute of
	// that name: a decision on the header alone, so read it through the
	// barrier (object.ShapeOfTx).
	s := object.ShapeOfTx(t, obj)
	var site *attrSite
	if s != nil {
		site = f.site()
		if c := site.find(s.ID); c != nil && c.method != Null && c.version == s.Type.Version(t) {
			return c.method, obj, nil
		}
	}
	typ := object.TypeOf(obj)
	if object.IsModule(obj) {
		if v, ok := th.moduleAttr(f, obj, name); ok {
			return Null, v, nil
		}
	}
	if object.AsType(obj) == nil && typ != object.SuperType {
		var ver uint64
		if s != nil {
			ver = s.Type.Version(t)
		}
		m := typ.Lookup(t, name)
		if m != Null && (object.IsFunction(m) || isPlainMethod(m)) {
			if s == nil || s.Index(name) < 0 && !s.DictMode {
				if object.IsBuiltin(m) {
					b, _ := object.BuiltinOf(m)
					return m, object.ReceiverFor(t, b, obj), nil
				}
				if s != nil {
					site.add(&attrCache{class: s.ID, version: ver, slot: -1, method: m})
				}
				return m, obj, nil
			}
		}
	}
	v, err := object.GetAttr(t, obj, name)
	return Null, v, err
}

// isPlainMethod reports whether m is a built-in method that binds an
// instance receiver.
func isPlainMethod(m Value) bool {
	if !object.IsBuiltin(m) {
		return false
	}
	b, bound := object.BuiltinOf(m)
	return b.Method && !b.Static && !b.ClassMethod && bound == Null
}

// moduleAttr reads a module global through the site's cache (math.sqrt).
// It reports false when the name is not in the module's dict, leaving the
// error or the type's attributes to the generic path.
func (th *Thread) moduleAttr(f *Frame, mod Value, name string) (Value, bool) {
	m := f.site().modFor(mod)
	return object.DictGetStrCached(th.Thread, object.ModuleDict(mod), name, &m.c)
}
