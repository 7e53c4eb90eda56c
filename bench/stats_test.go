package bench

import (
	"math"
	"testing"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{5, 5, 1, 9, 5}, 5},
	}
	for _, tt := range tests {
		if got := Median(tt.xs); got != tt.want {
			t.Errorf("Median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
	xs := []float64{3, 1, 2}
	Median(xs)
	if xs[0] != 3 {
		t.Errorf("Median sorted its argument in place: %v", xs)
	}
}

func TestSummarize(t *testing.T) {
	got := Summarize([]float64{2, 9, 1, 4})
	want := Stat{Median: 3, Min: 1, Max: 9}
	if got != want {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
	if got := Summarize(nil); got != (Stat{}) {
		t.Errorf("Summarize(nil) = %+v, want zero", got)
	}
}

func TestPairwiseRatio(t *testing.T) {
	tests := []struct {
		name      string
		cfg, base map[int]float64
		want      float64
		wantN     int
	}{
		{"pairs by index", map[int]float64{0: 2, 1: 6, 2: 3}, map[int]float64{0: 1, 1: 2, 2: 3}, 2, 3},
		// The pairing matters: the median of the ratios (1, 3, 1) is 1,
		// while the ratio of the medians would be 3/2.
		{"not ratio of medians", map[int]float64{0: 1, 1: 6, 2: 3}, map[int]float64{0: 1, 1: 2, 2: 3}, 1, 3},
		{"missing runs dropped", map[int]float64{0: 4, 2: 9}, map[int]float64{0: 2, 1: 1, 2: 3}, 2.5, 2},
		{"no pairs", map[int]float64{0: 4}, map[int]float64{1: 2}, 0, 0},
	}
	for _, tt := range tests {
		got, n := PairwiseRatio(tt.cfg, tt.base)
		if got != tt.want || n != tt.wantN {
			t.Errorf("%s: PairwiseRatio = %v, %d; want %v, %d", tt.name, got, n, tt.want, tt.wantN)
		}
	}
}

func TestGeoMean(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{2, 0.5}, 1},
		{[]float64{1, 4}, 2},
		{[]float64{2, 4, 8}, 4},
		{[]float64{3, 0}, 3}, // non-positive values are skipped
		{nil, 0},
	}
	for _, tt := range tests {
		if got := GeoMean(tt.xs); !near(got, tt.want, 1e-12) {
			t.Errorf("GeoMean(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}

func TestMannWhitney(t *testing.T) {
	tests := []struct {
		name   string
		xs, ys []float64
		want   float64
	}{
		// Exact: the most extreme of C(6,3)=20 arrangements, both tails.
		{"exact 3+3 separated", []float64{1, 2, 3}, []float64{4, 5, 6}, 0.1},
		// benchstat's familiar p=0.008 n=5+5: 2/C(10,5).
		{"exact 5+5 separated", []float64{1, 2, 3, 4, 5}, []float64{6, 7, 8, 9, 10}, 2.0 / 252},
		{"exact reversed", []float64{6, 7, 8, 9, 10}, []float64{1, 2, 3, 4, 5}, 2.0 / 252},
		// U = 3 of at most 9, near the middle: no evidence either way.
		{"exact interleaved", []float64{1, 3, 5}, []float64{2, 4, 6}, 0.7},
		// Ties: the normal approximation with tie and continuity corrections
		// (R's wilcox.test gives W = 4.5, p = 0.1138).
		{"normal with ties", []float64{1, 2, 3, 4, 5}, []float64{3, 4, 5, 6, 7}, 0.113846},
		{"all tied", []float64{1, 1, 1}, []float64{1, 1}, 1},
		{"empty", nil, []float64{1}, 1},
	}
	for _, tt := range tests {
		if got := MannWhitney(tt.xs, tt.ys); !near(got, tt.want, 1e-5) {
			t.Errorf("%s: MannWhitney = %.6f, want %.6f", tt.name, got, tt.want)
		}
	}
}

// TestUCountsEnumeration checks the exact distribution of U against a
// brute-force enumeration of the arrangements of n1 x's and n2 y's.
func TestUCountsEnumeration(t *testing.T) {
	for n1 := 1; n1 <= 5; n1++ {
		for n2 := 1; n2 <= 5; n2++ {
			want := make([]float64, n1*n2+1)
			n := n1 + n2
			for mask := 0; mask < 1<<n; mask++ {
				if popcount(mask) != n1 {
					continue
				}
				u, ys := 0, 0 // positions in increasing order; bit set: an x
				for i := 0; i < n; i++ {
					if mask&(1<<i) != 0 {
						u += ys
					} else {
						ys++
					}
				}
				want[u]++
			}
			got := uCounts(n1, n2)
			for u := range want {
				if got[u] != want[u] {
					t.Fatalf("uCounts(%d, %d)[%d] = %v, want %v", n1, n2, u, got[u], want[u])
				}
			}
		}
	}
}

func popcount(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func TestCompare(t *testing.T) {
	runs := func(cfg string, walls ...float64) []Run {
		var rs []Run
		for i, w := range walls {
			rs = append(rs, Run{Program: "p.py", Config: cfg, Index: i, WallS: w, Status: StatusOK})
		}
		return rs
	}
	old := &Report{Runs: append(runs("a", 1, 1.1, 0.9, 1.05, 0.95), runs("b", 1, 2, 3)...),
		Summaries: []Summary{{Program: "p.py", Config: "a"}, {Program: "p.py", Config: "b"}}}
	new := &Report{Runs: append(runs("a", 2, 2.2, 1.8, 2.1, 1.9), runs("b", 1.5, 2.5, 2)...),
		Summaries: old.Summaries}
	new.Runs = append(new.Runs, Run{Program: "p.py", Config: "a", Index: 5, WallS: 0.1, Status: StatusWrong})
	got := Compare(old, new)
	if len(got) != 2 {
		t.Fatalf("Compare gave %d changes, want 2", len(got))
	}
	a, b := got[0], got[1]
	if a.OldN != 5 || a.NewN != 5 {
		t.Errorf("a: n = %d+%d, want 5+5 (the wrong run excluded)", a.OldN, a.NewN)
	}
	if !near(a.Delta, 1, 1e-9) || !a.Significant() {
		t.Errorf("a: delta %v significant %v (p=%v), want 1 and true", a.Delta, a.Significant(), a.P)
	}
	if b.Significant() {
		t.Errorf("b: significant with p=%v, want not", b.P)
	}
}
