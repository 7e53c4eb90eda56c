package vm

import (
	"os"
	"path/filepath"
	"strings"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
)

// Compiler turns source into a module code object. The VM does not import
// the compiler (the front end sits beside it in the layer table);
// cmd/atompy wires one in.
type Compiler func(filename string, src []byte) (*bytecode.Code, error)

// SetCompiler installs the compiler used by import.
func (vm *VM) SetCompiler(c Compiler) { vm.compiler = c }

// importName implements IMPORT_NAME: import a module (and its parents) and
// return the top-level package unless fromlist is non-empty.
func (th *Thread) importName(f *Frame, name string, level, fromlist Value) (Value, error) {
	if level.IsSmallInt() && level.SmallInt() > 0 {
		return Null, object.NewError(object.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(name, ".")
	var top, mod Value
	for i := range parts {
		m, err := th.Import(strings.Join(parts[:i+1], "."))
		if err != nil {
			return Null, err
		}
		if i == 0 {
			top = m
		}
		mod = m
	}
	if fromlist == object.None || fromlist == Null {
		return top, nil
	}
	if n, err := object.Len(th.Thread, fromlist); err == nil && n == 0 {
		return top, nil
	}
	return mod, nil
}

// Import returns the module called name, loading it on first use: a
// built-in module, or name.py in one of the search path directories.
func (th *Thread) Import(name string) (Value, error) {
	t := th.Thread
	vm := th.vm
	if m, ok := object.DictGetStr(t, vm.modules, name); ok {
		return m, nil
	}
	if build, ok := vm.nativeModules[name]; ok {
		m, err := build(th)
		if err != nil {
			return Null, err
		}
		object.DictSetStr(t, vm.modules, name, m)
		return m, nil
	}
	path := th.findModule(name)
	if path == "" {
		if lib, ok := vm.sourceModules[name]; ok {
			return th.runSourceModule(name, lib.filename, lib.src)
		}
		return Null, object.NewErrorArgs(object.ModuleNotFoundErrorType, object.NewStr(t, "No module named '"+name+"'"))
	}
	return th.loadSourceModule(name, path)
}

// sourceModule is a module whose Python source ships inside the binary.
type sourceModule struct {
	filename string
	src      []byte
}

// RegisterSource makes a module written in Python importable from source
// held in memory (the embedded standard library). Files beside the script
// take precedence, as the script's directory comes first on CPython's
// sys.path.
func (vm *VM) RegisterSource(name, filename string, src []byte) {
	vm.sourceModules[name] = sourceModule{filename, src}
}

func (th *Thread) findModule(name string) string {
	rel := strings.ReplaceAll(name, ".", string(filepath.Separator))
	for _, dir := range th.vm.Opts.Path {
		for _, p := range []string{filepath.Join(dir, rel+".py"), filepath.Join(dir, rel, "__init__.py")} {
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
	}
	return ""
}

func (th *Thread) loadSourceModule(name, path string) (Value, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Null, object.NewError(object.ImportErrorType, "%v", err)
	}
	return th.runSourceModule(name, path, src)
}

// runSourceModule compiles and executes a module's source.
func (th *Thread) runSourceModule(name, path string, src []byte) (Value, error) {
	t := th.Thread
	if th.vm.compiler == nil {
		return Null, object.NewError(object.ImportErrorType, "no compiler installed")
	}
	code, err := th.vm.compiler(path, src)
	if err != nil {
		return Null, SyntaxErrorValue(err)
	}
	m := object.NewModule(t, name)
	g := object.ModuleDict(m)
	object.DictSetStr(t, g, "__file__", object.NewStr(t, path))
	object.DictSetStr(t, g, "__builtins__", th.vm.Builtins)
	object.DictSetStr(t, th.vm.modules, name, m)
	if _, err := th.RunCode(code, g); err != nil {
		object.DictDel(t, th.vm.modules, object.NewStr(t, name))
		return Null, err
	}
	return m, nil
}

// importFrom implements IMPORT_FROM.
func (th *Thread) importFrom(mod Value, name string) (Value, error) {
	t := th.Thread
	v, err := object.GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if !object.Matches(err, object.AttributeErrorType) {
		return Null, err
	}
	modName := "?"
	if n, err := object.GetAttr(t, mod, "__name__"); err == nil && object.IsStr(n) {
		modName = object.StrGo(n)
	}
	if sub, err := th.Import(modName + "." + name); err == nil {
		return sub, nil
	}
	msg := "cannot import name '" + name + "' from '" + modName + "'"
	if object.IsModule(mod) {
		if file, ok := object.DictGetStr(t, object.ModuleDict(mod), "__file__"); ok && object.IsStr(file) {
			msg += " (" + object.StrGo(file) + ")"
		} else {
			msg += " (unknown location)"
		}
	}
	return Null, object.NewErrorArgs(object.ImportErrorType, object.NewStr(t, msg))
}

// importStar implements `from m import *`.
func (th *Thread) importStar(f *Frame, mod Value) error {
	t := th.Thread
	if !object.IsModule(mod) {
		return object.TypeError("import * only allowed from modules")
	}
	d := object.ModuleDict(mod)
	var names []Value
	if all, ok := object.DictGetStr(t, d, "__all__"); ok {
		var err error
		if names, err = object.Collect(t, all); err != nil {
			return err
		}
	} else {
		for pos := 0; ; {
			var k Value
			pos, k, _ = object.DictNext(t, d, pos)
			if pos < 0 {
				break
			}
			if object.IsStr(k) && !strings.HasPrefix(object.StrGo(k), "_") {
				names = append(names, k)
			}
		}
	}
	for _, k := range names {
		v, err := object.GetAttr(t, mod, object.StrGo(k))
		if err != nil {
			return err
		}
		if err := th.storeName(f, object.StrGo(k), v); err != nil {
			return err
		}
	}
	return nil
}
