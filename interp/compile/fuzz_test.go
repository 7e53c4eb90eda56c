package compile

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCompile checks that no input makes the compiler panic (a BUG panic
// means the compiler broke one of its own invariants, such as the stack
// check) and that whatever compiles passes the checker.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := Compile("fuzz.py", src)
		if err != nil {
			return
		}
		checkCode(t, "fuzz.py", code)
	})
}
