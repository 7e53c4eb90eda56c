package bench

// The matrix: axes parsed from `--matrix`, expanded into configurations,
// and the command line each (program, configuration) cell runs.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Axis names, in the order they appear in configuration names. The first
// three map to flags of `atompy run`; threads is the first argument of the
// multithreaded programs.
const (
	AxisJIT     = "jit"
	AxisHTM     = "htm"
	AxisSTM     = "stm"
	AxisThreads = "threads"
)

var axisOrder = []string{AxisJIT, AxisHTM, AxisSTM, AxisThreads}

// axisValues lists the values each axis accepts; threads takes any
// positive integer.
var axisValues = map[string][]string{
	AxisJIT: {"on", "off"},
	AxisHTM: {"auto", "on", "off", "sim"},
	AxisSTM: {"on", "off"},
}

// Axis is one dimension of the matrix.
type Axis struct {
	Name   string
	Values []string
}

// Matrix is the axes of one invocation, in axisOrder.
type Matrix []Axis

// ParseMatrix parses axis specifications such as "jit=on,off" or
// "threads=1,2,4"; one argument may hold several separated by spaces. An
// axis given twice, an unknown axis or value, or an empty list is an error.
func ParseMatrix(specs []string) (Matrix, error) {
	byName := map[string][]string{}
	for _, spec := range specs {
		for _, field := range strings.Fields(spec) {
			name, list, ok := strings.Cut(field, "=")
			if !ok || list == "" {
				return nil, fmt.Errorf("matrix axis %q: want name=value,value", field)
			}
			if _, dup := byName[name]; dup {
				return nil, fmt.Errorf("matrix axis %s given twice", name)
			}
			vals, err := axisValuesOf(name, strings.Split(list, ","))
			if err != nil {
				return nil, err
			}
			byName[name] = vals
		}
	}
	var m Matrix
	for _, name := range axisOrder {
		if vals, ok := byName[name]; ok {
			m = append(m, Axis{name, vals})
		}
	}
	return m, nil
}

func axisValuesOf(name string, vals []string) ([]string, error) {
	seen := map[string]bool{}
	for _, v := range vals {
		if seen[v] {
			return nil, fmt.Errorf("matrix axis %s: value %q given twice", name, v)
		}
		seen[v] = true
		if name == AxisThreads {
			if n, err := strconv.Atoi(v); err != nil || n < 1 {
				return nil, fmt.Errorf("matrix axis threads: %q is not a positive integer", v)
			}
			continue
		}
		allowed, ok := axisValues[name]
		if !ok {
			return nil, fmt.Errorf("unknown matrix axis %q (have jit, htm, stm, threads)", name)
		}
		if !contains(allowed, v) {
			return nil, fmt.Errorf("matrix axis %s: value %q not one of %s", name, v, strings.Join(allowed, ", "))
		}
	}
	return vals, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Atompy is the interpreter name of atompy's configurations.
const Atompy = "atompy"

// Expand returns the configurations of the matrix: every combination of
// the axes for atompy, then for each peer every value of the threads axis
// (peers have no jit, htm or stm flags). Names list the axes in order.
func (m Matrix) Expand(peers []string) []Config {
	atompyCells := m.product(func(string) bool { return true })
	threadCells := m.product(func(name string) bool { return name == AxisThreads })
	var out []Config
	for _, axes := range atompyCells {
		out = append(out, newConfig(Atompy, axes))
	}
	for _, p := range peers {
		for _, axes := range threadCells {
			out = append(out, newConfig(p, axes))
		}
	}
	return out
}

// product returns the combinations of the axes that keep selects, the
// first axis varying slowest.
func (m Matrix) product(keep func(string) bool) []map[string]string {
	cells := []map[string]string{{}}
	for _, ax := range m {
		if !keep(ax.Name) {
			continue
		}
		var next []map[string]string
		for _, c := range cells {
			for _, v := range ax.Values {
				n := make(map[string]string, len(c)+1)
				for k, x := range c {
					n[k] = x
				}
				n[ax.Name] = v
				next = append(next, n)
			}
		}
		cells = next
	}
	return cells
}

func newConfig(interp string, axes map[string]string) Config {
	c := Config{Interpreter: interp, Axes: axes, Name: interp}
	for _, name := range axisOrder {
		if v, ok := axes[name]; ok {
			c.Name += " " + name + "=" + v
		}
	}
	if t, ok := axes[AxisThreads]; ok {
		c.Threads, _ = strconv.Atoi(t)
	}
	return c
}

// atompyFlags returns the `atompy run` flags of c.
func atompyFlags(c Config) []string {
	var flags []string
	for _, name := range []string{AxisJIT, AxisHTM, AxisSTM} {
		if v, ok := c.Axes[name]; ok {
			flags = append(flags, "--"+name+"="+v)
		}
	}
	return flags
}

// IsMultithreaded reports whether program takes a thread count as its
// first argument: the mt_*.py programs do.
func IsMultithreaded(program string) bool {
	return strings.HasPrefix(filepath.Base(program), "mt_")
}

// Applies reports whether the cell (program, c) is run. A single-threaded
// program ignores the threads axis, so it runs only under the first thread
// count rather than repeating identical runs under every one.
func (m Matrix) Applies(program string, c Config) bool {
	if c.Threads == 0 || IsMultithreaded(program) {
		return true
	}
	for _, ax := range m {
		if ax.Name == AxisThreads {
			return c.Axes[AxisThreads] == ax.Values[0]
		}
	}
	return true
}

// quickSizes is the size argument of each program under --quick, chosen so
// that CPython 3.11 runs each in about 0.1-0.2 s on the 2-core development
// machine (fannkuch takes runs then permutation size).
var quickSizes = map[string][]string{
	"richards.py":      {"6"},
	"nbody.py":         {"50000"},
	"spectral_norm.py": {"160"},
	"fannkuch.py":      {"2", "8"},
	"nqueens.py":       {"8"},
	"raytrace.py":      {"100"},
	"float_objects.py": {"25000"},
	"constraint.py":    {"90"},
	"textproc.py":      {"3200"},
	"generators.py":    {"180000"},
	"pidigits.py":      {"2000"},
	"deltablue.py":     {"25"},
	"mt_bank.py":       {"120000"},
	"mt_btree.py":      {"100000"},
	"mt_mandelbrot.py": {"200"},
	"mt_nqueens.py":    {"11"},
	"mt_primes.py":     {"400000"},
	"mt_raytrace.py":   {"120"},
	"mt_skiplist.py":   {"60000"},
	"mt_wordcount.py":  {"300"},
}

// ProgramArgs returns the arguments of program under c: the thread count
// for a multithreaded program (1 when the matrix has no threads axis but a
// size follows), then under quick the program's small size, if it has one.
func ProgramArgs(program string, c Config, quick bool) []string {
	var size []string
	if quick {
		size = quickSizes[filepath.Base(program)]
	}
	if !IsMultithreaded(program) {
		return size
	}
	threads := c.Threads
	if threads == 0 && len(size) > 0 {
		threads = 1
	}
	if threads == 0 {
		return nil
	}
	return append([]string{strconv.Itoa(threads)}, size...)
}

// sizeArgs drops the thread count from a multithreaded program's arguments:
// the programs print the same thing for every thread count, so the stored
// reference checksums are keyed by program and size only.
func sizeArgs(program string, args []string) []string {
	if IsMultithreaded(program) && len(args) > 0 {
		return args[1:]
	}
	return args
}

// excludedByDefault are the .py files of bench/ that are not benchmarks:
// the older comparison scripts and the GC stress test, which runs for
// minutes.
var excludedByDefault = map[string]bool{
	"compare.py":    true,
	"compare_mt.py": true,
	"mem_churn.py":  true,
}

// DefaultPrograms returns the benchmark programs of dir, sorted.
func DefaultPrograms(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var progs []string
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() && strings.HasSuffix(name, ".py") && !excludedByDefault[name] {
			progs = append(progs, name)
		}
	}
	sort.Strings(progs)
	if len(progs) == 0 {
		return nil, fmt.Errorf("no benchmark programs (*.py) in %s", dir)
	}
	return progs, nil
}
