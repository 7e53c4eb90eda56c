#include "textflag.h"

// The RTM instructions are hand-encoded: Go's assembler has no mnemonics
// for them. XBEGIN's fallback address is the instruction right after it
// (rel32 = 0): an abort restores the registers as they were at XBEGIN,
// puts the status in EAX and continues there, so xbegin returns the
// status; a start leaves EAX alone, so it returns the 0xFFFFFFFF loaded
// before (htm.Started).

// func cpuid(leaf, sub uint32) (a, b, c, d uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL leaf+0(FP), AX
	MOVL sub+4(FP), CX
	CPUID
	MOVL AX, a+8(FP)
	MOVL BX, b+12(FP)
	MOVL CX, c+16(FP)
	MOVL DX, d+20(FP)
	RET

// func xbegin() uint32
TEXT ·xbegin(SB), NOSPLIT, $0-4
	MOVL $0xFFFFFFFF, AX
	BYTE $0xC7; BYTE $0xF8; LONG $0 // XBEGIN .+6
	MOVL AX, ret+0(FP)
	RET

// func xend()
TEXT ·xend(SB), NOSPLIT, $0-0
	BYTE $0x0F; BYTE $0x01; BYTE $0xD5 // XEND
	RET

// func xabortFF()
TEXT ·xabortFF(SB), NOSPLIT, $0-0
	BYTE $0xC6; BYTE $0xF8; BYTE $0xFF // XABORT $0xFF
	RET

// func xtest() bool
TEXT ·xtest(SB), NOSPLIT, $0-1
	BYTE $0x0F; BYTE $0x01; BYTE $0xD6 // XTEST: ZF=0 inside a transaction
	SETNE ret+0(FP)
	RET
