package htm

import (
	"runtime"
	"testing"
)

func TestStatusString(t *testing.T) {
	for _, c := range []struct {
		s    Status
		want string
	}{
		{0, "none"},
		{Retry | Conflict, "retry|conflict"},
		{Capacity, "capacity"},
		{Explicit | 0xFF<<24, "explicit|code=0xff"},
		{Debug | Nested, "debug|nested"},
	} {
		if got := c.s.String(); got != c.want {
			t.Errorf("Status(%#x).String() = %q, want %q", uint32(c.s), got, c.want)
		}
	}
}

func TestStatusRetryable(t *testing.T) {
	for _, c := range []struct {
		s    Status
		want bool
	}{{Retry, true}, {Retry | Conflict, true}, {Retry | Capacity, false}, {Capacity, false}, {Conflict, false}, {0, false}} {
		if got := c.s.Retryable(); got != c.want {
			t.Errorf("Status(%v).Retryable() = %v, want %v", c.s, got, c.want)
		}
	}
	if got := (Explicit | 0x42<<24).Code(); got != 0x42 {
		t.Errorf("Code() = %#x, want 0x42", got)
	}
}

func TestDetect(t *testing.T) {
	c := Detect()
	t.Logf("%v", c)
	if runtime.GOARCH != "amd64" {
		if c != (CPU{}) || c.Usable() {
			t.Errorf("Detect off amd64 = %v, want the zero CPU", c)
		}
		return
	}
	if len(c.Vendor) != 12 || c.MaxLeaf < 1 || c.Family == 0 {
		t.Errorf("Detect = %v: want a 12-byte vendor, leaf 1 and a family", c)
	}
	if c.Vendor == "AuthenticAMD" && c.RTM {
		t.Errorf("an AMD processor reports RTM: %v", c)
	}
	if c.Usable() != (c.RTM && !c.RTMAlwaysAbort) {
		t.Errorf("Usable() = %v for %v", c.Usable(), c)
	}
}

// TestRTM runs the instructions; it needs a processor with usable RTM
// (none of the project's build machines has one: it is skipped there, and
// cmd/htmprobe's record in docs/htm.md says where it ran).
func TestRTM(t *testing.T) {
	if c := Detect(); !c.Usable() {
		t.Skipf("no usable RTM here: %v", c)
	}
	if Test() {
		t.Fatalf("Test() outside a transaction = true")
	}
	committed := 0
	var inside bool
	for i := 0; i < 1000 && committed == 0; i++ {
		if Begin() == Started {
			inside = Test()
			End()
			committed++
		}
	}
	if committed == 0 {
		t.Fatalf("1000 empty transactions all aborted")
	}
	if !inside {
		t.Errorf("Test() inside a transaction = false")
	}
	var word [8]uint64
	for i := 0; i < 1000; i++ {
		if s := Begin(); s == Started {
			word[0] = 1
			Abort()
		} else {
			st := Status(s)
			if st&Explicit == 0 {
				continue // an interrupt, say: try again
			}
			if st.Code() != 0xFF {
				t.Errorf("explicit abort code = %#x, want 0xff", st.Code())
			}
			if word[0] != 0 {
				t.Errorf("a store of an aborted transaction stayed")
			}
			return
		}
	}
	t.Errorf("no transaction ended in an explicit abort")
}
