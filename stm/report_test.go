package stm

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	bankA = Location{File: "bench/mt_bank.py", Line: 31, Func: "transfer", Source: "a.balance -= amount"}
	bankB = Location{File: "bench/mt_bank.py", Line: 32, Func: "transfer", Source: "b.balance += amount"}
)

func TestReportLocationString(t *testing.T) {
	tests := []struct {
		loc  Location
		want string
	}{
		{Location{}, "<unknown>"},
		{Location{Line: 3, Func: "f"}, "<unknown>"},
		{bankA, `File "bench/mt_bank.py", line 31, in transfer`},
		{Location{File: "x.py", Line: 1, Func: "<module>"}, `File "x.py", line 1, in <module>`},
		{Location{File: "x.py", Func: "f"}, `File "x.py", in f`},
		{Location{File: "x.py", Line: 7}, `File "x.py", line 7`},
		{Location{File: `a"b.py`, Line: 2, Func: "g"}, `File "a\"b.py", line 2, in g`},
	}
	for _, tt := range tests {
		if got := tt.loc.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.loc, got, tt.want)
		}
	}
}

func TestReportObjectPhrase(t *testing.T) {
	tests := []struct{ typ, detail, want string }{
		{"Account", "balance", "'Account' object, attribute 'balance'"},
		{"list", "index 3", "'list' object, index 3"},
		{"dict", "key 'x'", "'dict' object, key 'x'"},
		{"Account", "", "'Account' object"},
		{"", "_x1", "unknown object, attribute '_x1'"},
		{"", "", "unknown object"},
		{"C", "1x", "'C' object, 1x"},
	}
	for _, tt := range tests {
		if got := objectPhrase(tt.typ, tt.detail); got != tt.want {
			t.Errorf("objectPhrase(%q, %q) = %q, want %q", tt.typ, tt.detail, got, tt.want)
		}
	}
}

func TestReportDumpFormat(t *testing.T) {
	full := AbortRecord{
		Kind: WriteRead, ObjectType: "Account", Detail: "balance",
		Thread: 2, Other: 3, Where: bankA, OtherWhere: bankB,
		Lost: 1840 * time.Microsecond, At: 512 * time.Millisecond,
	}
	noSource := full
	noSource.Kind = WriteWrite
	noSource.Where.Source = ""
	noSource.OtherWhere.Source = ""
	unknownOther := full
	unknownOther.Kind = Killed
	unknownOther.ObjectType, unknownOther.Detail = "list", "index 3"
	unknownOther.Other, unknownOther.OtherWhere = 0, Location{}
	otherNoWhere := full
	otherNoWhere.Kind = InevitableWait
	otherNoWhere.ObjectType, otherNoWhere.Detail = "", ""
	otherNoWhere.OtherWhere, otherNoWhere.Where = Location{}, Location{}

	tests := []struct {
		name string
		rec  AbortRecord
		want []string
	}{
		{"full", full, []string{
			"STM conflict: write-read on 'Account' object, attribute 'balance' (aborted thread 2, 1.840 ms lost, at 0.512 s)",
			"  aborted thread 2:",
			`    File "bench/mt_bank.py", line 31, in transfer`,
			"      a.balance -= amount",
			"  other thread 3 wrote it:",
			`    File "bench/mt_bank.py", line 32, in transfer`,
			"      b.balance += amount",
		}},
		{"no source", noSource, []string{
			"STM conflict: write-write on 'Account' object, attribute 'balance' (aborted thread 2, 1.840 ms lost, at 0.512 s)",
			"  aborted thread 2:",
			`    File "bench/mt_bank.py", line 31, in transfer`,
			"  other thread 3 holds its write lock:",
			`    File "bench/mt_bank.py", line 32, in transfer`,
		}},
		{"unknown other", unknownOther, []string{
			"STM conflict: killed on 'list' object, index 3 (aborted thread 2, 1.840 ms lost, at 0.512 s)",
			"  aborted thread 2:",
			`    File "bench/mt_bank.py", line 31, in transfer`,
			"      a.balance -= amount",
			"  other thread: unknown",
		}},
		{"no locations", otherNoWhere, []string{
			"STM conflict: inevitable on unknown object (aborted thread 2, 1.840 ms lost, at 0.512 s)",
			"  aborted thread 2:",
			"    <unknown>",
			"  other thread 3 wrote it, inevitable:",
			"    <unknown>",
		}},
	}
	for _, tt := range tests {
		want := strings.Join(tt.want, "\n") + "\n"
		if got := FormatAbort(tt.rec); got != want {
			t.Errorf("%s: FormatAbort =\n%s\nwant\n%s", tt.name, got, want)
		}
	}
}

// fixedClock makes the Recorder's clock return d, for golden summaries.
func fixedClock(r *Recorder, d time.Duration) {
	r.elapsed = func() time.Duration { return d }
}

func TestReportSummaryFormat(t *testing.T) {
	r := NewRecorder()
	fixedClock(r, 1234*time.Millisecond)
	s1, s2 := r.Thread(1), r.Thread(2)
	for range 3 {
		s1.AddCommit(100 * time.Millisecond)
	}
	s1.AddInevitable()
	s1.AddPause(500 * time.Microsecond)
	s2.AddCommit(600 * time.Millisecond)
	rec := AbortRecord{Kind: WriteRead, ObjectType: "Account", Detail: "balance",
		Other: 1, Where: bankA, OtherWhere: bankB, Lost: 6 * time.Millisecond}
	r.RecordAbort(s2, rec)
	rec.Lost = 4 * time.Millisecond
	r.RecordAbort(s2, rec)
	r.RecordAbort(s1, AbortRecord{Kind: WriteWrite, ObjectType: "list", Detail: "index 3",
		Where: Location{File: "q.py", Line: 5, Func: "push"}, Lost: 1500 * time.Microsecond})

	var buf bytes.Buffer
	r.WriteSummary(&buf)
	want := strings.Join([]string{
		"STM statistics: 1.234 s real time, 2 threads",
		"  thread  transactions    aborts  abort %  inevitable  committed ms  aborted ms  paused ms",
		"       1             3         1    25.0%           1        300.00        1.50       0.50",
		"       2             1         2    66.7%           0        600.00       10.00       0.00",
		"   total             4         3    42.9%           1        900.00       11.50       0.50",
		"  time in transactions: 912.00 ms, 98.7% committed, 1.3% aborted, 0.1% paused",
		"",
		"Top conflict sites by time lost (2 sites):",
		"   1. 10.000 ms lost in 2 aborts: write-read on 'Account' object, attribute 'balance'",
		`      aborted: File "bench/mt_bank.py", line 31, in transfer`,
		"                 a.balance -= amount",
		`      other:   File "bench/mt_bank.py", line 32, in transfer`,
		"                 b.balance += amount",
		"   2. 1.500 ms lost in 1 abort: write-write on 'list' object, index 3",
		`      aborted: File "q.py", line 5, in push`,
		"      other:   <unknown>",
	}, "\n") + "\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteSummary =\n%s\nwant\n%s", got, want)
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if len(line) > 100 {
			t.Errorf("summary line longer than 100 columns: %q", line)
		}
	}
}

func TestReportSummaryNoConflicts(t *testing.T) {
	r := NewRecorder()
	fixedClock(r, 2*time.Second)
	var buf bytes.Buffer
	r.WriteSummary(&buf)
	want := strings.Join([]string{
		"STM statistics: 2.000 s real time, 0 threads",
		"  thread  transactions    aborts  abort %  inevitable  committed ms  aborted ms  paused ms",
		"   total             0         0     0.0%           0          0.00        0.00       0.00",
		"  time in transactions: 0.00 ms, 0.0% committed, 0.0% aborted, 0.0% paused",
		"",
		"No conflicts.",
	}, "\n") + "\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteSummary =\n%s\nwant\n%s", got, want)
	}
}

func TestReportSiteOrder(t *testing.T) {
	r := NewRecorder()
	s := r.Thread(1)
	at := func(file string, line int) Location { return Location{File: file, Line: line} }
	// Per record: conflictSite location and lost ms. Sites: a.py:1 lost 5 in 1,
	// b.py:1 lost 5 in 2 (wins the tie on count), c.py:9 lost 3,
	// a.py:2 and a.py:3 lost 1 in 1 each (tie on lost and count: by line).
	records := []struct {
		where Location
		ms    time.Duration
	}{
		{at("a.py", 3), 1}, {at("c.py", 9), 3}, {at("a.py", 1), 5},
		{at("b.py", 1), 2}, {at("a.py", 2), 1}, {at("b.py", 1), 3},
	}
	for _, rc := range records {
		r.RecordAbort(s, AbortRecord{Kind: WriteRead, Where: rc.where, Lost: rc.ms * time.Millisecond})
	}
	_, sites := r.snapshot()
	var got []string
	for _, st := range sites {
		got = append(got, fmt.Sprintf("%s:%d/%d/%v", st.key.file, st.key.line, st.count, st.lost))
	}
	want := "b.py:1/2/5ms a.py:1/1/5ms c.py:9/1/3ms a.py:2/1/1ms a.py:3/1/1ms"
	if strings.Join(got, " ") != want {
		t.Errorf("conflictSite order = %v, want %v", got, want)
	}
}

func TestReportSiteKey(t *testing.T) {
	// Func, Source and thread ids are not part of the key; the other
	// location's line and the detail are.
	r := NewRecorder()
	base := AbortRecord{Kind: WriteRead, ObjectType: "A", Detail: "x",
		Thread: 1, Other: 2, Where: bankA, OtherWhere: bankB, Lost: time.Millisecond}
	same := base
	same.Thread, same.Other = 5, 6
	same.Where.Func, same.Where.Source = "g", "other text"
	otherLine := base
	otherLine.OtherWhere.Line = 99
	otherDetail := base
	otherDetail.Detail = "y"
	for _, rec := range []AbortRecord{base, same, otherLine, otherDetail} {
		r.RecordAbort(r.Thread(rec.Thread), rec)
	}
	_, sites := r.snapshot()
	if len(sites) != 3 {
		t.Fatalf("got %d sites, want 3", len(sites))
	}
	if sites[0].count != 2 || sites[0].first.Where.Func != "transfer" {
		t.Errorf("first conflictSite = %+v, want the two same-conflictSite records, first kept", sites[0])
	}
}

func TestReportTopTen(t *testing.T) {
	r := NewRecorder()
	s := r.Thread(1)
	for i := 1; i <= 12; i++ {
		r.RecordAbort(s, AbortRecord{Kind: WriteWrite, Lost: time.Duration(i) * time.Millisecond,
			Where: Location{File: "m.py", Line: i}})
	}
	var buf bytes.Buffer
	r.WriteSummary(&buf)
	out := buf.String()
	if !strings.Contains(out, "Top conflict sites by time lost (10 of 12 sites):") {
		t.Errorf("missing 10-of-12 header in\n%s", out)
	}
	if !strings.Contains(out, "   1. 12.000 ms lost") || !strings.Contains(out, "  10. 3.000 ms lost") {
		t.Errorf("wrong first or last conflictSite in\n%s", out)
	}
	if strings.Contains(out, ". 2.000 ms lost") || strings.Contains(out, "  11.") {
		t.Errorf("more than 10 sites in\n%s", out)
	}
}

func TestReportLastAbort(t *testing.T) {
	r := NewRecorder()
	s := r.Thread(7)
	if _, ok := r.LastAbort(7); ok {
		t.Fatal("LastAbort before any abort reported one")
	}
	r.RecordAbort(s, AbortRecord{Kind: WriteRead, Lost: 5 * time.Millisecond, At: time.Second})
	r.RecordAbort(s, AbortRecord{Kind: WriteWrite, Lost: 2 * time.Millisecond})
	last, ok := r.LastAbort(7)
	if !ok || last.Kind != WriteWrite || last.Thread != 7 || last.At <= 0 {
		t.Errorf("LastAbort = %+v, %v; want the write-write one, thread 7, At filled", last, ok)
	}
	longest, ok := r.TakeLongestAbort(7)
	if !ok || longest.Kind != WriteRead || longest.At != time.Second {
		t.Errorf("TakeLongestAbort = %+v, %v; want the 5 ms write-read", longest, ok)
	}
	if _, ok := r.TakeLongestAbort(7); ok {
		t.Error("TakeLongestAbort did not reset")
	}
	r.RecordAbort(s, AbortRecord{Kind: Killed, Lost: time.Microsecond})
	if longest, ok := r.TakeLongestAbort(7); !ok || longest.Kind != Killed {
		t.Errorf("after reset TakeLongestAbort = %+v, %v; want the killed one", longest, ok)
	}
	if c := s.Counts(); c.Aborts != 3 || c.Aborted != 7*time.Millisecond+time.Microsecond {
		t.Errorf("counts = %+v, want 3 aborts, 7.001 ms aborted", c)
	}
	if _, ok := r.LastAbort(8); ok {
		t.Error("LastAbort of another thread reported one")
	}
}

func TestReportInfo(t *testing.T) {
	rec := AbortRecord{Kind: WriteRead, ObjectType: "Account", Detail: "balance",
		Thread: 2, Other: 3, Where: bankA, Lost: 1500 * time.Microsecond}
	want := AbortInfo{
		Kind: "write-read", Lost: 0.0015,
		Where:  `File "bench/mt_bank.py", line 31, in transfer`,
		Object: "'Account' object, attribute 'balance'", Other: 3,
	}
	if got := rec.Info(); got != want {
		t.Errorf("Info = %+v, want %+v", got, want)
	}
	if got := (AbortRecord{Kind: Killed}).Info(); got != (AbortInfo{Kind: "killed"}) {
		t.Errorf("empty Info = %+v", got)
	}
}

// lockedBuffer is a bytes.Buffer that counts Write calls, to check that
// each dump report arrives in one write.
type lockedBuffer struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.writes++
	return b.buf.Write(p)
}

func TestReportDump(t *testing.T) {
	r := NewRecorder()
	s := r.Thread(1)
	r.RecordAbort(s, AbortRecord{Kind: WriteRead, Lost: time.Millisecond})
	var w lockedBuffer
	r.SetDump(&w)
	rec := AbortRecord{Kind: WriteRead, Where: bankA, Lost: time.Millisecond, At: time.Second}
	r.RecordAbort(s, rec)
	r.SetDump(nil)
	r.RecordAbort(s, rec)
	rec.Thread = 1
	if got, want := w.buf.String(), FormatAbort(rec); got != want || w.writes != 1 {
		t.Errorf("dump = %q in %d writes, want %q in 1", got, w.writes, want)
	}
}

func TestReportConcurrent(t *testing.T) {
	const threads = 8
	n := 500
	if testing.Short() {
		n = 100
	}
	r := NewRecorder()
	var dump lockedBuffer
	r.SetDump(&dump)
	var wg sync.WaitGroup
	for id := int64(1); id <= threads; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := r.Thread(id)
			for i := range n {
				s.AddCommit(time.Microsecond)
				s.AddPause(time.Nanosecond)
				if i%10 == 0 {
					s.AddInevitable()
				}
				r.RecordAbort(s, AbortRecord{Kind: WriteRead, ObjectType: "A", Detail: "x",
					Other: id%threads + 1, Where: Location{File: "t.py", Line: i % 3},
					Lost: 2 * time.Microsecond})
				if i%50 == 0 {
					r.WriteSummary(&bytes.Buffer{})
					r.LastAbort(id%threads + 1)
				}
			}
		}()
	}
	wg.Wait()

	var total ThreadCounts
	for id := int64(1); id <= threads; id++ {
		c := r.Thread(id).Counts()
		if c.Transactions != uint64(n) || c.Aborts != uint64(n) ||
			c.Committed != time.Duration(n)*time.Microsecond ||
			c.Aborted != time.Duration(2*n)*time.Microsecond ||
			c.Paused != time.Duration(n) || c.Inevitable != uint64((n+9)/10) {
			t.Errorf("thread %d counts = %+v", id, c)
		}
		total.Aborts += c.Aborts
	}
	_, sites := r.snapshot()
	var siteCount uint64
	for _, st := range sites {
		siteCount += st.count
	}
	if len(sites) != 3 || siteCount != total.Aborts {
		t.Errorf("%d sites with %d aborts, want 3 with %d", len(sites), siteCount, total.Aborts)
	}
	// Each report is written whole, so the dump splits into n*threads
	// reports of 5 lines each.
	reports := strings.Split(dump.buf.String(), "STM conflict: ")
	if len(reports)-1 != threads*n || dump.writes != threads*n {
		t.Fatalf("%d reports in %d writes, want %d", len(reports)-1, dump.writes, threads*n)
	}
	for _, rep := range reports[1:] {
		if strings.Count(rep, "\n") != 5 {
			t.Fatalf("garbled report %q", rep)
		}
	}
}

func TestReportEndedThreads(t *testing.T) {
	r := NewRecorder()
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := r.Thread(42)
		s.AddCommit(3 * time.Millisecond)
		r.RecordAbort(s, AbortRecord{Kind: WriteWrite, Lost: time.Millisecond})
	}()
	<-done
	r.Thread(1).AddCommit(time.Millisecond)
	var buf bytes.Buffer
	r.WriteSummary(&buf)
	want := "      42             1         1    50.0%           0          3.00        1.00       0.00\n"
	if !strings.Contains(buf.String(), want) || !strings.Contains(buf.String(), ", 2 threads\n") {
		t.Errorf("summary lacks the ended thread 42:\n%s", buf.String())
	}
	if r.Thread(42).Counts().Transactions != 1 {
		t.Error("Thread(42) again did not return the registered stats")
	}
}
