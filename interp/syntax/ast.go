package syntax

// Pos is a source position: Line is 1-based, Col is a 0-based offset in
// UTF-8 bytes from the start of the line (CPython's col_offset convention).
type Pos struct {
	Line int32
	Col  int32
}

// Loc is the extent of a node: Pos is the first byte, End is one past the
// last byte (like CPython's end_lineno/end_col_offset). Every node embeds it.
type Loc struct {
	Pos Pos
	End Pos
}

// Span returns the node's extent.
func (l *Loc) Span() *Loc { return l }

// Node is any AST node.
type Node interface {
	Span() *Loc
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Ctx says how a target-capable expression (Name, Attribute, Subscript,
// Starred, List, Tuple) is used.
type Ctx uint8

const (
	Load Ctx = iota
	Store
	Del
)

func (c Ctx) String() string { return [...]string{"Load", "Store", "Del"}[c] }

// Module is the root of a parsed file.
type Module struct {
	Loc
	Body []Stmt
}

// ---- statements ----

type (
	// FunctionDef is `def Name(Args) -> Returns: Body`. Returns is the
	// return annotation (nil if absent); annotations are kept but carry no
	// semantics. Decorators are applied bottom-up, as in Python.
	FunctionDef struct {
		Loc
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr
	}

	// ClassDef is `class Name(Bases, Keywords): Body`.
	ClassDef struct {
		Loc
		Name       string
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
	}

	// Return is `return Value`; Value is nil for a bare return.
	Return struct {
		Loc
		Value Expr
	}

	// Delete is `del Targets` (each target has Ctx Del).
	Delete struct {
		Loc
		Targets []Expr
	}

	// Assign is `T1 = T2 = ... = Value`; Targets are in source order.
	Assign struct {
		Loc
		Targets []Expr
		Value   Expr
	}

	// AugAssign is `Target Op= Value`.
	AugAssign struct {
		Loc
		Target Expr
		Op     Operator
		Value  Expr
	}

	// AnnAssign is `Target: Annotation = Value`; Value may be nil. Simple
	// is true when Target is a bare, unparenthesised name.
	AnnAssign struct {
		Loc
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     bool
	}

	// For is `for Target in Iter: Body else: Orelse`.
	For struct {
		Loc
		Target Expr
		Iter   Expr
		Body   []Stmt
		Orelse []Stmt
	}

	// While is `while Test: Body else: Orelse`.
	While struct {
		Loc
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}

	// If is `if Test: Body else: Orelse`; elif chains nest in Orelse.
	If struct {
		Loc
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}

	// With is `with Items: Body`.
	With struct {
		Loc
		Items []*WithItem
		Body  []Stmt
	}

	// Raise is `raise Exc from Cause`; both may be nil.
	Raise struct {
		Loc
		Exc   Expr
		Cause Expr
	}

	// Try is try/except/else/finally.
	Try struct {
		Loc
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
	}

	// Assert is `assert Test, Msg`; Msg may be nil.
	Assert struct {
		Loc
		Test Expr
		Msg  Expr
	}

	// Import is `import Names`.
	Import struct {
		Loc
		Names []*Alias
	}

	// ImportFrom is `from <Level dots>Module import Names`. Module is ""
	// for `from . import x`; a `*` import has one Alias named "*".
	ImportFrom struct {
		Loc
		Module string
		Names  []*Alias
		Level  int
	}

	// Global is `global Names`.
	Global struct {
		Loc
		Names []string
	}

	// Nonlocal is `nonlocal Names`.
	Nonlocal struct {
		Loc
		Names []string
	}

	// ExprStmt is an expression evaluated for its effect (CPython's Expr).
	ExprStmt struct {
		Loc
		Value Expr
	}

	// Pass is `pass`.
	Pass struct{ Loc }
	// Break is `break`.
	Break struct{ Loc }
	// Continue is `continue`.
	Continue struct{ Loc }
)

// ---- expressions ----

type (
	// BoolOp is `Values[0] Op Values[1] Op ...` with Op And or Or; a chain
	// of the same operator is flattened into one node.
	BoolOp struct {
		Loc
		Op     BoolOpKind
		Values []Expr
	}

	// NamedExpr is `Target := Value`; Target is a Name with Ctx Store.
	NamedExpr struct {
		Loc
		Target Expr
		Value  Expr
	}

	// BinOp is `Left Op Right`.
	BinOp struct {
		Loc
		Left  Expr
		Op    Operator
		Right Expr
	}

	// UnaryOp is `Op Operand` (-x, +x, ~x, not x).
	UnaryOp struct {
		Loc
		Op      UnaryOpKind
		Operand Expr
	}

	// Lambda is `lambda Args: Body`; its Args have no annotations.
	Lambda struct {
		Loc
		Args *Arguments
		Body Expr
	}

	// IfExp is `Body if Test else Orelse`.
	IfExp struct {
		Loc
		Test   Expr
		Body   Expr
		Orelse Expr
	}

	// Dict is a dict display; a nil Keys[i] means `**Values[i]`.
	Dict struct {
		Loc
		Keys   []Expr
		Values []Expr
	}

	// Set is a set display `{a, b}` (never empty).
	Set struct {
		Loc
		Elts []Expr
	}

	// ListComp is `[Elt for ...]`.
	ListComp struct {
		Loc
		Elt        Expr
		Generators []*Comprehension
	}

	// SetComp is `{Elt for ...}`.
	SetComp struct {
		Loc
		Elt        Expr
		Generators []*Comprehension
	}

	// DictComp is `{Key: Value for ...}`.
	DictComp struct {
		Loc
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}

	// GeneratorExp is `(Elt for ...)`.
	GeneratorExp struct {
		Loc
		Elt        Expr
		Generators []*Comprehension
	}

	// Yield is `yield Value`; Value is nil for a bare yield.
	Yield struct {
		Loc
		Value Expr
	}

	// YieldFrom is `yield from Value`.
	YieldFrom struct {
		Loc
		Value Expr
	}

	// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
	Compare struct {
		Loc
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}

	// Call is `Func(Args, Keywords)`. Args may contain *Starred for
	// `*x`; a Keyword with Arg "" is `**x`. Args and Keywords keep their
	// own source order (CPython's evaluation order for mixed forms is
	// positional first, then keywords).
	Call struct {
		Loc
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}

	// FormattedValue is one `{Value!c:spec}` field of an f-string.
	// Conversion is -1 (none) or 's', 'r', 'a'. FormatSpec is nil or a
	// *JoinedStr.
	FormattedValue struct {
		Loc
		Value      Expr
		Conversion int
		FormatSpec Expr
	}

	// JoinedStr is an f-string: Values are *Constant (str) and
	// *FormattedValue parts.
	JoinedStr struct {
		Loc
		Values []Expr
	}

	// Constant is a literal. Value is one of: nil (None), bool, int64,
	// *big.Int (only when the value does not fit int64), float64,
	// complex128 (imaginary literal; real part 0), string, []byte, or
	// Ellipsis.
	Constant struct {
		Loc
		Value any
	}

	// Attribute is `Value.Attr`.
	Attribute struct {
		Loc
		Value Expr
		Attr  string
		Ctx   Ctx
	}

	// Subscript is `Value[Slice]`; Slice is a *Slice, a *Tuple (for
	// `a[1, 2:3]`) or any other expression.
	Subscript struct {
		Loc
		Value Expr
		Slice Expr
		Ctx   Ctx
	}

	// Starred is `*Value` in a display, call, subscript or target.
	Starred struct {
		Loc
		Value Expr
		Ctx   Ctx
	}

	// Name is an identifier.
	Name struct {
		Loc
		Id  string
		Ctx Ctx
	}

	// List is a list display or target `[a, b]`.
	List struct {
		Loc
		Elts []Expr
		Ctx  Ctx
	}

	// Tuple is a tuple display or target, with or without parentheses.
	Tuple struct {
		Loc
		Elts []Expr
		Ctx  Ctx
	}

	// Slice is `Lower:Upper:Step` inside a subscript; each part may be nil.
	Slice struct {
		Loc
		Lower Expr
		Upper Expr
		Step  Expr
	}
)

// ---- helper nodes ----

type (
	// Arguments is a parameter list of a def or lambda. Defaults belong
	// to the last len(Defaults) of PosOnly+Args. KwDefaults is parallel
	// to KwOnly; a nil entry means "no default".
	Arguments struct {
		Loc
		PosOnly    []*Arg
		Args       []*Arg
		Vararg     *Arg
		KwOnly     []*Arg
		KwDefaults []Expr
		Kwarg      *Arg
		Defaults   []Expr
	}

	// Arg is one parameter; Annotation may be nil.
	Arg struct {
		Loc
		Name       string
		Annotation Expr
	}

	// Keyword is `Arg=Value` in a call or class header; Arg is "" for
	// `**Value`.
	Keyword struct {
		Loc
		Arg   string
		Value Expr
	}

	// Alias is `Name as Asname` in an import; Name may be dotted, Asname
	// is "" when absent.
	Alias struct {
		Loc
		Name   string
		Asname string
	}

	// WithItem is `ContextExpr as OptionalVars`; OptionalVars may be nil.
	WithItem struct {
		Loc
		ContextExpr  Expr
		OptionalVars Expr
	}

	// ExceptHandler is `except Type as Name: Body`; Type is nil for a
	// bare except and Name is "" without `as`.
	ExceptHandler struct {
		Loc
		Type Expr
		Name string
		Body []Stmt
	}

	// Comprehension is one `for Target in Iter if Ifs...` clause.
	// IsAsync is always false (async is not supported).
	Comprehension struct {
		Loc
		Target  Expr
		Iter    Expr
		Ifs     []Expr
		IsAsync bool
	}
)

// EllipsisType is the type of the Ellipsis sentinel.
type EllipsisType struct{}

// Ellipsis is the Constant value of the `...` literal.
var Ellipsis = EllipsisType{}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---- operators ----

// BoolOpKind is the operator of a BoolOp.
type BoolOpKind uint8

const (
	And BoolOpKind = iota
	Or
)

func (o BoolOpKind) String() string { return [...]string{"And", "Or"}[o] }

// Operator is a binary operator (BinOp, AugAssign).
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

var operatorSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

func (o Operator) String() string { return operatorNames[o] }

// Symbol returns the operator's Python spelling, e.g. "//".
func (o Operator) Symbol() string { return operatorSymbols[o] }

// UnaryOpKind is the operator of a UnaryOp.
type UnaryOpKind uint8

const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

func (o UnaryOpKind) String() string { return [...]string{"Invert", "Not", "UAdd", "USub"}[o] }

// CmpOp is a comparison operator of a Compare.
type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func (o CmpOp) String() string { return cmpNames[o] }

// Symbol returns the operator's Python spelling, e.g. "not in".
func (o CmpOp) Symbol() string { return cmpSymbols[o] }
