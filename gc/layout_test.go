package gc

import (
	"testing"
	"unsafe"
)

func TestHeaderLayout(t *testing.T) {
	var h header
	tests := []struct {
		name      string
		got, want uintptr
	}{
		{"HeaderSize", unsafe.Sizeof(h), HeaderSize},
		{"HeaderWords*WordSize", HeaderWords * WordSize, HeaderSize},
		{"STMWordOffset", unsafe.Offsetof(h.stm), STMWordOffset},
		{"word0 offset", unsafe.Offsetof(h.word0), 0},
		{"WordSize", unsafe.Sizeof(h.word0), WordSize},
		{"MinObjectSize", MinObjectSize, HeaderSize},
		{"ClassMask bits", uintptr(ClassMask) + 1, 1 << FlagShift},
		{"flag bits", UserShift - FlagShift, 8},
		{"user bits", 64 - UserShift, 24},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if markBit&flagMask == 0 || markBit&ClassMask != 0 || markBit>>UserShift != 0 {
		t.Errorf("markBit %#x is not a GC flag", uint64(markBit))
	}
}

func TestIsRef(t *testing.T) {
	tests := []struct {
		w    uint64
		want bool
	}{
		{0, false},
		{1, true},
		{0x7fff_ffff_f000, true},
		{0xffff_ffff_ffff, true},
		{1 << 48, false},
		{0xfff8_0000_0000_0000, false}, // a NaN
		{0x3ff0_0000_0000_0000, false}, // 1.0
		{0xdbdb_dbdb_dbdb_dbdb, false}, // poison
	}
	for _, tt := range tests {
		if got := IsRef(tt.w); got != tt.want {
			t.Errorf("IsRef(%#x): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestAccessors(t *testing.T) {
	h := newTestHeap(t, Config{})
	a := h.NewAllocator()
	p := a.Alloc(0x1234_5678, 64)
	Store(p, 16, 0x0102_0304_0506_0708)
	Store32(p, 24, 0xdead_beef)
	StoreByte(p, 28, 0x42)
	SetUserBits(p, 0xffab_cdef) // only 24 bits survive
	Store(p, 0, Load(p, 0)|markBit)
	tests := []struct {
		name      string
		got, want uint64
	}{
		{"Load", Load(p, 16), 0x0102_0304_0506_0708},
		{"Load32 low", uint64(Load32(p, 16)), 0x0506_0708},
		{"LoadByte", uint64(LoadByte(p, 16)), 0x08},
		{"Load32", uint64(Load32(p, 24)), 0xdead_beef},
		{"LoadByte 28", uint64(LoadByte(p, 28)), 0x42},
		{"Class", uint64(Class(p)), 0x1234_5678},
		{"UserBits", uint64(UserBits(p)), 0xab_cdef},
		{"flags kept by SetUserBits", Load(p, 0) & flagMask, markBit},
		{"STM word", *Word(p, STMWordOffset), 0},
		{"Bytes", uint64(Bytes(p, 16, 8)[7]), 0x01},
		{"SizeOf", uint64(SizeOf(p)), 64},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %#x, want %#x", tt.name, tt.got, tt.want)
		}
	}
	Store(p, 0, Load(p, 0)&^markBit)
	Bytes(p, 32, 4)[0] = 9
	if got := LoadByte(p, 32); got != 9 {
		t.Errorf("write through Bytes: got %d, want 9", got)
	}
}

func TestSizeClasses(t *testing.T) {
	for size := uintptr(1); size <= maxSmallSize; size++ {
		c := classOf(size)
		if classSize[c] < size || (c > 0 && classSize[c-1] >= size) {
			t.Fatalf("classOf(%d): got class %d of size %d, want the smallest size >= %d", size, c, classSize[c], size)
		}
	}
	for c, size := range classSize {
		if size%16 != 0 {
			t.Errorf("class %d: size %d not a multiple of 16", c, size)
		}
		bytes := classPages[c] * pageSize
		if n := bytes / size; n < 1 || (bytes%size)*8 > bytes {
			t.Errorf("class %d (size %d): %d pages waste %d bytes", c, size, classPages[c], bytes%size)
		}
		// The reciprocal must divide exactly at every offset of the span.
		for off := uintptr(0); off < bytes; off++ {
			if got, want := uintptr(uint64(off)*uint64(classDivMul[c])>>32), off/size; got != want {
				t.Fatalf("class %d: %d/%d: got %d, want %d", c, off, size, got, want)
			}
		}
	}
}

func TestHeapRange(t *testing.T) {
	h, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	lo, hi := h.Range()
	a := h.NewAllocator()
	defer a.Release()
	for i := 0; i < 100; i++ {
		p := a.Alloc(1, 64)
		if p < lo || p >= hi {
			t.Fatalf("object %#x outside Range [%#x, %#x)", p, lo, hi)
		}
	}
}
