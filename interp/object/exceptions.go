package object

// The built-in exception hierarchy of CPython 3.11. Exception instances are
// ordinary shape-based instances whose root shape starts with the slots
// below, so user subclasses add attributes the usual way and the
// interpreter finds args, __cause__, ... at fixed slots.
const (
	ExcArgsSlot = iota
	ExcCauseSlot
	ExcContextSlot
	ExcSuppressSlot
	ExcTracebackSlot
	excSlots
)

var excSlotNames = []string{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"}

// The exception types.
var (
	BaseExceptionType, ExceptionType, GeneratorExitType, KeyboardInterruptType, SystemExitType *Type
	ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType      *Type
	AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType                      *Type
	ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType    *Type
	MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType                         *Type
	FileNotFoundErrorType, FileExistsErrorType, PermissionErrorType, IsADirectoryErrorType     *Type
	NotADirectoryErrorType, TimeoutErrorType, ReferenceErrorType, RuntimeErrorType             *Type
	NotImplementedErrorType, RecursionErrorType, StopIterationType, StopAsyncIterationType     *Type
	SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType, TypeErrorType        *Type
	ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType           *Type
	WarningType, UserWarningType, DeprecationWarningType, RuntimeWarningType                   *Type
)

// ExceptionTypes lists every built-in exception type, for the builtins module.
var ExceptionTypes []*Type

func bootExceptions(t *Thread) {
	mk := func(name string, base *Type) *Type {
		typ := builtinType(t, name, FlagBaseType|FlagException, base)
		// Each type needs its own root shape: a shape names its type.
		typ.RootShape = newRootShape(typ, excSlotNames, false)
		typ.Solid = ObjectType
		ExceptionTypes = append(ExceptionTypes, typ)
		return typ
	}
	BaseExceptionType = mk("BaseException", ObjectType)
	GeneratorExitType = mk("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType = mk("KeyboardInterrupt", BaseExceptionType)
	SystemExitType = mk("SystemExit", BaseExceptionType)
	ExceptionType = mk("Exception", BaseExceptionType)
	ArithmeticErrorType = mk("ArithmeticError", ExceptionType)
	FloatingPointErrorType = mk("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType = mk("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType = mk("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType = mk("AssertionError", ExceptionType)
	AttributeErrorType = mk("AttributeError", ExceptionType)
	BufferErrorType = mk("BufferError", ExceptionType)
	EOFErrorType = mk("EOFError", ExceptionType)
	ImportErrorType = mk("ImportError", ExceptionType)
	ModuleNotFoundErrorType = mk("ModuleNotFoundError", ImportErrorType)
	LookupErrorType = mk("LookupError", ExceptionType)
	IndexErrorType = mk("IndexError", LookupErrorType)
	KeyErrorType = mk("KeyError", LookupErrorType)
	MemoryErrorType = mk("MemoryError", ExceptionType)
	NameErrorType = mk("NameError", ExceptionType)
	UnboundLocalErrorType = mk("UnboundLocalError", NameErrorType)
	OSErrorType = mk("OSError", ExceptionType)
	FileNotFoundErrorType = mk("FileNotFoundError", OSErrorType)
	FileExistsErrorType = mk("FileExistsError", OSErrorType)
	PermissionErrorType = mk("PermissionError", OSErrorType)
	IsADirectoryErrorType = mk("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = mk("NotADirectoryError", OSErrorType)
	TimeoutErrorType = mk("TimeoutError", OSErrorType)
	ReferenceErrorType = mk("ReferenceError", ExceptionType)
	RuntimeErrorType = mk("RuntimeError", ExceptionType)
	NotImplementedErrorType = mk("NotImplementedError", RuntimeErrorType)
	RecursionErrorType = mk("RecursionError", RuntimeErrorType)
	StopAsyncIterationType = mk("StopAsyncIteration", ExceptionType)
	StopIterationType = mk("StopIteration", ExceptionType)
	SyntaxErrorType = mk("SyntaxError", ExceptionType)
	IndentationErrorType = mk("IndentationError", SyntaxErrorType)
	TabErrorType = mk("TabError", IndentationErrorType)
	SystemErrorType = mk("SystemError", ExceptionType)
	TypeErrorType = mk("TypeError", ExceptionType)
	ValueErrorType = mk("ValueError", ExceptionType)
	UnicodeErrorType = mk("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = mk("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = mk("UnicodeEncodeError", UnicodeErrorType)
	WarningType = mk("Warning", ExceptionType)
	UserWarningType = mk("UserWarning", WarningType)
	DeprecationWarningType = mk("DeprecationWarning", WarningType)
	RuntimeWarningType = mk("RuntimeWarning", WarningType)
}
