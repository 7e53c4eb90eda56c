package stm

// Abort and conflict reporting (issue 5 item 4): per-thread statistics, the
// record of each aborted attempt, the `--dump=aborts` stream and the exit
// summary. This layer only formats and aggregates; the VM resolves guest
// objects and program counters into ObjectType, Detail and Locations before
// it calls RecordAbort, so nothing here touches the heap.
//
// pypy-stm's reporting went through three forms (research/pypy-stm.md 1.3):
// last_abort_info() returning the longest abort since the previous call
// with the aborted thread's frames; longest_abort_info() returning
// (reason, seconds lost, marker of this thread, marker of the other); and a
// binary event log read by print_stm_log.py, which prints time committed,
// aborted and paused and the top conflicts by time lost. We keep the useful
// parts of each: both threads' locations, time lost per abort, a one-query
// API for guest code, and the aggregated summary, computed in-process
// instead of from a log file.
//
// # Dump format (one report per RecordAbort while SetDump is active)
//
//	STM conflict: <kind> on <object> (aborted thread <T>, <ms> ms lost, at <s> s)
//	  aborted thread <T>:
//	    <Location of Where>
//	      <Where.Source, omitted when unknown>
//	  other thread <O> <verb>:
//	    <Location of OtherWhere>
//	      <OtherWhere.Source, omitted when unknown>
//
// for example
//
//	STM conflict: write-read on 'Account' object, attribute 'balance' (aborted thread 2, 1.840 ms lost, at 0.512 s)
//	  aborted thread 2:
//	    File "bench/mt_bank.py", line 31, in transfer
//	      a.balance -= amount
//	  other thread 3 wrote it:
//	    File "bench/mt_bank.py", line 32, in transfer
//	      b.balance += amount
//
// <object> is objectPhrase: "'Account' object, attribute 'balance'", "'list'
// object, index 3", "'Account' object" or "unknown object". Lost time has
// three decimals of a millisecond because an interpreter's aborted attempt
// often lasts microseconds. The verb says what the other thread did to the
// object (kindVerb). When Other is 0 and OtherWhere is unknown, the last
// block is the single line "  other thread: unknown". A report is written
// with one Write call, so reports from several threads never interleave.
//
// # Summary format (WriteSummary)
//
//	STM statistics: 1.234 s real time, 2 threads
//	  thread  transactions    aborts  abort %  inevitable  committed ms  aborted ms  paused ms
//	       1             3         1    25.0%           1        300.00        1.50       0.50
//	       2             1         2    66.7%           0        600.00       10.00       0.00
//	   total             4         3    42.9%           1        900.00       11.50       0.50
//	  time in transactions: 912.00 ms, 98.7% committed, 1.3% aborted, 0.1% paused
//
//	Top conflict sites by time lost (2 sites):
//	   1. 10.000 ms lost in 2 aborts: write-read on 'Account' object, attribute 'balance'
//	      aborted: File "bench/mt_bank.py", line 31, in transfer
//	                 a.balance -= amount
//	      other:   File "bench/mt_bank.py", line 32, in transfer
//	                 b.balance += amount
//	   2. 1.500 ms lost in 1 abort: write-write on 'list' object, index 3
//	      aborted: File "q.py", line 5, in push
//	      other:   <unknown>
//
// (TestReportSummaryFormat checks this very text.) Rows are sorted by
// thread id and include threads that have ended.
// "transactions" counts committed transactions and "aborts" aborted
// attempts; abort % is aborts / (transactions + aborts), the share of
// attempts thrown away. Sites are aggregated by (Kind, ObjectType, Detail,
// Where.File, Where.Line, OtherWhere.File, OtherWhere.Line), sorted by time
// lost (descending), then count (descending), then the key (ascending), and
// the first maxSites are shown ("(10 of 12 sites)" when some are left
// out). Func and Source of a site come from its first abort. With no abort
// the section is the line "No conflicts.". Lines fit in 100 columns except
// for long file names and source lines.

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// maxSites is how many conflict sites the summary lists.
const maxSites = 10

// Location is a guest source position, resolved by the VM.
type Location struct {
	File   string
	Line   int
	Func   string
	Source string // the stripped source line, "" when unknown
}

// String formats the location as a traceback line does:
// `File "f.py", line 12, in func`, or "<unknown>" when File is "".
func (l Location) String() string {
	if l.File == "" {
		return "<unknown>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "File %q", l.File)
	if l.Line > 0 {
		fmt.Fprintf(&b, ", line %d", l.Line)
	}
	if l.Func != "" {
		b.WriteString(", in ")
		b.WriteString(l.Func)
	}
	return b.String()
}

// AbortRecord describes one aborted attempt.
type AbortRecord struct {
	Kind       ConflictKind
	ObjectType string        // guest type name of the conflicting object, "" if unknown
	Detail     string        // attribute name, "index 3", "key 'x'", or ""
	Thread     int64         // guest thread id of the aborted transaction
	Other      int64         // guest thread id of the other transaction, 0 if unknown
	Where      Location      // where the aborted thread was when it aborted
	OtherWhere Location      // where the other thread wrote or locked the object
	Lost       time.Duration // time of the attempt thrown away
	At         time.Duration // time since program start (RecordAbort fills in 0)
}

// AbortInfo is an AbortRecord flattened into the values that
// pypystm.last_abort_info() hands to guest code.
//
// pypy-stm's 2014 longest_abort_info() returned the 4-tuple
// (reason, seconds_lost, marker_self, marker_other) with markers such as
// `File "x.py", line 12, in f`; the 2013 last_abort_info() returned the
// aborted thread's frames instead. Our guest function should return None
// when the thread has not aborted, else the tuple
//
//	(Kind, Lost, Where or None, OtherWhere or None, Object or None, Other or None)
//
// whose first four items line up with pypy's 4-tuple, so code written for
// it keeps working, and whose last two add what we know beyond it.
type AbortInfo struct {
	Kind       string  // "write-write", "write-read", "killed", "inevitable"
	Lost       float64 // seconds
	Where      string  // Location.String() of the aborted thread, "" if unknown
	OtherWhere string  // Location.String() of the other thread, "" if unknown
	Object     string  // objectPhrase, "" if nothing is known about the object
	Other      int64   // the other thread's id, 0 if unknown
}

// Info flattens the record for last_abort_info().
func (r AbortRecord) Info() AbortInfo {
	info := AbortInfo{
		Kind:  r.Kind.String(),
		Lost:  r.Lost.Seconds(),
		Other: r.Other,
	}
	if r.Where.File != "" {
		info.Where = r.Where.String()
	}
	if r.OtherWhere.File != "" {
		info.OtherWhere = r.OtherWhere.String()
	}
	if r.ObjectType != "" || r.Detail != "" {
		info.Object = objectPhrase(r.ObjectType, r.Detail)
	}
	return info
}

// cacheLinePad keeps the counters of two threads off one cache line, so
// that the owners' updates do not slow each other down.
type cacheLinePad [64]byte

// ThreadStats holds one guest thread's counters. Only the owning thread
// updates them; the atomics are there so that WriteSummary and the dump may
// read them at any time, and they are uncontended on the hot path.
type ThreadStats struct {
	_            cacheLinePad
	id           int64
	committed    atomic.Int64 // nanoseconds
	aborted      atomic.Int64
	paused       atomic.Int64
	transactions atomic.Uint64
	aborts       atomic.Uint64
	inevitable   atomic.Uint64
	_            cacheLinePad
}

// ThreadCounts is a copy of a ThreadStats at one moment.
type ThreadCounts struct {
	Thread                     int64
	Committed, Aborted, Paused time.Duration
	Transactions, Aborts       uint64
	Inevitable                 uint64
}

// ID is the guest thread id the stats belong to.
func (s *ThreadStats) ID() int64 { return s.id }

// AddCommit counts one committed transaction that ran for d.
func (s *ThreadStats) AddCommit(d time.Duration) {
	s.transactions.Add(1)
	s.committed.Add(int64(d))
}

// AddPause counts time spent waiting for a lock, the inevitable token or
// the GC: time that is neither useful nor thrown away.
func (s *ThreadStats) AddPause(d time.Duration) { s.paused.Add(int64(d)) }

// AddInevitable counts one transaction that became inevitable.
func (s *ThreadStats) AddInevitable() { s.inevitable.Add(1) }

// addAbort counts one aborted attempt; RecordAbort is the way in.
func (s *ThreadStats) addAbort(lost time.Duration) {
	s.aborts.Add(1)
	s.aborted.Add(int64(lost))
}

// Counts returns a copy of the counters. Each is read atomically; the set
// is not a consistent cut while the thread runs.
func (s *ThreadStats) Counts() ThreadCounts {
	return ThreadCounts{
		Thread:       s.id,
		Committed:    time.Duration(s.committed.Load()),
		Aborted:      time.Duration(s.aborted.Load()),
		Paused:       time.Duration(s.paused.Load()),
		Transactions: s.transactions.Load(),
		Aborts:       s.aborts.Load(),
		Inevitable:   s.inevitable.Load(),
	}
}

// siteKey identifies a conflict site: the same conflict in the same code,
// whichever threads ran into it.
type siteKey struct {
	kind            ConflictKind
	objType, detail string
	file            string
	line            int
	otherFile       string
	otherLine       int
}

// conflictSite aggregates the aborts of one siteKey. first keeps the first record
// for its Func and Source, which are not part of the key.
type conflictSite struct {
	key   siteKey
	count uint64
	lost  time.Duration
	first AbortRecord
}

// threadAborts is what the Recorder keeps per thread for the guest API.
type threadAborts struct {
	last    AbortRecord
	longest AbortRecord // since the last TakeLongestAbort
	pending bool        // longest is set
}

// Recorder accumulates the per-thread statistics and abort records of one
// guest process. All methods are safe for concurrent use. Commit and pause
// accounting goes through the thread's own ThreadStats and takes no lock;
// RecordAbort takes the Recorder's lock, which is acceptable because an
// abort already costs a whole attempt.
type Recorder struct {
	start   time.Time
	elapsed func() time.Duration // time since start; tests replace it

	mu      sync.Mutex // guards the fields below
	threads map[int64]*ThreadStats
	aborts  map[int64]*threadAborts
	sites   map[siteKey]*conflictSite

	dumpMu sync.Mutex // serialises writes to dump
	dump   io.Writer
}

// NewRecorder returns an empty Recorder whose clock starts now.
func NewRecorder() *Recorder {
	r := &Recorder{
		start:   time.Now(),
		threads: make(map[int64]*ThreadStats),
		aborts:  make(map[int64]*threadAborts),
		sites:   make(map[siteKey]*conflictSite),
	}
	r.elapsed = func() time.Duration { return time.Since(r.start) }
	return r
}

// Elapsed is the time since the Recorder was created, the clock of
// AbortRecord.At.
func (r *Recorder) Elapsed() time.Duration { return r.elapsed() }

// Thread registers the thread id, or finds it if already registered, and
// returns its stats for the thread to update. The stats stay registered
// after the thread ends, so that the summary shows every thread that ran;
// an id used again adds to the same stats.
func (r *Recorder) Thread(id int64) *ThreadStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.threads[id]
	if s == nil {
		s = &ThreadStats{id: id}
		r.threads[id] = s
	}
	return s
}

// SetDump makes RecordAbort write a report of each conflict to w, or stops
// it when w is nil. Write errors are ignored: the dump is a diagnostic and
// must not change how the guest program runs.
func (r *Recorder) SetDump(w io.Writer) {
	r.dumpMu.Lock()
	r.dump = w
	r.dumpMu.Unlock()
}

// RecordAbort counts the aborted attempt and its lost time in s, keeps rec
// as the thread's last abort, adds it to its conflict site and, when a dump
// is set, writes its report. A zero rec.Thread is taken from s and a zero
// rec.At from the Recorder's clock.
func (r *Recorder) RecordAbort(s *ThreadStats, rec AbortRecord) {
	if rec.Thread == 0 {
		rec.Thread = s.id
	}
	if rec.At == 0 {
		rec.At = r.elapsed()
	}
	s.addAbort(rec.Lost)
	r.remember(rec)
	r.dumpMu.Lock()
	defer r.dumpMu.Unlock()
	if r.dump != nil {
		io.WriteString(r.dump, FormatAbort(rec))
	}
}

// remember stores rec as its thread's last and maybe longest abort and adds
// it to its site.
func (r *Recorder) remember(rec AbortRecord) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ta := r.aborts[rec.Thread]
	if ta == nil {
		ta = &threadAborts{}
		r.aborts[rec.Thread] = ta
	}
	// An abort injected by the stm.abort debug knob is no conflict of the
	// program: last_abort_info() does not report it (so that programs
	// behave the same with and without the knob), the summary does.
	if rec.Kind != Injected {
		ta.last = rec
		if !ta.pending || rec.Lost > ta.longest.Lost {
			ta.longest, ta.pending = rec, true
		}
	}
	k := keyOf(rec)
	st := r.sites[k]
	if st == nil {
		st = &conflictSite{key: k, first: rec}
		r.sites[k] = st
	}
	st.count++
	st.lost += rec.Lost
}

func keyOf(rec AbortRecord) siteKey {
	return siteKey{
		kind: rec.Kind, objType: rec.ObjectType, detail: rec.Detail,
		file: rec.Where.File, line: rec.Where.Line,
		otherFile: rec.OtherWhere.File, otherLine: rec.OtherWhere.Line,
	}
}

// LastAbort returns the thread's most recent abort, if it ever aborted.
func (r *Recorder) LastAbort(thread int64) (AbortRecord, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ta := r.aborts[thread]
	if ta == nil {
		return AbortRecord{}, false
	}
	return ta.last, true
}

// TakeLongestAbort returns the thread's abort with the most time lost since
// the previous call, and forgets it: the semantics of pypy-stm's
// last_abort_info() and longest_abort_info()/reset_longest_abort_info(),
// where a long abort is not hidden by a later short one.
func (r *Recorder) TakeLongestAbort(thread int64) (AbortRecord, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ta := r.aborts[thread]
	if ta == nil || !ta.pending {
		return AbortRecord{}, false
	}
	ta.pending = false
	return ta.longest, true
}

// FormatAbort returns the dump report of one abort (see the format at the
// top of this file), ending in a newline.
func FormatAbort(rec AbortRecord) string {
	var b strings.Builder
	fmt.Fprintf(&b, "STM conflict: %s on %s (aborted thread %d, %s lost, at %.3f s)\n",
		rec.Kind, objectPhrase(rec.ObjectType, rec.Detail), rec.Thread,
		fmtLost(rec.Lost), rec.At.Seconds())
	fmt.Fprintf(&b, "  aborted thread %d:\n", rec.Thread)
	writeLocation(&b, "    ", rec.Where)
	switch {
	case rec.Other == 0 && rec.OtherWhere.File == "":
		b.WriteString("  other thread: unknown\n")
	case rec.Other == 0:
		fmt.Fprintf(&b, "  other thread %s:\n", kindVerb(rec.Kind))
		writeLocation(&b, "    ", rec.OtherWhere)
	default:
		fmt.Fprintf(&b, "  other thread %d %s:\n", rec.Other, kindVerb(rec.Kind))
		writeLocation(&b, "    ", rec.OtherWhere)
	}
	return b.String()
}

// kindVerb says what the other thread did to the object, after "other
// thread N".
func kindVerb(k ConflictKind) string {
	switch k {
	case WriteWrite:
		return "holds its write lock"
	case WriteRead:
		return "wrote it"
	case Killed:
		return "needed it"
	case InevitableWait:
		return "wrote it, inevitable"
	case Exclusive:
		return "ran alone (assigning __class__)"
	}
	return "was involved"
}

// writeLocation writes loc on one line and its source line, when known,
// indented two more spaces on the next, as a traceback does.
func writeLocation(b *strings.Builder, indent string, loc Location) {
	b.WriteString(indent)
	b.WriteString(loc.String())
	b.WriteByte('\n')
	if loc.Source != "" {
		b.WriteString(indent)
		b.WriteString("  ")
		b.WriteString(loc.Source)
		b.WriteByte('\n')
	}
}

// objectPhrase describes the conflicting object: "'T' object" followed by
// the detail. A Detail that is a Python identifier is an attribute name and
// reads "attribute 'name'"; any other Detail ("index 3", "key 'x'") is
// printed as given.
func objectPhrase(objType, detail string) string {
	obj := "unknown object"
	if objType != "" {
		obj = "'" + objType + "' object"
	}
	switch {
	case detail == "":
		return obj
	case isIdentifier(detail):
		return obj + ", attribute '" + detail + "'"
	}
	return obj + ", " + detail
}

// isIdentifier reports whether s is a Python identifier (ASCII rules plus
// Unicode letters, enough to tell attribute names from "index 3").
func isIdentifier(s string) bool {
	for i, c := range s {
		ok := c == '_' || unicode.IsLetter(c) || (i > 0 && unicode.IsDigit(c))
		if !ok {
			return false
		}
	}
	return s != ""
}

// fmtMillis formats d in milliseconds with two decimals, for the table.
func fmtMillis(d time.Duration) string {
	return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond))
}

// fmtLost formats the time lost by aborts in milliseconds with three decimals:
// an interpreter's aborted attempt often lasts only microseconds.
func fmtLost(d time.Duration) string {
	return fmt.Sprintf("%.3f ms", float64(d)/float64(time.Millisecond))
}

// fmtPercent formats part/whole as a percentage with one decimal, 0 when
// whole is 0.
func fmtPercent(part, whole float64) string {
	if whole == 0 {
		return "0.0%"
	}
	return fmt.Sprintf("%.1f%%", 100*part/whole)
}

// WriteSummary writes the exit summary (see the format at the top of this
// file): the per-thread table and the top conflict sites.
func (r *Recorder) WriteSummary(w io.Writer) {
	counts, sites := r.snapshot()
	var b strings.Builder
	fmt.Fprintf(&b, "STM statistics: %.3f s real time, %d %s\n",
		r.elapsed().Seconds(), len(counts), plural(uint64(len(counts)), "thread", "threads"))
	writeThreadTable(&b, counts)
	b.WriteByte('\n')
	writeSites(&b, sites)
	io.WriteString(w, b.String())
}

// snapshot copies the thread counters, sorted by thread id, and the sites
// in summary order.
func (r *Recorder) snapshot() ([]ThreadCounts, []conflictSite) {
	r.mu.Lock()
	counts := make([]ThreadCounts, 0, len(r.threads))
	for _, s := range r.threads {
		counts = append(counts, s.Counts())
	}
	sites := make([]conflictSite, 0, len(r.sites))
	for _, st := range r.sites {
		sites = append(sites, *st)
	}
	r.mu.Unlock()
	slices.SortFunc(counts, func(a, b ThreadCounts) int { return cmp.Compare(a.Thread, b.Thread) })
	sortSites(sites)
	return counts, sites
}

// sortSites orders sites by time lost (descending), then count
// (descending), then key (ascending), so the order is total and the
// summary reproducible.
func sortSites(sites []conflictSite) {
	slices.SortFunc(sites, func(a, b conflictSite) int {
		if c := cmp.Compare(b.lost, a.lost); c != 0 {
			return c
		}
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return compareKeys(a.key, b.key)
	})
}

func compareKeys(a, b siteKey) int {
	return cmp.Or(
		cmp.Compare(a.file, b.file),
		cmp.Compare(a.line, b.line),
		cmp.Compare(a.otherFile, b.otherFile),
		cmp.Compare(a.otherLine, b.otherLine),
		cmp.Compare(a.kind, b.kind),
		cmp.Compare(a.objType, b.objType),
		cmp.Compare(a.detail, b.detail),
	)
}

const (
	tableHeader = "  thread  transactions    aborts  abort %  inevitable" +
		"  committed ms  aborted ms  paused ms\n"
	tableRow = "  %6s  %12d  %8d  %7s  %10d  %12s  %10s  %9s\n"
)

// writeThreadTable writes one row per thread, a total row, and the split of
// all transaction time.
func writeThreadTable(b *strings.Builder, counts []ThreadCounts) {
	b.WriteString(tableHeader)
	var total ThreadCounts
	for _, c := range counts {
		writeThreadRow(b, fmt.Sprint(c.Thread), c)
		total.Committed += c.Committed
		total.Aborted += c.Aborted
		total.Paused += c.Paused
		total.Transactions += c.Transactions
		total.Aborts += c.Aborts
		total.Inevitable += c.Inevitable
	}
	writeThreadRow(b, "total", total)
	all := float64(total.Committed + total.Aborted + total.Paused)
	fmt.Fprintf(b, "  time in transactions: %s ms, %s committed, %s aborted, %s paused\n",
		fmtMillis(time.Duration(all)), fmtPercent(float64(total.Committed), all),
		fmtPercent(float64(total.Aborted), all), fmtPercent(float64(total.Paused), all))
}

func writeThreadRow(b *strings.Builder, name string, c ThreadCounts) {
	rate := fmtPercent(float64(c.Aborts), float64(c.Transactions+c.Aborts))
	fmt.Fprintf(b, tableRow, name, c.Transactions, c.Aborts, rate, c.Inevitable,
		fmtMillis(c.Committed), fmtMillis(c.Aborted), fmtMillis(c.Paused))
}

// writeSites writes the first maxSites sites, already sorted.
func writeSites(b *strings.Builder, sites []conflictSite) {
	if len(sites) == 0 {
		b.WriteString("No conflicts.\n")
		return
	}
	shown := min(len(sites), maxSites)
	if shown < len(sites) {
		fmt.Fprintf(b, "Top conflict sites by time lost (%d of %d sites):\n", shown, len(sites))
	} else {
		fmt.Fprintf(b, "Top conflict sites by time lost (%d sites):\n", len(sites))
	}
	for i, st := range sites[:shown] {
		rec := st.first
		fmt.Fprintf(b, "  %2d. %s lost in %d %s: %s on %s\n", i+1, fmtLost(st.lost),
			st.count, plural(st.count, "abort", "aborts"), rec.Kind,
			objectPhrase(rec.ObjectType, rec.Detail))
		writeSiteLocation(b, "aborted: ", rec.Where)
		writeSiteLocation(b, "other:   ", rec.OtherWhere)
	}
}

// writeSiteLocation writes one location of a site, its source line aligned
// under the location.
func writeSiteLocation(b *strings.Builder, label string, loc Location) {
	const indent = "      "
	fmt.Fprintf(b, "%s%s%s\n", indent, label, loc)
	if loc.Source != "" {
		fmt.Fprintf(b, "%s%s  %s\n", indent, strings.Repeat(" ", len(label)), loc.Source)
	}
}

func plural(n uint64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
