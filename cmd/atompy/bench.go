package main

// `atompy bench`: the command line of the benchmark harness in package
// bench. This file only parses flags, picks the binary to run and the
// terminal behaviour (colour, progress line), and writes the outputs.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"atompy.dev/atompy/bench"
)

const benchUsage = `usage: atompy bench [flags] [PROGRAMS...]
       atompy bench compare OLD.json NEW.json

Runs the benchmark programs (default: every bench/*.py but compare.py,
compare_mt.py and mem_churn.py) under a matrix of configurations and
reports medians, ratios to a baseline and geometric means. See
docs/benchmarking.md.

flags:
`

// benchFlags are the parsed flags of `atompy bench`.
type benchFlags struct {
	dir, vs, baseline, jsonFile, svgFile, atompy string
	matrix                                       []string
	runs, warmup                                 int
	timeout                                      time.Duration
	quick, updateExpected                        bool
	programs                                     []string
}

// axisArg matches a matrix axis given as a separate word after --matrix,
// as in `--matrix jit=on,off threads=1,2`.
var axisArg = regexp.MustCompile(`^(jit|htm|stm|threads)=`)

func parseBenchFlags(args []string, stderr io.Writer) (*benchFlags, error) {
	f := &benchFlags{}
	fs := flag.NewFlagSet("atompy bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, benchUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.dir, "dir", "bench", "directory of the benchmark programs and expected.json")
	fs.Func("matrix", "axes such as `\"jit=on,off htm=auto,off stm=on,off threads=1,2,4\"`", func(s string) error {
		f.matrix = append(f.matrix, s)
		return nil
	})
	fs.StringVar(&f.vs, "vs", "python3", "comma-separated peer interpreters (\"\" for none); missing ones are skipped")
	fs.IntVar(&f.runs, "runs", 5, "timed runs per cell")
	fs.IntVar(&f.warmup, "warmup", 1, "untimed warm-up runs per cell")
	fs.StringVar(&f.baseline, "baseline", "", "configuration or interpreter the ratios are against (default python3 when present, else the first configuration)")
	fs.DurationVar(&f.timeout, "timeout", 120*time.Second, "limit of one run")
	fs.BoolVar(&f.quick, "quick", false, "small sizes, --runs 1 --warmup 0: a smoke test of about a minute")
	fs.StringVar(&f.jsonFile, "json", "", "write the report as JSON to `FILE`")
	fs.StringVar(&f.svgFile, "svg", "", "write the chart as SVG to `FILE`")
	fs.StringVar(&f.atompy, "atompy", "", "atompy binary to benchmark (default: this one)")
	fs.BoolVar(&f.updateExpected, "update-expected", false, "store CPython's output checksums in DIR/expected.json and exit")
	args = joinMatrixArgs(args)
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		f.programs = append(f.programs, args[0])
		args = args[1:]
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if f.quick && !set["runs"] {
		f.runs = 1
	}
	if f.quick && !set["warmup"] {
		f.warmup = 0
	}
	if f.runs < 1 || f.warmup < 0 {
		return nil, fmt.Errorf("--runs must be at least 1 and --warmup at least 0")
	}
	return f, nil
}

// joinMatrixArgs folds the axis words that follow --matrix VALUE into more
// --matrix flags, so that the axes may be written as separate words.
func joinMatrixArgs(args []string) []string {
	var out []string
	inMatrix := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case inMatrix && axisArg.MatchString(a):
			out = append(out, "--matrix="+a)
			continue
		case a == "--matrix" || a == "-matrix":
			out = append(out, a)
			if i+1 < len(args) {
				out = append(out, args[i+1])
				i++
			}
			inMatrix = true
			continue
		case strings.HasPrefix(a, "--matrix=") || strings.HasPrefix(a, "-matrix="):
			inMatrix = true
		default:
			inMatrix = false
		}
		out = append(out, a)
	}
	return out
}

// runBench is `atompy bench ARGS`; it returns the exit status: 0 when every
// run succeeded, 1 when a run was wrong, crashed or timed out (or the
// harness failed), 2 for a usage error.
func runBench(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "compare" {
		return runBenchCompare(args[1:], stdout, stderr)
	}
	f, err := parseBenchFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "atompy bench: %v\n", err)
		return 2
	}
	o, err := benchOptions(f, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "atompy bench: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if f.updateExpected {
		n, err := bench.UpdateExpected(ctx, o)
		if err != nil {
			fmt.Fprintf(stderr, "atompy bench: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%d checksums written to %s/%s\n", n, o.Dir, bench.ExpectedFile)
		return 0
	}
	r, err := bench.Bench(ctx, o)
	if r == nil {
		fmt.Fprintf(stderr, "atompy bench: %v\n", err)
		return 2
	}
	status := 0
	if err != nil {
		fmt.Fprintf(stderr, "atompy bench: %v: the report is partial\n", err)
		status = 1
	}
	if err := bench.WriteTable(stdout, r, isTerminal(stdout)); err != nil {
		fmt.Fprintf(stderr, "atompy bench: %v\n", err)
		return 1
	}
	if err := writeBenchFiles(f, r); err != nil {
		fmt.Fprintf(stderr, "atompy bench: %v\n", err)
		return 1
	}
	for _, run := range r.Runs {
		if run.Status != bench.StatusOK {
			status = 1
		}
	}
	return status
}

func benchOptions(f *benchFlags, stderr io.Writer) (bench.Options, error) {
	m, err := bench.ParseMatrix(f.matrix)
	if err != nil {
		return bench.Options{}, err
	}
	if _, err := os.Stat(f.dir); err != nil {
		return bench.Options{}, fmt.Errorf("benchmark directory %s: %v (use --dir)", f.dir, err)
	}
	bin := f.atompy
	if bin == "" {
		if bin, err = os.Executable(); err != nil {
			return bench.Options{}, fmt.Errorf("cannot find this executable (%v): use --atompy", err)
		}
	} else if strings.ContainsRune(bin, filepath.Separator) {
		// The programs run in the benchmark directory: a relative path
		// given here must not be resolved from there.
		if bin, err = filepath.Abs(bin); err != nil {
			return bench.Options{}, err
		}
	}
	o := bench.Options{Dir: f.dir, Programs: f.programs, Matrix: m, Runs: f.runs, Warmup: f.warmup,
		Baseline: f.baseline, Timeout: f.timeout, Quick: f.quick, Atompy: bin}
	for _, p := range strings.Split(f.vs, ",") {
		if p = strings.TrimSpace(p); p != "" {
			o.Peers = append(o.Peers, p)
		}
	}
	if isTerminal(stderr) {
		o.Progress = stderr
	}
	return o, nil
}

func writeBenchFiles(f *benchFlags, r *bench.Report) error {
	if f.jsonFile != "" {
		if err := writeBenchFile(f.jsonFile, func(w io.Writer) error { return bench.WriteJSON(w, r) }); err != nil {
			return err
		}
	}
	if f.svgFile != "" {
		return writeBenchFile(f.svgFile, func(w io.Writer) error { return bench.WriteSVG(w, r) })
	}
	return nil
}

func writeBenchFile(path string, write func(io.Writer) error) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(out); err != nil {
		out.Close()
		return fmt.Errorf("%s: %v", path, err)
	}
	return out.Close()
}

func runBenchCompare(args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 {
		fmt.Fprintln(stderr, "usage: atompy bench compare OLD.json NEW.json")
		return 2
	}
	old, err := bench.ReadReport(args[0])
	if err == nil {
		var new *bench.Report
		if new, err = bench.ReadReport(args[1]); err == nil {
			err = bench.WriteComparison(stdout, old, new)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "atompy bench compare: %v\n", err)
		return 1
	}
	return 0
}

// isTerminal reports whether w is a character device such as a terminal:
// colours and the progress line are for people, not for files and pipes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
