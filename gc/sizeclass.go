package gc

// Size classes.
//
// Small objects (up to maxSmallSize) are rounded up to one of numClasses sizes:
// every multiple of 16 up to 128, then four classes per power of two
// (160, 192, 224, 256, 320, ...) up to 32 KiB, so internal fragmentation stays
// under 25% and the table stays short. A class's spans are the smallest run of
// 1 to 16 pages that wastes at most 1/8 of its bytes on the tail.

const (
	maxSmallSize = 32 << 10
	numClasses   = 40
	largeClass   = numClasses // span class of large objects
)

var (
	classSize     [numClasses]uintptr // object size of each class
	classPages    [numClasses]uintptr // pages per span of each class
	classDivMul   [numClasses]uint32  // reciprocal: off/size == off*divMul>>32 within a span
	sizeToClass   [maxSmallSize/16 + 1]uint8
	classesFilled = fillClasses()
)

func fillClasses() bool {
	n := 0
	for size := uintptr(16); size <= 128; size += 16 {
		classSize[n] = size
		n++
	}
	for base := uintptr(128); base < maxSmallSize; base *= 2 {
		for step := uintptr(1); step <= 4; step++ {
			classSize[n] = base + step*base/4
			n++
		}
	}
	if n != numClasses {
		panic("BUG: gc: size class table has the wrong length")
	}
	c := 0
	for i := range sizeToClass {
		for classSize[c] < uintptr(i)*16 {
			c++
		}
		sizeToClass[i] = uint8(c)
	}
	for c, size := range classSize {
		classPages[c] = spanPagesFor(size)
		classDivMul[c] = ^uint32(0)/uint32(size) + 1
	}
	return true
}

// spanPagesFor picks the page count of a span for objects of the given size.
func spanPagesFor(size uintptr) uintptr {
	for n := uintptr(1); n < 16; n++ {
		bytes := n * pageSize
		if bytes >= size && (bytes%size)*8 <= bytes {
			return n
		}
	}
	return 16
}

// classOf returns the size class for an object of size bytes (0 < size <=
// maxSmallSize).
func classOf(size uintptr) int { return int(sizeToClass[(size+15)>>4]) }
