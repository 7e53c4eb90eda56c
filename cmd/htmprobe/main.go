// Command htmprobe reports whether this processor has usable Intel RTM and,
// if it does, how real hardware transactions behave here: commit rates of
// empty transactions and of growing write and read sets, the cost of an
// XBEGIN/XEND pair, explicit aborts, and conflicts between two threads. It
// prints text for docs/htm.md and runs in a few seconds. Without usable RTM
// it prints what CPUID says and exits 0: XBEGIN would be an illegal
// instruction.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"atompy.dev/atompy/htm"
)

func main() {
	c := htm.Detect()
	fmt.Printf("cpu: %v\n", c)
	fmt.Printf("GOARCH=%s NumCPU=%d\n", runtime.GOARCH, runtime.NumCPU())
	if !c.Usable() {
		fmt.Println("RTM: not usable here; no transaction was attempted")
		return
	}
	fmt.Println("RTM: usable; running transactions")
	runtime.LockOSThread()
	empty()
	for _, lines := range []int{1, 16, 64, 256, 512, 1024} {
		writeSet(lines)
	}
	for _, lines := range []int{64, 1024, 4096, 16384, 65536} {
		readSet(lines)
	}
	explicit()
	conflicts()
	os.Exit(0)
}

const tries = 10000

// histogram counts abort statuses.
type histogram map[htm.Status]int

func (h histogram) String() string {
	type kv struct {
		s htm.Status
		n int
	}
	var kvs []kv
	for s, n := range h {
		kvs = append(kvs, kv{s, n})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].n > kvs[j].n })
	out := ""
	for i, x := range kvs {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%v: %d", x.s, x.n)
	}
	if out == "" {
		return "none"
	}
	return out
}

func empty() {
	h := histogram{}
	ok := 0
	t0 := time.Now()
	for i := 0; i < tries; i++ {
		if s := htm.Begin(); s == htm.Started {
			htm.End()
			ok++
		} else {
			h[htm.Status(s)]++
		}
	}
	d := time.Since(t0)
	fmt.Printf("empty: %d/%d committed, %.1f ns per XBEGIN/XEND; aborts: %v\n", ok, tries, float64(d.Nanoseconds())/tries, h)
}

var buf = make([]byte, 64*65536+64)

func writeSet(lines int) {
	h := histogram{}
	ok := 0
	for i := 0; i < tries/10; i++ {
		if s := htm.Begin(); s == htm.Started {
			for l := 0; l < lines; l++ {
				buf[l*64]++
			}
			htm.End()
			ok++
		} else {
			h[htm.Status(s)]++
		}
	}
	fmt.Printf("write %5d lines (%7d bytes): %4d/%d committed; aborts: %v\n", lines, lines*64, ok, tries/10, h)
}

var sink atomic.Uint64

func readSet(lines int) {
	h := histogram{}
	ok := 0
	for i := 0; i < tries/10; i++ {
		var sum byte
		if s := htm.Begin(); s == htm.Started {
			for l := 0; l < lines; l++ {
				sum += buf[l*64]
			}
			htm.End()
			ok++
		} else {
			h[htm.Status(s)]++
		}
		sink.Add(uint64(sum))
	}
	fmt.Printf("read  %5d lines (%7d bytes): %4d/%d committed; aborts: %v\n", lines, lines*64, ok, tries/10, h)
}

func explicit() {
	h := histogram{}
	for i := 0; i < 100; i++ {
		if s := htm.Begin(); s == htm.Started {
			htm.Abort()
		} else {
			h[htm.Status(s)]++
		}
	}
	fmt.Printf("explicit XABORT 0xff x100: %v\n", h)
}

// conflicts runs two threads that increment one shared word in
// transactions (falling back to an atomic add after an abort) and counts
// the outcomes; the total must be exact.
func conflicts() {
	var shared [8]uint64
	var wg sync.WaitGroup
	const n = 200000
	var commits, aborts atomic.Int64
	hs := make([]histogram, 2)
	for g := 0; g < 2; g++ {
		hs[g] = histogram{}
		wg.Add(1)
		go func(h histogram) {
			defer wg.Done()
			runtime.LockOSThread()
			for i := 0; i < n; i++ {
				if s := htm.Begin(); s == htm.Started {
					shared[0]++
					htm.End()
					commits.Add(1)
				} else {
					h[htm.Status(s)]++
					aborts.Add(1)
					atomic.AddUint64(&shared[0], 1)
				}
			}
		}(hs[g])
	}
	wg.Wait()
	merged := histogram{}
	for _, h := range hs {
		for s, k := range h {
			merged[s] += k
		}
	}
	fmt.Printf("2 threads x %d increments of one word: total %d (want %d), %d committed, %d aborted; aborts: %v\n",
		n, shared[0], 2*n, commits.Load(), aborts.Load(), merged)
}
