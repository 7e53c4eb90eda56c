package compile

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"atompy.dev/atompy/interp/bytecode"
)

var update = flag.Bool("update", false, "rewrite the golden disassembly files in testdata/")

// TestGolden compiles every testdata/*.py and compares the disassembly with
// testdata/*.golden. Run with -update to rewrite the goldens.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.py: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			code, err := Compile(filepath.Base(file), src)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			got := bytecode.Disassemble(code)
			golden := strings.TrimSuffix(file, ".py") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("disassembly of %s differs from %s (run go test -update after checking):\n%s", file, golden, diff(string(want), got))
			}
		})
	}
}

// diff returns the first differing lines of two texts.
func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}
