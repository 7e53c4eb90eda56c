// Package deps enforces atompy's import lattice (DESIGN.md section 2): each
// package may import only the packages of ours listed for it, and only the
// listed packages may import unsafe. Relax a rule only after deciding the
// layering should change, never to make a build pass.
package deps

import (
	"encoding/json"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const module = "atompy.dev/atompy/"

// allowed maps each package (relative to the module) to the packages of
// ours it may import. Packages not listed here may not exist without being
// added. "*" allows anything (commands and test support).
var allowed = map[string][]string{
	"gc":                {},
	"htm":               {},
	"stm":               {"gc", "htm"},
	"interp/syntax":     {},
	"interp/resolve":    {"interp/syntax"},
	"interp/bytecode":   {},
	"interp/compile":    {"interp/syntax", "interp/resolve", "interp/bytecode"},
	"interp/object":     {"gc", "stm", "htm", "interp/bytecode"},
	"interp/vm":         {"interp/object", "interp/bytecode", "gc", "stm", "htm"},
	"interp/builtins":   {"interp/vm", "interp/object", "interp/bytecode", "gc", "stm", "htm"},
	"jit/ir":            {},
	"jit/opt":           {"jit/ir"},
	"jit/record":        {"jit/ir", "interp/vm", "interp/bytecode", "interp/object", "gc", "stm"},
	"jit/amd64":         {"jit/ir", "gc", "stm", "htm", "interp/object"},
	"jit":               {"jit/ir", "jit/opt", "jit/record", "jit/amd64", "interp/vm"},
	"cmd/atompy":        {"*"},
	"cmd/htmprobe":      {"htm"},
	"cmd/internal/deps": {},
	"bench":             {"*"},
}

// unsafeOK lists the packages allowed to import unsafe.
var unsafeOK = map[string]bool{"gc": true, "stm": true, "htm": true, "interp/object": true, "jit/amd64": true}

type pkg struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

func TestImportLattice(t *testing.T) {
	out, err := exec.Command("go", "list", "-json", "atompy.dev/atompy/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := 0
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		seen++
		checkPackage(t, p)
	}
	if seen < 10 {
		t.Fatalf("go list found only %d packages", seen)
	}
}

func checkPackage(t *testing.T, p pkg) {
	name := strings.TrimPrefix(p.ImportPath, module)
	rules, ok := allowed[name]
	if !ok {
		t.Errorf("package %s is not in the import table: add it to deps_test.go and DESIGN's layering", name)
		return
	}
	for _, imp := range p.Imports {
		if imp == "unsafe" && !unsafeOK[name] {
			t.Errorf("%s imports unsafe, which only %v may", name, keys(unsafeOK))
		}
		if !strings.HasPrefix(imp, module) || contains(rules, "*") {
			continue
		}
		dep := strings.TrimPrefix(imp, module)
		if !contains(rules, dep) {
			t.Errorf("%s imports %s, which the layering forbids (allowed: %v)", name, dep, rules)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
