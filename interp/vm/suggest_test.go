package vm

import (
	"fmt"
	"strings"
	"testing"
)

// The suggestion algorithm's parts, on cases whose outcome was checked
// against CPython 3.11 (directly through its reports, or worked out from
// its rules where a report cannot show the number). The whole reports are
// compared with CPython by cmd/atompy's traceback corpus (suggest_*.py).

func TestEditDistance(t *testing.T) {
	long := strings.Repeat("x", 45)
	tests := []struct {
		a, b    string
		maxCost int
		want    int
	}{
		{"pritn", "print", 4, 4},      // two replacements
		{"apend", "append", 3, 2},     // one insertion
		{"abc", "ABC", 10, 3},         // case changes cost half
		{"Ab", "ab", 0, 1},            // over the limit: limit + 1
		{"kitten", "sitting", 100, 6}, // three edits
		{"foo", "bar", 1, 2},          // a row above the limit stops early
		{"", "abc", 0, 6},             // nothing left after trimming: no limit
		{"abc", "", 0, 6},
		{"same", "same", 0, 0},
		{"café", "cafè", 10, 2},        // bytes of UTF-8, not characters
		{long + "a", long + "b", 5, 2}, // common affixes do not count towards the size limit
		{strings.Repeat("a", 41), strings.Repeat("b", 41), 1000, 1001},
		{"ab", "abcdef", 7, 8}, // length difference alone exceeds the limit
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.maxCost); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d): got %d, want %d", tt.a, tt.b, tt.maxCost, got, tt.want)
		}
	}
}

func TestClosestName(t *testing.T) {
	many := func(n int, extra string) []string {
		out := make([]string, 0, n+1)
		for i := range n {
			out = append(out, fmt.Sprintf("n%d", i))
		}
		return append(out, extra)
	}
	tests := []struct {
		name       string
		candidates []string
		want       string
	}{
		{"bc", []string{"ab", "ba", "bb"}, "ba"},      // first of the nearest
		{"foo", []string{"Foo", "fo", "fooo"}, "Foo"}, // case change beats a deletion
		{"append", []string{"append"}, ""},            // the name itself is no candidate
		{"value", []string{"vars", "False"}, "False"}, // at the limit: a third may change
		{"ypso", []string{"ypos"}, ""},                // just past it
		{"xz", many(748, "xy"), "xy"},
		{"xz", many(749, "xy"), ""}, // 750 candidates: too many
		{"zzzzzz", []string{"a", "b"}, ""},
		{"x", nil, ""},
	}
	for _, tt := range tests {
		got, ok := closestName(tt.name, tt.candidates)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("closestName(%q, %d candidates): got %q, %v, want %q", tt.name, len(tt.candidates), got, ok, tt.want)
		}
	}
}

func TestInCPythonBuiltinsOrder(t *testing.T) {
	got := inCPythonBuiltinsOrder([]string{"zzextra", "print", "abs", "open", "aaextra"})
	want := []string{"abs", "print", "open", "zzextra", "aaextra"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("inCPythonBuiltinsOrder: got %v, want %v", got, want)
	}
}
