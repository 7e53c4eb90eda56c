package builtins

import (
	"math/big"
	"testing"
)

// Exact outputs of the Mersenne Twister and CPython's seeding. The
// reference values come from the MT19937 authors' test vectors and from
// CPython 3.11 (random.Random(seed).getrandbits(32) and .random()).

func TestMTReferenceVectors(t *testing.T) {
	var s mtState
	s.initGenrand(5489)
	if got, want := s.next(), uint32(3499211612); got != want {
		t.Errorf("init_genrand(5489) first output: got %d, want %d", got, want)
	}
	s.initByArray([]uint32{0x123, 0x234, 0x345, 0x456})
	want := []uint32{1067595299, 955945823, 477289528, 4107218783, 4228976476}
	for i, w := range want {
		if got := s.next(); got != w {
			t.Errorf("init_by_array output %d: got %d, want %d", i, got, w)
		}
	}
}

// seededState seeds as random.seed(n) does for an int n.
func seededState(n *big.Int) *mtState {
	s := new(mtState)
	s.initByArray(seedKey(new(big.Int).Abs(n)))
	return s
}

// random53Of is random() computed on a Go-side state.
func random53Of(s *mtState) float64 {
	a, b := s.next()>>5, s.next()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func TestIntSeeds(t *testing.T) {
	big30, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	tests := []struct {
		seed   *big.Int
		words  []uint32
		random float64
	}{
		{big.NewInt(0), []uint32{3626764237, 1654615998, 3255389356}, 0.8444218515250481},
		{big.NewInt(42), []uint32{2746317213, 478163327, 107420369}, 0.6394267984578837},
		{big.NewInt(1<<32 + 1), []uint32{991850117, 2151679444, 2200792185}, 0.2309331037176915},
		{big.NewInt(-5), []uint32{2675342405, 1097127993, 3185950873}, 0.6229016948897019},
		{big30, []uint32{4012147334, 2100903950, 2256175901}, 0.9341508484568806},
	}
	for _, tc := range tests {
		s := seededState(tc.seed)
		for i, w := range tc.words {
			if got := s.next(); got != w {
				t.Errorf("seed %s word %d: got %d, want %d", tc.seed, i, got, w)
			}
		}
		if got := random53Of(seededState(tc.seed)); got != tc.random {
			t.Errorf("seed %s random(): got %v, want %v", tc.seed, got, tc.random)
		}
	}
}

func TestStringSeeds(t *testing.T) {
	tests := []struct {
		name string
		n    *big.Int
		want []uint32
	}{
		{"version 2 'hello'", seedVersion2([]byte("hello")), []uint32{1519453933, 3618488475}},
		{"version 1 'ab'", seedVersion1([]rune("ab")), []uint32{1270492606, 3281981613}},
	}
	for _, tc := range tests {
		s := seededState(tc.n)
		for i, w := range tc.want {
			if got := s.next(); got != w {
				t.Errorf("%s word %d: got %d, want %d", tc.name, i, got, w)
			}
		}
	}
}

// TestTwistAcrossRefill checks outputs after the state regenerates.
func TestTwistAcrossRefill(t *testing.T) {
	s := seededState(big.NewInt(1))
	for i := 0; i < 700; i++ {
		s.next()
	}
	if got, want := s.next(), uint32(1357504633); got != want {
		t.Errorf("output 701 for seed 1: got %d, want %d", got, want)
	}
}

func TestSeedKey(t *testing.T) {
	big30, _ := new(big.Int).SetString("c9f2c9cd04674edea40000000", 16)
	tests := []struct {
		n    *big.Int
		want []uint32
	}{
		{big.NewInt(0), []uint32{0}},
		{big.NewInt(1), []uint32{1}},
		{big.NewInt(1 << 32), []uint32{0, 1}},
		{big30, []uint32{0x40000000, 0x4674edea, 0x9f2c9cd0, 0xc}},
	}
	for _, tc := range tests {
		got := seedKey(tc.n)
		if len(got) != len(tc.want) {
			t.Errorf("seedKey(%s): got %x, want %x", tc.n, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("seedKey(%s): got %x, want %x", tc.n, got, tc.want)
				break
			}
		}
	}
}

func TestSampleSetSize(t *testing.T) {
	// 21 + 4**ceil(log(3k, 4)) for k > 5, as CPython's sample computes it
	tests := []struct{ k, want int }{{0, 21}, {5, 21}, {6, 21 + 64}, {21, 21 + 64}, {22, 21 + 256}, {1000, 21 + 4096}}
	for _, tc := range tests {
		if got := sampleSetSize(tc.k); got != tc.want {
			t.Errorf("sampleSetSize(%d): got %d, want %d", tc.k, got, tc.want)
		}
	}
}
