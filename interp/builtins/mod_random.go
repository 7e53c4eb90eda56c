package builtins

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
)

// The random module, in Go: CPython 3.11's Mersenne Twister with its exact
// seeding, and CPython's algorithms for every derived method, so that a
// seeded program prints the same numbers under atompy and CPython.
//
// The layout mirrors CPython's. A built-in type _random.Random holds the
// generator state in a heap object (so that it is transactional like any
// other guest data): 624 words of MT19937 state, the index of the next
// word, and gauss's cached second value. The class programs see,
// random.Random, is a class derived from it whose dict holds Go methods;
// being a normal class, it can be subclassed in Python, and
// random.Random(x) runs __init__, which calls self.seed(x).
//
// The derived methods (randrange, choice, gauss, ...) reach the generator
// through a gen, which honours overrides the way CPython's
// Random.__init_subclass__ does: a subclass that defines random() or
// getrandbits() or _randbelow() gets its own method called; the exact
// class, the common case, runs entirely in Go. The core methods (random,
// getrandbits, seed, getstate, setstate) never dispatch, so that
// super().random() in an override reaches the twister.
//
// The module-level functions are bound methods of one hidden instance
// seeded from the operating system at import, as in CPython.

const (
	mtN        = 624
	mtM        = 397
	mtIndex    = mtN     // field: index of the next state word
	mtHasGauss = mtN + 1 // field: 1 when a cached gauss value exists
	mtGauss    = mtN + 2 // field: the cached gauss value's bits
	mtFields   = mtN + 3
)

// coreRandomType is _random.Random: instances are raw words, never
// scanned by the collector.
var coreRandomType *object.Type

func init() {
	object.OnBoot(60, bootCoreRandom)
	registerGoModule("random", buildRandom)
}

func bootCoreRandom(t *object.Thread) {
	typ := object.NewBuiltinType(t, "Random", gc.ScanNone)
	typ.Module = "_random"
	typ.Flags |= object.FlagBaseType
	typ.Slots.New = func(t *object.Thread, _ *object.Type, _ []Value, _ []string) (Value, error) {
		return newCoreState(t), nil
	}
	coreRandomType = typ
}

// newCoreState allocates an unseeded generator state (seeded from the
// clock so that an instance whose __init__ never seeds still works).
func newCoreState(t *object.Thread) Value {
	st := object.AllocObject(t, coreRandomType, mtFields)
	var s mtState
	s.initGenrand(uint32(time.Now().UnixNano()))
	storeState(t, st, &s)
	return st
}

// mtState is the Mersenne Twister state as plain Go data, used while
// seeding and by tests.
type mtState struct {
	mt    [mtN]uint32
	index int
}

// initGenrand fills the state from one 32-bit seed (the reference
// init_genrand).
func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		prev := s.mt[i-1]
		s.mt[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	s.index = mtN
}

// initByArray seeds from a key of 32-bit words (the reference
// init_by_array, which CPython uses for every seed).
func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	mt := &s.mt
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
	s.index = mtN
}

// next returns the next 32-bit output.
func (s *mtState) next() uint32 {
	if s.index >= mtN {
		twist(&s.mt)
		s.index = 0
	}
	y := s.mt[s.index]
	s.index++
	return temper(y)
}

// twist regenerates all 624 words.
func twist(mt *[mtN]uint32) {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	for kk := 0; kk < mtN; kk++ {
		y := (mt[kk] & upper) | (mt[(kk+1)%mtN] & lower)
		v := mt[(kk+mtM)%mtN] ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		mt[kk] = v
	}
}

func temper(y uint32) uint32 {
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Heap-resident state: field i < 624 holds state word i as a raw word.

func storeState(t *object.Thread, st Value, s *mtState) {
	for i, w := range s.mt {
		object.SetField(t, st, i, Value(w))
	}
	object.SetField(t, st, mtIndex, Value(s.index))
	object.SetField(t, st, mtHasGauss, 0)
}

func loadState(t *object.Thread, st Value) *mtState {
	s := new(mtState)
	for i := range s.mt {
		s.mt[i] = uint32(object.Field(t, st, i))
	}
	s.index = int(object.Field(t, st, mtIndex))
	return s
}

// genrand returns the next 32-bit output of the heap state st.
func genrand(t *object.Thread, st Value) uint32 {
	idx := int(object.Field(t, st, mtIndex))
	if idx >= mtN {
		var mt [mtN]uint32
		for i := range mt {
			mt[i] = uint32(object.Field(t, st, i))
		}
		twist(&mt)
		for i, w := range mt {
			object.SetField(t, st, i, Value(w))
		}
		idx = 0
	}
	object.SetField(t, st, mtIndex, Value(idx+1))
	return temper(uint32(object.Field(t, st, idx)))
}

// random53 is CPython's random(): 53 bits from two outputs.
func random53(t *object.Thread, st Value) float64 {
	a := genrand(t, st) >> 5
	b := genrand(t, st) >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits64 returns k <= 64 random bits, drawing words as CPython's
// getrandbits does (least significant word first, the last one shifted).
func bits64(t *object.Thread, st Value, k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(genrand(t, st) >> (32 - k))
	}
	lo := uint64(genrand(t, st))
	hi := uint64(genrand(t, st) >> (64 - k))
	return lo | hi<<32
}

// bitsBig returns k random bits as a big.Int, for any k.
func bitsBig(t *object.Thread, st Value, k int) *big.Int {
	words := make([]big.Word, 0, (k+63)/64)
	for k > 0 {
		n := min(k, 64)
		words = append(words, big.Word(bits64(t, st, n)))
		k -= n
	}
	return new(big.Int).SetBits(words)
}

// gaussCache reads and clears the cached second gauss value.
func gaussCache(t *object.Thread, st Value) (float64, bool) {
	if object.Field(t, st, mtHasGauss) == 0 {
		return 0, false
	}
	object.SetField(t, st, mtHasGauss, 0)
	return math.Float64frombits(uint64(object.Field(t, st, mtGauss))), true
}

func setGaussCache(t *object.Thread, st Value, z float64) {
	object.SetField(t, st, mtGauss, Value(math.Float64bits(z)))
	object.SetField(t, st, mtHasGauss, 1)
}

// Seeding.

// seedKey returns the init_by_array key for a non-negative integer: its
// 32-bit words, least significant first, at least one.
func seedKey(n *big.Int) []uint32 {
	b := n.Bytes() // big-endian
	key := make([]uint32, 0, len(b)/4+1)
	for end := len(b); end > 0; end -= 4 {
		var w uint32
		for i := max(end-4, 0); i < end; i++ {
			w = w<<8 | uint32(b[i])
		}
		key = append(key, w)
	}
	if len(key) == 0 {
		key = append(key, 0)
	}
	return key
}

// entropyKey is the key for seed(None): 624 words from the operating
// system, or the clock and pid if that fails.
func entropyKey() []uint32 {
	buf := make([]byte, 4*mtN)
	if _, err := rand.Read(buf); err != nil {
		now := uint64(time.Now().UnixNano())
		return []uint32{uint32(now), uint32(now >> 32), uint32(processStart.UnixNano())}
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	return key
}

// seedInteger turns a seed argument into the integer CPython's C seed
// uses: abs() of an int, the hash (as an unsigned word) of anything else.
func seedInteger(t *object.Thread, a Value) (*big.Int, error) {
	if object.IsIntOrBool(object.Payload(t, a)) {
		return new(big.Int).Abs(object.IntBig(object.Payload(t, a))), nil
	}
	h, err := object.Hash(t, a)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetUint64(uint64(h)), nil
}

// seedVersion1 is the old string hash of seed(s, version=1).
func seedVersion1(runes []rune) *big.Int {
	var x uint64
	if len(runes) > 0 {
		x = uint64(runes[0]) << 7
	}
	for _, c := range runes {
		x = (1000003 * x) ^ uint64(c)
	}
	x ^= uint64(len(runes))
	return new(big.Int).SetUint64(x)
}

// seedVersion2 is int.from_bytes(b + sha512(b).digest()).
func seedVersion2(b []byte) *big.Int {
	sum := sha512.Sum512(b)
	all := append(append([]byte{}, b...), sum[:]...)
	return new(big.Int).SetBytes(all)
}

// seedValue implements Random.seed(a, version) on the state st.
func seedValue(t *object.Thread, st, a, version Value) error {
	var n *big.Int
	v1 := isSmall(version, 1)
	switch {
	case a == object.None || a == Null:
		var s mtState
		s.initByArray(entropyKey())
		storeState(t, st, &s)
		return nil
	case v1 && object.IsInstance(a, object.StrType):
		n = seedVersion1([]rune(object.StrGo(object.Payload(t, a))))
	case v1 && object.IsInstance(a, object.BytesType):
		n = seedVersion1(latin1Runes(object.BytesView(object.Payload(t, a))))
	case isSmall(version, 2) && isStrOrBytes(a):
		n = seedVersion2(seedBytes(t, a))
	case !isSeedType(a):
		return object.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	default:
		var err error
		if n, err = seedInteger(t, a); err != nil {
			return err
		}
	}
	var s mtState
	s.initByArray(seedKey(n))
	storeState(t, st, &s)
	return nil
}

func isSmall(v Value, n int64) bool {
	i, ok := object.IntValue(v)
	return ok && i == n || v.IsFloat() && v.Float() == float64(n)
}

func isStrOrBytes(a Value) bool {
	return object.IsInstance(a, object.StrType) || object.IsInstance(a, object.BytesType) ||
		object.IsInstance(a, object.ByteArrayType)
}

func isSeedType(a Value) bool {
	return isStrOrBytes(a) || object.IsInstance(a, object.IntType) || object.IsInstance(a, object.BoolType) ||
		object.IsInstance(a, object.FloatType)
}

func seedBytes(t *object.Thread, a Value) []byte {
	p := object.Payload(t, a)
	if object.IsStr(p) {
		return []byte(object.StrGo(p))
	}
	return append([]byte{}, object.BytesView(p)...)
}

func latin1Runes(b []byte) []rune {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return r
}

// State as Python values: getstate's (3, (625 ints), gauss_next).

func getState(t *object.Thread, st Value) Value {
	items := make([]Value, mtN+1)
	for i := 0; i < mtN; i++ {
		items[i] = object.MakeInt(t, int64(uint32(object.Field(t, st, i))))
	}
	items[mtN] = object.MakeInt(t, int64(object.Field(t, st, mtIndex)))
	gauss := object.None
	if object.Field(t, st, mtHasGauss) != 0 {
		gauss = object.MakeFloat(math.Float64frombits(uint64(object.Field(t, st, mtGauss))))
	}
	return object.NewTuple(t, []Value{object.MakeSmallInt(3), object.NewTuple(t, items), gauss})
}

func setState(t *object.Thread, st, state Value) error {
	parts, err := object.Collect(t, state)
	if err != nil {
		return err
	}
	if len(parts) == 0 {
		return object.IndexError("tuple index out of range")
	}
	version := parts[0]
	if !isSmall(version, 3) && !isSmall(version, 2) {
		r, err := object.Str(t, version)
		if err != nil {
			return err
		}
		return object.ValueError("state with version %s passed to Random.setstate() of version 3", r)
	}
	if len(parts) != 3 {
		return unpackCountError(len(parts), 3)
	}
	words, err := stateWords(t, parts[1], isSmall(version, 2))
	if err != nil {
		return err
	}
	var s mtState
	copy(s.mt[:], words[:mtN])
	s.index = int(words[mtN])
	storeState(t, st, &s)
	return setGaussValue(t, st, parts[2])
}

func unpackCountError(got, want int) error {
	if got > want {
		return object.ValueError("too many values to unpack (expected %d)", want)
	}
	return object.ValueError("not enough values to unpack (expected %d, got %d)", want, got)
}

// stateWords checks and converts the 625-item internal state.
func stateWords(t *object.Thread, internal Value, signed bool) ([]uint32, error) {
	if !object.IsInstance(internal, object.TupleType) {
		return nil, object.TypeError("state vector must be a tuple")
	}
	items := object.TupleItems(object.Payload(t, internal))
	if len(items) != mtN+1 {
		return nil, object.ValueError("state vector is the wrong size")
	}
	words := make([]uint32, mtN+1)
	for i, it := range items {
		iv, err := object.IndexValue(t, it)
		if err != nil {
			return nil, err
		}
		x := object.IntBig(iv)
		if i == mtN {
			if !x.IsInt64() || x.Int64() < 0 || x.Int64() > mtN {
				return nil, object.ValueError("invalid state")
			}
			words[i] = uint32(x.Int64())
			break
		}
		if signed {
			x = new(big.Int).Mod(x, big.NewInt(1<<32))
		}
		if x.Sign() < 0 {
			return nil, object.OverflowError("can't convert negative value to unsigned int")
		}
		if x.BitLen() > 64 {
			return nil, object.OverflowError("Python int too large to convert to C unsigned long")
		}
		words[i] = uint32(x.Uint64())
	}
	return words, nil
}

// setGaussValue stores gauss_next from a Python value (None or a float).
func setGaussValue(t *object.Thread, st, g Value) error {
	if g == object.None {
		object.SetField(t, st, mtHasGauss, 0)
		return nil
	}
	f, err := toFloat(t, g)
	if err != nil {
		return err
	}
	setGaussCache(t, st, f)
	return nil
}
