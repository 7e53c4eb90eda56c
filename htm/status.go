package htm

import (
	"fmt"
	"strings"
)

// Status is the abort status RTM leaves in EAX when a transaction aborts:
// bits saying why, and the XABORT code.
type Status uint32

// Abort status bits (Intel SDM vol. 1, "RTM abort status definition").
const (
	Explicit Status = 1 << 0 // XABORT ran; Code says its operand
	Retry    Status = 1 << 1 // the transaction may succeed if retried
	Conflict Status = 1 << 2 // another processor touched a line in the read or write set
	Capacity Status = 1 << 3 // an internal buffer overflowed (too large a transaction)
	Debug    Status = 1 << 4 // a debug breakpoint was hit
	Nested   Status = 1 << 5 // the abort happened in a nested transaction
)

// Code returns the operand of the XABORT that ended the transaction
// (meaningful only with Explicit).
func (s Status) Code() uint8 { return uint8(s >> 24) }

// Retryable reports whether retrying the transaction may succeed: the
// processor says so, and it was not too large.
func (s Status) Retryable() bool { return s&Retry != 0 && s&Capacity == 0 }

// String names the bits that are set, and the code of an explicit abort;
// "none" for a status with no bit set (an interrupt, a fault, an
// instruction that always aborts, ...).
func (s Status) String() string {
	var parts []string
	for _, b := range []struct {
		bit  Status
		name string
	}{{Explicit, "explicit"}, {Retry, "retry"}, {Conflict, "conflict"}, {Capacity, "capacity"}, {Debug, "debug"}, {Nested, "nested"}} {
		if s&b.bit != 0 {
			parts = append(parts, b.name)
		}
	}
	if s&Explicit != 0 {
		parts = append(parts, fmt.Sprintf("code=%#x", s.Code()))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}
