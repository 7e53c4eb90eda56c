package vm

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// stmReporter connects the Parallel backend's transactions to an
// stm.Recorder: per-thread statistics, and for each abort a record naming
// the conflict's kind, object, threads and source locations. The aborted
// thread's location is its innermost frame when the abort reached it; the
// other side's is known only when sites are tracked (stm.Engine.TrackSites,
// on while a dump is requested), from the code and pc it had when it locked
// the object.
type stmReporter struct {
	vm  *VM
	rec *stm.Recorder
	// slots maps STM slots to guest thread ids, for the other side of a
	// conflict.
	mu    sync.Mutex
	slots [256]int64
	files sourceFiles
	// dumping says a dump was requested: the summary is printed at exit.
	dumping bool
}

func newSTMReporter(vm *VM) *stmReporter {
	return &stmReporter{vm: vm, rec: stm.NewRecorder(), files: sourceFiles{}}
}

// EnableAbortDump makes every abort print a report to w, and the run print
// a summary at exit (WriteSTMSummary). It must be called before threads
// start.
func (vm *VM) EnableAbortDump(w io.Writer) {
	r := vm.stmReport
	if r == nil {
		return
	}
	r.dumping = true
	r.rec.SetDump(w)
	vm.RT.STM.Engine().TrackSites = true
}

// WriteSTMSummary writes the transaction summary if a dump was requested.
func (vm *VM) WriteSTMSummary(w io.Writer) {
	if r := vm.stmReport; r != nil && r.dumping {
		r.rec.WriteSummary(w)
	}
}

// stats returns the thread's statistics, registering it on first use.
func (r *stmReporter) stats(th *Thread) *stm.ThreadStats {
	if th.stmStats == nil {
		th.stmStats = r.rec.Thread(th.ident)
		if txn := th.TX.Txn(); txn != nil {
			r.mu.Lock()
			r.slots[txn.Slot()] = th.ident
			r.mu.Unlock()
			txn.Site = th.siteToken
			th.TX.OnRollback = func(c stm.Conflict) { r.describe(th, c) }
		}
	}
	return th.stmStats
}

// committed accounts for a committed transaction (inevitable says it
// ran inevitable), and for the time its attempts waited for others.
func (r *stmReporter) committed(th *Thread, inevitable bool) {
	s := r.stats(th)
	s.AddCommit(time.Since(th.TX.AttemptStart) - r.takePause(th, s))
	if inevitable {
		s.AddInevitable()
	}
}

// takePause moves the time the thread's attempt waited for other
// transactions into its stats and returns it (the caller's committed or
// lost time excludes it).
func (r *stmReporter) takePause(th *Thread, s *stm.ThreadStats) time.Duration {
	txn := th.TX.Txn()
	if txn == nil || txn.Paused <= 0 {
		return 0
	}
	p := txn.Paused
	s.AddPause(p)
	txn.Paused = 0
	return p
}

// describe captures, while the aborting attempt still holds its locks,
// what the report needs from the thread's frames (which may belong to a
// generator that another thread runs as soon as the locks go).
func (r *stmReporter) describe(th *Thread, c stm.Conflict) {
	rec := stm.AbortRecord{Kind: c.Kind, Thread: th.ident}
	if c.Object != 0 {
		rec.ObjectType = objectTypeName(c.Object)
	}
	f := th.frame
	// A killed attempt, or one stopped for a transaction that runs alone,
	// was not accessing the object when it noticed.
	if f != nil && c.Kind != stm.Killed && c.Kind != stm.Exclusive {
		if typ, detail, ok := describeAccess(f); ok {
			rec.ObjectType, rec.Detail = typ, detail
		}
	}
	r.mu.Lock()
	rec.Other = r.slots[c.Other]
	if f != nil {
		rec.Where = r.location(f.Code, f.PC-1)
	}
	if c.OtherSite != 0 {
		code, _ := object.Handle(int(c.OtherSite >> 32)).(*bytecode.Code)
		if code != nil {
			rec.OtherWhere = r.location(code, int(uint32(c.OtherSite)))
		}
	}
	r.mu.Unlock()
	th.pendingAbort = rec
}

// record files the abort the thread's transaction just suffered.
func (r *stmReporter) record(th *Thread, lost time.Duration) {
	rec := th.pendingAbort
	th.pendingAbort = stm.AbortRecord{}
	s := r.stats(th)
	rec.Lost = max(lost-r.takePause(th, s), 0)
	r.rec.RecordAbort(s, rec)
}

// location resolves a code position (r.mu held: files is a cache).
func (r *stmReporter) location(code *bytecode.Code, pc int) stm.Location {
	pc = max(pc, 0)
	line := code.Line(pc)
	loc := stm.Location{File: code.Filename, Line: line, Func: code.Name}
	if src, ok := r.files.line(code.Filename, line); ok {
		loc.Source = strings.TrimSpace(src)
	}
	return loc
}

// objectTypeName names the guest type of the object at a (any object of
// the heap: the conflict was on it, and no collection runs while an
// attempt is in flight).
func objectTypeName(a gc.Addr) string {
	defer func() { recover() }() // a report must never crash the program
	return object.TypeName(object.Value(a))
}

// siteToken is the thread's current code position for conflict reports:
// the code's handle and the pc.
func (th *Thread) siteToken() uint64 {
	f := th.frame
	if f == nil {
		return 0
	}
	return uint64(object.CodeHandle(f.Code))<<32 | uint64(uint32(max(f.PC-1, 0)))
}

// TakeLongestAbort returns the longest abort of the thread's transactions
// since the last call, and forgets it (pypystm.last_abort_info).
func (th *Thread) TakeLongestAbort() (stm.AbortRecord, bool) {
	r := th.vm.stmReport
	if r == nil {
		return stm.AbortRecord{}, false
	}
	return r.rec.TakeLongestAbort(th.ident)
}

// describeAccess names what the aborted frame's current instruction was
// accessing, from its opcode and operands: the guest-level object (an
// instance, not the internal storage array the conflict was on) and the
// attribute, key or index. The operands are still in the stack slots the
// instruction read them from.
func describeAccess(f *Frame) (typ, detail string, ok bool) {
	defer func() {
		if recover() != nil { // a report must never crash the program
			ok = false
		}
	}()
	if f.PC < 1 || f.PC > len(f.Code.Code) {
		return "", "", false
	}
	w := f.Code.Code[f.PC-1]
	op, arg := bytecode.Opcode(w&0xff), int(w>>8)
	switch op {
	case bytecode.LOAD_ATTR, bytecode.LOAD_METHOD, bytecode.DELETE_ATTR:
		return object.TypeName(f.Stack[f.SP-1]), f.Code.Names[arg], true
	case bytecode.STORE_ATTR: // its operands are popped before the store
		return object.TypeName(f.Stack[f.SP+1]), f.Code.Names[arg], true
	case bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL:
		return "dict", "global '" + f.Code.Names[arg] + "'", true
	case bytecode.BINARY_SUBSCR, bytecode.STORE_SUBSCR, bytecode.DELETE_SUBSCR:
		return object.TypeName(f.Stack[f.SP-2]), keyPhrase(f.Stack[f.SP-1]), true
	}
	return "", "", false
}

// keyPhrase describes a subscript without running guest code.
func keyPhrase(k Value) string {
	switch {
	case k.IsSmallInt():
		return fmt.Sprintf("index %d", k.SmallInt())
	case object.IsStr(k):
		return fmt.Sprintf("key %q", object.StrGo(k))
	}
	return "item of type '" + object.TypeName(k) + "'"
}
