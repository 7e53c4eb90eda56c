package vm

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"atompy.dev/atompy/interp/object"
)

// SyntaxDetails is implemented by the front end's errors, so that the VM
// can raise them as SyntaxError without importing the front end.
type SyntaxDetails interface {
	error
	// Details returns the exception class name (SyntaxError,
	// IndentationError, TabError), the message, the file, the 1-based line
	// and column, and the text of the offending line.
	Details() (kind, msg, filename string, line, col int, text string)
}

// SyntaxErrorValue converts a compile error into a Python exception.
func SyntaxErrorValue(err error) error {
	sd, ok := err.(SyntaxDetails)
	if !ok {
		return object.NewError(object.SyntaxErrorType, "%v", err)
	}
	kind, msg, file, line, col, text := sd.Details()
	typ := object.SyntaxErrorType
	switch kind {
	case "IndentationError":
		typ = object.IndentationErrorType
	case "TabError":
		typ = object.TabErrorType
	}
	return &syntaxErr{typ: typ, msg: msg, file: file, line: line, col: col, text: text}
}

// syntaxErr is a SyntaxError not yet materialized.
type syntaxErr struct {
	typ            *object.Type
	msg, file      string
	line, col      int
	text           string
	materialized   Value
	materializeErr error
}

func (e *syntaxErr) Error() string { return e.typ.Name + ": " + e.msg }

// materialize builds the SyntaxError instance with its attributes.
func (e *syntaxErr) toException(th *Thread) (*object.Exception, error) {
	t := th.Thread
	exc, err := object.CallType(t, e.typ, []Value{object.NewStr(t, e.msg)}, nil)
	if err != nil {
		return nil, err
	}
	set := func(name string, v Value) { object.SetAttr(t, exc, name, v) }
	set("msg", object.NewStr(t, e.msg))
	set("filename", object.NewStr(t, e.file))
	set("lineno", object.MakeSmallInt(int64(e.line)))
	set("offset", object.MakeSmallInt(int64(e.col)))
	set("text", object.NewStr(t, e.text))
	return object.FromValue(exc), nil
}

// PrintException writes the CPython-style report of an uncaught exception,
// including its __cause__/__context__ chain, to the VM's stderr.
func (th *Thread) PrintException(exc Value) {
	var b strings.Builder
	th.formatChain(&b, exc, map[Value]bool{})
	th.vm.Stdout.Flush()
	th.vm.Stderr.WriteString(b.String())
	th.vm.Stderr.Flush()
}

func (th *Thread) formatChain(b *strings.Builder, exc Value, seen map[Value]bool) {
	t := th.Thread
	seen[exc] = true
	cause := object.ExcSlot(t, exc, object.ExcCauseSlot)
	ctx := object.ExcSlot(t, exc, object.ExcContextSlot)
	suppress := object.ExcSlot(t, exc, object.ExcSuppressSlot) == object.True
	switch {
	case cause != object.None && cause != Null && !seen[cause]:
		th.formatChain(b, cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	case ctx != object.None && ctx != Null && !suppress && !seen[ctx]:
		th.formatChain(b, ctx, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	th.formatOne(b, exc)
}

func (th *Thread) formatOne(b *strings.Builder, exc Value) {
	t := th.Thread
	tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
	if object.IsTraceback(tb) {
		b.WriteString("Traceback (most recent call last):\n")
		formatEntries(b, tb)
	}
	if object.IsInstance(exc, object.SyntaxErrorType) {
		th.formatSyntaxError(b, exc)
		return
	}
	b.WriteString(object.ExceptionMessage(t, exc))
	b.WriteString("\n")
}

// recursiveCutoff is how many identical consecutive entries a traceback
// prints before summarising the rest, as CPython does.
const recursiveCutoff = 3

// formatEntries prints the File lines of a traceback, each with its
// source line and caret marker, collapsing runs of the same location
// ("[Previous line repeated N more times]").
func formatEntries(b *strings.Builder, tb Value) {
	var lastFile, lastName string
	lastLine, repeat := -1, 0
	flush := func() {
		if repeat > recursiveCutoff {
			n := repeat - recursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for tb != object.None && tb != Null {
		next, code, line, pc := object.TracebackParts(tb)
		tb = next
		if code.Filename == lastFile && line == lastLine && code.Name == lastName {
			repeat++
			if repeat > recursiveCutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName, repeat = code.Filename, line, code.Name, 1
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", code.Filename, line, code.Name)
		pline, col, endLine, endCol := code.Pos(pc)
		formatSource(b, code.Filename, line, pline, col, endLine, endCol)
	}
	flush()
}

// formatSource prints line n of the file, without its indentation, and
// under it the caret marker of the instruction range that failed.
func formatSource(b *strings.Builder, filename string, n, line, col, endLine, endCol int) {
	full, ok := sourceLine(filename, n)
	if !ok {
		return
	}
	fmt.Fprintf(b, "    %s\n", full[indentChars(full):])
	if carets := caretLine(full, line, col, endLine, endCol); carets != "" {
		b.WriteString(carets)
		b.WriteByte('\n')
	}
}

// formatSyntaxError prints the file/line/caret block of a SyntaxError.
func (th *Thread) formatSyntaxError(b *strings.Builder, exc Value) {
	t := th.Thread
	get := func(name string) Value {
		v, err := object.GetAttr(t, exc, name)
		if err != nil {
			return object.None
		}
		return v
	}
	file, line, off, text, msg := get("filename"), get("lineno"), get("offset"), get("text"), get("msg")
	if object.IsStr(file) && line.IsSmallInt() {
		fmt.Fprintf(b, "  File \"%s\", line %d\n", object.StrGo(file), line.SmallInt())
		if object.IsStr(text) {
			src := object.StrGo(text)
			trimmed := strings.TrimLeft(strings.TrimRight(src, "\n"), " \t\f")
			if trimmed != "" {
				fmt.Fprintf(b, "    %s\n", trimmed)
				if off.IsSmallInt() && off.SmallInt() > 0 {
					col := int(off.SmallInt()) - 1 - (len(strings.TrimRight(src, "\n")) - len(trimmed))
					if col < 0 {
						col = 0
					}
					fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
				}
			}
		}
	}
	name := object.TypeOf(exc).Name
	if object.IsStr(msg) {
		fmt.Fprintf(b, "%s: %s\n", name, object.StrGo(msg))
	} else {
		b.WriteString(object.ExceptionMessage(t, exc) + "\n")
	}
}

// sourceCache holds the lines of the files tracebacks have shown; threads
// may print tracebacks at the same time.
var sourceCache struct {
	sync.Mutex
	lines map[string][]string
}

// sourceLine returns line n of a file as a traceback shows it: the whole
// line, indentation and trailing blanks included, without its terminator.
// Like CPython, which reads the file as text, any of \n, \r\n and \r ends
// a line.
func sourceLine(filename string, n int) (string, bool) {
	sourceCache.Lock()
	defer sourceCache.Unlock()
	lines, ok := sourceCache.lines[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			text := strings.ReplaceAll(string(data), "\r\n", "\n")
			lines = strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
			if len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1] // the file's final terminator
			}
		}
		if sourceCache.lines == nil {
			sourceCache.lines = map[string][]string{}
		}
		sourceCache.lines[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// ExceptionOf returns the exception instance an error carries.
func (th *Thread) ExceptionOf(err error) (Value, error) {
	v, _, err := th.exceptionValue(err)
	return v, err
}

// ExitStatus decides how an uncaught exception ends the program, as
// CPython does: SystemExit's code becomes the exit status (printing a
// non-integer code), anything else prints the traceback and exits 1.
func (th *Thread) ExitStatus(err error) int {
	exc, merr := th.ExceptionOf(err)
	if merr != nil {
		th.vm.Stdout.Flush()
		fmt.Fprintf(th.vm.Stderr, "atompy: %v\n", err)
		th.vm.Stderr.Flush()
		return 1
	}
	if object.IsInstance(exc, object.SystemExitType) {
		return th.systemExitCode(exc)
	}
	th.PrintException(exc)
	return 1
}

func (th *Thread) systemExitCode(exc Value) int {
	t := th.Thread
	args := object.ExcSlot(t, exc, object.ExcArgsSlot)
	code := object.None
	if args != Null && object.TupleLen(args) > 0 {
		code = object.TupleItem(args, 0)
		if object.TupleLen(args) > 1 {
			code = args
		}
	}
	if code == object.None {
		return 0
	}
	if n, ok := object.IntValue(code); ok && !code.IsBool() || code.IsSmallInt() {
		return int(n) & 0xff
	}
	s, err := object.Str(t, code)
	if err != nil {
		s = "<exit code>"
	}
	th.vm.Stdout.Flush()
	th.vm.Stderr.WriteString(s + "\n")
	th.vm.Stderr.Flush()
	return 1
}
