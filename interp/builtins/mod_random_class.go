package builtins

import (
	"crypto/rand"
	"math"
	"math/big"
	"math/bits"
	"strings"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The random.Random class, its method dispatch (gen) and the module.

// randomClass is one import's random.Random and the signatures of its
// methods.
type randomClass struct {
	cls *object.Type
}

// pySig is the signature of a method CPython writes in Python, so that
// argument errors read like a Python function's.
type pySig struct {
	name     string   // "Random.randint"
	pos      []string // positional-or-keyword parameters after self
	required int      // how many of pos are required
	kwonly   []string // keyword-only parameters (all optional)
}

// bind returns the arguments in parameter order, Null where not given.
func (s *pySig) bind(args []Value, kw []string) ([]Value, error) {
	npos := len(args) - len(kw)
	if npos > len(s.pos) {
		return nil, s.tooMany(npos)
	}
	out := make([]Value, len(s.pos)+len(s.kwonly))
	copy(out, args[:npos])
	for i, name := range kw {
		j := s.index(name)
		if j < 0 {
			return nil, object.TypeError("%s() got an unexpected keyword argument '%s'", s.name, name)
		}
		if out[j] != Null {
			return nil, object.TypeError("%s() got multiple values for argument '%s'", s.name, name)
		}
		out[j] = args[npos+i]
	}
	var missing []string
	for i := 0; i < s.required; i++ {
		if out[i] == Null {
			missing = append(missing, "'"+s.pos[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, s.missing(missing)
	}
	return out, nil
}

func (s *pySig) index(name string) int {
	for i, p := range s.pos {
		if p == name {
			return i
		}
	}
	for i, p := range s.kwonly {
		if p == name {
			return len(s.pos) + i
		}
	}
	return -1
}

func (s *pySig) tooMany(npos int) error {
	if s.required == len(s.pos) {
		plural := "s"
		if len(s.pos) == 0 {
			plural = ""
		}
		return object.TypeError("%s() takes %d positional argument%s but %d were given", s.name, len(s.pos)+1, plural, npos+1)
	}
	return object.TypeError("%s() takes from %d to %d positional arguments but %d were given",
		s.name, s.required+1, len(s.pos)+1, npos+1)
}

func (s *pySig) missing(names []string) error {
	list := names[0]
	switch n := len(names); {
	case n == 2:
		list = names[0] + " and " + names[1]
	case n > 2:
		list = strings.Join(names[:n-1], ", ") + ", and " + names[n-1]
	}
	plural := "s"
	if len(names) == 1 {
		plural = ""
	}
	return object.TypeError("%s() missing %d required positional argument%s: %s", s.name, len(names), plural, list)
}

// sig parses "name(a, b=, *, c=)": a trailing "=" marks an optional
// parameter.
func sig(spec string) *pySig {
	open := strings.IndexByte(spec, '(')
	s := &pySig{name: "Random." + spec[:open]}
	params := strings.TrimSuffix(spec[open+1:], ")")
	kwonly := false
	for _, p := range strings.Split(params, ", ") {
		switch {
		case p == "":
		case p == "*":
			kwonly = true
		case kwonly:
			s.kwonly = append(s.kwonly, strings.TrimSuffix(p, "="))
		case strings.HasSuffix(p, "="):
			s.pos = append(s.pos, strings.TrimSuffix(p, "="))
		default:
			s.pos = append(s.pos, p)
			s.required++
		}
	}
	return s
}

// methodFn is the Go body of a method: g dispatches to the receiver's
// generator, a holds the bound arguments.
type methodFn func(g *gen, a []Value) (Value, error)

// method wraps body as a method of random.Random taking Python-style
// arguments described by spec.
func (rc *randomClass) method(spec string, body methodFn) object.BuiltinFn {
	s := sig(spec)
	return func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		self, args, err := rc.receiver(s.name, self, args, kw)
		if err != nil {
			return Null, err
		}
		a, err := s.bind(args, kw)
		if err != nil {
			return Null, err
		}
		return body(rc.gen(t, self), a)
	}
}

// receiver finds self, which is the first argument when the method is
// called through the class (Random.random(r)).
func (rc *randomClass) receiver(name string, self Value, args []Value, kw []string) (Value, []Value, error) {
	if self == Null {
		if len(args) == len(kw) {
			return Null, nil, object.TypeError("unbound method %s() needs an argument", name)
		}
		self, args = args[0], args[1:]
	}
	if !object.IsInstance(self, rc.cls) {
		return Null, nil, object.TypeError("descriptor '%s' for 'Random' objects doesn't apply to a '%s' object",
			name[strings.IndexByte(name, '.')+1:], object.TypeName(self))
	}
	return self, args, nil
}

// How _randbelow is done for a class, as Random.__init_subclass__ picks it.
const (
	belowNative = iota // the twister directly
	belowBits          // an overriding getrandbits()
	belowFloat         // an overriding random(), without getrandbits
	belowCustom        // an overriding _randbelow()
)

// gen is a receiver's way to random numbers.
type gen struct {
	t         *object.Thread
	self, st  Value
	pyRandom  bool // random() is overridden
	pyBits    bool // getrandbits() is overridden
	belowMode int
}

func (rc *randomClass) gen(t *object.Thread, self Value) *gen {
	g := &gen{t: t, self: self, st: object.Payload(t, self), belowMode: belowNative}
	typ := object.TypeOf(self)
	if typ == rc.cls {
		return g
	}
	chosen := false
	for _, c := range typ.MRO {
		if c == rc.cls {
			break
		}
		_, hasBelow := object.DictGetStr(t, c.Dict, "_randbelow")
		_, hasBits := object.DictGetStr(t, c.Dict, "getrandbits")
		_, hasRandom := object.DictGetStr(t, c.Dict, "random")
		g.pyBits = g.pyBits || hasBits
		g.pyRandom = g.pyRandom || hasRandom
		if chosen {
			continue
		}
		switch {
		case hasBelow:
			g.belowMode, chosen = belowCustom, true
		case hasBits:
			g.belowMode, chosen = belowBits, true
		case hasRandom:
			g.belowMode, chosen = belowFloat, true
		}
	}
	return g
}

// native reports whether every draw goes straight to the twister.
func (g *gen) native() bool { return !g.pyRandom && g.belowMode == belowNative }

// random returns self.random().
func (g *gen) random() (float64, error) {
	if !g.pyRandom {
		return random53(g.t, g.st), nil
	}
	r, _, err := object.CallMethod(g.t, g.self, "random")
	if err != nil {
		return 0, err
	}
	return toFloat(g.t, r)
}

// getrandbits returns self.getrandbits(k) for k >= 0.
func (g *gen) getrandbits(k int) (Value, error) {
	if !g.pyBits {
		if k <= 64 {
			return makeUint(g.t, bits64(g.t, g.st, k)), nil
		}
		return object.NewInt(g.t, bitsBig(g.t, g.st, k)), nil
	}
	r, _, err := object.CallMethod(g.t, g.self, "getrandbits", object.MakeInt(g.t, int64(k)))
	return r, err
}

func makeUint(t *object.Thread, u uint64) Value {
	if u <= math.MaxInt64 {
		return object.MakeInt(t, int64(u))
	}
	return object.NewInt(t, new(big.Int).SetUint64(u))
}

// belowInt returns self._randbelow(n) for 0 < n as an int.
func (g *gen) belowInt(n int) (int, error) {
	if g.belowMode == belowNative || g.belowMode == belowBits && !g.pyBits {
		k := bits.Len64(uint64(n))
		for {
			if r := bits64(g.t, g.st, k); r < uint64(n) {
				return int(r), nil
			}
		}
	}
	r, err := g.below(object.MakeInt(g.t, int64(n)))
	if err != nil {
		return 0, err
	}
	return object.AsIndex(g.t, r)
}

// below returns self._randbelow(n) for an int n > 0.
func (g *gen) below(n Value) (Value, error) {
	switch g.belowMode {
	case belowCustom:
		r, _, err := object.CallMethod(g.t, g.self, "_randbelow", n)
		return r, err
	case belowFloat:
		return g.belowWithRandom(object.IntBig(n))
	}
	if small, ok := object.IntValue(n); ok && !g.pyBits {
		r, err := g.belowInt(int(small))
		return object.MakeInt(g.t, int64(r)), err
	}
	return g.belowWithBits(object.IntBig(n))
}

// belowWithBits is _randbelow_with_getrandbits.
func (g *gen) belowWithBits(n *big.Int) (Value, error) {
	k := n.BitLen()
	for {
		r, err := g.getrandbits(k)
		if err != nil {
			return Null, err
		}
		if !object.IsInt(r) {
			return Null, object.TypeError("getrandbits() returned non-int (type %s)", object.TypeName(r))
		}
		if object.IntBig(r).Cmp(n) < 0 {
			return r, nil
		}
	}
}

// belowWithRandom is _randbelow_without_getrandbits: only random() is
// available, so ranges of 2**53 and more are not covered evenly.
func (g *gen) belowWithRandom(n *big.Int) (Value, error) {
	const maxsize = 1 << 53
	if n.Cmp(big.NewInt(maxsize)) >= 0 {
		r, err := g.random()
		if err != nil {
			return Null, err
		}
		nf, err := object.BigIntToFloat(n)
		if err != nil {
			return Null, object.FormatErrorException(err)
		}
		return floatToInt(g.t, math.Floor(r*nf))
	}
	m := n.Int64()
	limit := float64(maxsize-maxsize%m) / maxsize
	for {
		r, err := g.random()
		if err != nil {
			return Null, err
		}
		if r < limit {
			return object.MakeInt(g.t, int64(math.Floor(r*maxsize))%m), nil
		}
	}
}

// buildRandom makes the module: the classes, the hidden instance and its
// bound methods as module functions.
func buildRandom(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "random")
	rc := &randomClass{}
	cls, err := object.NewClass(t, "Random", []*object.Type{coreRandomType}, rc.namespace(t))
	if err != nil {
		return Null, err
	}
	rc.cls = cls
	sys, err := newSystemRandom(t, cls)
	if err != nil {
		return Null, err
	}
	inst, err := object.CallType(t, cls, nil, nil)
	if err != nil {
		return Null, err
	}
	b.set("Random", cls.Ref)
	b.set("SystemRandom", sys.Ref)
	b.set("_inst", inst)
	for _, name := range moduleFunctions {
		m, err := object.GetAttr(t, inst, name)
		if err != nil {
			return Null, err
		}
		b.set(name, m)
	}
	for name, v := range randomConstants() {
		b.set(name, object.MakeFloat(v))
	}
	b.set("BPF", object.MakeSmallInt(53))
	return b.mod, nil
}

// moduleFunctions are the methods the module exports bound to _inst.
var moduleFunctions = []string{"seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
	"sample", "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
	"gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
	"choices", "randbytes"}

func randomConstants() map[string]float64 {
	return map[string]float64{
		"NV_MAGICCONST": nvMagic, "TWOPI": twoPi, "LOG4": log4, "SG_MAGICCONST": sgMagic,
		"RECIP_BPF": 0x1p-53,
	}
}

// namespace returns the class dict of random.Random.
func (rc *randomClass) namespace(t *object.Thread) Value {
	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, "random"))
	object.DictSetStr(t, ns, "VERSION", object.MakeSmallInt(3))
	def := func(name string, fn object.BuiltinFn) {
		object.DictSetStr(t, ns, name, object.NewBuiltin(t, &object.Builtin{Name: name, Fn: fn, Method: true}))
	}
	def("random", rc.coreRandom)
	def("getrandbits", rc.coreGetrandbits)
	for _, m := range rc.methods() {
		def(m.spec[:strings.IndexByte(m.spec, '(')], rc.method(m.spec, m.body))
	}
	object.DictSetStr(t, ns, "gauss_next", rc.gaussNextProperty(t))
	return ns
}

// gaussNextProperty exposes the cached gauss value, an instance attribute
// in CPython, as a property.
func (rc *randomClass) gaussNextProperty(t *object.Thread) Value {
	accessor := func(name string, fn func(t *object.Thread, st Value, args []Value) (Value, error)) Value {
		return object.NewBuiltin(t, &object.Builtin{Name: name, Fn: func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 || !object.IsInstance(args[0], rc.cls) {
				return Null, object.TypeError("gauss_next needs a Random instance")
			}
			return fn(t, object.Payload(t, args[0]), args[1:])
		}})
	}
	get := accessor("gauss_next", func(t *object.Thread, st Value, _ []Value) (Value, error) {
		if object.Field(t, st, mtHasGauss) == 0 {
			return object.None, nil
		}
		return object.MakeFloat(math.Float64frombits(uint64(object.Field(t, st, mtGauss)))), nil
	})
	set := accessor("gauss_next", func(t *object.Thread, st Value, args []Value) (Value, error) {
		if len(args) != 1 {
			return Null, object.TypeError("gauss_next takes one value")
		}
		return object.None, setGaussValue(t, st, args[0])
	})
	return object.NewProperty(t, get, set, object.None, object.None)
}

type methodDef struct {
	spec string
	body methodFn
}

func (rc *randomClass) methods() []methodDef {
	return []methodDef{
		{"__init__(x=)", rc.initMethod},
		{"seed(a=, version=)", seedMethod},
		{"getstate()", func(g *gen, _ []Value) (Value, error) { return getState(g.t, g.st), nil }},
		{"setstate(state)", func(g *gen, a []Value) (Value, error) { return object.None, setState(g.t, g.st, a[0]) }},
		{"_randbelow(n)", randbelowMethod},
		{"randbytes(n)", randbytesMethod},
		{"randrange(start, stop=, step=)", randrangeMethod},
		{"randint(a, b)", randintMethod},
		{"choice(seq)", choiceMethod},
		{"shuffle(x)", shuffleMethod},
		{"sample(population, k, *, counts=)", sampleMethod},
		{"choices(population, weights=, *, cum_weights=, k=)", choicesMethod},
		{"uniform(a, b)", uniformMethod},
		{"triangular(low=, high=, mode=)", triangularMethod},
		{"normalvariate(mu=, sigma=)", normalMethod},
		{"gauss(mu=, sigma=)", gaussMethod},
		{"lognormvariate(mu, sigma)", lognormMethod},
		{"expovariate(lambd)", expoMethod},
		{"vonmisesvariate(mu, kappa)", vonmisesMethod},
		{"gammavariate(alpha, beta)", gammaMethod},
		{"betavariate(alpha, beta)", betaMethod},
		{"paretovariate(alpha)", paretoMethod},
		{"weibullvariate(alpha, beta)", weibullMethod},
		{"__reduce__()", reduceMethod},
		{"__getstate__()", func(g *gen, _ []Value) (Value, error) { return callOn(g, "getstate") }},
		{"__setstate__(state)", func(g *gen, a []Value) (Value, error) { return callOn(g, "setstate", a[0]) }},
	}
}

// reduceMethod supports copy and pickle: (cls, (), self.getstate()).
func reduceMethod(g *gen, _ []Value) (Value, error) {
	st, err := callOn(g, "getstate")
	if err != nil {
		return Null, err
	}
	return object.NewTuple(g.t, []Value{object.TypeOf(g.self).Ref, object.NewTuple(g.t, nil), st}), nil
}

// callOn calls a method of the receiver, honouring overrides.
func callOn(g *gen, name string, args ...Value) (Value, error) {
	r, _, err := object.CallMethod(g.t, g.self, name, args...)
	return r, err
}

// The core methods are C functions in CPython: they never dispatch and
// their argument errors read like a C function's.

func (rc *randomClass) coreRandom(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	self, args, err := rc.receiver("Random.random", self, args, kw)
	if err != nil {
		return Null, err
	}
	if len(args) > 0 {
		return Null, object.TypeError("Random.random() takes no arguments (%d given)", len(args))
	}
	return object.MakeFloat(random53(t, object.Payload(t, self))), nil
}

func (rc *randomClass) coreGetrandbits(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	self, args, err := rc.receiver("Random.getrandbits", self, args, kw)
	if err != nil {
		return Null, err
	}
	if len(kw) > 0 {
		return Null, object.TypeError("Random.getrandbits() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, object.TypeError("Random.getrandbits() takes exactly one argument (%d given)", len(args))
	}
	k, err := bitCount(t, args[0])
	if err != nil {
		return Null, err
	}
	st := object.Payload(t, self)
	if k <= 64 {
		return makeUint(t, bits64(t, st, k)), nil
	}
	return object.NewInt(t, bitsBig(t, st, k)), nil
}

// bitCount converts getrandbits' argument as CPython's C int conversion
// does.
func bitCount(t *object.Thread, v Value) (int, error) {
	iv, err := object.IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	k, ok := object.IntValue(iv)
	if !ok || k > math.MaxInt32 || k < math.MinInt32 {
		return 0, object.OverflowError("Python int too large to convert to C int")
	}
	if k < 0 {
		return 0, object.ValueError("number of bits must be non-negative")
	}
	return int(k), nil
}

// initMethod is Random.__init__: self.seed(x).
func (rc *randomClass) initMethod(g *gen, a []Value) (Value, error) {
	x := orNone(a[0])
	if _, _, err := object.CallMethod(g.t, g.self, "seed", x); err != nil {
		return Null, err
	}
	object.SetField(g.t, g.st, mtHasGauss, 0)
	return object.None, nil
}

func seedMethod(g *gen, a []Value) (Value, error) {
	version := a[1]
	if version == Null {
		version = object.MakeSmallInt(2)
	}
	return object.None, seedValue(g.t, g.st, orNone(a[0]), version)
}

func orNone(v Value) Value {
	if v == Null {
		return object.None
	}
	return v
}

// SystemRandom: random numbers from the operating system.

func newSystemRandom(t *object.Thread, base *object.Type) (*object.Type, error) {
	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, "random"))
	def := func(name string, fn func(t *object.Thread, args []Value) (Value, error)) {
		body := func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
			if self == Null && len(args) > 0 {
				args = args[1:]
			}
			return fn(t, args[:len(args)-len(kw)])
		}
		object.DictSetStr(t, ns, name, object.NewBuiltin(t, &object.Builtin{Name: name, Fn: body, Method: true}))
	}
	def("random", func(t *object.Thread, _ []Value) (Value, error) {
		var b [8]byte
		osRandom(b[1:])
		x := uint64(0)
		for _, c := range b {
			x = x<<8 | uint64(c)
		}
		return object.MakeFloat(float64(x>>3) * 0x1p-53), nil
	})
	def("getrandbits", func(t *object.Thread, args []Value) (Value, error) {
		if len(args) != 1 {
			return Null, object.TypeError("SystemRandom.getrandbits() takes 2 positional arguments but %d were given", len(args)+1)
		}
		k, err := bitCount(t, args[0])
		if err != nil {
			return Null, err
		}
		buf := make([]byte, (k+7)/8)
		osRandom(buf)
		x := new(big.Int).SetBytes(buf)
		return object.NewInt(t, x.Rsh(x, uint(len(buf)*8-k))), nil
	})
	def("seed", func(t *object.Thread, _ []Value) (Value, error) { return object.None, nil })
	noState := func(t *object.Thread, _ []Value) (Value, error) {
		return Null, object.NewError(object.NotImplementedErrorType, "System entropy source does not have state.")
	}
	def("getstate", noState)
	def("setstate", noState)
	return object.NewClass(t, "SystemRandom", []*object.Type{base}, ns)
}

func osRandom(b []byte) {
	if _, err := rand.Read(b); err != nil {
		panic("BUG: random: the operating system's random source failed: " + err.Error())
	}
}
