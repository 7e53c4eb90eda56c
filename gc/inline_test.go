package gc

import (
	"os/exec"
	"regexp"
	"testing"
)

// TestAccessorsInline checks that the raw accessors stay inlinable: the
// object layer and stm call them on every field access.
func TestAccessorsInline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	out, err := exec.Command(goTool, "build", "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, fn := range []string{"IsRef", "Load", "Store", "Load32", "Store32", "LoadByte",
		"StoreByte", "Word", "Bytes", "Class", "UserBits", "SetUserBits"} {
		if !regexp.MustCompile(`can inline ` + fn + `\b`).Match(out) {
			t.Errorf("%s is not inlinable", fn)
		}
	}
}
