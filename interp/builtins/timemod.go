package builtins

import (
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The time module: clocks, sleep, and gmtime/localtime/mktime/strftime.

// processStart is the reference point of perf_counter and monotonic.
var processStart = time.Now()

func buildTime(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "time")
	clock := func(name string, f func() float64) {
		b.fn(name, func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactlyNone(name, args, kw); err != nil {
				return Null, err
			}
			return object.MakeFloat(f()), nil
		})
	}
	clockNS := func(name string, f func() int64) {
		b.fn(name, func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactlyNone(name, args, kw); err != nil {
				return Null, err
			}
			return object.MakeInt(t, f()), nil
		})
	}
	wall := func() int64 { return time.Now().UnixNano() }
	mono := func() int64 { return int64(time.Since(processStart)) }
	clock("time", func() float64 { return float64(wall()) / 1e9 })
	clockNS("time_ns", wall)
	for _, name := range []string{"perf_counter", "monotonic"} {
		clock(name, func() float64 { return float64(mono()) / 1e9 })
		clockNS(name+"_ns", mono)
	}
	clock("process_time", func() float64 { return float64(cpuTime()) / 1e9 })
	clockNS("process_time_ns", cpuTime)
	b.fn("sleep", timeSleep)

	structTime, err := structSeq(t, "time", "struct_time", []string{"tm_year", "tm_mon", "tm_mday", "tm_hour",
		"tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})
	if err != nil {
		return Null, err
	}
	b.fn("gmtime", timeConverter("gmtime", structTime, time.UTC))
	b.fn("localtime", timeConverter("localtime", structTime, time.Local))
	b.fn("mktime", timeMktime)
	b.fn("strftime", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return timeStrftime(t, structTime, args, kw)
	})
	b.set("timezone", object.MakeSmallInt(int64(-utcOffset(time.Now()))))
	return b.mod, nil
}

// cpuTime returns the CPU time used by the process in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// timeSleep ends the thread's transaction while it sleeps, so that a
// sleeping thread never holds up others.
func timeSleep(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("sleep", args, kw); err != nil {
		return Null, err
	}
	secs, err := secondsArg(t, args[0])
	if err != nil {
		return Null, err
	}
	if secs < 0 {
		return Null, object.ValueError("sleep length must be non-negative")
	}
	vm.FromObject(t).BlockingCall(func() { time.Sleep(time.Duration(secs * 1e9)) })
	return object.None, nil
}

// secondsArg reads a duration: a float or an int (CPython's
// _PyTime_FromObject).
func secondsArg(t *object.Thread, v Value) (float64, error) {
	p := object.Payload(t, v)
	if p.IsFloat() {
		f := p.Float()
		if math.IsNaN(f) {
			return 0, object.ValueError("Invalid value NaN (not a number)")
		}
		return f, nil
	}
	iv, err := object.IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := object.IntValue(iv)
	if !ok {
		return 0, object.OverflowError("timestamp too large to convert to C _PyTime_t")
	}
	return float64(n), nil
}

// timeConverter returns gmtime or localtime.
func timeConverter(name string, structTime *object.Type, loc *time.Location) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := checkCount(name, args, kw, 0, 1); err != nil {
			return Null, err
		}
		when := time.Now()
		if len(args) == 1 && args[0] != object.None {
			secs, err := secondsArg(t, args[0])
			if err != nil {
				return Null, err
			}
			whole := math.Floor(secs)
			when = time.Unix(int64(whole), int64((secs-whole)*1e9))
		}
		return structFromTime(t, structTime, when.In(loc))
	}
}

func structFromTime(t *object.Thread, structTime *object.Type, tm time.Time) (Value, error) {
	isdst := int64(0)
	if tm.IsDST() {
		isdst = 1
	}
	i := func(n int) Value { return object.MakeSmallInt(int64(n)) }
	return newStructSeq(t, structTime, i(tm.Year()), i(int(tm.Month())), i(tm.Day()), i(tm.Hour()),
		i(tm.Minute()), i(tm.Second()), i((int(tm.Weekday())+6)%7), i(tm.YearDay()), object.MakeSmallInt(isdst))
}

// timeFromStruct reads a struct_time or 9-tuple as a local or UTC time.
func timeFromStruct(t *object.Thread, v Value, loc *time.Location) (time.Time, error) {
	items, err := object.Collect(t, object.Payload(t, v))
	if err != nil {
		return time.Time{}, err
	}
	if len(items) != 9 {
		return time.Time{}, object.TypeError("time tuple must have exactly 9 elements")
	}
	var f [6]int
	for i := range f {
		n, err := object.AsIndex(t, items[i])
		if err != nil {
			return time.Time{}, err
		}
		f[i] = n
	}
	return time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), nil
}

func timeMktime(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("mktime", args, kw); err != nil {
		return Null, err
	}
	tm, err := timeFromStruct(t, args[0], time.Local)
	if err != nil {
		return Null, err
	}
	return object.MakeFloat(float64(tm.Unix())), nil
}

func utcOffset(tm time.Time) int {
	_, off := tm.Zone()
	return off
}

func timeStrftime(t *object.Thread, structTime *object.Type, args []Value, kw []string) (Value, error) {
	if err := checkCount("strftime", args, kw, 1, 2); err != nil {
		return Null, err
	}
	if !object.IsStr(args[0]) {
		return Null, object.TypeError("strftime() argument 1 must be str, not %s", object.TypeName(args[0]))
	}
	tm := time.Now()
	if len(args) == 2 {
		var err error
		if tm, err = timeFromStruct(t, args[1], time.Local); err != nil {
			return Null, err
		}
	}
	return object.NewStr(t, strftime(object.StrGo(args[0]), tm)), nil
}

// strftime implements the C directives programs commonly use, in the C
// locale.
func strftime(format string, tm time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			b.WriteString(pad(tm.Year(), 4))
		case 'y':
			b.WriteString(pad(tm.Year()%100, 2))
		case 'm':
			b.WriteString(pad(int(tm.Month()), 2))
		case 'd':
			b.WriteString(pad(tm.Day(), 2))
		case 'e':
			b.WriteString(tm.Format("_2"))
		case 'H':
			b.WriteString(pad(tm.Hour(), 2))
		case 'I':
			b.WriteString(pad((tm.Hour()+11)%12+1, 2))
		case 'M':
			b.WriteString(pad(tm.Minute(), 2))
		case 'S':
			b.WriteString(pad(tm.Second(), 2))
		case 'p':
			b.WriteString(tm.Format("PM"))
		case 'a':
			b.WriteString(tm.Format("Mon"))
		case 'A':
			b.WriteString(tm.Format("Monday"))
		case 'b', 'h':
			b.WriteString(tm.Format("Jan"))
		case 'B':
			b.WriteString(tm.Format("January"))
		case 'j':
			b.WriteString(pad(tm.YearDay(), 3))
		case 'w':
			b.WriteString(pad(int(tm.Weekday()), 1))
		case 'Z':
			name, _ := tm.Zone()
			b.WriteString(name)
		case 'z':
			b.WriteString(tm.Format("-0700"))
		case 'c':
			b.WriteString(tm.Format("Mon Jan _2 15:04:05 2006"))
		case 'x':
			b.WriteString(tm.Format("01/02/06"))
		case 'X', 'T':
			b.WriteString(tm.Format("15:04:05"))
		case 'D':
			b.WriteString(tm.Format("01/02/06"))
		case 'F':
			b.WriteString(tm.Format("2006-01-02"))
		case 'R':
			b.WriteString(tm.Format("15:04"))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
