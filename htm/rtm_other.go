//go:build !amd64

package htm

const haveCPUID = false

func cpuid(leaf, sub uint32) (a, b, c, d uint32) { return 0, 0, 0, 0 }

func xbegin() uint32 { panic("htm: no RTM on this architecture") }
func xend()          { panic("htm: no RTM on this architecture") }
func xabortFF()      { panic("htm: no RTM on this architecture") }
func xtest() bool    { return false }
