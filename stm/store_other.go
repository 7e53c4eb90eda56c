//go:build !amd64

package stm

import (
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// storeOwned stores into a field of an object the attempt has locked. On
// weakly ordered machines a plain store could become visible before the
// locking CAS, breaking the readers' seqlock check: use an atomic store.
func storeOwned(a gc.Addr, off uintptr, v uint64) { atomic.StoreUint64(gc.Word(a, off), v) }
