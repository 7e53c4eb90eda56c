package object

import (
	"fmt"
	"strings"
	"sync"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/bytecode"
)

// BuiltinFn is the Go signature of every built-in function and method. self
// is the receiver of a method (Null for plain functions); args holds the
// positional arguments followed by the values of the keyword arguments
// named in kwnames.
type BuiltinFn func(t *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Builtin describes a function implemented in Go. It lives in the handle
// table; heap objects of class builtinClass refer to it.
type Builtin struct {
	Name string
	Fn   BuiltinFn
	// Method marks functions stored in a type's attributes that bind their
	// receiver when looked up on an instance.
	Method bool
	// Owner is the type a method belongs to (for messages and for checking
	// the receiver's type).
	Owner *Type
	// Static marks methods that never bind (like staticmethod).
	Static bool
	// ClassMethod marks methods that bind the class (dict.fromkeys).
	ClassMethod bool
}

// Builtin function layout: word 2 the handle of the *Builtin, word 3 the
// bound receiver or Null.
const (
	builtinHandleOff = gc.HeaderSize
	builtinSelfOff   = gc.HeaderSize + gc.WordSize
)

// NewBuiltin makes a heap object for a Go function.
func NewBuiltin(t *Thread, b *Builtin) Value {
	a := t.alloc(builtinClass, wordsSize(2))
	store(a, builtinHandleOff, MakeSmallInt(int64(NewHandle(b, 0))))
	return FromAddr(a)
}

// BindBuiltin returns fn bound to self; fn must be a built-in function.
func BindBuiltin(t *Thread, fn, self Value) Value {
	a := t.alloc(builtinClass, wordsSize(2))
	store(a, builtinHandleOff, load(fn.Addr(), builtinHandleOff))
	store(a, builtinSelfOff, self)
	return FromAddr(a)
}

// IsBuiltin reports whether v is a built-in function or bound method.
func IsBuiltin(v Value) bool { return v.IsRef() && classOf(v) == builtinClass }

// BuiltinOf returns the Go description and bound receiver of a built-in.
func BuiltinOf(v Value) (*Builtin, Value) {
	a := v.Addr()
	return Handle(int(load(a, builtinHandleOff).SmallInt())).(*Builtin), load(a, builtinSelfOff)
}

// DefMethod adds a Go method to a built-in type.
func DefMethod(t *Thread, typ *Type, name string, fn BuiltinFn) {
	typ.Attrs[name] = NewBuiltin(t, &Builtin{Name: name, Fn: fn, Method: true, Owner: typ})
}

// DefClassMethod adds a Go class method (receiver: the class) to a type.
func DefClassMethod(t *Thread, typ *Type, name string, fn BuiltinFn) {
	typ.Attrs[name] = NewBuiltin(t, &Builtin{Name: name, Fn: fn, Method: true, ClassMethod: true, Owner: typ})
}

// DefStatic adds a Go static method to a type.
func DefStatic(t *Thread, typ *Type, name string, fn BuiltinFn) {
	typ.Attrs[name] = NewBuiltin(t, &Builtin{Name: name, Fn: fn, Static: true, Owner: typ})
}

// UnpackArgs binds positional and keyword arguments to the parameters named
// in params, storing them through out. A name ending in "?" is optional (its
// out value stays as the caller set it, usually Null); the pseudo-name "*"
// starts keyword-only parameters. Errors follow CPython's wording.
func UnpackArgs(fname string, args []Value, kwnames []string, params []string, out ...*Value) error {
	npos := len(args) - len(kwnames)
	names, required, kwOnlyFrom := parseParams(params)
	if npos > kwOnlyFrom {
		return tooManyPositional(fname, kwOnlyFrom, required, npos)
	}
	set := make([]bool, len(names))
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
		set[i] = true
	}
	for k, kw := range kwnames {
		i := indexOf(names, kw)
		if i < 0 {
			return TypeError("%s() got an unexpected keyword argument '%s'", fname, kw)
		}
		if set[i] {
			return TypeError("argument for %s() given by name ('%s') and position (%d)", fname, kw, i+1)
		}
		*out[i] = args[npos+k]
		set[i] = true
	}
	for i := 0; i < required; i++ {
		if !set[i] {
			if npos == 0 && len(kwnames) == 0 && required == 1 && len(names) == 1 {
				return TypeError("%s() takes exactly one argument (0 given)", fname)
			}
			return TypeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

func parseParams(params []string) (names []string, required, kwOnlyFrom int) {
	required = -1
	kwOnlyFrom = -1
	for _, p := range params {
		if p == "*" {
			kwOnlyFrom = len(names)
			continue
		}
		if strings.HasSuffix(p, "?") {
			if required < 0 {
				required = len(names)
			}
			p = p[:len(p)-1]
		}
		names = append(names, p)
	}
	if required < 0 {
		required = len(names)
	}
	if kwOnlyFrom < 0 {
		kwOnlyFrom = len(names)
	}
	return names, required, kwOnlyFrom
}

func tooManyPositional(fname string, max, required, got int) error {
	switch {
	case max == 0:
		return TypeError("%s() takes no arguments (%d given)", fname, got)
	case max == 1 && required == 1:
		return TypeError("%s() takes exactly one argument (%d given)", fname, got)
	case required == max:
		return TypeError("%s() takes exactly %d arguments (%d given)", fname, max, got)
	}
	return TypeError("%s() takes at most %d arguments (%d given)", fname, max, got)
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// NoKwargs returns the CPython error for a keyword passed to a function
// that takes none, or nil.
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return TypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks the number of positional arguments of a method.
func ArgCount(fname string, args []Value, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return TypeError("%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return TypeError("%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return TypeError("%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return TypeError("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return TypeError("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Function layout (class functionClass). Fields that Python code can
// reassign (defaults, name, ...) are read and written through barriers.
const (
	FuncCodeOff       = gc.HeaderSize + 0*gc.WordSize // handle of *bytecode.Code (immutable)
	FuncGlobalsOff    = gc.HeaderSize + 1*gc.WordSize // dict
	FuncNameOff       = gc.HeaderSize + 2*gc.WordSize // str
	FuncQualnameOff   = gc.HeaderSize + 3*gc.WordSize // str
	FuncDefaultsOff   = gc.HeaderSize + 4*gc.WordSize // tuple or Null
	FuncKwDefaultsOff = gc.HeaderSize + 5*gc.WordSize // dict or Null
	FuncClosureOff    = gc.HeaderSize + 6*gc.WordSize // tuple of cells or Null
	FuncDictOff       = gc.HeaderSize + 7*gc.WordSize // dict or Null
	FuncModuleOff     = gc.HeaderSize + 8*gc.WordSize // str or None
	FuncDocOff        = gc.HeaderSize + 9*gc.WordSize
	funcWords         = 10
)

// codeNameStrs caches the name and qualname strs of code objects (a
// *[2]Value per *bytecode.Code), so that making a closure in a loop does
// not allocate them again. The strs are roots for as long as the code
// lives (forever): scanCodeNames reports them, because KeepAlive is for
// boot only (its list is not synchronised). It is a sync.Map because
// threads making closures in parallel read it on every closure: reading
// takes no lock. Two threads that race on a new code both allocate, and
// the first stored pair wins.
var codeNameStrs sync.Map

func init() {
	OnBoot(0, func(*Thread) { Current().Heap.AddRoots(scanCodeNames) })
}

func scanCodeNames(mark func(w uint64)) {
	codeNameStrs.Range(func(_, v any) bool {
		p := v.(*[2]Value)
		mark(uint64(p[0]))
		mark(uint64(p[1]))
		return true
	})
}

func codeNames(t *Thread, code *bytecode.Code) (Value, Value) {
	v, ok := codeNameStrs.Load(code)
	if !ok {
		fresh := &[2]Value{NewStr(t, code.Name), NewStr(t, code.QualName)}
		v, _ = codeNameStrs.LoadOrStore(code, fresh)
	}
	p := v.(*[2]Value)
	return p[0], p[1]
}

// codeHandles maps code objects to their immortal handles (a sync.Map for
// the same reason as codeNameStrs).
var codeHandles sync.Map

// CodeHandle returns the immortal handle of a code object.
func CodeHandle(c *bytecode.Code) int {
	if h, ok := codeHandles.Load(c); ok {
		return h.(int)
	}
	// Of threads that race on a new code, one handle wins; the others'
	// stay unused.
	h, _ := codeHandles.LoadOrStore(c, NewHandle(c, 0))
	return h.(int)
}

// NewFunction creates a function object for code.
func NewFunction(t *Thread, code *bytecode.Code, globals, defaults, kwdefaults, closure Value) Value {
	a := t.alloc(functionClass, wordsSize(funcWords))
	store(a, FuncCodeOff, MakeSmallInt(int64(CodeHandle(code))))
	store(a, FuncGlobalsOff, globals)
	name, qual := codeNames(t, code)
	store(a, FuncNameOff, name)
	store(a, FuncQualnameOff, qual)
	store(a, FuncDefaultsOff, defaults)
	store(a, FuncKwDefaultsOff, kwdefaults)
	store(a, FuncClosureOff, closure)
	store(a, FuncModuleOff, None)
	store(a, FuncDocOff, None)
	if globals != Null {
		if m, ok := DictGetStr(t, globals, "__name__"); ok {
			store(a, FuncModuleOff, m)
		}
	}
	return FromAddr(a)
}

// IsFunction reports whether v is a Python function.
func IsFunction(v Value) bool { return v.IsRef() && classOf(v) == functionClass }

// FuncCodeHandle returns the handle of a function's code object.
func FuncCodeHandle(fn Value) int { return int(load(fn.Addr(), FuncCodeOff).SmallInt()) }

// FuncCode returns the code object of a function.
func FuncCode(fn Value) *bytecode.Code {
	return Handle(int(load(fn.Addr(), FuncCodeOff).SmallInt())).(*bytecode.Code)
}

// FuncField reads a mutable field of a function.
func FuncField(t *Thread, fn Value, off uintptr) Value { return t.read(fn.Addr(), off) }

// FuncGlobals returns a function's globals dict. It is set when the
// function is made and never written again (__globals__ is read-only), so
// it needs no barrier.
func FuncGlobals(fn Value) Value { return load(fn.Addr(), FuncGlobalsOff) }

// SetFuncField writes a mutable field of a function.
func SetFuncField(t *Thread, fn Value, off uintptr, v Value) { t.write(fn.Addr(), off, v) }

// Bound method layout: word 2 the function, word 3 the receiver.
const (
	methodFuncOff = gc.HeaderSize
	methodSelfOff = gc.HeaderSize + gc.WordSize
)

// NewMethod binds fn to self.
func NewMethod(t *Thread, fn, self Value) Value {
	a := t.alloc(methodClass, wordsSize(2))
	store(a, methodFuncOff, fn)
	store(a, methodSelfOff, self)
	return FromAddr(a)
}

// IsMethod reports whether v is a bound method.
func IsMethod(v Value) bool { return v.IsRef() && classOf(v) == methodClass }

// MethodParts returns the function and receiver of a bound method.
func MethodParts(v Value) (fn, self Value) {
	return load(v.Addr(), methodFuncOff), load(v.Addr(), methodSelfOff)
}

// Cell layout: word 2 the contents (Null when empty).
const cellValueOff = gc.HeaderSize

// NewCell returns a cell holding v (Null for an empty cell).
func NewCell(t *Thread, v Value) Value {
	a := t.alloc(cellClass, wordsSize(1))
	store(a, cellValueOff, v)
	return FromAddr(a)
}

// CellGet returns the contents of a cell.
func CellGet(t *Thread, c Value) Value { return t.read(c.Addr(), cellValueOff) }

// CellSet replaces the contents of a cell.
func CellSet(t *Thread, c Value, v Value) { t.write(c.Addr(), cellValueOff, v) }

// Wrapper objects with one field: staticmethod, classmethod. Property has
// four (fget, fset, fdel, doc).
const wrapOff = gc.HeaderSize

// NewWrapper makes a staticmethod/classmethod-like object of class cls
// holding fields.
func newWrapper(t *Thread, cls uint32, fields ...Value) Value {
	a := t.alloc(cls, wordsSize(len(fields)))
	for i, f := range fields {
		store(a, wrapOff+uintptr(i)*gc.WordSize, f)
	}
	return FromAddr(a)
}

// NewStaticMethod wraps fn in a staticmethod.
func NewStaticMethod(t *Thread, fn Value) Value { return newWrapper(t, staticClass, fn) }

// NewClassMethod wraps fn in a classmethod.
func NewClassMethod(t *Thread, fn Value) Value { return newWrapper(t, classmethClass, fn) }

// NewProperty makes a property.
func NewProperty(t *Thread, fget, fset, fdel, doc Value) Value {
	return newWrapper(t, propertyClass, fget, fset, fdel, doc)
}

// WrapperField reads field i of a staticmethod, classmethod or property.
func WrapperField(t *Thread, v Value, i int) Value {
	return t.read(v.Addr(), wrapOff+uintptr(i)*gc.WordSize)
}

// Module layout: word 2 the module's dict.
const moduleDictOff = gc.HeaderSize

// NewModule creates a module with a fresh globals dict holding __name__.
func NewModule(t *Thread, name string) Value {
	d := NewDict(t)
	MarkNamespace(d)
	DictSetStr(t, d, "__name__", NewStr(t, name))
	DictSetStr(t, d, "__doc__", None)
	a := t.alloc(moduleClass, wordsSize(1))
	store(a, moduleDictOff, d)
	return FromAddr(a)
}

// ModuleDict returns the globals dict of a module.
func ModuleDict(m Value) Value { return load(m.Addr(), moduleDictOff) }

// IsModule reports whether v is a module.
func IsModule(v Value) bool { return v.IsRef() && classOf(v) == moduleClass }

// describe renders a value's type for messages like "'int' object ...".
func describe(v Value) string { return fmt.Sprintf("'%s' object", TypeName(v)) }
