//go:build race

package stm

import (
	"runtime"
	"unsafe"
)

// raceEnabled says the race detector is on: GoSync then reports the
// synchronisation that STM locks give Go-side state, which the detector
// cannot see (it ignores the arena, where the STM words live).
const raceEnabled = true

func raceAcquire(s *GoSync) { runtime.RaceAcquire(unsafe.Pointer(s)) }
func raceRelease(s *GoSync) { runtime.RaceRelease(unsafe.Pointer(s)) }
