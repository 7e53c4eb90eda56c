package htm

import "fmt"

// CPU is what CPUID says about transactional memory on this processor.
type CPU struct {
	Vendor             string // "GenuineIntel", "AuthenticAMD", ...; "" off amd64
	Family, Model      uint32 // display family and model
	MaxLeaf            uint32 // highest standard CPUID leaf
	RTM                bool   // leaf 7 EBX bit 11
	HLE                bool   // leaf 7 EBX bit 4 (hardware lock elision, retired)
	RTMAlwaysAbort     bool   // leaf 7 EDX bit 11: RTM is there but every XBEGIN aborts
	TSXForceAbort      bool   // leaf 7 EDX bit 13: the TSX_FORCE_ABORT MSR exists
	Hypervisor         bool   // leaf 1 ECX bit 31: running in a virtual machine
	Leaf7EBX, Leaf7EDX uint32
}

// Usable reports whether XBEGIN may be executed and can commit.
func (c CPU) Usable() bool { return c.RTM && !c.RTMAlwaysAbort }

// String summarises the CPU for logs and docs.
func (c CPU) String() string {
	return fmt.Sprintf("%s family %#x model %#x (max leaf %d, hypervisor %v): RTM=%v HLE=%v RTM_ALWAYS_ABORT=%v TSX_FORCE_ABORT=%v (leaf 7 EBX=%#08x EDX=%#08x)",
		c.Vendor, c.Family, c.Model, c.MaxLeaf, c.Hypervisor, c.RTM, c.HLE, c.RTMAlwaysAbort, c.TSXForceAbort, c.Leaf7EBX, c.Leaf7EDX)
}

// Detect reads CPUID (nothing off amd64).
func Detect() CPU {
	if !haveCPUID {
		return CPU{}
	}
	var c CPU
	max, b, cx, d := cpuid(0, 0)
	c.MaxLeaf = max
	c.Vendor = string(le32(b)) + string(le32(d)) + string(le32(cx))
	if max >= 1 {
		a, _, ecx, _ := cpuid(1, 0)
		family := a >> 8 & 0xf
		model := a >> 4 & 0xf
		if family == 0xf {
			family += a >> 20 & 0xff
		}
		if family == 0x6 || family >= 0xf {
			model |= (a >> 16 & 0xf) << 4
		}
		c.Family, c.Model = family, model
		c.Hypervisor = ecx&(1<<31) != 0
	}
	if max >= 7 {
		_, ebx, _, edx := cpuid(7, 0)
		c.Leaf7EBX, c.Leaf7EDX = ebx, edx
		c.HLE = ebx&(1<<4) != 0
		c.RTM = ebx&(1<<11) != 0
		c.RTMAlwaysAbort = edx&(1<<11) != 0
		c.TSXForceAbort = edx&(1<<13) != 0
	}
	return c
}

func le32(x uint32) []byte { return []byte{byte(x), byte(x >> 8), byte(x >> 16), byte(x >> 24)} }

// Begin starts a transaction and returns Started, or, when the
// transaction aborts (now or later, execution then comes back here), the
// abort Status. Only call it when Detect().Usable().
func Begin() uint32 { return xbegin() }

// End commits the running transaction.
func End() { xend() }

// Abort aborts the running transaction with code 0xFF (the code
// DESIGN.md reserves for "a software transaction is active").
func Abort() { xabortFF() }

// Test reports whether a transaction is running.
func Test() bool { return xtest() }
