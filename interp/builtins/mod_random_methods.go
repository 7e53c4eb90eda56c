package builtins

import (
	"math"
	"math/big"

	"atompy.dev/atompy/interp/object"
)

// The derived methods of random.Random, following CPython 3.11's
// algorithms draw for draw, with glibc-exact elementary functions (crLog
// and friends) so that the floats match to the last bit.

// Integer methods.

func randbelowMethod(g *gen, a []Value) (Value, error) {
	n, err := object.IndexValue(g.t, a[0])
	if err != nil {
		return Null, err
	}
	if object.IntSign(n) <= 0 {
		return Null, object.ValueError("empty range for randrange()")
	}
	return g.below(n)
}

func randbytesMethod(g *gen, a []Value) (Value, error) {
	n, err := object.AsIndex(g.t, a[0])
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return Null, object.ValueError("number of bits must be non-negative")
	}
	r, err := g.getrandbits(n * 8)
	if err != nil {
		return Null, err
	}
	buf := make([]byte, n)
	object.IntBig(r).FillBytes(buf)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return object.NewBytes(g.t, buf), nil
}

// rangeArg converts a randrange argument: an int, or (deprecated) an
// integral number; which names the argument in the error.
func rangeArg(t *object.Thread, v Value, which string) (*big.Int, error) {
	if iv, err := object.IndexValue(t, v); err == nil {
		return object.IntBig(iv), nil
	} else if !object.Matches(err, object.TypeErrorType) {
		return nil, err
	}
	iv, err := object.IntFromValue(t, v)
	if err != nil {
		return nil, err
	}
	eq, err := object.Equal(t, iv, v)
	if err != nil {
		return nil, err
	}
	if !eq {
		return nil, object.ValueError("non-integer %s for randrange()", which)
	}
	return object.IntBig(iv), nil
}

func randrangeMethod(g *gen, a []Value) (Value, error) {
	return g.randrange(a[0], a[1], a[2])
}

func randintMethod(g *gen, a []Value) (Value, error) {
	stop, err := object.BinaryOp(g.t, object.OpAdd, a[1], object.MakeSmallInt(1))
	if err != nil {
		return Null, err
	}
	return g.randrange(a[0], stop, Null)
}

// randrange is CPython 3.11's randrange; stop and step are Null when not
// given.
func (g *gen) randrange(start, stop, step Value) (Value, error) {
	istart, err := rangeArg(g.t, start, "arg 1")
	if err != nil {
		return Null, err
	}
	if stop == Null || stop == object.None {
		if step != Null {
			return Null, object.TypeError("Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return g.below(object.NewInt(g.t, istart))
		}
		return Null, object.ValueError("empty range for randrange()")
	}
	istop, err := rangeArg(g.t, stop, "stop")
	if err != nil {
		return Null, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != Null {
		if istep, err = rangeArg(g.t, step, "step"); err != nil {
			return Null, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return g.offset(istart, big.NewInt(1), width)
		}
		return Null, object.ValueError("empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	n := new(big.Int)
	switch istep.Sign() {
	case 1:
		n.Add(width, istep).Sub(n, big.NewInt(1))
	case -1:
		n.Add(width, istep).Add(n, big.NewInt(1))
	default:
		return Null, object.ValueError("zero step for randrange()")
	}
	floorDiv(n, istep)
	if n.Sign() <= 0 {
		return Null, object.ValueError("empty range for randrange()")
	}
	return g.offset(istart, istep, n)
}

// offset returns start + step * randbelow(n).
func (g *gen) offset(start, step, n *big.Int) (Value, error) {
	if start.IsInt64() && step.IsInt64() && n.IsInt64() && g.native() {
		s, st := start.Int64(), step.Int64()
		r, err := g.belowInt(int(n.Int64()))
		if err == nil && fitsSmall(s) && fitsSmall(st) && n.Int64() < 1<<31 {
			return object.MakeInt(g.t, s+st*int64(r)), nil
		}
		return object.NewInt(g.t, new(big.Int).Add(start, new(big.Int).Mul(step, big.NewInt(int64(r))))), err
	}
	r, err := g.below(object.NewInt(g.t, n))
	if err != nil {
		return Null, err
	}
	prod, err := object.BinaryOp(g.t, object.OpMul, object.NewInt(g.t, step), r)
	if err != nil {
		return Null, err
	}
	return object.BinaryOp(g.t, object.OpAdd, object.NewInt(g.t, start), prod)
}

// fitsSmall bounds values whose products with a 31-bit index stay in an
// int64.
func fitsSmall(x int64) bool { return x > -(1<<31) && x < 1<<31 }

// floorDiv sets n to floor(n / d).
func floorDiv(n, d *big.Int) {
	var m big.Int
	n.DivMod(n, d, &m) // Euclidean: m >= 0
	if m.Sign() != 0 && d.Sign() < 0 {
		n.Add(n, big.NewInt(1))
	}
}

// Sequence methods.

func choiceMethod(g *gen, a []Value) (Value, error) {
	seq := a[0]
	n, err := object.Len(g.t, seq)
	if err != nil {
		return Null, err
	}
	if n == 0 {
		return Null, object.IndexError("Cannot choose from an empty sequence")
	}
	i, err := g.belowInt(n)
	if err != nil {
		return Null, err
	}
	return object.GetItem(g.t, seq, object.MakeSmallInt(int64(i)))
}

func shuffleMethod(g *gen, a []Value) (Value, error) {
	x := a[0]
	n, err := object.Len(g.t, x)
	if err != nil {
		return Null, err
	}
	if object.IsList(x) && g.native() {
		for i := n - 1; i > 0; i-- {
			j, _ := g.belowInt(i + 1)
			xi, xj := object.ListGet(g.t, x, i), object.ListGet(g.t, x, j)
			object.ListSet(g.t, x, i, xj)
			object.ListSet(g.t, x, j, xi)
		}
		return object.None, nil
	}
	for i := n - 1; i > 0; i-- {
		j, err := g.belowInt(i + 1)
		if err != nil {
			return Null, err
		}
		if err := swapItems(g.t, x, i, j); err != nil {
			return Null, err
		}
	}
	return object.None, nil
}

// swapItems is x[i], x[j] = x[j], x[i].
func swapItems(t *object.Thread, x Value, i, j int) error {
	vi, vj := object.MakeSmallInt(int64(i)), object.MakeSmallInt(int64(j))
	xj, err := object.GetItem(t, x, vj)
	if err != nil {
		return err
	}
	xi, err := object.GetItem(t, x, vi)
	if err != nil {
		return err
	}
	if err := object.SetItem(t, x, vi, xj); err != nil {
		return err
	}
	return object.SetItem(t, x, vj, xi)
}

// isPopulation approximates isinstance(v, collections.abc.Sequence).
func isPopulation(t *object.Thread, v Value) bool {
	for _, typ := range []*object.Type{object.DictType, object.SetType, object.FrozenSetType} {
		if object.IsInstance(v, typ) {
			return false
		}
	}
	typ := object.TypeOf(v)
	if object.IsDictView(v) || typ.Slots.GetItem == nil && typ.Lookup(t, "__getitem__") == Null {
		return false
	}
	return typ.Slots.Len != nil || typ.Lookup(t, "__len__") != Null
}

func sampleMethod(g *gen, a []Value) (Value, error) {
	population, kv, counts := a[0], a[1], a[2]
	if !isPopulation(g.t, population) {
		return Null, object.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := object.Len(g.t, population)
	if err != nil {
		return Null, err
	}
	if counts != Null && counts != object.None {
		return g.sampleCounted(population, n, kv, counts)
	}
	k, err := sampleSize(g.t, kv, n)
	if err != nil {
		return Null, err
	}
	if n <= sampleSetSize(k) {
		pool, err := object.Collect(g.t, population)
		if err != nil {
			return Null, err
		}
		idx, err := g.samplePool(len(pool), k)
		if err != nil {
			return Null, err
		}
		out := make([]Value, k)
		for i, j := range idx {
			out[i] = pool[j]
		}
		return object.NewList(g.t, out), nil
	}
	idx, err := g.sampleSet(n, k)
	if err != nil {
		return Null, err
	}
	out := make([]Value, k)
	for i, j := range idx {
		if out[i], err = object.GetItem(g.t, population, object.MakeSmallInt(int64(j))); err != nil {
			return Null, err
		}
	}
	return object.NewList(g.t, out), nil
}

// sampleSize checks k as `0 <= k <= n` and `[None] * k` do.
func sampleSize(t *object.Thread, kv Value, n int) (int, error) {
	if kv.IsFloat() {
		if f := kv.Float(); f >= 0 && f <= float64(n) {
			return 0, object.TypeError("can't multiply sequence by non-int of type 'float'")
		}
		return 0, object.ValueError("Sample larger than population or is negative")
	}
	iv, err := object.IndexValue(t, kv)
	if err != nil {
		return 0, err
	}
	k, ok := object.IntValue(iv)
	if !ok || k < 0 || k > int64(n) {
		return 0, object.ValueError("Sample larger than population or is negative")
	}
	return int(k), nil
}

// sampleSetSize is the population size above which sample tracks the
// chosen indices in a set instead of copying the population.
func sampleSetSize(k int) int {
	size := 21
	if k > 5 {
		e := math.Ceil(crLog(float64(k*3)) / crLog(4))
		size += 1 << (2 * int(e))
	}
	return size
}

// samplePool picks k of n positions, moving the last unpicked one into
// each picked one's place.
func (g *gen) samplePool(n, k int) ([]int, error) {
	pool := make([]int, n)
	for i := range pool {
		pool[i] = i
	}
	out := make([]int, k)
	for i := range out {
		j, err := g.belowInt(n - i)
		if err != nil {
			return nil, err
		}
		out[i] = pool[j]
		pool[j] = pool[n-i-1]
	}
	return out, nil
}

// sampleSet picks k of n positions, redrawing the ones already picked.
func (g *gen) sampleSet(n, k int) ([]int, error) {
	selected := make(map[int]bool, k)
	out := make([]int, k)
	for i := range out {
		j, err := g.belowInt(n)
		for err == nil && selected[j] {
			j, err = g.belowInt(n)
		}
		if err != nil {
			return nil, err
		}
		selected[j] = true
		out[i] = j
	}
	return out, nil
}

// sampleCounted is sample(population, k, counts=...): a sample of the
// positions in the expanded population, mapped back by bisection.
func (g *gen) sampleCounted(population Value, n int, kv, counts Value) (Value, error) {
	cum, err := accumulate(g.t, counts)
	if err != nil {
		return Null, err
	}
	if len(cum) != n {
		return Null, object.ValueError("The number of counts does not match the population")
	}
	total := cum[n-1]
	cum = cum[:n-1]
	if !object.IsInstance(total, object.IntType) {
		return Null, object.TypeError("Counts must be integers")
	}
	if object.IntSign(object.Payload(g.t, total)) <= 0 {
		return Null, object.ValueError("Total of counts must be greater than zero")
	}
	size, err := object.AsIndex(g.t, total)
	if err != nil {
		return Null, err
	}
	k, err := sampleSize(g.t, kv, size)
	if err != nil {
		return Null, err
	}
	var picks []int
	if size <= sampleSetSize(k) {
		picks, err = g.samplePool(size, k)
	} else {
		picks, err = g.sampleSet(size, k)
	}
	if err != nil {
		return Null, err
	}
	out := make([]Value, k)
	for i, s := range picks {
		j, err := bisectRight(g.t, cum, object.MakeSmallInt(int64(s)), len(cum))
		if err != nil {
			return Null, err
		}
		if out[i], err = object.GetItem(g.t, population, object.MakeSmallInt(int64(j))); err != nil {
			return Null, err
		}
	}
	return object.NewList(g.t, out), nil
}

// accumulate is list(itertools.accumulate(xs)).
func accumulate(t *object.Thread, xs Value) ([]Value, error) {
	items, err := object.Collect(t, xs)
	if err != nil {
		return nil, err
	}
	for i := 1; i < len(items); i++ {
		if items[i], err = object.BinaryOp(t, object.OpAdd, items[i-1], items[i]); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// bisectRight is bisect.bisect_right(a, x, 0, hi).
func bisectRight(t *object.Thread, a []Value, x Value, hi int) (int, error) {
	lo := 0
	for lo < hi {
		mid := (lo + hi) / 2
		less, err := object.Less(t, x, a[mid])
		if err != nil {
			return 0, err
		}
		if less {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func choicesMethod(g *gen, a []Value) (Value, error) {
	population, weights, cumWeights := a[0], orNone(a[1]), orNone(a[2])
	kv := a[3]
	if kv == Null {
		kv = object.MakeSmallInt(1)
	}
	n, err := object.Len(g.t, population)
	if err != nil {
		return Null, err
	}
	var cum []Value
	switch {
	case cumWeights == object.None && weights == object.None:
		return g.choicesUniform(population, n, kv)
	case cumWeights == object.None:
		if cum, err = accumulate(g.t, weights); err != nil {
			if object.Matches(err, object.TypeErrorType) && object.IsInstance(weights, object.IntType) {
				r, _ := object.Repr(g.t, weights)
				return Null, object.TypeError("The number of choices must be a keyword argument: k=%s", r)
			}
			return Null, err
		}
	case weights != object.None:
		return Null, object.TypeError("Cannot specify both weights and cumulative weights")
	default:
		if cum, err = object.Collect(g.t, cumWeights); err != nil {
			return Null, err
		}
	}
	if len(cum) != n {
		return Null, object.ValueError("The number of weights does not match the population")
	}
	return g.choicesWeighted(population, cum, kv)
}

func (g *gen) choicesUniform(population Value, n int, kv Value) (Value, error) {
	k, err := object.AsIndex(g.t, kv)
	if err != nil {
		return Null, err
	}
	out := make([]Value, 0, max(k, 0))
	for i := 0; i < k; i++ {
		r, err := g.random()
		if err != nil {
			return Null, err
		}
		item, err := object.GetItem(g.t, population, object.MakeInt(g.t, int64(math.Floor(r*float64(n)))))
		if err != nil {
			return Null, err
		}
		out = append(out, item)
	}
	return object.NewList(g.t, out), nil
}

func (g *gen) choicesWeighted(population Value, cum []Value, kv Value) (Value, error) {
	if len(cum) == 0 {
		return Null, object.IndexError("list index out of range")
	}
	tv, err := object.BinaryOp(g.t, object.OpAdd, cum[len(cum)-1], object.MakeFloat(0))
	if err != nil {
		return Null, err
	}
	total, err := toFloat(g.t, tv)
	if err != nil {
		return Null, err
	}
	if !(total > 0) {
		return Null, object.ValueError("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return Null, object.ValueError("Total of weights must be finite")
	}
	k, err := object.AsIndex(g.t, kv)
	if err != nil {
		return Null, err
	}
	out := make([]Value, 0, max(k, 0))
	for i := 0; i < k; i++ {
		r, err := g.random()
		if err != nil {
			return Null, err
		}
		j, err := bisectRight(g.t, cum, object.MakeFloat(r*total), len(cum)-1)
		if err != nil {
			return Null, err
		}
		item, err := object.GetItem(g.t, population, object.MakeSmallInt(int64(j)))
		if err != nil {
			return Null, err
		}
		out = append(out, item)
	}
	return object.NewList(g.t, out), nil
}

// Real-valued distributions.

var (
	twoPi   = 2 * math.Pi
	nvMagic = 4 * crExp(-0.5) / math.Sqrt(2.0)
	log4    = crLog(4.0)
	sgMagic = 1.0 + crLog(4.5)
)

// floats converts arguments to floats as the arithmetic on them would.
func floats(t *object.Thread, vs ...Value) ([]float64, error) {
	out := make([]float64, len(vs))
	for i, v := range vs {
		f, err := toFloat(t, v)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

// argOr returns v, or the float def when the argument was not given.
func argOr(v Value, def float64) Value {
	if v == Null {
		return object.MakeFloat(def)
	}
	return v
}

func floatResult(f float64, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return object.MakeFloat(f), nil
}

func uniformMethod(g *gen, a []Value) (Value, error) {
	r, err := g.random()
	if err != nil {
		return Null, err
	}
	lo, hi := a[0], a[1]
	x, okx := object.IntValue(lo)
	y, oky := object.IntValue(hi)
	if okx && oky && fitsSmall(x) && fitsSmall(y) {
		return object.MakeFloat(float64(x) + float64(y-x)*r), nil
	}
	if lo.IsFloat() && hi.IsFloat() {
		return object.MakeFloat(lo.Float() + (hi.Float()-lo.Float())*r), nil
	}
	width, err := object.BinaryOp(g.t, object.OpSub, hi, lo)
	if err != nil {
		return Null, err
	}
	scaled, err := object.BinaryOp(g.t, object.OpMul, width, object.MakeFloat(r))
	if err != nil {
		return Null, err
	}
	return object.BinaryOp(g.t, object.OpAdd, lo, scaled)
}

func triangularMethod(g *gen, a []Value) (Value, error) {
	u, err := g.random()
	if err != nil {
		return Null, err
	}
	lowV, highV := argOr(a[0], 0), argOr(a[1], 1)
	f, err := floats(g.t, lowV, highV)
	if err != nil {
		return Null, err
	}
	low, high := f[0], f[1]
	c := 0.5
	if a[2] != Null && a[2] != object.None {
		mode, err := toFloat(g.t, a[2])
		if err != nil {
			return Null, err
		}
		if high-low == 0 {
			return lowV, nil
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u, c = 1.0-u, 1.0-c
		low, high = high, low
	}
	return object.MakeFloat(low + (high-low)*math.Sqrt(u*c)), nil
}

func normalMethod(g *gen, a []Value) (Value, error) {
	var z float64
	for {
		u1, err := g.random()
		if err != nil {
			return Null, err
		}
		u2, err := g.random()
		if err != nil {
			return Null, err
		}
		u2 = 1.0 - u2
		z = nvMagic * (u1 - 0.5) / u2
		if z*z/4.0 <= -crLog(u2) {
			break
		}
	}
	return shiftScale(g.t, z, argOr(a[0], 0), argOr(a[1], 1))
}

// shiftScale is mu + z * sigma.
func shiftScale(t *object.Thread, z float64, mu, sigma Value) (Value, error) {
	f, err := floats(t, mu, sigma)
	if err != nil {
		return Null, err
	}
	return object.MakeFloat(f[0] + z*f[1]), nil
}

// gaussMethod is the Box-Muller transform, which makes two values at a
// time: the second is cached in the state for the next call.
func gaussMethod(g *gen, a []Value) (Value, error) {
	z, ok := gaussCache(g.t, g.st)
	if !ok {
		r1, err := g.random()
		if err != nil {
			return Null, err
		}
		r2, err := g.random()
		if err != nil {
			return Null, err
		}
		x2pi := r1 * twoPi
		g2rad := math.Sqrt(-2.0 * crLog(1.0-r2))
		z = crCos(x2pi) * g2rad
		setGaussCache(g.t, g.st, crSin(x2pi)*g2rad)
	}
	return shiftScale(g.t, z, argOr(a[0], 0), argOr(a[1], 1))
}

func lognormMethod(g *gen, a []Value) (Value, error) {
	v, err := normalMethod(g, a)
	if err != nil {
		return Null, err
	}
	r := crExp(v.Float())
	if math.IsInf(r, 0) && !math.IsInf(v.Float(), 0) {
		return Null, object.OverflowError("math range error")
	}
	return object.MakeFloat(r), nil
}

func expoMethod(g *gen, a []Value) (Value, error) {
	r, err := g.random()
	if err != nil {
		return Null, err
	}
	lambd, err := toFloat(g.t, a[0])
	if err != nil {
		return Null, err
	}
	return floatResult(fdiv(-crLog(1.0-r), lambd))
}

func vonmisesMethod(g *gen, a []Value) (Value, error) {
	f, err := floats(g.t, a[0], a[1])
	if err != nil {
		return Null, err
	}
	mu, kappa := f[0], f[1]
	if kappa <= 1e-6 {
		r, err := g.random()
		return floatResult(twoPi*r, err)
	}
	s := 0.5 / kappa
	r := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1, err := g.random()
		if err != nil {
			return Null, err
		}
		z = crCos(math.Pi * u1)
		d := z / (r + z)
		u2, err := g.random()
		if err != nil {
			return Null, err
		}
		if u2 < 1.0-d*d || u2 <= (1.0-d)*crExp(d) {
			break
		}
	}
	q := 1.0 / r
	fv := (q + z) / (1.0 + q*z)
	u3, err := g.random()
	if err != nil {
		return Null, err
	}
	theta := mu - crAcos(fv)
	if u3 > 0.5 {
		theta = mu + crAcos(fv)
	}
	return floatResult(fmod(theta, twoPi))
}

func gammaMethod(g *gen, a []Value) (Value, error) {
	f, err := floats(g.t, a[0], a[1])
	if err != nil {
		return Null, err
	}
	return floatResult(g.gamma(f[0], f[1]))
}

// gamma is gammavariate: Cheng's algorithm for alpha > 1, the
// exponential for alpha == 1, and algorithm GS below 1.
func (g *gen) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, object.ValueError("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		return g.gammaCheng(alpha, beta)
	case alpha == 1.0:
		r, err := g.random()
		return -crLog(1.0-r) * beta, err
	}
	return g.gammaGS(alpha, beta)
}

func (g *gen) gammaCheng(alpha, beta float64) (float64, error) {
	ainv := math.Sqrt(2.0*alpha - 1.0)
	bbb := alpha - log4
	ccc := alpha + ainv
	for {
		u1, err := g.random()
		if err != nil {
			return 0, err
		}
		if !(1e-7 < u1 && u1 < 0.9999999) {
			continue
		}
		u2, err := g.random()
		if err != nil {
			return 0, err
		}
		u2 = 1.0 - u2
		v := crLog(u1/(1.0-u1)) / ainv
		x := alpha * crExp(v)
		z := u1 * u1 * u2
		r := bbb + ccc*v - x
		if r+sgMagic-4.5*z >= 0.0 || r >= crLog(z) {
			return x * beta, nil
		}
	}
}

func (g *gen) gammaGS(alpha, beta float64) (float64, error) {
	for {
		u, err := g.random()
		if err != nil {
			return 0, err
		}
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		if p <= 1.0 {
			x = crPow(p, 1.0/alpha)
		} else {
			x = -crLog((b - p) / alpha)
		}
		u1, err := g.random()
		if err != nil {
			return 0, err
		}
		if p > 1.0 {
			if u1 <= crPow(x, alpha-1.0) {
				return x * beta, nil
			}
		} else if u1 <= crExp(-x) {
			return x * beta, nil
		}
	}
}

func betaMethod(g *gen, a []Value) (Value, error) {
	f, err := floats(g.t, a[0], a[1])
	if err != nil {
		return Null, err
	}
	y, err := g.gamma(f[0], 1.0)
	if err != nil || y == 0 {
		return floatResult(0, err)
	}
	y2, err := g.gamma(f[1], 1.0)
	return floatResult(y/(y+y2), err)
}

func paretoMethod(g *gen, a []Value) (Value, error) {
	r, err := g.random()
	if err != nil {
		return Null, err
	}
	alpha, err := toFloat(g.t, a[0])
	if err != nil {
		return Null, err
	}
	e, err := fdiv(-1.0, alpha)
	if err != nil {
		return Null, err
	}
	return floatResult(floatPow(1.0-r, e))
}

func weibullMethod(g *gen, a []Value) (Value, error) {
	r, err := g.random()
	if err != nil {
		return Null, err
	}
	f, err := floats(g.t, a[0], a[1])
	if err != nil {
		return Null, err
	}
	e, err := fdiv(1.0, f[1])
	if err != nil {
		return Null, err
	}
	p, err := floatPow(-crLog(1.0-r), e)
	return floatResult(f[0]*p, err)
}

// fdiv and fmod are float / and %, raising Python exceptions.
func fdiv(a, b float64) (float64, error) {
	r, err := object.FloatTrueDiv(a, b)
	return r, object.FormatErrorException(err)
}

func fmod(a, b float64) (float64, error) {
	r, err := object.FloatMod(a, b)
	return r, object.FormatErrorException(err)
}

// floatPow is float ** float with the correctly rounded pow for the
// ordinary case, as glibc computes it.
func floatPow(x, y float64) (float64, error) {
	if x > 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) && y != 0 && x != 1 {
		r := crPow(x, y)
		if math.IsInf(r, 0) {
			return 0, object.OverflowError("(34, 'Numerical result out of range')")
		}
		return r, nil
	}
	r, err := object.FloatPow(x, y)
	return r, object.FormatErrorException(err)
}
