package stm

import "atompy.dev/atompy/gc"

// storeOwned stores into a field of an object the attempt has locked. On
// amd64 (x86-TSO) a plain store suffices: stores become visible in program
// order, so no reader can see it before the locking CAS that preceded it,
// and the seqlock readers re-check the STM word after their load. (A
// sync/atomic store would be an XCHG, several times dearer.)
func storeOwned(a gc.Addr, off uintptr, v uint64) { gc.Store(a, off, v) }
