package builtins

import (
	"crypto/rand"
	"os"
	"runtime"
	"strings"
	"syscall"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The os module and its os.path submodule (POSIX only), in Go.
//
// os.environ is a plain dict filled from the process environment when the
// module is first imported: assigning to it changes what os.getenv
// returns (getenv reads the dict, as CPython's does) but not the
// environment of the process. os.path is registered as a module of its
// own, "os.path", so that `import os.path` works: the VM imports dotted
// names prefix by prefix, and os sets the same module object as its
// `path` attribute. The os.path functions are string manipulations that
// follow posixpath exactly, with str or bytes paths (results have the
// argument's type) and objects with __fspath__.

func init() {
	registerGoModule("os", buildOS)
	registerGoModule("os.path", buildOSPath)
}

func buildOS(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "os")
	b.set("name", object.NewStr(t, "posix"))
	b.set("sep", object.NewStr(t, "/"))
	b.set("altsep", object.None)
	b.set("curdir", object.NewStr(t, "."))
	b.set("pardir", object.NewStr(t, ".."))
	b.set("extsep", object.NewStr(t, "."))
	b.set("pathsep", object.NewStr(t, ":"))
	b.set("linesep", object.NewStr(t, "\n"))
	b.set("devnull", object.NewStr(t, "/dev/null"))
	b.set("error", object.OSErrorType.Ref)

	env := object.NewDict(t)
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		object.DictSetStr(t, env, k, object.NewStr(t, v))
	}
	b.set("environ", env)
	// getenv is bound to the module (the binding is a heap reference, so
	// the module stays alive) and reads its current environ.
	getenv := object.NewBuiltin(t, &object.Builtin{Name: "getenv", Fn: osGetenv})
	b.set("getenv", object.BindBuiltin(t, getenv, b.mod))

	b.fn("getpid", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("getpid", args, kw); err != nil {
			return Null, err
		}
		return object.MakeSmallInt(int64(os.Getpid())), nil
	})
	b.fn("getcwd", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("getcwd", args, kw); err != nil {
			return Null, err
		}
		dir, err := syscall.Getwd()
		if err != nil {
			return Null, osError(err, "")
		}
		return object.NewStr(t, dir), nil
	})
	b.fn("cpu_count", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("cpu_count", args, kw); err != nil {
			return Null, err
		}
		return object.MakeSmallInt(int64(runtime.NumCPU())), nil
	})
	b.fn("urandom", osUrandom)
	b.fn("listdir", osListdir)
	b.fn("remove", osPathCall("remove", syscall.Unlink))
	b.fn("unlink", osPathCall("unlink", syscall.Unlink))
	b.fn("rmdir", osPathCall("rmdir", syscall.Rmdir))
	b.fn("mkdir", osMkdir)
	b.fn("rename", osRename)
	b.fn("fspath", osFspath)

	path, err := th.Import("os.path")
	if err != nil {
		return Null, err
	}
	b.set("path", path)
	return b.mod, nil
}

func osGetenv(t *object.Thread, mod Value, args []Value, kw []string) (Value, error) {
	key, def := Null, object.None
	if err := object.UnpackArgs("getenv", args, kw, []string{"key", "default?"}, &key, &def); err != nil {
		return Null, err
	}
	if !object.IsInstance(key, object.StrType) {
		return Null, object.TypeError("str expected, not %s", object.TypeName(key))
	}
	env, ok := object.DictGetStr(t, object.ModuleDict(mod), "environ")
	if !ok {
		return Null, object.NewError(object.AttributeErrorType, "module 'os' has no attribute 'environ'")
	}
	r, _, err := object.CallMethod(t, env, "get", key, def)
	return r, err
}

func osUrandom(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("urandom", args, kw); err != nil {
		return Null, err
	}
	n, err := object.AsIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return Null, object.ValueError("negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return Null, osError(err, "")
	}
	return object.NewBytes(t, buf), nil
}

// osPath is a path argument: its text and whether it came as bytes.
type osPath struct {
	s       string
	isBytes bool
}

// make returns s as a str or bytes, like the argument p was.
func (p osPath) make(t *object.Thread, s string) Value {
	if p.isBytes {
		return object.NewBytes(t, []byte(s))
	}
	return object.NewStr(t, s)
}

// fsPath converts a path argument: str, bytes or an object with
// __fspath__. It returns ok=false, with no error, for other types, so
// that each caller can word its own TypeError.
func fsPath(t *object.Thread, v Value) (osPath, bool, error) {
	p := object.Payload(t, v)
	switch {
	case object.IsStr(p):
		return osPath{s: object.StrGo(p)}, true, nil
	case object.IsBytes(p):
		return osPath{s: string(object.BytesView(p)), isBytes: true}, true, nil
	}
	if object.TypeOf(v).Lookup(t, "__fspath__") == Null {
		return osPath{}, false, nil
	}
	r, _, err := object.CallMethod(t, v, "__fspath__")
	if err != nil {
		return osPath{}, false, err
	}
	rp := object.Payload(t, r)
	switch {
	case object.IsStr(rp):
		return osPath{s: object.StrGo(rp)}, true, nil
	case object.IsBytes(rp):
		return osPath{s: string(object.BytesView(rp)), isBytes: true}, true, nil
	}
	return osPath{}, false, object.TypeError("expected %s.__fspath__() to return str or bytes, not %s",
		object.TypeName(v), object.TypeName(r))
}

// syscallPath reads the path argument of an os function, with CPython's
// "NAME: path should be ..." error; accepted lists what the function
// takes besides str, bytes and PathLike.
func syscallPath(t *object.Thread, fname string, v Value) (osPath, error) {
	p, ok, err := fsPath(t, v)
	if err != nil || ok {
		if err == nil && strings.IndexByte(p.s, 0) >= 0 {
			err = object.ValueError("%s: embedded null character in path", fname)
		}
		return p, err
	}
	return p, object.TypeError("%s: path should be string, bytes or os.PathLike, not %s", fname, object.TypeName(v))
}

// osPathCall makes remove, unlink and rmdir: one path, no result.
func osPathCall(name string, f func(string) error) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		var pv Value
		if err := object.UnpackArgs(name, args, kw, []string{"path"}, &pv); err != nil {
			return Null, err
		}
		p, err := syscallPath(t, name, pv)
		if err != nil {
			return Null, err
		}
		if err := f(p.s); err != nil {
			return Null, openError(t, err, p.s)
		}
		return object.None, nil
	}
}

func osMkdir(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	pv, mode := Null, object.MakeSmallInt(0o777)
	if err := object.UnpackArgs("mkdir", args, kw, []string{"path", "mode?"}, &pv, &mode); err != nil {
		return Null, err
	}
	p, err := syscallPath(t, "mkdir", pv)
	if err != nil {
		return Null, err
	}
	m, err := object.AsIndex(t, mode)
	if err != nil {
		return Null, err
	}
	if err := syscall.Mkdir(p.s, uint32(m)); err != nil {
		return Null, openError(t, err, p.s)
	}
	return object.None, nil
}

func osRename(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	var srcV, dstV Value
	if err := object.UnpackArgs("rename", args, kw, []string{"src", "dst"}, &srcV, &dstV); err != nil {
		return Null, err
	}
	src, err := syscallPath(t, "rename", srcV)
	if err != nil {
		return Null, err
	}
	dst, err := syscallPath(t, "rename", dstV)
	if err != nil {
		return Null, err
	}
	if err := syscall.Rename(src.s, dst.s); err != nil {
		// CPython names both paths: "[Errno 2] ...: 'a' -> 'b'".
		e := osError(err, src.s)
		if ex, ok := e.(*object.Exception); ok && ex.Value == Null {
			return Null, object.NewError(ex.Type, "%s -> %s", ex.Msg, object.StrRepr(dst.s))
		}
		return Null, e
	}
	return object.None, nil
}

func osFspath(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	var pv Value
	if err := object.UnpackArgs("fspath", args, kw, []string{"path"}, &pv); err != nil {
		return Null, err
	}
	p, ok, err := fsPath(t, pv)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, object.TypeError("expected str, bytes or os.PathLike object, not %s", object.TypeName(pv))
	}
	return p.make(t, p.s), nil
}

func osListdir(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	pv := object.None
	if err := object.UnpackArgs("listdir", args, kw, []string{"path?"}, &pv); err != nil {
		return Null, err
	}
	p := osPath{s: "."}
	if pv != object.None {
		var ok bool
		var err error
		if p, ok, err = fsPath(t, pv); err != nil {
			return Null, err
		}
		if !ok {
			return Null, object.TypeError("listdir: path should be string, bytes, os.PathLike, integer or None, not %s",
				object.TypeName(pv))
		}
	}
	f, err := os.Open(p.s)
	if err != nil {
		return Null, openError(t, unwrapPathError(err), p.s)
	}
	defer f.Close()
	// Readdirnames keeps the directory's own order, as CPython does.
	names, err := f.Readdirnames(-1)
	if err != nil {
		return Null, openError(t, unwrapPathError(err), p.s)
	}
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = p.make(t, n)
	}
	return object.NewList(t, items), nil
}

// unwrapPathError returns the errno inside a *os.PathError or
// *os.SyscallError.
func unwrapPathError(err error) error {
	switch e := err.(type) {
	case *os.PathError:
		return e.Err
	case *os.SyscallError:
		return e.Err
	}
	return err
}
