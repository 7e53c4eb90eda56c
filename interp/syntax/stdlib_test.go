package syntax

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestStdlibCorpus compares Dump and node positions with CPython's for a
// corpus made by testdata/gen_stdlib_corpus.py; it runs only when
// ATOMPY_STDLIB_CORPUS names such a file.
func TestStdlibCorpus(t *testing.T) {
	path := os.Getenv("ATOMPY_STDLIB_CORPUS")
	if path == "" {
		t.Skip("set ATOMPY_STDLIB_CORPUS to a file made by testdata/gen_stdlib_corpus.py")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	n := 0
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\x00")
		name, wantDump, wantPos := fields[0], fields[1], fields[2]
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		n++
		m, err := Parse(name, src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := Dump(m); got != wantDump {
			i := firstDifference(got, wantDump)
			t.Errorf("%s: Dump differs at byte %d:\n got ...%s\nwant ...%s", name, i, excerpt(got, i), excerpt(wantDump, i))
		}
		if got := strings.ReplaceAll(dumpPositions(m), "\n", "|"); got != wantPos {
			i := firstDifference(got, wantPos)
			t.Errorf("%s: positions differ at byte %d:\n got ...%s\nwant ...%s", name, i, excerpt(got, i), excerpt(wantPos, i))
		}
	}
	t.Logf("%d modules", n)
}

func firstDifference(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func excerpt(s string, i int) string { return s[max(0, i-80):min(len(s), i+80)] }
