// Package htm is atompy's access to hardware transactional memory: Intel's
// Restricted Transactional Memory (RTM), the XBEGIN, XEND, XABORT and XTEST
// instructions (DESIGN.md section 7).
//
// RTM is a rare accelerator, not a platform: most machines have none (AMD
// processors, and Intel ones where microcode or the kernel turned TSX off),
// and executing XBEGIN without it is an illegal instruction that kills the
// process. So everything starts from Detect, which reads CPUID and reports
// RTM usable only when leaf 7 says RTM (EBX bit 11) and does not also say
// RTM_ALWAYS_ABORT (EDX bit 11); Begin, End, Abort and Test must only be
// called when it did.
//
// What exists so far is the bottom layer: detection, the instructions
// (rtm_amd64.s, hand-encoded, since Go's assembler has no mnemonics for
// them) and the decoding of an abort status. The retry policy, the SimRTM
// model and the JIT's inlined use come with the HTM issue; cmd/htmprobe
// runs the instructions on a real machine and docs/htm.md records what it
// printed where.
package htm

// Started is what Begin returns when a transaction has started; any other
// value is the Status of the abort that ended it.
const Started = 0xFFFFFFFF
