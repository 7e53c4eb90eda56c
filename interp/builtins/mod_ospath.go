package builtins

import (
	"os"
	"strings"
	"syscall"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The os.path module: posixpath's string functions and the stat-based
// predicates. See mod_os.go.

func buildOSPath(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "posixpath")
	b.set("sep", object.NewStr(t, "/"))
	b.set("altsep", object.None)
	b.set("curdir", object.NewStr(t, "."))
	b.set("pardir", object.NewStr(t, ".."))
	b.set("extsep", object.NewStr(t, "."))
	b.set("pathsep", object.NewStr(t, ":"))
	b.set("devnull", object.NewStr(t, "/dev/null"))
	b.fn("join", osPathJoin)
	for name, f := range map[string]func(string) string{
		"basename": pathBasename,
		"dirname":  pathDirname,
		"normpath": pathNormpath,
	} {
		b.fn(name, pathUnary(name, f))
	}
	b.fn("abspath", pathAbspath)
	b.fn("split", pathPair("split", pathSplit))
	b.fn("splitext", pathPair("splitext", pathSplitext))
	b.fn("isabs", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		p, err := onePathArg(t, "isabs", args, kw)
		if err != nil {
			return Null, err
		}
		return object.Bool(strings.HasPrefix(p.s, "/")), nil
	})
	for name, pred := range map[string]func(os.FileInfo) bool{
		"exists": func(os.FileInfo) bool { return true },
		"isfile": func(fi os.FileInfo) bool { return fi.Mode().IsRegular() },
		"isdir":  func(fi os.FileInfo) bool { return fi.IsDir() },
	} {
		b.fn(name, pathStatPredicate(name, pred))
	}
	b.fn("getsize", pathGetsize)
	return b.mod, nil
}

// pathArg converts an argument of a posixpath function.
func pathArg(t *object.Thread, v Value) (osPath, error) {
	p, ok, err := fsPath(t, v)
	if err == nil && !ok {
		err = object.TypeError("expected str, bytes or os.PathLike object, not %s", object.TypeName(v))
	}
	return p, err
}

func onePathArg(t *object.Thread, name string, args []Value, kw []string) (osPath, error) {
	var v Value
	if err := object.UnpackArgs(name, args, kw, []string{"p"}, &v); err != nil {
		return osPath{}, err
	}
	return pathArg(t, v)
}

func pathUnary(name string, f func(string) string) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		p, err := onePathArg(t, name, args, kw)
		if err != nil {
			return Null, err
		}
		return p.make(t, f(p.s)), nil
	}
}

func pathPair(name string, f func(string) (string, string)) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		p, err := onePathArg(t, name, args, kw)
		if err != nil {
			return Null, err
		}
		a, b := f(p.s)
		return object.NewTuple(t, []Value{p.make(t, a), p.make(t, b)}), nil
	}
}

func osPathJoin(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("join", kw); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return Null, object.TypeError("join() missing 1 required positional argument: 'a'")
	}
	first, err := pathArg(t, args[0])
	if err != nil {
		return Null, err
	}
	out := first.s
	for _, v := range args[1:] {
		p, ok, err := fsPath(t, v)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, object.TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'", object.TypeName(v))
		}
		if p.isBytes != first.isBytes {
			return Null, object.TypeError("Can't mix strings and bytes in path components")
		}
		switch {
		case strings.HasPrefix(p.s, "/"):
			out = p.s
		case out == "" || strings.HasSuffix(out, "/"):
			out += p.s
		default:
			out += "/" + p.s
		}
	}
	return first.make(t, out), nil
}

// pathSplit is posixpath.split: everything after the last slash is the
// tail; the head loses its trailing slashes unless it is all slashes.
func pathSplit(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func pathBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func pathDirname(p string) string {
	head, _ := pathSplit(p)
	return head
}

// pathSplitext splits off the extension: the last dot after the last
// slash, unless the name before it is only dots (".bashrc" has none).
func pathSplitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// pathNormpath collapses redundant separators and "." and ".."
// components; POSIX keeps exactly two leading slashes.
func pathNormpath(p string) string {
	if p == "" {
		return "."
	}
	lead := 0
	if strings.HasPrefix(p, "/") {
		lead = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			lead = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (lead == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == ".."):
			comps = append(comps, c)
		case len(comps) > 0:
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", lead) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func pathAbspath(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	p, err := onePathArg(t, "abspath", args, kw)
	if err != nil {
		return Null, err
	}
	s := p.s
	if !strings.HasPrefix(s, "/") {
		cwd, err := syscall.Getwd()
		if err != nil {
			return Null, osError(err, "")
		}
		if s == "" {
			s = cwd
		} else if strings.HasSuffix(cwd, "/") {
			s = cwd + s
		} else {
			s = cwd + "/" + s
		}
	}
	return p.make(t, pathNormpath(s)), nil
}

// statPath reads a path argument for a stat-based function, with the
// "stat: path should be ..." wording os.stat uses.
func statPath(t *object.Thread, v Value) (osPath, error) {
	p, ok, err := fsPath(t, v)
	if err == nil && !ok {
		err = object.TypeError("stat: path should be string, bytes, os.PathLike or integer, not %s", object.TypeName(v))
	}
	return p, err
}

// pathStatPredicate makes exists, isfile and isdir: False when the path
// cannot be stat'ed or contains a NUL, as in CPython.
func pathStatPredicate(name string, pred func(os.FileInfo) bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		var v Value
		if err := object.UnpackArgs(name, args, kw, []string{"path"}, &v); err != nil {
			return Null, err
		}
		p, err := statPath(t, v)
		if err != nil {
			return Null, err
		}
		if strings.IndexByte(p.s, 0) >= 0 {
			return object.False, nil
		}
		fi, err := os.Stat(p.s)
		return object.Bool(err == nil && pred(fi)), nil
	}
}

func pathGetsize(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	var v Value
	if err := object.UnpackArgs("getsize", args, kw, []string{"filename"}, &v); err != nil {
		return Null, err
	}
	p, err := statPath(t, v)
	if err != nil {
		return Null, err
	}
	fi, err := os.Stat(p.s)
	if err != nil {
		return Null, openError(t, unwrapPathError(err), p.s)
	}
	return object.MakeInt(t, fi.Size()), nil
}
