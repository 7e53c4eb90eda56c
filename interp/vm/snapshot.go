package vm

// Snapshots of interpreter state at a bytecode boundary. The STM will take
// one when a transaction starts and restore it when the transaction aborts:
// the heap side of an abort is undone by the STM's undo log, the frame side
// by Restore. A snapshot copies what a frame owns by value (pc, value
// stack, local slots, cell references); heap objects it refers to are
// restored by the STM, not here.

// Snapshot is the saved state of a chain of frames.
type Snapshot struct {
	frames  []frameState
	handled Value
	depth   int
}

type frameState struct {
	f      *Frame
	pc, sp int
	fast   []Value
	cells  []Value
	stack  []Value
	back   *Frame
	ret    retMode
	retArg Value
	entry  bool
}

// SnapshotChain saves the state of f and the frames below it. It must be
// taken at a bytecode boundary of f (between instructions).
func (th *Thread) SnapshotChain(f *Frame) *Snapshot {
	s := &Snapshot{handled: th.handled, depth: th.depth}
	for ; f != nil; f = f.Back {
		f.snapshots.Add(1)
		s.frames = append(s.frames, saveFrame(f))
	}
	return s
}

// saveFrame copies the state of one frame.
func saveFrame(f *Frame) frameState {
	return frameState{
		f: f, pc: f.PC, sp: f.SP, back: f.Back, ret: f.ret, retArg: f.retArg, entry: f.entry,
		fast:  append([]Value(nil), f.Fast...),
		cells: append([]Value(nil), f.Cells...),
		stack: append([]Value(nil), f.Stack[:f.SP]...),
	}
}

// restore puts the saved state back into its frame.
func (fs *frameState) restore() {
	f := fs.f
	f.PC, f.SP, f.Back, f.ret, f.retArg, f.entry = fs.pc, fs.sp, fs.back, fs.ret, fs.retArg, fs.entry
	copy(f.Fast, fs.fast)
	copy(f.Cells, fs.cells)
	clear(f.Stack)
	copy(f.Stack, fs.stack)
}

// Restore puts every saved frame back into the saved state and makes the
// innermost one the thread's current frame. The frames are the same Go
// objects, so generator objects that refer to them see the restored state
// too.
func (s *Snapshot) Restore(th *Thread) {
	for i := range s.frames {
		s.frames[i].restore()
	}
	th.handled = s.handled
	th.depth = s.depth
	th.frame = nil
	if len(s.frames) > 0 {
		th.frame = s.frames[0].f
	}
}

// Release ends the snapshot's claim on its frames, which may then be
// reused once they return.
func (s *Snapshot) Release() {
	for _, fs := range s.frames {
		fs.f.snapshots.Add(-1)
	}
	s.frames = nil
}

// scanRoots reports the values a snapshot holds (a snapshot kept across a
// safepoint is a root).
func (s *Snapshot) scanRoots(mark func(w uint64)) {
	mark(uint64(s.handled))
	for _, fs := range s.frames {
		mark(uint64(fs.retArg))
		for _, vs := range [][]Value{fs.fast, fs.cells, fs.stack} {
			for _, v := range vs {
				mark(uint64(v))
			}
		}
	}
}
