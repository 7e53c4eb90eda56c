package vm

import (
	"atompy.dev/atompy/interp/object"
)

// "Did you mean" suggestions, as CPython 3.11 appends them to the report of
// an uncaught NameError or AttributeError (only those exact types, and
// only when printing: str(e) never has them). The candidates are, for an
// AttributeError, dir(e.obj); for a NameError, the local variable names of
// the innermost traceback entry's code, then its frame's globals (recorded
// in the entry by unwind), then the builtins; the first list that offers a
// close enough name wins. Closeness is an edit distance over UTF-8 bytes in
// which a change of case costs half as much as any other edit, and a name
// is close enough when at most about a third of the characters involved
// change.

const (
	// suggestMaxCandidates: a list this long or longer offers nothing.
	suggestMaxCandidates = 750
	// suggestMaxLength: names longer than this (after their common prefix
	// and suffix are dropped) are never close.
	suggestMaxLength = 40
	// editCost is the cost of inserting, deleting or replacing a byte;
	// caseCost that of replacing an ASCII letter by its other case.
	editCost = 2
	caseCost = 1
)

// suggestion returns the name to append to exc's report as ". Did you
// mean: 'NAME'?", or "" for none. Errors while computing it (a failing
// __dir__) mean no suggestion.
func (th *Thread) suggestion(exc Value) string {
	switch object.TypeOf(exc) {
	case object.AttributeErrorType:
		return th.attributeSuggestion(exc)
	case object.NameErrorType:
		return th.nameSuggestion(exc)
	}
	return ""
}

// errorName returns exc.name when it is an exact str.
func (th *Thread) errorName(exc Value) (string, bool) {
	v, err := object.GetAttr(th.Thread, exc, "name")
	if err != nil || object.TypeOf(v) != object.StrType {
		return "", false
	}
	return object.StrGo(v), true
}

func (th *Thread) attributeSuggestion(exc Value) string {
	t := th.Thread
	name, ok := th.errorName(exc)
	if !ok {
		return ""
	}
	obj, err := object.GetAttr(t, exc, "obj")
	if err != nil || obj == object.None {
		return ""
	}
	dir, ok := object.DictGetStr(t, th.vm.Builtins, "dir")
	if !ok {
		return ""
	}
	names, err := object.Call(t, dir, []Value{obj}, nil)
	if err != nil || !object.IsList(names) {
		return ""
	}
	candidates, ok := strValues(object.ListItems(t, names))
	if !ok {
		return ""
	}
	s, _ := closestName(name, candidates)
	return s
}

func (th *Thread) nameSuggestion(exc Value) string {
	t := th.Thread
	name, ok := th.errorName(exc)
	if !ok {
		return ""
	}
	tb := object.ExcSlot(t, exc, object.ExcTracebackSlot)
	if !object.IsTraceback(tb) {
		return ""
	}
	for {
		next, _, _, _ := object.TracebackParts(tb)
		if !object.IsTraceback(next) {
			break
		}
		tb = next
	}
	_, code, _, _ := object.TracebackParts(tb)
	if s, ok := closestName(name, code.Varnames); ok {
		return s
	}
	if g := object.TracebackGlobals(tb); object.IsDict(g) {
		candidates, ok := strValues(object.DictKeys(t, g))
		if !ok {
			return "" // CPython gives up on a key that is not a str
		}
		if s, ok := closestName(name, candidates); ok {
			return s
		}
	}
	candidates, ok := strValues(object.DictKeys(t, th.vm.Builtins))
	if !ok {
		return ""
	}
	s, _ := closestName(name, inCPythonBuiltinsOrder(candidates))
	return s
}

// strValues converts a list of candidate names; it fails on one that is
// not a str (or str subclass).
func strValues(vs []Value) ([]string, bool) {
	out := make([]string, len(vs))
	for i, v := range vs {
		if !object.IsStr(v) {
			return nil, false
		}
		out[i] = object.StrGo(v)
	}
	return out, true
}

// closestName returns the candidate nearest to name, the first one of
// those equally near, if it is near enough. Name itself is no candidate.
func closestName(name string, candidates []string) (string, bool) {
	if len(candidates) >= suggestMaxCandidates {
		return "", false
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		// At most a third of the bytes involved may change, and a
		// candidate must beat the best so far.
		limit := (len(name) + len(c) + 3) * editCost / 6
		if bestDist >= 0 {
			limit = min(limit, bestDist-1)
		}
		if d := editDistance(name, c, limit); d <= limit {
			best, bestDist = c, d
		}
	}
	return best, bestDist >= 0
}

// editDistance is the cost of turning a into b, or a number above
// maxCost once it is sure to exceed it.
func editDistance(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * editCost
	}
	if len(a) > suggestMaxLength || len(b) > suggestMaxLength {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*editCost > maxCost {
		return maxCost + 1
	}
	// row[i] is the cost of turning b[:j] into a[:i+1], for the row j
	// being computed; one row is enough.
	var buf [suggestMaxLength]int
	row := buf[:len(a)]
	for i := range row {
		row[i] = (i + 1) * editCost
	}
	result := 0
	for j := range len(b) {
		// diag is the cost of b[:j] into a[:i], result that of b[:j+1]
		// into a[:i] (for i = 0: j deletions, taking the place of the
		// row's start).
		diag := j * editCost
		result = diag
		rowMin := -1
		for i := range row {
			replace := diag + replaceCost(b[j], a[i])
			diag = row[i] // b[:j] into a[:i+1]: the previous row
			result = min(min(result, diag)+editCost, replace)
			row[i] = result
			if rowMin < 0 || result < rowMin {
				rowMin = result
			}
		}
		if rowMin > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// replaceCost is the cost of replacing byte x by byte y.
func replaceCost(x, y byte) int {
	switch {
	case x == y:
		return 0
	case lowerASCII(x) == lowerASCII(y):
		return caseCost
	}
	return editCost
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// inCPythonBuiltinsOrder orders the builtins' names as CPython's builtins
// dict does, so that ties between equally near names resolve alike; names
// CPython lacks, or that a program added, follow in their own order.
func inCPythonBuiltinsOrder(names []string) []string {
	present := make(map[string]bool, len(names))
	for _, n := range names {
		present[n] = true
	}
	out := make([]string, 0, len(names))
	known := make(map[string]bool, len(cpythonBuiltins))
	for _, n := range cpythonBuiltins {
		known[n] = true
		if present[n] {
			out = append(out, n)
		}
	}
	for _, n := range names {
		if !known[n] {
			out = append(out, n)
		}
	}
	return out
}

// cpythonBuiltins is the order of CPython 3.11's builtins module dict when
// running a script (list(builtins.__dict__)).
var cpythonBuiltins = []string{
	"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
	"__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
	"compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
	"hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter",
	"len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr",
	"round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented",
	"False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex",
	"dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
	"object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple",
	"type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
	"GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError",
	"AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError",
	"NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
	"StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
	"FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
	"DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
	"PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
	"UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
	"ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
	"IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
	"TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
	"NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
	"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
	"ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
	"UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open",
	"quit", "exit", "copyright", "credits", "license", "help",
}
