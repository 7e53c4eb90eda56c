package vm

import (
	"fmt"
	"strings"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
)

// bindArgs builds the frame of a call of the Python function fn and binds
// its arguments: positional, keyword (the last len(kwnames) of args),
// defaults, *args and **kwargs, with CPython's error messages.
func (th *Thread) bindArgs(fn Value, args []Value, kwnames []string) (*Frame, error) {
	cd := th.codeForHandle(object.FuncCodeHandle(fn))
	code := cd.code
	f := th.newFrameData(cd, fn, object.FuncGlobals(fn), Null)
	npos := len(args) - len(kwnames)
	if code.Flags&(bytecode.FlagVarargs|bytecode.FlagVarkeywords) == 0 && len(kwnames) == 0 &&
		npos == code.ArgCount && code.KwOnlyArgCount == 0 {
		copy(f.Fast, args)
		th.initCells(f)
		return f, nil
	}
	if err := th.bindSlow(f, fn, code, args, kwnames); err != nil {
		return nil, err
	}
	th.initCells(f)
	return f, nil
}

func (th *Thread) bindSlow(f *Frame, fn Value, code *bytecode.Code, args []Value, kwnames []string) error {
	t := th.Thread
	npos := len(args) - len(kwnames)
	nargs := code.ArgCount
	nkw := code.KwOnlyArgCount
	varargsSlot, varkwSlot := -1, -1
	next := nargs + nkw
	if code.Flags&bytecode.FlagVarargs != 0 {
		varargsSlot = next
		next++
	}
	if code.Flags&bytecode.FlagVarkeywords != 0 {
		varkwSlot = next
	}
	var kwdict Value
	if varkwSlot >= 0 {
		kwdict = object.NewDict(t)
		f.Fast[varkwSlot] = kwdict
	}
	n := npos
	if n > nargs {
		if varargsSlot < 0 {
			return th.tooManyPositional(fn, code, npos, kwnames)
		}
		n = nargs
	}
	copy(f.Fast, args[:n])
	if varargsSlot >= 0 {
		f.Fast[varargsSlot] = object.NewTuple(t, args[n:npos])
	}
	var posAsKw []string
	for k, name := range kwnames {
		v := args[npos+k]
		i := indexOfName(code.Varnames[:nargs+nkw], name)
		if i >= 0 && i < code.PosOnlyArgCount {
			if kwdict == Null {
				posAsKw = append(posAsKw, name)
				continue
			}
			i = -1
		}
		if i < 0 {
			if kwdict == Null {
				return object.TypeError("%s() got an unexpected keyword argument '%s'", funcQualname(th, fn), name)
			}
			if err := object.DictSet(t, kwdict, object.NewStr(t, name), v); err != nil {
				return err
			}
			continue
		}
		if f.Fast[i] != Null {
			return object.TypeError("%s() got multiple values for argument '%s'", funcQualname(th, fn), name)
		}
		f.Fast[i] = v
	}
	if len(posAsKw) > 0 {
		return object.TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", funcQualname(th, fn), strings.Join(posAsKw, ", "))
	}
	return th.fillDefaults(f, fn, code)
}

// fillDefaults supplies default values and reports missing arguments.
func (th *Thread) fillDefaults(f *Frame, fn Value, code *bytecode.Code) error {
	t := th.Thread
	nargs := code.ArgCount
	defaults := object.FuncField(t, fn, object.FuncDefaultsOff)
	ndef := 0
	if defaults != Null && defaults != object.None {
		ndef = object.TupleLen(defaults)
	}
	var missing []string
	for i := 0; i < nargs; i++ {
		if f.Fast[i] != Null {
			continue
		}
		if d := i - (nargs - ndef); d >= 0 {
			f.Fast[i] = object.TupleItem(defaults, d)
		} else {
			missing = append(missing, code.Varnames[i])
		}
	}
	if len(missing) > 0 {
		return missingArgs(funcQualname(th, fn), "positional", missing)
	}
	kwdefaults := object.FuncField(t, fn, object.FuncKwDefaultsOff)
	for i := nargs; i < nargs+code.KwOnlyArgCount; i++ {
		if f.Fast[i] != Null {
			continue
		}
		if kwdefaults != Null && kwdefaults != object.None {
			if v, ok := object.DictGetStr(t, kwdefaults, code.Varnames[i]); ok {
				f.Fast[i] = v
				continue
			}
		}
		missing = append(missing, code.Varnames[i])
	}
	if len(missing) > 0 {
		return missingArgs(funcQualname(th, fn), "keyword-only", missing)
	}
	return nil
}

func missingArgs(fname, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	return object.TypeError("%s() missing %d required %s argument%s: %s", fname, len(names), kind, s, list)
}

func (th *Thread) tooManyPositional(fn Value, code *bytecode.Code, given int, kwnames []string) error {
	t := th.Thread
	defaults := object.FuncField(t, fn, object.FuncDefaultsOff)
	ndef := 0
	if defaults != Null && defaults != object.None {
		ndef = object.TupleLen(defaults)
	}
	min, max := code.ArgCount-ndef, code.ArgCount
	takes := fmt.Sprintf("%d positional argument", max)
	if min != max {
		takes = fmt.Sprintf("from %d to %d positional argument", min, max)
	}
	if max != 1 || min != max {
		takes += "s"
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	kwGiven := 0
	for _, k := range kwnames {
		if indexOfName(code.Varnames[code.ArgCount:code.ArgCount+code.KwOnlyArgCount], k) >= 0 {
			kwGiven++
		}
	}
	if kwGiven > 0 {
		s := ""
		if kwGiven > 1 {
			s = "s"
		}
		return object.TypeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			funcQualname(th, fn), takes, given, plural(given), kwGiven, s)
	}
	return object.TypeError("%s() takes %s but %d %s given", funcQualname(th, fn), takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func indexOfName(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

func funcQualname(th *Thread, fn Value) string {
	q := object.FuncField(th.Thread, fn, object.FuncQualnameOff)
	if object.IsStr(q) {
		return object.StrGo(q)
	}
	return object.FuncCode(fn).QualName
}
