package bytecode

import "fmt"

// StackDepths runs the opcode table's stack effects over code by abstract
// interpretation, starting at depth 0 at pc 0 and entering each exception
// handler at its entry's Depth plus the pushed values. It returns the depth
// before each instruction (-1 where unreachable) and the maximum depth.
//
// It fails if the depth would become negative, if two paths reach an
// instruction with different depths, if a jump leaves the code, if execution
// can fall off the end, or if a covered instruction runs below its handler's
// Depth. The compiler uses the maximum as Code.StackSize; tests use the
// errors to check the compiler.
func StackDepths(c *Code) (depths []int, max int, err error) {
	n := len(c.Code)
	depths = make([]int, n)
	for i := range depths {
		depths[i] = -1
	}
	var work []int
	visit := func(from, pc, d int) error {
		if pc < 0 || pc >= n {
			return fmt.Errorf("%s: pc %d: control reaches %d, outside the code", c.Name, from, pc)
		}
		if d < 0 {
			return fmt.Errorf("%s: pc %d: stack depth %d is negative", c.Name, from, d)
		}
		if depths[pc] == -1 {
			depths[pc] = d
			work = append(work, pc)
			if d > max {
				max = d
			}
			return nil
		}
		if depths[pc] != d {
			return fmt.Errorf("%s: pc %d reached with depth %d from pc %d, but %d before", c.Name, pc, d, from, depths[pc])
		}
		return nil
	}
	if n == 0 {
		return depths, 0, nil
	}
	if err := visit(0, 0, 0); err != nil {
		return nil, 0, err
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if err := step(c, pc, depths[pc], visit); err != nil {
			return nil, 0, err
		}
	}
	return depths, max, nil
}

// step visits the successors of the instruction at pc entered at depth d.
func step(c *Code, pc, d int, visit func(from, pc, d int) error) error {
	w := c.Code[pc]
	op, arg := Op(w), Arg(w)
	if !op.Valid() {
		return fmt.Errorf("%s: pc %d: illegal opcode %d", c.Name, pc, op)
	}
	if e, ok := c.Handler(pc); ok {
		if d < e.Depth {
			return fmt.Errorf("%s: pc %d: depth %d below handler depth %d", c.Name, pc, d, e.Depth)
		}
		extra := 1
		if e.PushLasti {
			extra = 2
		}
		if err := visit(pc, e.Target, e.Depth+extra); err != nil {
			return err
		}
	}
	if need := stackInputs(op, arg); d < need {
		return fmt.Errorf("%s: pc %d: %s needs %d stack values, has %d", c.Name, pc, op, need, d)
	}
	if op.IsJump() {
		if err := visit(pc, arg, d+StackEffect(op, arg, true)); err != nil {
			return err
		}
	}
	if after := d + StackEffect(op, arg, false); after < 0 {
		return fmt.Errorf("%s: pc %d: stack depth %d is negative", c.Name, pc, after)
	}
	if op.FallsThrough() {
		if pc+1 >= len(c.Code) {
			return fmt.Errorf("%s: pc %d: execution falls off the end of the code", c.Name, pc)
		}
		return visit(pc, pc+1, d+StackEffect(op, arg, false))
	}
	return nil
}

// stackInputs is the number of values an instruction reads from below the
// top of the stack, where that is larger than what its effect pops (COPY,
// SWAP and the container-appending ops reach down into the stack).
func stackInputs(op Opcode, arg int) int {
	switch op {
	case COPY, SWAP:
		return arg
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE:
		return arg + 1
	case MAP_ADD:
		return arg + 2
	case DICT_MERGE:
		return arg + 3
	case WITH_EXCEPT_START:
		return 4
	}
	return 0
}
