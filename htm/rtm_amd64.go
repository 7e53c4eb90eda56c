package htm

const haveCPUID = true

// Implemented in rtm_amd64.s.

func cpuid(leaf, sub uint32) (a, b, c, d uint32)
func xbegin() uint32
func xend()
func xabortFF()
func xtest() bool
