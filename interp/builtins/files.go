package builtins

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
)

// File objects: open(), the standard streams, print() and input().
//
// A file object has four fields: 0 the handle of its *stream (immutable),
// 1 its name (the str or int given to open), 2 its mode string, 3 the
// ballast of a file opened by open() (see fileBallast) or Null.

var (
	textIOType, bufReaderType, bufWriterType, bufRandomType *object.Type
	// unsupportedOperation is io.UnsupportedOperation (an OSError and a
	// ValueError).
	unsupportedOperation *object.Type
)

func init() { object.OnBoot(60, bootFiles) }

func bootFiles(t *object.Thread) {
	mk := func(name string) *object.Type {
		typ := object.NewBuiltinType(t, name, gc.ScanAll)
		typ.Module = "_io"
		typ.Slots.Iter = fileIter
		typ.Slots.Next = func(t *object.Thread, v Value) (Value, error) {
			t.TX.BecomeInevitable() // reading a line cannot be undone
			return fileNext(t, v)
		}
		typ.Slots.Repr = fileRepr
		typ.Slots.GetAttr = fileGetAttr
		for name, fn := range fileMethods {
			object.DefMethod(t, typ, name, ioMethod(name, fn))
		}
		return typ
	}
	textIOType = mk("TextIOWrapper")
	bufReaderType = mk("BufferedReader")
	bufWriterType = mk("BufferedWriter")
	bufRandomType = mk("BufferedRandom")

	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, "io"))
	typ, err := object.NewClass(t, "UnsupportedOperation", []*object.Type{object.OSErrorType, object.ValueErrorType}, ns)
	if err != nil {
		panic("BUG: UnsupportedOperation: " + err.Error())
	}
	unsupportedOperation = typ
}

// isFile reports whether v is one of this package's file objects.
func isFile(v Value) bool {
	if !v.IsRef() {
		return false
	}
	typ := object.TypeOf(v)
	return typ == textIOType || typ == bufReaderType || typ == bufWriterType || typ == bufRandomType
}

// streamOf returns the stream behind a file object.
func streamOf(v Value) *stream {
	return object.Handle(int(object.RawField(v, 0).SmallInt())).(*stream)
}

// newFileObject wraps s in a heap file object.
func newFileObject(t *object.Thread, s *stream, name, mode Value) Value {
	typ := textIOType
	switch s.kind {
	case "BufferedReader":
		typ = bufReaderType
	case "BufferedWriter":
		typ = bufWriterType
	case "BufferedRandom":
		typ = bufRandomType
	}
	v := object.AllocObject(t, typ, 4)
	s.owner = v.Addr()
	h := object.NewHandle(s, v.Addr())
	object.SetField(t, v, 0, object.MakeSmallInt(int64(h)))
	object.SetField(t, v, 1, name)
	object.SetField(t, v, 2, mode)
	return v
}

func fileRepr(t *object.Thread, v Value) (string, error) {
	s := streamOf(v)
	name, err := object.Repr(t, object.Field(t, v, 1))
	if err != nil {
		return "", err
	}
	if s.binary {
		return fmt.Sprintf("<_io.%s name=%s>", s.kind, name), nil
	}
	mode, err := object.Repr(t, object.Field(t, v, 2))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode=%s encoding=%s>", name, mode, object.StrRepr(s.encoding)), nil
}

func fileGetAttr(t *object.Thread, v Value, name string) (Value, error) {
	s := streamOf(v)
	switch name {
	case "closed":
		return object.Bool(s.closed), nil
	case "name":
		return object.Field(t, v, 1), nil
	case "mode":
		return object.Field(t, v, 2), nil
	case "encoding":
		if !s.binary {
			return object.NewStr(t, s.encoding), nil
		}
	case "errors":
		if !s.binary {
			return object.NewStr(t, "strict"), nil
		}
	case "buffer":
		if !s.binary {
			return bufferOf(t, v, s), nil
		}
	}
	return Null, nil
}

// bufferOf returns the binary layer of a text file: a binary file object
// sharing the text file's descriptor and buffers (so that writes to both
// keep their order).
func bufferOf(t *object.Thread, v Value, s *stream) Value {
	b := &stream{binary: true, f: s.f, r: s.r, w: s.w, std: true, autoFlush: s.autoFlush}
	mode := "rb"
	switch {
	case s.r != nil && s.w != nil:
		b.kind, mode = "BufferedRandom", "rb+"
	case s.w != nil:
		b.kind, mode = "BufferedWriter", "wb"
	default:
		b.kind = "BufferedReader"
	}
	return newFileObject(t, b, object.Field(t, v, 1), object.NewStr(t, mode))
}

func fileIter(t *object.Thread, v Value) (Value, error) {
	if s := streamOf(v); s.closed {
		return Null, s.closedError("__iter__")
	}
	return v, nil
}

func fileNext(t *object.Thread, v Value) (Value, error) {
	s := streamOf(v)
	if err := s.checkReadable("readline"); err != nil {
		return Null, err
	}
	line, err := s.readLine(t, -1)
	if err != nil {
		return Null, err
	}
	if isEmptyLine(t, line) {
		return Null, nil
	}
	return line, nil
}

// isEmptyLine reports whether a line returned by readLine is empty (end of
// file).
func isEmptyLine(t *object.Thread, line Value) bool {
	if object.IsStr(line) {
		return object.StrByteLen(line) == 0
	}
	n, err := object.Len(t, line)
	return err == nil && n == 0
}

// sizeArg reads an optional size argument: None or an int, -1 for all.
func sizeArg(t *object.Thread, fname string, args []Value, kw []string) (int, error) {
	if err := object.NoKwargs(fname, kw); err != nil {
		return 0, err
	}
	if err := object.ArgCount(fname, args, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0] == object.None {
		return -1, nil
	}
	if !object.IsIntOrBool(object.Payload(t, args[0])) && object.TypeOf(args[0]).Lookup(t, "__index__") == Null {
		return 0, object.TypeError("argument should be integer or None, not '%s'", object.TypeName(args[0]))
	}
	n, err := object.AsIndex(t, args[0])
	if n < 0 {
		n = -1
	}
	return n, err
}

// ioMethod wraps a file method for the parallel STM: an operation on a
// file cannot be undone, so the transaction becomes inevitable first,
// except for writes to sys.stdout, which are buffered per transaction
// (vm.Thread.WriteStdout) and so may still abort.
func ioMethod(name string, fn object.BuiltinFn) object.BuiltinFn {
	return func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if t.TX.Parallel() && !(streamOf(self).isStdout && (name == "write" || name == "writelines")) {
			t.TX.BecomeInevitable()
		}
		return fn(t, self, args, kw)
	}
}

// fileMethods are the methods shared by every file type.
var fileMethods = map[string]object.BuiltinFn{
	"read": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		n, err := sizeArg(t, "read", args, kw)
		if err != nil {
			return Null, err
		}
		if err := s.checkReadable("read"); err != nil {
			return Null, err
		}
		if s.binary {
			return s.readBinary(t, n)
		}
		return s.readText(t, n)
	},
	"readline": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		n, err := sizeArg(t, "readline", args, kw)
		if err != nil {
			return Null, err
		}
		if err := s.checkReadable("readline"); err != nil {
			return Null, err
		}
		return s.readLine(t, n)
	},
	"readlines": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		hint, err := sizeArg(t, "readlines", args, kw)
		if err != nil {
			return Null, err
		}
		if err := s.checkReadable("readlines"); err != nil {
			return Null, err
		}
		var lines []Value
		total := 0
		for hint <= 0 || total < hint {
			line, err := s.readLine(t, -1)
			if err != nil {
				return Null, err
			}
			if isEmptyLine(t, line) {
				break
			}
			lines = append(lines, line)
			n, _ := object.Len(t, line)
			total += n
		}
		return object.NewList(t, lines), nil
	},
	"write": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("write", args, kw); err != nil {
			return Null, err
		}
		return fileWrite(t, streamOf(self), args[0])
	},
	"writelines": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("writelines", args, kw); err != nil {
			return Null, err
		}
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("writelines")
		}
		err := forEach(t, args[0], func(x Value) (bool, error) {
			_, err := fileWrite(t, s, x)
			return false, err
		})
		return object.None, err
	},
	"close": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("close", args, kw); err != nil {
			return Null, err
		}
		return object.None, streamOf(self).close()
	},
	"flush": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("flush", args, kw); err != nil {
			return Null, err
		}
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("flush")
		}
		return object.None, s.flushFor(t)
	},
	"__enter__": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if s := streamOf(self); s.closed {
			return Null, s.closedError("__enter__")
		}
		return self, nil
	},
	"__exit__": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		return object.None, streamOf(self).close()
	},
	"fileno": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("fileno")
		}
		return object.MakeInt(t, int64(s.f.Fd())), nil
	},
	"readable": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("readable")
		}
		return object.Bool(s.r != nil), nil
	},
	"writable": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("writable")
		}
		return object.Bool(s.w != nil), nil
	},
	"seekable": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("seekable")
		}
		return object.Bool(!s.std), nil
	},
	"isatty": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("isatty")
		}
		st, err := s.f.Stat()
		return object.Bool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
	},
	"tell": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("tell")
		}
		pos, err := s.tell()
		return object.MakeInt(t, pos), err
	},
	"seek": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		offset, whence := Null, object.MakeSmallInt(0)
		if err := object.UnpackArgs("seek", args, kw, []string{"cookie", "whence?"}, &offset, &whence); err != nil {
			return Null, err
		}
		s := streamOf(self)
		if s.closed {
			return Null, s.closedError("seek")
		}
		off, err := object.AsIndex(t, offset)
		if err != nil {
			return Null, err
		}
		wh, err := object.AsIndex(t, whence)
		if err != nil {
			return Null, err
		}
		if wh < 0 || wh > 2 {
			return Null, object.ValueError("invalid whence (%d, should be 0, 1 or 2)", wh)
		}
		if !s.binary && wh != 0 && off != 0 {
			return Null, unsupported(map[int]string{1: "can't do nonzero cur-relative seeks", 2: "can't do nonzero end-relative seeks"}[wh])
		}
		pos, err := s.seek(int64(off), wh)
		return object.MakeInt(t, pos), err
	},
	"truncate": func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		s := streamOf(self)
		if err := s.checkWritable("truncate"); err != nil {
			return Null, err
		}
		if err := s.flush(); err != nil {
			return Null, err
		}
		pos, err := s.tell()
		if err != nil {
			return Null, err
		}
		if len(args) > 0 && args[0] != object.None {
			n, err := object.AsIndex(t, args[0])
			if err != nil {
				return Null, err
			}
			pos = int64(n)
		}
		return object.MakeInt(t, pos), osError(s.f.Truncate(pos), "")
	},
}

// fileWrite writes a str (text) or bytes-like object (binary) and returns
// the count written.
func fileWrite(t *object.Thread, s *stream, x Value) (Value, error) {
	if err := s.checkWritable("write"); err != nil {
		return Null, err
	}
	if s.binary {
		b, ok := bytesOf(t, x)
		if !ok {
			return Null, object.TypeError("a bytes-like object is required, not '%s'", object.TypeName(x))
		}
		if err := s.writeString(t, b); err != nil {
			return Null, err
		}
		return object.MakeInt(t, int64(len(b))), nil
	}
	p := object.Payload(t, x)
	if !object.IsStr(p) {
		return Null, object.TypeError("write() argument must be str, not %s", object.TypeName(x))
	}
	if err := s.writeString(t, object.StrView(p)); err != nil {
		return Null, err
	}
	return object.MakeInt(t, int64(object.StrLen(p))), nil
}

// openMode is a parsed open() mode string.
type openMode struct {
	flag          int
	read, write   bool
	binary        bool
	kind          string
	canonicalMode string // the mode attribute of binary files
}

func parseMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return m, object.ValueError("invalid mode: '%s'", mode)
		}
		seen[c] = true
	}
	n := 0
	for _, c := range "rwxa" {
		if seen[c] {
			n++
		}
	}
	if n != 1 {
		return m, object.ValueError("must have exactly one of create/read/write/append mode")
	}
	if seen['t'] && seen['b'] {
		return m, object.ValueError("can't have text and binary mode at once")
	}
	plus := seen['+']
	m.binary = seen['b']
	var base string
	switch {
	case seen['r']:
		base, m.read, m.write, m.flag = "r", true, plus, os.O_RDONLY
	case seen['w']:
		base, m.read, m.write, m.flag = "w", plus, true, os.O_WRONLY|os.O_CREATE|os.O_TRUNC
	case seen['a']:
		base, m.read, m.write, m.flag = "a", plus, true, os.O_WRONLY|os.O_CREATE|os.O_APPEND
	case seen['x']:
		base, m.read, m.write, m.flag = "x", plus, true, os.O_WRONLY|os.O_CREATE|os.O_EXCL
	}
	if plus {
		m.flag = m.flag&^os.O_WRONLY | os.O_RDWR
	}
	m.canonicalMode = base + "b"
	if plus {
		m.canonicalMode += "+"
	}
	switch {
	case !m.binary:
		m.kind = "TextIOWrapper"
	case plus:
		m.kind = "BufferedRandom"
	case m.read:
		m.kind = "BufferedReader"
	default:
		m.kind = "BufferedWriter"
	}
	return m, nil
}

// encodingOf checks an encoding name; it returns whether it is Latin-1.
func encodingOf(name string) (latin1 bool, err error) {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "ascii", "us-ascii", "646":
		return false, nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "cp819":
		return true, nil
	}
	return false, object.NewError(object.LookupErrorType, "unknown encoding: %s", name)
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
func (st *state) open(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	t.TX.BecomeInevitable() // opening (creating, truncating) a file cannot be undone
	file, mode, buffering, encoding, errs, newline, closefd, opener :=
		Null, object.NewStr(t, "r"), object.MakeSmallInt(-1), object.None, object.None, object.None, object.True, object.None
	if err := object.UnpackArgs("open", args, kw,
		[]string{"file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"},
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); err != nil {
		return Null, err
	}
	if !object.IsStr(mode) {
		return Null, object.TypeError("open() argument 'mode' must be str, not %s", object.TypeName(mode))
	}
	m, err := parseMode(object.StrGo(mode))
	if err != nil {
		return Null, err
	}
	s := &stream{kind: m.kind, binary: m.binary, translate: true}
	if err := st.textOptions(s, m, encoding, errs, newline); err != nil {
		return Null, err
	}
	f, err := openFile(t, file, m.flag)
	if err != nil {
		return Null, err
	}
	s.f = f
	if m.read {
		s.r = bufio.NewReaderSize(f, 64<<10)
	}
	if m.write {
		s.w = bufio.NewWriterSize(f, 64<<10)
	}
	modeAttr := mode
	if m.binary {
		modeAttr = object.NewStr(t, m.canonicalMode)
	}
	st.flushFiles() // a file written without close() must be readable now
	v := newFileObject(t, s, file, modeAttr)
	object.SetField(t, v, 3, object.NewBytes(t, make([]byte, st.fileBallast())))
	st.mu.Lock()
	st.files[s] = struct{}{}
	st.mu.Unlock()
	return v, nil
}

// textOptions applies encoding, errors and newline, which only text mode
// accepts.
func (st *state) textOptions(s *stream, m openMode, encoding, errs, newline Value) error {
	if m.binary {
		switch {
		case encoding != object.None:
			return object.ValueError("binary mode doesn't take an encoding argument")
		case errs != object.None:
			return object.ValueError("binary mode doesn't take an errors argument")
		case newline != object.None:
			return object.ValueError("binary mode doesn't take a newline argument")
		}
		return nil
	}
	s.encoding = "UTF-8"
	if encoding != object.None {
		if !object.IsStr(encoding) {
			return object.TypeError("open() argument 'encoding' must be str or None, not %s", object.TypeName(encoding))
		}
		s.encoding = object.StrGo(encoding)
		latin1, err := encodingOf(s.encoding)
		if err != nil {
			return err
		}
		s.latin1 = latin1
	}
	if newline != object.None {
		if !object.IsStr(newline) {
			return object.TypeError("open() argument 'newline' must be str or None, not %s", object.TypeName(newline))
		}
		switch nl := object.StrGo(newline); nl {
		case "", "\n", "\r", "\r\n":
			s.translate, s.newline = false, nl
		default:
			return object.ValueError("illegal newline value: %s", nl)
		}
	}
	return nil
}

// openFile opens a path (str or bytes) or wraps a file descriptor (int).
func openFile(t *object.Thread, file Value, flag int) (*os.File, error) {
	var path string
	switch {
	case object.IsInstance(file, object.StrType):
		path = object.StrGo(object.Payload(t, file))
	case object.IsIntOrBool(file):
		fd, _ := object.IntValue(file)
		if fd < 0 {
			return nil, object.ValueError("negative file descriptor")
		}
		return os.NewFile(uintptr(fd), ""), nil
	default:
		b, ok := bytesOf(t, file)
		if !ok {
			return nil, object.TypeError("expected str, bytes or os.PathLike object, not %s", object.TypeName(file))
		}
		path = string(b)
	}
	f, err := os.OpenFile(path, flag, 0o666)
	if err != nil {
		return nil, openError(t, err, path)
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		f.Close()
		return nil, openError(t, syscall.EISDIR, path)
	}
	return f, nil
}

// openError is osError with the errno, strerror and filename attributes
// that programs inspect on a failed open().
func openError(t *object.Thread, err error, path string) error {
	e, ok := osError(err, path).(*object.Exception)
	var errno syscall.Errno
	if !ok || !errors.As(err, &errno) {
		return e
	}
	exc, merr := object.Materialize(t, e)
	if merr != nil {
		return merr
	}
	for name, v := range map[string]Value{
		"errno":    object.MakeSmallInt(int64(errno)),
		"strerror": object.NewStr(t, strerror(errno)),
		"filename": object.NewStr(t, path),
	} {
		if err := object.SetAttr(t, exc, name, v); err != nil {
			return err
		}
	}
	return e
}

// flushFiles writes out the buffers of every open file (at exit, and
// before a new file is opened).
func (st *state) flushFiles() {
	st.mu.Lock()
	defer st.mu.Unlock()
	for s := range st.files {
		if s.closed {
			delete(st.files, s)
			continue
		}
		s.flush()
	}
}

// fileBallast is the size of the raw bytes object each file object of
// open() carries. Files left for the collector to close (as CPython's
// reference counting closes them) hold descriptors the collector does not
// see; the ballast makes every open count towards the next collection, so
// that a loop opening files without closing them triggers collections
// before the process runs out of descriptors: about one per thousand
// opens, whatever the size of the live heap.
func (st *state) fileBallast() int {
	live := st.v.RT.Heap.Stats().LiveBytes
	return int(min(max(live/1024, 16<<10), 256<<10))
}

// closeDead is the collector's weak hook: it closes the files whose file
// object died, as CPython's reference counting does.
func (st *state) closeDead(isLive func(gc.Addr) bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for s := range st.files {
		if s.closed || !isLive(s.owner) {
			s.close()
			delete(st.files, s)
		}
	}
}

// The standard streams.

func (st *state) newStdStreams() {
	st.stdout = &stream{kind: "TextIOWrapper", encoding: "utf-8", f: os.Stdout, w: st.v.Stdout, std: true, isStdout: true}
	st.stderr = &stream{kind: "TextIOWrapper", encoding: "utf-8", f: os.Stderr, w: st.v.Stderr, std: true, autoFlush: true}
	st.stdin = &stream{kind: "TextIOWrapper", encoding: "utf-8", f: os.Stdin, r: bufio.NewReader(os.Stdin), std: true, translate: true}
}

// stdObject makes the heap file object of a standard stream.
func stdObject(t *object.Thread, s *stream, name, mode string) Value {
	return newFileObject(t, s, object.NewStr(t, name), object.NewStr(t, mode))
}

// sysStream returns the stream print() or input() should use for sys.name:
// a Go stream for file objects of this package (also when sys has not been
// imported), or else the replacement object the program installed.
func (st *state) sysStream(t *object.Thread, name string, def *stream) (*stream, Value) {
	m, ok := object.DictGetStr(t, st.v.Modules(), "sys")
	if !ok || !object.IsModule(m) {
		return def, Null
	}
	f, ok := object.DictGetStr(t, object.ModuleDict(m), name)
	if !ok {
		return nil, Null
	}
	if isFile(f) {
		return streamOf(f), Null
	}
	return nil, f
}

// print(*objects, sep=' ', end='\n', file=None, flush=False).
func (st *state) print(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	sep, end, file, flush := object.None, object.None, object.None, object.False
	for i, k := range kw {
		switch k {
		case "sep":
			sep = args[npos+i]
		case "end":
			end = args[npos+i]
		case "file":
			file = args[npos+i]
		case "flush":
			flush = args[npos+i]
		default:
			return Null, invalidKeyword(k, "print")
		}
	}
	sepS, err := optionalStr(t, "sep", sep, " ")
	if err != nil {
		return Null, err
	}
	endS, err := optionalStr(t, "end", end, "\n")
	if err != nil {
		return Null, err
	}
	var s *stream
	if file == object.None {
		if s, file = st.sysStream(t, "stdout", st.stdout); s == nil && (file == Null || file == object.None) {
			return object.None, nil // no sys.stdout: print nothing, as CPython
		}
	} else if isFile(file) {
		s = streamOf(file)
	}
	var w pieceWriter
	if s != nil {
		w = &streamWriter{t: t, s: s}
	} else {
		wm, err := object.GetAttr(t, file, "write")
		if err != nil {
			return Null, err
		}
		w = &methodWriter{t: t, fn: wm}
	}
	if err := printTo(t, w, args[:npos], sepS, endS); err != nil {
		return Null, err
	}
	doFlush, err := object.Truth(t, flush)
	if err != nil {
		return Null, err
	}
	if s != nil {
		if doFlush || s.autoFlush {
			return object.None, s.flushFor(t)
		}
		return object.None, nil
	}
	if !doFlush {
		return object.None, nil
	}
	if _, found, err := object.CallMethod(t, file, "flush"); found && err != nil {
		return Null, err
	}
	return object.None, nil
}

// optionalStr reads print's sep and end: None means the default.
func optionalStr(t *object.Thread, name string, v Value, def string) (string, error) {
	if v == object.None {
		return def, nil
	}
	if !object.IsInstance(v, object.StrType) {
		return "", object.TypeError("%s must be None or a string, not %s", name, object.TypeName(v))
	}
	return object.StrGo(object.Payload(t, v)), nil
}

// pieceWriter receives print's output piece by piece, as CPython calls
// file.write for each object, separator and end.
type pieceWriter interface {
	write(b []byte) error
}

type streamWriter struct {
	t *object.Thread
	s *stream
}

func (w *streamWriter) write(b []byte) error {
	if w.s.binary {
		return object.TypeError("a bytes-like object is required, not 'str'")
	}
	if err := w.s.checkWritable("write"); err != nil {
		return err
	}
	return w.s.put(w.t, b)
}

type methodWriter struct {
	t  *object.Thread
	fn Value // the bound write method
}

func (w *methodWriter) write(b []byte) error {
	_, err := object.Call(w.t, w.fn, []Value{object.NewStrBytes(w.t, b)}, nil)
	return err
}

func printTo(t *object.Thread, w pieceWriter, objs []Value, sep, end string) error {
	for i, x := range objs {
		if i > 0 {
			if err := w.write([]byte(sep)); err != nil {
				return err
			}
		}
		var err error
		if object.IsStr(x) {
			err = w.write(object.StrView(x))
		} else {
			var s string
			if s, err = object.Str(t, x); err == nil {
				err = w.write([]byte(s))
			}
		}
		if err != nil {
			return err
		}
	}
	return w.write([]byte(end))
}

// input([prompt]) writes the prompt to sys.stdout and reads a line from
// sys.stdin without its newline.
func (st *state) input(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("input", args, kw, 0, 1); err != nil {
		return Null, err
	}
	t.TX.BecomeInevitable()
	out, outObj := st.sysStream(t, "stdout", st.stdout)
	if len(args) == 1 {
		var w pieceWriter
		switch {
		case out != nil:
			w = &streamWriter{t: t, s: out}
		case outObj != Null:
			wm, err := object.GetAttr(t, outObj, "write")
			if err != nil {
				return Null, err
			}
			w = &methodWriter{t: t, fn: wm}
		}
		if w != nil {
			if err := printTo(t, w, args, "", ""); err != nil {
				return Null, err
			}
		}
	}
	if out != nil {
		if err := out.flushFor(t); err != nil {
			return Null, err
		}
	} else if outObj != Null {
		if _, _, err := object.CallMethod(t, outObj, "flush"); err != nil {
			return Null, err
		}
	}
	in, inObj := st.sysStream(t, "stdin", st.stdin)
	var line Value
	var err error
	switch {
	case in != nil:
		if err := in.checkReadable("readline"); err != nil {
			return Null, err
		}
		line, err = in.readLine(t, -1)
	case inObj != Null:
		line, _, err = object.CallMethod(t, inObj, "readline")
	default:
		return Null, object.NewError(object.RuntimeErrorType, "input(): lost sys.stdin")
	}
	if err != nil {
		return Null, err
	}
	if !object.IsStr(line) || object.StrByteLen(line) == 0 {
		return Null, object.NewError(object.EOFErrorType, "EOF when reading a line")
	}
	text := object.StrGo(line)
	return object.NewStr(t, strings.TrimSuffix(text, "\n")), nil
}

// builtinExit returns exit or quit: raise SystemExit(code).
func builtinExit(name string) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		code := object.None
		if err := object.UnpackArgs(name, args, kw, []string{"code?"}, &code); err != nil {
			if len(args) > 1 {
				return Null, object.TypeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
			}
			return Null, err
		}
		return Null, object.NewErrorArgs(object.SystemExitType, code)
	}
}
