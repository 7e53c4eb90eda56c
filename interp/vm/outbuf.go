package vm

// Standard output under the parallel STM. A transaction that may abort
// must not write to the terminal: what it printed would stay printed after
// the abort and be printed again by the retry. So, on the Parallel
// backend, sys.stdout writes go into a per-thread buffer (WriteStdout)
// that the commit appends to the shared output (flushOut), and an abort
// truncates it to its length at the attempt start (restart). Printing
// therefore never makes a transaction inevitable; an explicit flush does,
// since it promises the bytes are out. Every other stream operation makes
// the transaction inevitable first (package builtins).
//
// vm.outMu serialises all access to vm.Stdout and vm.Stderr once threads
// run in parallel.

// WriteStdout writes b to standard output on behalf of the thread: into
// the transaction's buffer on the Parallel backend, directly otherwise.
func (th *Thread) WriteStdout(b []byte) {
	if th.TX.Parallel() {
		th.out = append(th.out, b...)
		return
	}
	th.vm.Stdout.Write(b)
}

// FlushStdout makes everything the thread printed visible now: the
// transaction becomes inevitable (it can no longer abort, so its output is
// final), and the buffer goes out.
func (th *Thread) FlushStdout() error {
	if th.TX.Parallel() {
		th.TX.BecomeInevitable()
		th.flushOutTo(true)
		return nil
	}
	return th.vm.Stdout.Flush()
}

// flushOut appends the committed transaction's output to vm.Stdout.
func (th *Thread) flushOut() {
	if len(th.out) > 0 {
		th.flushOutTo(false)
	}
}

func (th *Thread) flushOutTo(flush bool) {
	vm := th.vm
	vm.outMu.Lock()
	th.publishOut()
	if flush {
		vm.Stdout.Flush()
	}
	vm.outMu.Unlock()
}

// publishOut moves the thread's buffered output to vm.Stdout; the caller
// holds vm.outMu.
func (th *Thread) publishOut() {
	th.vm.Stdout.Write(th.out)
	th.out = th.out[:0]
	th.stm.outMark = 0
}

// LockOutput and UnlockOutput bracket direct use of vm.Stdout and
// vm.Stderr by Go code (tracebacks, thread exception reports).
func (vm *VM) LockOutput()   { vm.outMu.Lock() }
func (vm *VM) UnlockOutput() { vm.outMu.Unlock() }

// WriteStderr writes s to standard error after everything the thread
// printed to standard output so far (CPython's order when stdout is a
// terminal). The transaction becomes inevitable: its output is final.
func (th *Thread) WriteStderr(s string) {
	vm := th.vm
	if th.TX.Parallel() && th.TX.Active() {
		th.TX.BecomeInevitable()
	}
	vm.outMu.Lock()
	th.publishOut()
	vm.Stdout.Flush()
	vm.Stderr.WriteString(s)
	vm.Stderr.Flush()
	vm.outMu.Unlock()
}
