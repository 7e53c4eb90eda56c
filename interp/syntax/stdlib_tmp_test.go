package syntax

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

func TestStdlibTmp(t *testing.T) {
	f, err := os.Open("/tmp/synhelper/stdlib.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var total time.Duration
	bad := 0
	n := 0
	for sc.Scan() {
		name, rest, _ := strings.Cut(sc.Text(), "\x00")
		want, wantPos, _ := strings.Cut(rest, "\x00")
		src, _ := os.ReadFile(name)
		start := time.Now()
		m, err := Parse(name, src)
		total += time.Since(start)
		n++
		if err != nil {
			t.Errorf("%s: %v", name, err)
			bad++
		} else if gotPos := strings.ReplaceAll(dumpPositions(m), "\n", "|"); gotPos != wantPos {
			got, want := gotPos, wantPos
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-150)
			t.Errorf("%s: positions differ at %d:\n got %s\nwant %s", name, i, got[lo:min(len(got), i+100)], want[lo:min(len(want), i+100)])
			bad++
		} else if got := Dump(m); got != want {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-150)
			t.Errorf("%s: dump differs at %d:\n got %s\nwant %s", name, i, got[lo:min(len(got), i+100)], want[lo:min(len(want), i+100)])
			bad++
		}
		if bad > 15 {
			break
		}
	}
	t.Logf("%d files, parse time %v", n, total)
}
