package vm

import (
	"fmt"
	"os"
	"strings"

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

// SyntaxEndDetails is implemented by front-end errors that know where the
// offending source range ends, for the carets under a SyntaxError.
type SyntaxEndDetails interface {
	// EndDetails returns the 1-based line and column (in characters,
	// exclusive, like Details' column) where the range ends.
	EndDetails() (endLine, endCol int)
}

// SyntaxErrorValue converts a compile error into a Python exception. Its
// attributes are those CPython gives errors found in source files (the
// main script, imported modules): offset and end_offset count bytes, and
// text keeps its line terminator.
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
	e := &syntaxErr{typ: typ, msg: msg, file: file, line: line, col: byteColumn(text, col), text: text + "\n"}
	if ed, ok := err.(SyntaxEndDetails); ok {
		endLine, endCol := ed.EndDetails()
		e.endLine = endLine
		if endLine == line {
			e.endCol = byteColumn(text, endCol)
		} else {
			e.endCol = endCol // on a line whose text is not known
		}
	}
	return e
}

// byteColumn converts a 1-based character column of line into a 1-based
// byte column; columns past the end count one byte per character.
func byteColumn(line string, col int) int {
	if col < 1 {
		return col
	}
	chars := col - 1
	for i := range line {
		if chars == 0 {
			return i + 1
		}
		chars--
	}
	return len(line) + chars + 1
}

// syntaxErr is a SyntaxError not yet materialized.
type syntaxErr struct {
	typ             *object.Type
	msg, file       string
	line, col       int
	endLine, endCol int // 0 when unknown
	text            string
	materialized    Value
	materializeErr  error
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
	if e.endLine > 0 {
		set("end_lineno", object.MakeSmallInt(int64(e.endLine)))
		set("end_offset", object.MakeSmallInt(int64(e.endCol)))
	}
	return object.FromValue(exc), nil
}

// PrintException writes the CPython-style report of an uncaught exception,
// including its __cause__/__context__ chain, to the VM's stderr.
func (th *Thread) PrintException(exc Value) {
	var b strings.Builder
	th.formatChain(&b, exc, map[Value]bool{})
	th.WriteStderr(b.String())
}

// formatChain prints exc after the exceptions chained to it, as CPython
// does: an explicit __cause__ (unless already printed) and otherwise,
// unless suppressed, the __context__, each followed by the sentence that
// links it to the next.
func (th *Thread) formatChain(b *strings.Builder, exc Value, seen map[Value]bool) {
	t := th.Thread
	seen[exc] = true
	cause := object.ExcSlot(t, exc, object.ExcCauseSlot)
	ctx := object.ExcSlot(t, exc, object.ExcContextSlot)
	suppress := object.ExcSlot(t, exc, object.ExcSuppressSlot) == object.True
	switch {
	case cause != object.None && cause != Null:
		if !seen[cause] {
			th.formatChain(b, cause, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		}
	case ctx != object.None && ctx != Null && !suppress && !seen[ctx]:
		th.formatChain(b, ctx, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	th.formatOne(b, exc)
}

// formatOne prints one exception: its traceback, its message line and its
// notes.
func (th *Thread) formatOne(b *strings.Builder, exc Value) {
	t := th.Thread
	tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
	if limit := th.tracebackLimit(); object.IsTraceback(tb) && limit > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		formatEntries(b, skipOldest(tb, limit))
	}
	if !object.IsInstance(exc, object.SyntaxErrorType) || !th.formatSyntaxError(b, exc) {
		b.WriteString(object.ExceptionMessage(t, exc))
		if s := th.suggestion(exc); s != "" {
			b.WriteString(". Did you mean: '" + s + "'?")
		}
		b.WriteString("\n")
	}
	th.formatNotes(b, exc)
}

// formatNotes prints the strings of the exception's __notes__, each
// followed by a newline; notes that are not a list or tuple print as
// their repr, and a str counts as the sequence of its characters. (CPython
// splits each note into lines to put a margin before each, which matters
// only inside exception groups, which atompy does not have yet.)
func (th *Thread) formatNotes(b *strings.Builder, exc Value) {
	t := th.Thread
	notes, err := object.GetAttr(t, exc, "__notes__")
	if err != nil {
		return
	}
	var items []Value
	switch {
	case object.IsList(notes):
		items = object.ListItems(t, notes)
	case object.IsTuple(notes):
		for i := range object.TupleLen(notes) {
			items = append(items, object.TupleItem(notes, i))
		}
	case object.IsStr(notes):
		for _, r := range object.StrGo(notes) {
			items = append(items, object.NewStr(t, string(r)))
		}
	default:
		r, err := object.Repr(t, notes)
		if err != nil {
			r = "<__notes__ repr() failed>"
		}
		b.WriteString(r) // CPython adds no newline here
		return
	}
	for _, note := range items {
		s, err := object.Str(t, note)
		if err != nil {
			s = "<note str() failed>"
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
}

// defaultTracebackLimit is how many entries a traceback shows at most
// when sys.tracebacklimit is not set: the most recent ones.
const defaultTracebackLimit = 1000

// tracebackLimit is sys.tracebacklimit if the program set it to an int,
// else the default; zero or less means no traceback entries at all.
func (th *Thread) tracebackLimit() int {
	t := th.Thread
	sys, ok := object.DictGetStr(t, th.vm.Modules(), "sys")
	if !ok {
		return defaultTracebackLimit
	}
	v, err := object.GetAttr(t, sys, "tracebacklimit")
	if err != nil {
		return defaultTracebackLimit
	}
	n, ok := object.IntValue(v)
	if !ok {
		return defaultTracebackLimit
	}
	return int(n)
}

// skipOldest drops the oldest entries of a traceback so that at most
// limit remain.
func skipOldest(tb Value, limit int) Value {
	depth := 0
	for e := tb; e != object.None && e != Null; {
		e, _, _, _ = object.TracebackParts(e)
		depth++
	}
	for ; depth > limit; depth-- {
		tb, _, _, _ = object.TracebackParts(tb)
	}
	return tb
}

// recursiveCutoff is how many identical consecutive entries a traceback
// prints before summarising the rest, as CPython does.
const recursiveCutoff = 3

// formatEntries prints the File lines of a traceback, each with its
// source line and caret marker, collapsing runs of the same location
// ("[Previous line repeated N more times]").
func formatEntries(b *strings.Builder, tb Value) {
	files := sourceFiles{}
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
		files.formatSource(b, code.Filename, line, pline, col, endLine, endCol)
	}
	flush()
}

// formatSource prints line n of the file, without its indentation, and
// under it the caret marker of the instruction range that failed.
func (files sourceFiles) formatSource(b *strings.Builder, filename string, n, line, col, endLine, endCol int) {
	full, ok := files.line(filename, n)
	if !ok {
		return
	}
	fmt.Fprintf(b, "    %s\n", full[indentChars(full):])
	if line != n {
		return // a position that does not start on the line shown: no marker
	}
	if carets := caretLine(full, line, col, endLine, endCol); carets != "" {
		b.WriteString(carets)
		b.WriteByte('\n')
	}
}

// syntaxLocation is what a SyntaxError's report shows besides its message,
// read from the exception's attributes as CPython does.
type syntaxLocation struct {
	msg                Value
	file               string
	line, offset       int
	endLine, endOffset int
	text               string
	hasText            bool
}

// formatSyntaxError prints the location block and message line of a
// SyntaxError. It reports false, printing nothing, when the attributes do
// not make a location (lineno not an int, say): the exception is then
// reported like any other.
func (th *Thread) formatSyntaxError(b *strings.Builder, exc Value) bool {
	loc, ok := th.syntaxLocation(exc)
	if !ok {
		return false
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", loc.file, loc.line)
	if loc.hasText {
		end := loc.endOffset
		size := len(loc.text)
		if loc.endLine > loc.line {
			end = size // only the first line is shown: mark to its end
		}
		formatErrorText(b, loc.text, loc.offset, min(end, size+1))
	}
	b.WriteString(th.exceptionHeader(exc, loc.msg))
	b.WriteByte('\n')
	return true
}

// syntaxLocation reads the attributes of a SyntaxError. Missing end
// positions, and those of subclasses (IndentationError, TabError), count
// as unknown, so that one caret is shown.
func (th *Thread) syntaxLocation(exc Value) (syntaxLocation, bool) {
	t := th.Thread
	var loc syntaxLocation
	attr := func(name string) (Value, bool) {
		v, err := object.GetAttr(t, exc, name)
		return v, err == nil
	}
	// intAttr reads an int attribute; None gives def, anything else that
	// is not an int fails.
	intAttr := func(name string, def int, noneOK bool) (int, bool) {
		v, ok := attr(name)
		if !ok || v == object.None {
			return def, noneOK
		}
		n, ok := object.IntValue(v)
		return int(n), ok
	}
	var ok bool
	if loc.msg, ok = attr("msg"); !ok {
		// CPython's SyntaxError always has msg: its first argument, or
		// None.
		loc.msg = object.None
		if args := object.ExcSlot(t, exc, object.ExcArgsSlot); args != Null && object.TupleLen(args) > 0 {
			loc.msg = object.TupleItem(args, 0)
		}
	}
	file, ok := attr("filename")
	switch {
	case !ok:
		return loc, false
	case file == object.None:
		loc.file = "<string>"
	default:
		s, err := object.Str(t, file)
		if err != nil {
			return loc, false
		}
		loc.file = s
	}
	if loc.line, ok = intAttr("lineno", 0, false); !ok {
		return loc, false
	}
	if loc.offset, ok = intAttr("offset", -1, true); !ok {
		return loc, false
	}
	loc.endLine, loc.endOffset = loc.line, -1
	if object.TypeOf(exc) == object.SyntaxErrorType {
		if loc.endLine, ok = intAttr("end_lineno", loc.line, true); !ok {
			return loc, false
		}
		if loc.endOffset, ok = intAttr("end_offset", -1, true); !ok {
			return loc, false
		}
	}
	if text, ok := attr("text"); ok && object.IsStr(text) {
		loc.text, loc.hasText = object.StrGo(text), true
	}
	return loc, true
}

// formatErrorText prints a SyntaxError's source text and the carets under
// it, the way CPython does: offsets are 1-based and, for errors found in
// files, count bytes; the text loses its indentation; when the text holds
// several lines, the one the offset falls in is shown; carets run from
// offset to endOffset, at least one, and none when the offset points left
// of the text.
func formatErrorText(b *strings.Builder, text string, offset, endOffset int) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset--
	for len(text) > 0 && isTracebackBlank(text[0]) {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	offset = min(offset, n)
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if !strings.HasSuffix(text, "\n") {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}

// exceptionHeader is the last line of a report: the exception's class,
// qualified by its module unless that is builtins or __main__, and str of
// value unless value is None or its str is empty.
func (th *Thread) exceptionHeader(exc, value Value) string {
	typ := object.TypeOf(exc)
	name := typ.Qualname
	if typ.Module != "builtins" && typ.Module != "" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	if value == object.None {
		return name
	}
	s, err := object.Str(th.Thread, value)
	if err != nil {
		return name + ": <exception str() failed>"
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}

// sourceFiles holds the lines of the files one traceback shows. Like
// CPython, which reads the file anew for each entry, nothing is kept from
// one report to the next: a program may have rewritten its files.
type sourceFiles map[string][]string

// line returns line n of a file as a traceback shows it: the whole line,
// indentation and trailing blanks included, without its terminator. Like
// CPython, which reads the file as text, any of \n, \r\n and \r ends a
// line.
func (files sourceFiles) line(filename string, n int) (string, bool) {
	lines, ok := files[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			text := strings.ReplaceAll(string(data), "\r\n", "\n")
			lines = strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
			if len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1] // the file's final terminator
			}
		}
		files[filename] = lines
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
		th.WriteStderr(fmt.Sprintf("atompy: %v\n", err))
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
	th.WriteStderr(s + "\n")
	return 1
}
