package compile

import (
	"fmt"

	"atompy.dev/atompy/interp/bytecode"
)

// assemble turns fc.instrs into fc.code: jump targets, handler depths,
// exception table, line table, loop headers and stack size.
func (fc *fcomp) assemble() {
	code := fc.code
	words := make([]uint32, len(fc.instrs))
	pos := make([]bytecode.Pos, len(fc.instrs))
	for pc, in := range fc.instrs {
		arg := in.arg
		if in.target != nil {
			if in.target.pc < 0 {
				panic("BUG: jump to a label that was never placed")
			}
			arg = in.target.pc
			if in.op.IsBackwardJump() != (arg <= pc) {
				panic(fmt.Sprintf("BUG: %s at %d to %d goes the wrong way", in.op, pc, arg))
			}
		}
		words[pc] = bytecode.Encode(in.op, arg)
		pos[pc] = in.pos
	}
	code.Code = words
	code.Lines = bytecode.NewLineTable(pos)
	code.LoopHeaders = bytecode.LoopHeadersOf(words)
	fc.handlerDepths(words)
	code.ExceptionTable = fc.exceptionTable()
	_, max, err := bytecode.StackDepths(code)
	if err != nil {
		panic("BUG: compiled code fails the stack check: " + err.Error())
	}
	code.StackSize = max
}

// handlerDepths runs the stack-effect abstract interpretation over words to
// find each handler's depth: the depth before the first instruction
// emitted after it was pushed. Covered instructions are only reachable
// through that point, so the depth is known before it is needed.
func (fc *fcomp) handlerDepths(words []uint32) {
	setups := map[int][]*handler{}
	for _, in := range fc.instrs {
		if h := in.h; h != nil && !h.known {
			setups[h.at] = append(setups[h.at], h)
		}
	}
	n := len(words)
	depths := make([]int, n)
	for i := range depths {
		depths[i] = -1
	}
	var work []int
	visit := func(pc, d int) {
		if pc >= n || d < 0 {
			panic(fmt.Sprintf("BUG: %s: bad flow to pc %d at depth %d", fc.code.Name, pc, d))
		}
		if depths[pc] < 0 {
			depths[pc] = d
			work = append(work, pc)
		}
	}
	if n > 0 {
		visit(0, 0)
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depths[pc]
		for _, h := range setups[pc] {
			if !h.known {
				h.depth, h.known = d+h.adjust, true
			}
		}
		if h := fc.instrs[pc].h; h != nil {
			if !h.known {
				panic(fmt.Sprintf("BUG: %s: pc %d covered by a handler whose depth is unknown", fc.code.Name, pc))
			}
			extra := 1
			if h.lasti {
				extra = 2
			}
			visit(h.target.pc, h.depth+extra)
		}
		op, arg := bytecode.Op(words[pc]), bytecode.Arg(words[pc])
		if op.IsJump() {
			visit(arg, d+bytecode.StackEffect(op, arg, true))
		}
		if op.FallsThrough() {
			visit(pc+1, d+bytecode.StackEffect(op, arg, false))
		}
	}
}

// exceptionTable groups runs of instructions with the same reachable
// handler into entries.
func (fc *fcomp) exceptionTable() []bytecode.ExcEntry {
	var table []bytecode.ExcEntry
	for pc := 0; pc < len(fc.instrs); {
		h := fc.instrs[pc].h
		end := pc + 1
		for end < len(fc.instrs) && fc.instrs[end].h == h {
			end++
		}
		if h != nil && h.known {
			table = append(table, bytecode.ExcEntry{
				Start: pc, End: end, Target: h.target.pc, Depth: h.depth, PushLasti: h.lasti,
			})
		}
		pc = end
	}
	return table
}
