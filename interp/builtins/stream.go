package builtins

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// stream is the Go side of a file object: an *os.File with a read buffer
// and a write buffer. Text streams decode on read (UTF-8 or Latin-1) and
// translate \r\n and \r to \n (universal newlines) into pend, which holds
// decoded text read ahead of the caller.
//
// The standard streams are streams too: sys.stdout writes into the VM's
// Stdout buffer, sys.stderr into Stderr (flushed after every write, as
// CPython's stderr is line buffered), sys.stdin reads from the reader that
// input() shares.
type stream struct {
	kind      string // TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom
	binary    bool
	encoding  string // as given, or UTF-8
	latin1    bool
	translate bool   // newline=None: universal newlines, translated to \n on read
	newline   string // otherwise: "" (any ending, untranslated), "\n", "\r" or "\r\n"
	f         *os.File
	r         *bufio.Reader // nil when not readable
	w         *bufio.Writer // nil when not writable
	std       bool          // a standard stream: close() keeps the descriptor
	isStdout  bool          // sys.stdout: buffered per transaction under the parallel STM
	autoFlush bool
	closed    bool
	owner     gc.Addr // the file object, for the collector's weak hook

	pend    []byte // text mode: decoded, translated text not yet returned
	afterCR bool   // the last byte decoded was \r (a following \n is dropped)
	eof     bool
}

func errClosed() error { return object.ValueError("I/O operation on closed file.") }

// closedError is the error of operation op on a closed stream, worded as
// CPython's text and buffered layers word it.
func (s *stream) closedError(op string) error {
	switch op {
	case "fileno", "readable", "writable", "seekable", "isatty":
		return object.ValueError("I/O operation on closed file")
	}
	if s.binary {
		switch {
		case op == "read" || op == "readline" || op == "seek" || op == "flush" && s.w != nil:
			return object.ValueError("%s of closed file", op)
		case op == "write":
			return object.ValueError("write to closed file")
		case op == "tell":
			return object.ValueError("I/O operation on closed file")
		}
	}
	return errClosed()
}

// unsupported raises io.UnsupportedOperation.
func unsupported(msg string) error { return object.NewError(unsupportedOperation, "%s", msg) }

// checkReadable checks that operation op may read. A binary stream
// reports the unsupported operation first, a text stream the closed file.
func (s *stream) checkReadable(op string) error {
	if s.closed && (!s.binary || s.r != nil) {
		return s.closedError(op)
	}
	if s.r == nil {
		if s.binary {
			return unsupported("read")
		}
		return unsupported("not readable")
	}
	return s.flushWrites()
}

// checkWritable checks that operation op may write.
func (s *stream) checkWritable(op string) error {
	if s.closed && (!s.binary || s.w != nil) {
		return s.closedError(op)
	}
	if s.w == nil {
		if s.binary {
			return unsupported("write")
		}
		return unsupported("not writable")
	}
	return s.dropReadAhead()
}

// flushWrites writes out buffered output before a read or seek.
func (s *stream) flushWrites() error {
	if s.w != nil && s.w.Buffered() > 0 {
		return osError(s.w.Flush(), "")
	}
	return nil
}

// dropReadAhead moves the file position back over data read ahead, so
// that a write lands where the reader stands (r+ modes). As in CPython, a
// text stream's decoded chunk counts as consumed: only the byte buffer
// below it is given back.
func (s *stream) dropReadAhead() error {
	if s.r == nil || s.std {
		return nil
	}
	n := s.r.Buffered()
	if n == 0 && len(s.pend) == 0 {
		return nil
	}
	if _, err := s.f.Seek(int64(-n), io.SeekCurrent); err != nil {
		return osError(err, "")
	}
	s.r.Reset(s.f)
	s.pend, s.afterCR, s.eof = nil, false, false
	return nil
}

// fill decodes the next chunk of input into pend; it returns false at end
// of file.
func (s *stream) fill() (bool, error) {
	if s.eof {
		return false, nil
	}
	var buf [8 << 10]byte // CPython's text chunk size, which r+ writes depend on
	for {
		n, err := s.r.Read(buf[:])
		if n > 0 {
			s.decode(buf[:n])
			return true, nil
		}
		if err == io.EOF {
			s.eof = true
			return false, nil
		}
		if err != nil {
			return false, osError(err, "")
		}
	}
}

// decode appends raw input to pend, decoding Latin-1 and translating
// newlines as configured.
func (s *stream) decode(b []byte) {
	if s.latin1 {
		var u []byte
		for _, c := range b {
			u = utf8.AppendRune(u, rune(c))
		}
		b = u
	}
	if !s.translate || (!s.afterCR && bytes.IndexByte(b, '\r') < 0) {
		s.pend = append(s.pend, b...)
		return
	}
	for _, c := range b {
		if s.afterCR && c == '\n' {
			s.afterCR = false
			continue
		}
		s.afterCR = c == '\r'
		if c == '\r' {
			c = '\n'
		}
		s.pend = append(s.pend, c)
	}
}

// take removes the first n bytes of pend and returns them as a str.
func (s *stream) take(t *object.Thread, n int) (Value, error) {
	b := s.pend[:n]
	if !utf8.Valid(b) {
		return Null, decodeError(b)
	}
	v := object.NewStrBytes(t, b)
	s.pend = s.pend[n:]
	if len(s.pend) == 0 {
		s.pend = nil
	}
	return v, nil
}

func decodeError(b []byte) error {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			why := "invalid start byte"
			if b[i] >= 0xC0 {
				why = "invalid continuation byte"
			}
			return object.NewError(object.UnicodeDecodeErrorType,
				"'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i], i, why)
		}
		i += size
	}
	return object.NewError(object.UnicodeDecodeErrorType, "'utf-8' codec can't decode input")
}

// readText returns up to n characters (all when n < 0).
func (s *stream) readText(t *object.Thread, n int) (Value, error) {
	if n < 0 {
		for {
			more, err := s.fill()
			if err != nil {
				return Null, err
			}
			if !more {
				return s.take(t, len(s.pend))
			}
		}
	}
	for {
		end, ok := runePrefix(s.pend, n)
		if ok || s.eof {
			return s.take(t, end)
		}
		if _, err := s.fill(); err != nil {
			return Null, err
		}
	}
}

// runePrefix returns the byte length of the first n characters of b; ok is
// false when b holds fewer (or ends inside a character).
func runePrefix(b []byte, n int) (int, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(b) {
			return i, false
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) {
			return i, false
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return i, true
}

// lineEnd returns the length of the first line in pend, with its line
// ending, or -1 when more input is needed to tell.
func (s *stream) lineEnd() int {
	b := s.pend
	switch {
	case s.translate || s.newline == "\n":
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return i + 1
		}
	case s.newline == "":
		if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
			switch {
			case b[i] == '\n':
				return i + 1
			case i+1 < len(b) && b[i+1] == '\n':
				return i + 2
			case i+1 < len(b) || s.eof:
				return i + 1
			}
			return -1 // a \r at the end: is it followed by \n?
		}
	default:
		if i := bytes.Index(b, []byte(s.newline)); i >= 0 {
			return i + len(s.newline)
		}
	}
	if s.eof {
		return len(b)
	}
	return -1
}

// readLineText returns the next line, with its line ending, or "" at end
// of file; limit >= 0 caps its length in characters.
func (s *stream) readLineText(t *object.Thread, limit int) (Value, error) {
	for {
		end := s.lineEnd()
		if limit >= 0 {
			if k, ok := runePrefix(s.pend, limit); ok && (end < 0 || k < end) {
				end = k
			}
		}
		if end >= 0 {
			return s.take(t, end)
		}
		if _, err := s.fill(); err != nil {
			return Null, err
		}
	}
}

// readBinary returns up to n bytes (all when n < 0).
func (s *stream) readBinary(t *object.Thread, n int) (Value, error) {
	var b []byte
	var err error
	if n < 0 {
		b, err = io.ReadAll(s.r)
	} else {
		b = make([]byte, n)
		var k int
		k, err = io.ReadFull(s.r, b)
		b = b[:k]
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = nil
		}
	}
	if err != nil {
		return Null, osError(err, "")
	}
	return object.NewBytes(t, b), nil
}

// readLineBinary returns the next line of a binary stream.
func (s *stream) readLineBinary(t *object.Thread, limit int) (Value, error) {
	var line []byte
	for limit < 0 || len(line) < limit {
		c, err := s.r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Null, osError(err, "")
		}
		line = append(line, c)
		if c == '\n' {
			break
		}
	}
	return object.NewBytes(t, line), nil
}

// readLine dispatches on the stream's mode.
func (s *stream) readLine(t *object.Thread, limit int) (Value, error) {
	if s.binary {
		return s.readLineBinary(t, limit)
	}
	return s.readLineText(t, limit)
}

// writeString writes text (encoding it for a text stream) and flushes an
// unbuffered stream.
func (s *stream) writeString(t *object.Thread, text []byte) error {
	if err := s.put(t, text); err != nil {
		return err
	}
	if s.autoFlush {
		return s.flushFor(t)
	}
	return nil
}

// put writes text into the buffer, encoding it for a text stream. Under
// the parallel STM sys.stdout's text goes to the transaction's buffer, and
// the standard streams' shared buffers are used under the VM's output lock.
func (s *stream) put(t *object.Thread, text []byte) error {
	if s.latin1 {
		var b []byte
		for _, r := range string(text) {
			if r > 0xFF {
				return object.NewError(object.UnicodeEncodeErrorType,
					"'latin-1' codec can't encode character '\\u%04x': ordinal not in range(256)", r)
			}
			b = append(b, byte(r))
		}
		text = b
	}
	if !s.binary && (s.newline == "\r" || s.newline == "\r\n") && bytes.IndexByte(text, '\n') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\n"), []byte(s.newline))
	}
	if s.std && t.TX.Parallel() {
		th := vm.FromObject(t)
		if s.isStdout {
			th.WriteStdout(text)
			return nil
		}
		th.VM().LockOutput()
		defer th.VM().UnlockOutput()
	}
	_, err := s.w.Write(text)
	return osError(err, "")
}

// flushFor flushes on behalf of thread t: under the parallel STM,
// flushing sys.stdout publishes the transaction's buffer (making it
// inevitable), and the standard streams are flushed under the output lock.
func (s *stream) flushFor(t *object.Thread) error {
	if s.std && t.TX.Parallel() {
		th := vm.FromObject(t)
		if s.isStdout {
			return th.FlushStdout()
		}
		th.VM().LockOutput()
		defer th.VM().UnlockOutput()
	}
	return s.flush()
}

// flush writes out the write buffer.
func (s *stream) flush() error {
	if s.w == nil {
		return nil
	}
	return osError(s.w.Flush(), "")
}

// close flushes and closes the stream; closing twice is allowed.
func (s *stream) close() error {
	if s.closed {
		return nil
	}
	err := s.flush()
	s.closed = true
	if !s.std && s.f != nil {
		if cerr := s.f.Close(); err == nil {
			err = osError(cerr, "")
		}
	}
	return err
}

// tell returns the position of the next byte the program will read or
// write (a byte offset, also in text mode).
func (s *stream) tell() (int64, error) {
	if err := s.flushWrites(); err != nil {
		return 0, err
	}
	pos, err := s.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err, "")
	}
	if s.r != nil {
		pos -= int64(s.r.Buffered() + len(s.pend))
	}
	return pos, nil
}

// seek moves to offset relative to whence and drops any read-ahead.
func (s *stream) seek(offset int64, whence int) (int64, error) {
	if err := s.flushWrites(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent && s.r != nil {
		offset -= int64(s.r.Buffered() + len(s.pend))
	}
	pos, err := s.f.Seek(offset, whence)
	if err != nil {
		return 0, osError(err, "")
	}
	if s.r != nil {
		s.r.Reset(s.f)
	}
	s.pend, s.afterCR, s.eof = nil, false, false
	return pos, nil
}

// osError converts a Go I/O error into CPython's OSError subclass with
// the "[Errno N] message: 'filename'" text; nil stays nil.
func osError(err error, filename string) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*object.Exception); ok {
		return err
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return object.NewError(object.OSErrorType, "%s", err.Error())
	}
	typ := object.OSErrorType
	switch errno {
	case syscall.ENOENT:
		typ = object.FileNotFoundErrorType
	case syscall.EEXIST:
		typ = object.FileExistsErrorType
	case syscall.EACCES, syscall.EPERM:
		typ = object.PermissionErrorType
	case syscall.EISDIR:
		typ = object.IsADirectoryErrorType
	case syscall.ENOTDIR:
		typ = object.NotADirectoryErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		typ = brokenPipeErrorType
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		typ = blockingIOErrorType
	case syscall.ECHILD:
		typ = childProcessErrorType
	case syscall.EINTR:
		typ = interruptedErrorType
	case syscall.ESRCH:
		typ = processLookupErrorType
	case syscall.ECONNABORTED:
		typ = connectionAbortedErrorType
	case syscall.ECONNREFUSED:
		typ = connectionRefusedErrorType
	case syscall.ECONNRESET:
		typ = connectionResetErrorType
	case syscall.ETIMEDOUT:
		typ = object.TimeoutErrorType
	}
	msg := "[Errno " + strconv.Itoa(int(errno)) + "] " + strerror(errno)
	if filename != "" {
		msg += ": " + object.StrRepr(filename)
	}
	return object.NewError(typ, "%s", msg)
}

// strerror spells errno as the C library does (Go's text, capitalised).
func strerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
