//go:build !race

package stm

const raceEnabled = false

func raceAcquire(*GoSync) {}
func raceRelease(*GoSync) {}
