package object

import "fmt"

// Exception is a Python exception travelling through Go code as an error.
//
// Errors raised by Go code are created lazily: Type plus either Msg or Args,
// with no heap instance, so that the many exceptions that are caught right
// away inside the runtime (a KeyError inside dict.get's fallback, the
// StopIteration ending a for loop) cost no allocation in the guest heap.
// The interpreter calls Materialize when guest code needs the instance.
type Exception struct {
	Type  *Type
	Msg   string  // the single argument when Args is nil and Msg != ""
	Args  []Value // explicit arguments, e.g. the key of a KeyError
	Value Value   // the instance, once materialized (then it is authoritative)
	// Name and Obj become the name and obj attributes of a NameError or
	// AttributeError when it is materialized ("" and Null: unset); the
	// traceback printer's "Did you mean" suggestion reads them. Like Args,
	// Obj is kept from Go only while the error travels back to the
	// interpreter, which materializes it before the next safepoint.
	Name string
	Obj  Value
}

// Error implements error with CPython's "Type: message" line.
func (e *Exception) Error() string {
	if e.Value != Null {
		return e.Type.Name + " (raised from guest code)"
	}
	if e.Msg == "" {
		return e.Type.Name
	}
	return e.Type.Name + ": " + e.Msg
}

// NewError returns an exception of type typ with a formatted message.
func NewError(typ *Type, format string, a ...any) *Exception {
	if len(a) == 0 {
		return &Exception{Type: typ, Msg: format}
	}
	return &Exception{Type: typ, Msg: fmt.Sprintf(format, a...)}
}

// NewErrorArgs returns an exception whose args are the given values.
func NewErrorArgs(typ *Type, args ...Value) *Exception {
	if args == nil {
		args = []Value{}
	}
	return &Exception{Type: typ, Args: args}
}

// FromValue wraps an exception instance for raising.
func FromValue(v Value) *Exception {
	return &Exception{Type: TypeOf(v), Value: v}
}

// Matches reports whether err is a Python exception of type typ or a
// subclass.
func Matches(err error, typ *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.Type.IsSubtype(typ)
}

// TypeError and friends are shorthands for the errors Go code raises most.
func TypeError(format string, a ...any) *Exception { return NewError(TypeErrorType, format, a...) }

// ValueError returns a ValueError.
func ValueError(format string, a ...any) *Exception { return NewError(ValueErrorType, format, a...) }

// IndexError returns an IndexError.
func IndexError(format string, a ...any) *Exception { return NewError(IndexErrorType, format, a...) }

// OverflowError returns an OverflowError.
func OverflowError(format string, a ...any) *Exception {
	return NewError(OverflowErrorType, format, a...)
}

// ZeroDivisionError returns a ZeroDivisionError.
func ZeroDivisionError(format string, a ...any) *Exception {
	return NewError(ZeroDivisionErrorType, format, a...)
}

// KeyError returns a KeyError for key.
func KeyError(key Value) *Exception { return NewErrorArgs(KeyErrorType, key) }

// StopIter returns an exhausted-iterator error.
func StopIter() *Exception { return &Exception{Type: StopIterationType} }

// IsStopIteration reports whether err is a StopIteration.
func IsStopIteration(err error) bool { return Matches(err, StopIterationType) }

// TypeName returns the name of v's type, for error messages.
func TypeName(v Value) string { return TypeOf(v).Name }
