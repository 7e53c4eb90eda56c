package builtins

import "atompy.dev/atompy/interp/object"

// The built-in exception classes of CPython 3.11 that the object model does
// not define itself. They are made as ordinary classes of module builtins
// at boot; ExceptionGroup and BaseExceptionGroup are not provided.

// extraExceptions lists them in the order Install adds them.
var extraExceptions []*object.Type

// The OSError subclasses that osError maps errno values to.
var (
	brokenPipeErrorType, blockingIOErrorType, childProcessErrorType                  *object.Type
	connectionErrorType, interruptedErrorType, processLookupErrorType                *object.Type
	connectionAbortedErrorType, connectionRefusedErrorType, connectionResetErrorType *object.Type
)

func init() { object.OnBoot(60, bootExceptions) }

func bootExceptions(t *object.Thread) {
	have := map[string]bool{}
	for _, e := range object.ExceptionTypes {
		have[e.Name] = true
	}
	mk := func(name string, base *object.Type) *object.Type {
		if have[name] {
			for _, e := range object.ExceptionTypes {
				if e.Name == name {
					return e
				}
			}
		}
		ns := object.NewDict(t)
		object.DictSetStr(t, ns, "__module__", object.NewStr(t, "builtins"))
		typ, err := object.NewClass(t, name, []*object.Type{base}, ns)
		if err != nil {
			panic("BUG: exception " + name + ": " + err.Error())
		}
		extraExceptions = append(extraExceptions, typ)
		return typ
	}
	osErr := object.OSErrorType
	connectionErrorType = mk("ConnectionError", osErr)
	brokenPipeErrorType = mk("BrokenPipeError", connectionErrorType)
	connectionAbortedErrorType = mk("ConnectionAbortedError", connectionErrorType)
	connectionRefusedErrorType = mk("ConnectionRefusedError", connectionErrorType)
	connectionResetErrorType = mk("ConnectionResetError", connectionErrorType)
	blockingIOErrorType = mk("BlockingIOError", osErr)
	childProcessErrorType = mk("ChildProcessError", osErr)
	interruptedErrorType = mk("InterruptedError", osErr)
	processLookupErrorType = mk("ProcessLookupError", osErr)
	mk("UnicodeTranslateError", object.UnicodeErrorType)
	for _, name := range []string{"SyntaxWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
		"BytesWarning", "ResourceWarning", "PendingDeprecationWarning", "EncodingWarning"} {
		mk(name, object.WarningType)
	}
}

// installExceptions adds every exception class and the OSError aliases to
// the builtins dict d.
func installExceptions(t *object.Thread, d Value) {
	for _, e := range object.ExceptionTypes {
		object.DictSetStr(t, d, e.Name, e.Ref)
	}
	for _, e := range extraExceptions {
		object.DictSetStr(t, d, e.Name, e.Ref)
	}
	object.DictSetStr(t, d, "IOError", object.OSErrorType.Ref)
	object.DictSetStr(t, d, "EnvironmentError", object.OSErrorType.Ref)
}
