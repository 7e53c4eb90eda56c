package vm

import "atompy.dev/atompy/interp/object"

// Hooks for the external tests (package vm_test), which share one VM: they
// read the thread's frame depth and, after a test found the handled
// exception left set, clear it so the failure does not cascade into every
// later test.

// Depth returns how many frames are on the thread's chain.
func (th *Thread) Depth() int { return th.depth }

// ClearHandled forgets the exception being handled.
func (th *Thread) ClearHandled() { th.handled = object.None }

// SnapshotGenerator saves the frame state of a suspended generator.
func SnapshotGenerator(th *Thread, gen object.Value) *Snapshot {
	g := th.generatorOf(gen)
	return th.SnapshotChain(g.frame)
}

// RestoreGenerator puts a generator back into a saved state and marks it
// runnable again.
func RestoreGenerator(th *Thread, gen object.Value, s *Snapshot) {
	g := th.generatorOf(gen)
	g.frame = s.frames[0].f
	g.frame.gen = g
	g.finished, g.running = false, false
	fr, d := th.frame, th.depth // a generator's chain is not the thread's
	s.Restore(th)
	th.frame, th.depth = fr, d
}
