// Package bytecode defines atompy's instruction set and code objects: the
// contract between the compiler (interp/compile), which writes code, and the
// VM (interp/vm) and the future JIT recorder, which read it.
//
// The package holds no runtime values. Constants are plain Go values (nil,
// bool, int64, *big.Int, float64, complex128, string, []byte, Ellipsis,
// *Code and []any for constant tuples), so the front end never touches the
// guest heap; the VM converts them to words when it loads a code object.
//
// Design:
//
//   - An instruction is one uint32 word: the low 8 bits are the Opcode, the
//     high 24 bits the argument (0 when unused). Fixed width keeps pc
//     arithmetic trivial and jump targets are absolute instruction indices.
//   - Every opcode has exactly one row in the opcode table (opcodeInfo):
//     its lowercase name, stack effect and flags. The compiler's stack depth
//     computation, the checker in StackDepths and the disassembler all read
//     the table, never switch on opcode lists; a test checks every row.
//   - The semantics follow CPython 3.11 (zero-cost exception tables, COPY/
//     SWAP, PUSH_EXC_INFO/POP_EXCEPT, SEND for yield from) with a few
//     simplifications documented in docs/bytecode.md: no NULL below the
//     callable for plain calls, no RESUME/RETURN_GENERATOR/MAKE_CELL/
//     COPY_FREE_VARS, separate CALL_KW/CALL_METHOD* instead of KW_NAMES.
//   - Backward jumps that close loops (JUMP_BACKWARD) target loop headers,
//     which Code.LoopHeaders lists for the JIT's hot counters.
//     JUMP_BACKWARD_NO_INTERRUPT (yield from) is a backward jump that is
//     not a loop header.
package bytecode

import "fmt"

// Opcode is the operation of an instruction (its low 8 bits).
type Opcode uint8

// The opcodes. Stack pictures (bottom .. top) are in the opcode table and in
// docs/bytecode.md.
const (
	NOP Opcode = iota
	POP_TOP
	COPY
	SWAP

	LOAD_CONST
	LOAD_FAST
	STORE_FAST
	DELETE_FAST
	LOAD_DEREF
	STORE_DEREF
	DELETE_DEREF
	LOAD_CLOSURE
	LOAD_CLASSDEREF
	LOAD_GLOBAL
	STORE_GLOBAL
	DELETE_GLOBAL
	LOAD_NAME
	STORE_NAME
	DELETE_NAME

	LOAD_ATTR
	STORE_ATTR
	DELETE_ATTR
	LOAD_METHOD

	BINARY_SUBSCR
	STORE_SUBSCR
	DELETE_SUBSCR
	BUILD_SLICE

	UNARY_POSITIVE
	UNARY_NEGATIVE
	UNARY_NOT
	UNARY_INVERT
	BINARY_OP
	COMPARE_OP
	IS_OP
	CONTAINS_OP

	JUMP
	JUMP_BACKWARD
	JUMP_BACKWARD_NO_INTERRUPT
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	POP_JUMP_IF_NONE
	POP_JUMP_IF_NOT_NONE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP

	GET_ITER
	FOR_ITER

	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP
	BUILD_CONST_KEY_MAP
	BUILD_STRING
	LIST_APPEND
	SET_ADD
	MAP_ADD
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	DICT_MERGE
	LIST_TO_TUPLE
	UNPACK_SEQUENCE
	UNPACK_EX
	FORMAT_VALUE

	CALL
	CALL_KW
	CALL_METHOD
	CALL_METHOD_KW
	CALL_EX
	MAKE_FUNCTION
	LOAD_BUILD_CLASS
	RETURN_VALUE

	YIELD_VALUE
	GET_YIELD_FROM_ITER
	SEND

	RAISE_VARARGS
	PUSH_EXC_INFO
	POP_EXCEPT
	CHECK_EXC_MATCH
	RERAISE
	LOAD_ASSERTION_ERROR
	BEFORE_WITH
	WITH_EXCEPT_START

	IMPORT_NAME
	IMPORT_FROM
	IMPORT_STAR

	numOpcodes // not an opcode: the size of the table
)

// NumOpcodes is the number of defined opcodes; valid opcodes are 0..NumOpcodes-1.
const NumOpcodes = int(numOpcodes)

// MaxArg is the largest argument an instruction word can hold.
const MaxArg = 1<<24 - 1

// Flag bits of an opcode table row.
const (
	hasArg     = 1 << iota // the argument is meaningful
	isJump                 // the argument is an absolute jump target
	isBranch               // conditional: both falls through and may jump
	isBackward             // the jump goes backwards
	noNext                 // never falls through (unconditional jump, return, raise)
)

// ArgKind says how the disassembler (and a reader) interprets an argument.
type ArgKind uint8

// Argument kinds.
const (
	ArgNone    ArgKind = iota
	ArgInt             // a count or small number
	ArgConst           // index into Code.Consts
	ArgName            // index into Code.Names
	ArgLocal           // index into Code.Varnames
	ArgDeref           // index into Cellvars ++ Freevars
	ArgJump            // absolute instruction index
	ArgCompare         // COMPARE_OP operator
	ArgBinary          // BINARY_OP operator
	ArgFormat          // FORMAT_VALUE flags
)

// opInfo is one row of the opcode table.
//
// effect is the stack depth change when the instruction falls through;
// branch the change when it jumps (jumps only). When varEffect is set it
// computes the fall-through effect from the argument instead.
type opInfo struct {
	name      string
	flags     uint8
	kind      ArgKind
	effect    int
	branch    int
	varEffect func(arg int) int
}

// opcodeInfo is the opcode table. The comment on each row is its stack
// picture, bottom .. top.
var opcodeInfo = [numOpcodes]opInfo{
	NOP:     {name: "nop"},
	POP_TOP: {name: "pop_top", effect: -1},                          // x ->
	COPY:    {name: "copy", flags: hasArg, kind: ArgInt, effect: 1}, // .. x(n) .. -> .. x .. x
	SWAP:    {name: "swap", flags: hasArg, kind: ArgInt},            // x(n) .. y -> y .. x

	LOAD_CONST:      {name: "load_const", flags: hasArg, kind: ArgConst, effect: 1},  // -> v
	LOAD_FAST:       {name: "load_fast", flags: hasArg, kind: ArgLocal, effect: 1},   // -> v
	STORE_FAST:      {name: "store_fast", flags: hasArg, kind: ArgLocal, effect: -1}, // v ->
	DELETE_FAST:     {name: "delete_fast", flags: hasArg, kind: ArgLocal},
	LOAD_DEREF:      {name: "load_deref", flags: hasArg, kind: ArgDeref, effect: 1},   // -> v
	STORE_DEREF:     {name: "store_deref", flags: hasArg, kind: ArgDeref, effect: -1}, // v ->
	DELETE_DEREF:    {name: "delete_deref", flags: hasArg, kind: ArgDeref},
	LOAD_CLOSURE:    {name: "load_closure", flags: hasArg, kind: ArgDeref, effect: 1},    // -> cell
	LOAD_CLASSDEREF: {name: "load_classderef", flags: hasArg, kind: ArgDeref, effect: 1}, // -> v
	LOAD_GLOBAL:     {name: "load_global", flags: hasArg, kind: ArgName, effect: 1},      // -> v
	STORE_GLOBAL:    {name: "store_global", flags: hasArg, kind: ArgName, effect: -1},    // v ->
	DELETE_GLOBAL:   {name: "delete_global", flags: hasArg, kind: ArgName},
	LOAD_NAME:       {name: "load_name", flags: hasArg, kind: ArgName, effect: 1},   // -> v
	STORE_NAME:      {name: "store_name", flags: hasArg, kind: ArgName, effect: -1}, // v ->
	DELETE_NAME:     {name: "delete_name", flags: hasArg, kind: ArgName},

	LOAD_ATTR:   {name: "load_attr", flags: hasArg, kind: ArgName},               // obj -> v
	STORE_ATTR:  {name: "store_attr", flags: hasArg, kind: ArgName, effect: -2},  // v obj ->
	DELETE_ATTR: {name: "delete_attr", flags: hasArg, kind: ArgName, effect: -1}, // obj ->
	LOAD_METHOD: {name: "load_method", flags: hasArg, kind: ArgName, effect: 1},  // obj -> X Y

	BINARY_SUBSCR: {name: "binary_subscr", effect: -1},                                                             // obj key -> v
	STORE_SUBSCR:  {name: "store_subscr", effect: -3},                                                              // v obj key ->
	DELETE_SUBSCR: {name: "delete_subscr", effect: -2},                                                             // obj key ->
	BUILD_SLICE:   {name: "build_slice", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - n }}, // lo hi [step] -> slice

	UNARY_POSITIVE: {name: "unary_positive"},                                          // x -> y
	UNARY_NEGATIVE: {name: "unary_negative"},                                          // x -> y
	UNARY_NOT:      {name: "unary_not"},                                               // x -> y
	UNARY_INVERT:   {name: "unary_invert"},                                            // x -> y
	BINARY_OP:      {name: "binary_op", flags: hasArg, kind: ArgBinary, effect: -1},   // a b -> r
	COMPARE_OP:     {name: "compare_op", flags: hasArg, kind: ArgCompare, effect: -1}, // a b -> r
	IS_OP:          {name: "is_op", flags: hasArg, kind: ArgInt, effect: -1},          // a b -> bool
	CONTAINS_OP:    {name: "contains_op", flags: hasArg, kind: ArgInt, effect: -1},    // a b -> bool

	JUMP:                       {name: "jump", flags: hasArg | isJump | noNext, kind: ArgJump},
	JUMP_BACKWARD:              {name: "jump_backward", flags: hasArg | isJump | noNext | isBackward, kind: ArgJump},
	JUMP_BACKWARD_NO_INTERRUPT: {name: "jump_backward_no_interrupt", flags: hasArg | isJump | noNext | isBackward, kind: ArgJump},
	POP_JUMP_IF_FALSE:          {name: "pop_jump_if_false", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: -1},    // x ->
	POP_JUMP_IF_TRUE:           {name: "pop_jump_if_true", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: -1},     // x ->
	POP_JUMP_IF_NONE:           {name: "pop_jump_if_none", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: -1},     // x ->
	POP_JUMP_IF_NOT_NONE:       {name: "pop_jump_if_not_none", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: -1}, // x ->
	JUMP_IF_FALSE_OR_POP:       {name: "jump_if_false_or_pop", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: 0},  // x -> (x kept when jumping)
	JUMP_IF_TRUE_OR_POP:        {name: "jump_if_true_or_pop", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: -1, branch: 0},   // x -> (x kept when jumping)

	GET_ITER: {name: "get_iter"},                                                                          // x -> iter
	FOR_ITER: {name: "for_iter", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: 1, branch: -1}, // iter -> iter next | (exhausted) ->

	BUILD_TUPLE:         {name: "build_tuple", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - n }},             // v1..vn -> tuple
	BUILD_LIST:          {name: "build_list", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - n }},              // v1..vn -> list
	BUILD_SET:           {name: "build_set", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - n }},               // v1..vn -> set
	BUILD_MAP:           {name: "build_map", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - 2*n }},             // k1 v1..kn vn -> dict
	BUILD_CONST_KEY_MAP: {name: "build_const_key_map", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return -n }},        // v1..vn keys -> dict
	BUILD_STRING:        {name: "build_string", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return 1 - n }},            // s1..sn -> str
	LIST_APPEND:         {name: "list_append", flags: hasArg, kind: ArgInt, effect: -1},                                              // v ->
	SET_ADD:             {name: "set_add", flags: hasArg, kind: ArgInt, effect: -1},                                                  // v ->
	MAP_ADD:             {name: "map_add", flags: hasArg, kind: ArgInt, effect: -2},                                                  // k v ->
	LIST_EXTEND:         {name: "list_extend", flags: hasArg, kind: ArgInt, effect: -1},                                              // iterable ->
	SET_UPDATE:          {name: "set_update", flags: hasArg, kind: ArgInt, effect: -1},                                               // iterable ->
	DICT_UPDATE:         {name: "dict_update", flags: hasArg, kind: ArgInt, effect: -1},                                              // mapping ->
	DICT_MERGE:          {name: "dict_merge", flags: hasArg, kind: ArgInt, effect: -1},                                               // mapping ->
	LIST_TO_TUPLE:       {name: "list_to_tuple"},                                                                                     // list -> tuple
	UNPACK_SEQUENCE:     {name: "unpack_sequence", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return n - 1 }},         // seq -> vn..v1
	UNPACK_EX:           {name: "unpack_ex", flags: hasArg, kind: ArgInt, varEffect: func(a int) int { return a&0xff + a>>8 }},       // seq -> after.. list before..
	FORMAT_VALUE:        {name: "format_value", flags: hasArg, kind: ArgFormat, varEffect: func(f int) int { return -(f >> 2 & 1) }}, // v [spec] -> str

	CALL:             {name: "call", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return -n }},                      // f a1..an -> r
	CALL_KW:          {name: "call_kw", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return -n - 1 }},               // f a1..an kwnames -> r
	CALL_METHOD:      {name: "call_method", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return -n - 1 }},           // X Y a1..an -> r
	CALL_METHOD_KW:   {name: "call_method_kw", flags: hasArg, kind: ArgInt, varEffect: func(n int) int { return -n - 2 }},        // X Y a1..an kwnames -> r
	CALL_EX:          {name: "call_ex", flags: hasArg, kind: ArgInt, varEffect: func(f int) int { return -1 - f&1 }},             // f args [kwargs] -> r
	MAKE_FUNCTION:    {name: "make_function", flags: hasArg, kind: ArgInt, varEffect: func(f int) int { return -bits(f & 0xb) }}, // [defaults] [kwdefaults] [closure] code -> fn
	LOAD_BUILD_CLASS: {name: "load_build_class", effect: 1},                                                                      // -> __build_class__
	RETURN_VALUE:     {name: "return_value", flags: noNext, effect: -1},                                                          // v ->

	YIELD_VALUE:         {name: "yield_value"},                                                                   // v -> sent
	GET_YIELD_FROM_ITER: {name: "get_yield_from_iter"},                                                           // x -> iter
	SEND:                {name: "send", flags: hasArg | isJump | isBranch, kind: ArgJump, effect: 0, branch: -1}, // recv v -> recv y | (returned) r

	RAISE_VARARGS:        {name: "raise_varargs", flags: hasArg | noNext, kind: ArgInt, varEffect: func(n int) int { return -n }}, // [exc [cause]] ->
	PUSH_EXC_INFO:        {name: "push_exc_info", effect: 1},                                                                      // exc -> prev exc
	POP_EXCEPT:           {name: "pop_except", effect: -1},                                                                        // prev ->
	CHECK_EXC_MATCH:      {name: "check_exc_match"},                                                                               // exc type -> exc bool
	RERAISE:              {name: "reraise", flags: hasArg | noNext, kind: ArgInt, effect: -1},                                     // [lasti ..] exc ->
	LOAD_ASSERTION_ERROR: {name: "load_assertion_error", effect: 1},                                                               // -> AssertionError
	BEFORE_WITH:          {name: "before_with", effect: 1},                                                                        // mgr -> exit enter_result
	WITH_EXCEPT_START:    {name: "with_except_start", effect: 1},                                                                  // exit lasti prev exc -> exit lasti prev exc res

	IMPORT_NAME: {name: "import_name", flags: hasArg, kind: ArgName, effect: -1}, // level fromlist -> module
	IMPORT_FROM: {name: "import_from", flags: hasArg, kind: ArgName, effect: 1},  // module -> module attr
	IMPORT_STAR: {name: "import_star", effect: -1},                               // module ->
}

func bits(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// String returns the opcode's lowercase disassembly name.
func (op Opcode) String() string {
	if int(op) < NumOpcodes && opcodeInfo[op].name != "" {
		return opcodeInfo[op].name
	}
	return fmt.Sprintf("illegal_op_%d", uint8(op))
}

// Valid reports whether op is a defined opcode.
func (op Opcode) Valid() bool { return op < numOpcodes }

// HasArg reports whether op uses its argument.
func (op Opcode) HasArg() bool { return opcodeInfo[op].flags&hasArg != 0 }

// IsJump reports whether op's argument is a jump target.
func (op Opcode) IsJump() bool { return opcodeInfo[op].flags&isJump != 0 }

// IsBranch reports whether op is a conditional jump (it may fall through).
func (op Opcode) IsBranch() bool { return opcodeInfo[op].flags&isBranch != 0 }

// IsBackwardJump reports whether op jumps backwards.
func (op Opcode) IsBackwardJump() bool { return opcodeInfo[op].flags&isBackward != 0 }

// FallsThrough reports whether execution can continue at the next
// instruction after op.
func (op Opcode) FallsThrough() bool { return opcodeInfo[op].flags&noNext == 0 }

// ArgKind says how op's argument is interpreted.
func (op Opcode) ArgKind() ArgKind { return opcodeInfo[op].kind }

// StackEffect returns the change in stack depth caused by executing op with
// argument arg; branch selects the effect when a jump is taken.
func StackEffect(op Opcode, arg int, branch bool) int {
	info := &opcodeInfo[op]
	if branch {
		if info.flags&isJump == 0 {
			panic("BUG: branch stack effect of a non-jump " + op.String())
		}
		if info.flags&isBranch != 0 {
			return info.branch
		}
		return info.effect
	}
	if info.varEffect != nil {
		return info.varEffect(arg)
	}
	return info.effect
}

// Binary operators: the argument of BINARY_OP, numbered like CPython 3.11's
// NB_* constants. The in-place form of op is op + BinaryInplace.
const (
	BinaryAdd = iota
	BinaryAnd
	BinaryFloorDivide
	BinaryLshift
	BinaryMatrixMultiply
	BinaryMultiply
	BinaryRemainder
	BinaryOr
	BinaryPower
	BinaryRshift
	BinarySubtract
	BinaryTrueDivide
	BinaryXor
	BinaryInplace // add to any of the above for the in-place (augmented) form
)

// binaryOpSymbols are the Python spellings of the BINARY_OP operators.
var binaryOpSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}

// BinaryOpSymbol returns the Python operator for a BINARY_OP argument, e.g.
// "+" for 0 and "+=" for 13.
func BinaryOpSymbol(arg int) string {
	switch {
	case arg >= 0 && arg < BinaryInplace:
		return binaryOpSymbols[arg]
	case arg >= BinaryInplace && arg < 2*BinaryInplace:
		return binaryOpSymbols[arg-BinaryInplace] + "="
	}
	return fmt.Sprintf("?%d", arg)
}

// Comparison operators: the argument of COMPARE_OP.
const (
	CmpLT = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareOpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// CompareOpSymbol returns the Python operator for a COMPARE_OP argument.
func CompareOpSymbol(arg int) string {
	if arg >= 0 && arg < len(compareOpSymbols) {
		return compareOpSymbols[arg]
	}
	return fmt.Sprintf("?%d", arg)
}

// MAKE_FUNCTION flag bits (CPython's values; 4, annotations, is unused).
const (
	MakeDefaults   = 1
	MakeKwDefaults = 2
	MakeClosure    = 8
)

// FORMAT_VALUE flag bits.
const (
	FormatConvMask = 3 // 0 none, 1 str, 2 repr, 3 ascii
	FormatStr      = 1
	FormatRepr     = 2
	FormatASCII    = 3
	FormatWithSpec = 4 // a format spec string is on top of the value
)

// CALL_EX flag bit.
const CallExKwargs = 1

// Encode packs op and arg into an instruction word. It panics if arg does not
// fit; the compiler checks arguments against MaxArg first and reports a
// compile error.
func Encode(op Opcode, arg int) uint32 {
	if arg < 0 || arg > MaxArg {
		panic(fmt.Sprintf("BUG: %s argument %d out of range", op, arg))
	}
	return uint32(op) | uint32(arg)<<8
}

// Word is an instruction word; Code.Code is a []uint32 of them, so
// Word(c.Code[pc]).Op() decodes one (the functions Op and Arg do the same on
// a bare uint32, for the VM's dispatch loop).
type Word uint32

// Op returns the opcode of w.
func (w Word) Op() Opcode { return Opcode(w) }

// Arg returns the argument of w.
func (w Word) Arg() int { return int(w >> 8) }

// Op returns the opcode of instruction word w.
func Op(w uint32) Opcode { return Opcode(w) }

// Arg returns the argument of instruction word w.
func Arg(w uint32) int { return int(w >> 8) }
