package bytecode

import "sort"

// Code flags (Code.Flags).
const (
	FlagVarargs       = 1 << iota // the function has *args (a Varnames slot after the kw-only params)
	FlagVarkeywords               // the function has **kwargs (the slot after *args, if any)
	FlagGenerator                 // calling the function creates a generator
	FlagNested                    // the code is nested inside a function (it may have free vars)
	FlagClassBody                 // a class body: names live in the class namespace
	FlagModule                    // the module's top-level code
	FlagComprehension             // a comprehension or generator expression body; arg 0 is ".0"
	FlagLambda                    // a lambda body
)

// ellipsis is the type of Ellipsis.
type ellipsis struct{}

// Ellipsis is the constant `...` in Code.Consts.
var Ellipsis = ellipsis{}

// String implements fmt.Stringer.
func (ellipsis) String() string { return "Ellipsis" }

// Code is a compiled function, class body, comprehension or module.
//
// Consts holds Go values only: nil (None), bool, int64, *big.Int (ints that
// do not fit in int64), float64, complex128, string, []byte, Ellipsis, *Code,
// and []any for constant tuples (for example the keyword names of CALL_KW).
type Code struct {
	Name      string // "f", "<lambda>", "<listcomp>", "<module>", the class name
	QualName  string // "C.f.<locals>.g"
	Filename  string
	FirstLine int

	ArgCount        int // positional parameters, including positional-only
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           int

	// Varnames are the local variable slots (LOAD_FAST index). Parameters come
	// first: positional, keyword-only, then *args, then **kwargs.
	Varnames []string
	// Cellvars are this scope's variables captured by inner scopes;
	// Freevars the variables it captures from outer scopes. Deref indices
	// (LOAD_DEREF etc.) index Cellvars ++ Freevars.
	Cellvars []string
	Freevars []string
	// Cell2Arg[i] is the Varnames index of the parameter that Cellvars[i]
	// aliases, or -1. At frame entry the VM creates a cell for every cellvar
	// and, where Cell2Arg[i] >= 0, initialises it with that argument.
	Cell2Arg []int

	Names  []string // attribute, global and module-level names
	Consts []any

	Code           []uint32
	Lines          LineTable
	ExceptionTable []ExcEntry
	// LoopHeaders are the targets of JUMP_BACKWARD, sorted and unique.
	LoopHeaders []int
	// StackSize is the maximum value-stack depth, exception handlers included.
	StackSize int
	NLocals   int // len(Varnames)
}

// ExcEntry is one row of a code object's exception table (CPython 3.11
// "zero-cost" style). When an instruction at pc in [Start, End) raises, the
// first entry (in table order, innermost first) that covers pc applies: the
// VM pops the value stack down to Depth, pushes the pc of the raising
// instruction as an int if PushLasti, pushes the exception, and continues at
// Target. With no entry the exception leaves the frame.
type ExcEntry struct {
	Start, End int
	Target     int
	Depth      int
	PushLasti  bool
}

// Pos is the source range of one instruction. Lines are 1-based, columns
// 0-based byte offsets in the line; EndCol is exclusive. A zero Line means
// "no position" (artificial instructions); such instructions inherit the
// previous position when the table is built.
type Pos struct {
	Line, EndLine int
	Col, EndCol   int
}

// LineTable maps instruction indices to source positions. It stores one
// entry per run of instructions that share a position.
type LineTable struct {
	runs []posRun
}

type posRun struct {
	pc  int32
	pos Pos
}

// NewLineTable builds a table from one Pos per instruction.
func NewLineTable(pos []Pos) LineTable {
	var t LineTable
	var prev Pos
	for pc, p := range pos {
		if p.Line == 0 {
			p = prev
		}
		if len(t.runs) == 0 || p != prev {
			t.runs = append(t.runs, posRun{int32(pc), p})
		}
		prev = p
	}
	return t
}

// At returns the position of the instruction at pc.
func (t LineTable) At(pc int) Pos {
	i := sort.Search(len(t.runs), func(i int) bool { return int(t.runs[i].pc) > pc })
	if i == 0 {
		return Pos{}
	}
	return t.runs[i-1].pos
}

// Pos returns the source range of the instruction at pc: what a traceback
// prints for a frame stopped there.
func (c *Code) Pos(pc int) (line, col, endLine, endCol int) {
	p := c.Lines.At(pc)
	return p.Line, p.Col, p.EndLine, p.EndCol
}

// Line returns the line of the instruction at pc.
func (c *Code) Line(pc int) int { return c.Lines.At(pc).Line }

// IsLoopHeader reports whether pc is the target of a JUMP_BACKWARD.
func (c *Code) IsLoopHeader(pc int) bool {
	i := sort.SearchInts(c.LoopHeaders, pc)
	return i < len(c.LoopHeaders) && c.LoopHeaders[i] == pc
}

// Handler returns the exception table entry that covers pc, if any.
func (c *Code) Handler(pc int) (ExcEntry, bool) {
	for _, e := range c.ExceptionTable {
		if e.Start <= pc && pc < e.End {
			return e, true
		}
	}
	return ExcEntry{}, false
}

// DerefName returns the name of deref slot i (Cellvars ++ Freevars).
func (c *Code) DerefName(i int) string {
	if i < len(c.Cellvars) {
		return c.Cellvars[i]
	}
	return c.Freevars[i-len(c.Cellvars)]
}

// LoopHeadersOf computes the sorted, unique targets of JUMP_BACKWARD in code.
func LoopHeadersOf(code []uint32) []int {
	seen := map[int]bool{}
	var hs []int
	for _, w := range code {
		if Op(w) == JUMP_BACKWARD && !seen[Arg(w)] {
			seen[Arg(w)] = true
			hs = append(hs, Arg(w))
		}
	}
	sort.Ints(hs)
	return hs
}
