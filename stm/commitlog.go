package stm

import (
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// The commit log is the single commit point of the parallel STM, its version
// clock and its inevitability token. It is a singly linked list of entries
// that only grows at the tail: a transaction commits by a CAS of the last
// entry's next pointer from nil to its own entry, whose version is the
// predecessor's plus one. Whoever holds an entry can walk forward to every
// later one, so a transaction keeps only its snapshot entry; entries older
// than every running transaction's snapshot become unreachable and Go's
// collector frees them (the log does not grow over a long run).
//
// An entry lists the objects its transaction wrote. Validation of a reader
// walks the entries after its snapshot and looks each written object up in
// its read markers.
//
// Two kinds of entries are special:
//   - an undo entry is appended by an aborting transaction that had locked
//     objects: it gives them a fresh version when their backups are restored,
//     so that a reader that loaded a value written by the aborted transaction
//     fails its re-check of the STM word (without it the word would go back
//     to its old value: an ABA). Its objects hold their old values again, so
//     validation skips the entry: a reader that read them before they were
//     locked read what is still true.
//   - an inevitable entry is appended when a transaction becomes inevitable,
//     before it has finished: it is not done, and until it is, nobody can
//     append after it (so there is at most one inevitable transaction, and it
//     never fails to commit) and no reader extends its snapshot past it.
type logEntry struct {
	next    atomic.Pointer[logEntry]
	version uint64
	slot    uint8 // the committing Txn's slot (for reports)
	undo    bool
	// done is false only on an inevitable entry whose transaction runs;
	// writes must not be read before done is true.
	done   atomic.Bool
	writes []gc.Addr
	// sites, when the engine tracks them, says where each write was made
	// (parallel to writes), for conflict reports.
	sites []uint64
}

// commitLog is the shared state of the log: the entry every new snapshot
// starts from. last is only a hint (it lags behind the true tail by the
// entries appended since the last advance); the true tail is found by
// walking next from it.
type commitLog struct {
	last atomic.Pointer[logEntry]
}

// newCommitLog returns a log holding the sentinel entry, version 0.
func newCommitLog() *commitLog {
	l := &commitLog{}
	e := &logEntry{}
	e.done.Store(true)
	l.last.Store(e)
	return l
}

// lastDone returns the newest entry that is done, walking from the hint. A
// new snapshot must not include an unfinished inevitable entry.
func (l *commitLog) lastDone() *logEntry {
	e := l.last.Load()
	for {
		n := e.next.Load()
		if n == nil || !n.done.Load() {
			return e
		}
		e = n
	}
}

// tryAppend links n after tail if tail is still the last entry, giving n the
// next version. It does not move the hint: only the appender knows whether
// every entry up to n is done (see advance).
func (l *commitLog) tryAppend(tail, n *logEntry) bool {
	n.version = tail.version + 1
	return tail.next.CompareAndSwap(nil, n)
}

// advance moves the hint forward to e unless another appender already moved
// it further. e and every entry before it must be done: the hint is where
// new snapshots start, and a snapshot never includes an unfinished entry.
func (l *commitLog) advance(e *logEntry) {
	for {
		cur := l.last.Load()
		if cur.version >= e.version || l.last.CompareAndSwap(cur, e) {
			return
		}
	}
}

// finish marks an inevitable entry done after its write set is filled in.
func (e *logEntry) finish(writes []gc.Addr) {
	e.writes = writes
	e.done.Store(true)
}
