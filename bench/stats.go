package bench

// The statistics are deliberately few and robust: medians rather than means
// (one run disturbed by another process on a shared machine moves a mean, not
// a median), ratios taken pair by pair (run i of a configuration against run
// i of the baseline, which ran moments apart and so saw the same machine
// load), geometric means of ratios (the only mean for which "2x faster on one
// program, 2x slower on another" averages to 1), and for comparisons of two
// reports a rank test that assumes nothing about the shape of the noise.

import (
	"math"
	"sort"
)

// Median returns the median of xs (the mean of the two middle values for an
// even count), or 0 for an empty sample.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := sortedCopy(xs)
	mid := len(s) / 2
	if len(s)%2 == 1 {
		return s[mid]
	}
	return (s[mid-1] + s[mid]) / 2
}

// Summarize returns the median, min and max of xs (all zero when empty).
func Summarize(xs []float64) Stat {
	if len(xs) == 0 {
		return Stat{}
	}
	s := sortedCopy(xs)
	return Stat{Median: Median(s), Min: s[0], Max: s[len(s)-1]}
}

func sortedCopy(xs []float64) []float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s
}

// PairwiseRatio returns the median over run indexes i present in both maps
// of cfg[i]/base[i], and the number of pairs. Runs missing on either side
// (wrong, crashed, timed out) leave their pair out. With no pairs it
// returns 0, 0.
func PairwiseRatio(cfg, base map[int]float64) (float64, int) {
	var ratios []float64
	for i, c := range cfg {
		b, ok := base[i]
		if !ok || b <= 0 {
			continue
		}
		ratios = append(ratios, c/b)
	}
	return Median(ratios), len(ratios)
}

// GeoMean returns the geometric mean of the positive values of xs, or 0
// when there are none.
func GeoMean(xs []float64) float64 {
	sum, n := 0.0, 0
	for _, x := range xs {
		if x > 0 {
			sum += math.Log(x)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return math.Exp(sum / float64(n))
}

// exactLimit is the largest sample size for which MannWhitney computes the
// exact distribution of U (the table grows as n1*n1*n2); larger samples use
// the normal approximation, which is already good from about 10 per side.
const exactLimit = 50

// MannWhitney returns the two-sided p-value of the Mann-Whitney U test that
// xs and ys come from the same distribution. Without ties and with both
// samples of at most exactLimit values it is exact; otherwise it uses the
// normal approximation with the tie and continuity corrections. An empty
// sample gives 1 (no evidence of a difference).
func MannWhitney(xs, ys []float64) float64 {
	n1, n2 := len(xs), len(ys)
	if n1 == 0 || n2 == 0 {
		return 1
	}
	u, ties := uStatistic(xs, ys)
	if len(ties) == 0 && n1 <= exactLimit && n2 <= exactLimit {
		return exactP(n1, n2, u)
	}
	return normalP(n1, n2, u, ties)
}

// uStatistic returns U for xs (the number of pairs (x, y) with x > y, ties
// counting one half) and the sizes of the groups of tied values in the
// pooled sample.
func uStatistic(xs, ys []float64) (float64, []int) {
	type obs struct {
		v     float64
		fromX bool
	}
	all := make([]obs, 0, len(xs)+len(ys))
	for _, x := range xs {
		all = append(all, obs{x, true})
	}
	for _, y := range ys {
		all = append(all, obs{y, false})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v < all[j].v })
	var rankSumX float64
	var ties []int
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].v == all[i].v {
			j++
		}
		rank := float64(i+j+1) / 2 // mean of the 1-based ranks i+1..j
		for k := i; k < j; k++ {
			if all[k].fromX {
				rankSumX += rank
			}
		}
		if j-i > 1 {
			ties = append(ties, j-i)
		}
		i = j
	}
	n1 := float64(len(xs))
	return rankSumX - n1*(n1+1)/2, ties
}

// exactP is the two-sided p-value of U under the null hypothesis, from the
// number of arrangements of n1 x's and n2 y's giving each value of U.
func exactP(n1, n2 int, u float64) float64 {
	counts := uCounts(n1, n2)
	total := 0.0
	for _, c := range counts {
		total += c
	}
	k := int(math.Round(u))
	lower, upper := 0.0, 0.0
	for v, c := range counts {
		if v <= k {
			lower += c
		}
		if v >= k {
			upper += c
		}
	}
	return math.Min(1, 2*math.Min(lower, upper)/total)
}

// uCounts returns, for each u in 0..n1*n2, how many of the C(n1+n2, n1)
// arrangements have U = u, by the recurrence on the largest value: it is
// either an x (adding n2 to U) or a y (adding nothing).
func uCounts(n1, n2 int) []float64 {
	// prev[j][u] is the count for (i-1, j); cur for (i, j).
	prev := make([][]float64, n2+1)
	for j := range prev {
		prev[j] = []float64{1} // no x's: U is 0 in one way
	}
	for i := 1; i <= n1; i++ {
		cur := make([][]float64, n2+1)
		for j := 0; j <= n2; j++ {
			c := make([]float64, i*j+1)
			for u := range c {
				if u-j >= 0 && u-j < len(prev[j]) {
					c[u] += prev[j][u-j] // largest is an x, above j y's
				}
				if j > 0 && u < len(cur[j-1]) {
					c[u] += cur[j-1][u] // largest is a y
				}
			}
			cur[j] = c
		}
		prev = cur
	}
	return prev[n2]
}

// normalP is the two-sided p-value of U from the normal approximation.
func normalP(n1, n2 int, u float64, ties []int) float64 {
	a, b := float64(n1), float64(n2)
	n := a + b
	tieSum := 0.0
	for _, t := range ties {
		tt := float64(t)
		tieSum += tt*tt*tt - tt
	}
	variance := a * b / 12 * ((n + 1) - tieSum/(n*(n-1)))
	if variance <= 0 {
		return 1 // every value tied: no evidence of a difference
	}
	z := (math.Abs(u-a*b/2) - 0.5) / math.Sqrt(variance)
	if z < 0 {
		z = 0
	}
	return math.Min(1, math.Erfc(z/math.Sqrt2))
}

// Significance is the level below which a change counts as real.
const Significance = 0.05

// Change is the comparison of one cell between two reports.
type Change struct {
	Program, Config string
	Old, New        Stat    // wall time
	OldN, NewN      int     // successful runs on each side
	Delta           float64 // (new - old) / old of the medians
	P               float64 // Mann-Whitney p-value of the wall times
}

// Significant reports whether the change passes the test at Significance.
func (c Change) Significant() bool { return c.P < Significance }

// Compare pairs the cells that old and new both have, in new's order, and
// computes each one's change of median wall time and its p-value.
func Compare(old, new *Report) []Change {
	oldWalls := okWalls(old)
	newWalls := okWalls(new)
	var out []Change
	for _, s := range new.Summaries {
		k := cellKey{s.Program, s.Config}
		ow, nw := oldWalls[k], newWalls[k]
		if len(ow) == 0 || len(nw) == 0 {
			continue
		}
		c := Change{Program: s.Program, Config: s.Config,
			Old: Summarize(ow), New: Summarize(nw), OldN: len(ow), NewN: len(nw)}
		c.Delta = (c.New.Median - c.Old.Median) / c.Old.Median
		c.P = MannWhitney(ow, nw)
		out = append(out, c)
	}
	return out
}

type cellKey struct{ program, config string }

// okWalls collects the wall times of the successful runs of each cell.
func okWalls(r *Report) map[cellKey][]float64 {
	m := map[cellKey][]float64{}
	for _, run := range r.Runs {
		if run.Status == StatusOK {
			k := cellKey{run.Program, run.Config}
			m[k] = append(m[k], run.WallS)
		}
	}
	return m
}
