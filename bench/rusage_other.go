//go:build !unix

package bench

import (
	"os"
	"time"
)

// childUsage returns the CPU time of a finished child; the peak resident
// set is not available here and reads 0.
func childUsage(ps *os.ProcessState) (time.Duration, int64) {
	return ps.UserTime() + ps.SystemTime(), 0
}
