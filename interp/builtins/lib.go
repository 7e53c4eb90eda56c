package builtins

import (
	"embed"
	"path"
	"strings"

	"atompy.dev/atompy/interp/vm"
)

// The standard modules written in Python live in lib/ and are embedded in
// the binary. They are found after the script's own directory, as
// CPython's standard library is found after the script's directory on
// sys.path; tracebacks name them "<atompy>/lib/NAME.py".
//
//go:embed lib/*.py
var libFS embed.FS

// registerLib makes every embedded module importable.
func registerLib(v *vm.VM) {
	entries, err := libFS.ReadDir("lib")
	if err != nil {
		panic("BUG: embedded lib: " + err.Error())
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".py") {
			continue
		}
		src, err := libFS.ReadFile(path.Join("lib", name))
		if err != nil {
			panic("BUG: embedded lib: " + err.Error())
		}
		v.RegisterSource(strings.TrimSuffix(name, ".py"), "<atompy>/lib/"+name, src)
	}
}
