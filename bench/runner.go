package bench

// The runner executes the matrix. Runs are interleaved: pass i runs every
// program under every configuration once, so slow drift of the machine (a
// neighbour's build starting, thermal throttling) hits all configurations
// alike instead of whichever happened to run last. Warm-up passes come first
// and are not recorded. Every run's stdout is hashed and compared with the
// reference (CPython's output, computed once per program and size, or the
// checksum stored in expected.json), so a fast wrong answer never counts.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Run statuses.
const (
	StatusOK          = "ok"
	StatusWrong       = "wrong"
	StatusCrash       = "crash"
	StatusTimeout     = "timeout"
	StatusUnsupported = "unsupported"
)

// Options are the settings of one benchmark invocation.
type Options struct {
	Dir      string   // directory of the programs and of expected.json
	Programs []string // names in Dir (or paths); empty: DefaultPrograms(Dir)
	Matrix   Matrix
	Peers    []string // peer interpreter commands, e.g. "python3", "pypy3"
	Runs     int      // timed runs per cell
	Warmup   int      // untimed runs per cell before the timed ones
	// Baseline is a configuration name or an interpreter name; empty means
	// python3 when it is a peer that was found, else the first
	// configuration.
	Baseline string
	Timeout  time.Duration // per run
	Quick    bool          // small sizes (see quickSizes)
	Atompy   string        // the atompy binary to run
	// Progress, when not nil, receives a progress line rewritten with \r.
	Progress io.Writer
}

// ExpectedFile is the name, in the programs' directory, of the stored
// reference checksums used when CPython is not available.
const ExpectedFile = "expected.json"

// stderrTailLines is how many lines of stderr a failed run keeps.
const stderrTailLines = 10

// probeTimeout bounds the run that checks whether atompy supports a
// configuration.
const probeTimeout = 30 * time.Second

// program is one benchmark program, resolved.
type program struct {
	name string // base name, as reported
	path string // absolute path
}

// cell is one (program, configuration) pair that is run.
type cell struct {
	prog program
	cfg  Config
	argv []string
	ref  string // expected sha256 of stdout; "" when unchecked
}

// Bench runs the benchmarks described by o and returns the report.
func Bench(ctx context.Context, o Options) (*Report, error) {
	if o.Runs < 1 {
		return nil, fmt.Errorf("--runs must be at least 1")
	}
	progs, err := resolvePrograms(o.Dir, o.Programs)
	if err != nil {
		return nil, err
	}
	r := &Report{Schema: SchemaVersion, Started: time.Now().UTC(), Quick: o.Quick, GeoMean: map[string]float64{}}
	for _, p := range progs {
		r.Programs = append(r.Programs, p.name)
	}
	peers := findPeers(o.Peers, r)
	r.Machine = describeMachine(ctx, o.Atompy, peers)
	r.Configs = o.Matrix.Expand(peerNames(peers))
	markUnsupported(ctx, o.Atompy, r.Configs)
	peerExe := map[string]string{}
	for _, p := range peers {
		peerExe[p.name] = p.exe
	}
	r.Baseline, err = chooseBaseline(o.Baseline, r.Configs, peerExe)
	if err != nil {
		return nil, err
	}
	cells := planCells(ctx, o, progs, r, peerExe)
	runPasses(ctx, o, cells, r)
	summarize(r, o.Matrix.Applies)
	return r, ctx.Err()
}

func resolvePrograms(dir string, names []string) ([]program, error) {
	if len(names) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("benchmark directory: %v (use --dir)", err)
		}
		var err error
		if names, err = DefaultPrograms(dir); err != nil {
			return nil, err
		}
	}
	var out []program
	for _, n := range names {
		path := filepath.Join(dir, n)
		if _, err := os.Stat(path); err != nil {
			path = n
			if _, err := os.Stat(path); err != nil {
				return nil, fmt.Errorf("program %s: not in %s and not a file", n, dir)
			}
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, err
		}
		out = append(out, program{name: filepath.Base(n), path: abs})
	}
	return out, nil
}

// peer is an installed peer interpreter.
type peer struct {
	name    string // as given, e.g. "python3"
	exe     string // the real executable
	version string
}

func peerNames(ps []peer) []string {
	var names []string
	for _, p := range ps {
		names = append(names, p.name)
	}
	return names
}

// findPeers looks up each peer, noting in r those that are not installed.
func findPeers(names []string, r *Report) []peer {
	var out []peer
	for _, n := range names {
		exe := realExecutable(n)
		if exe == "" {
			r.Notes = append(r.Notes, fmt.Sprintf("%s is not installed: skipped", n))
			continue
		}
		out = append(out, peer{name: n, exe: exe, version: commandVersion(exe)})
	}
	return out
}

// realExecutable finds a Python interpreter and resolves it through
// sys.executable, which skips wrapper scripts such as pyenv shims: a shim
// costs tens of milliseconds per run, which would be timed. It returns ""
// when the command is not installed or does not run.
func realExecutable(name string) string {
	path, err := exec.LookPath(name)
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), probeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	if exe := strings.TrimSpace(string(out)); exe != "" {
		return exe
	}
	return path
}

// commandVersion returns the `--version` output of exe on one line.
func commandVersion(exe string) string {
	ctx, cancel := context.WithTimeout(context.Background(), probeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, exe, "--version").CombinedOutput()
	if err != nil && len(out) == 0 {
		return "unknown (" + err.Error() + ")"
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// markUnsupported runs `atompy run FLAGS -c pass` once per distinct set of
// atompy flags; a configuration whose probe fails is marked unsupported
// with the last line atompy printed.
func markUnsupported(ctx context.Context, atompy string, cfgs []Config) {
	verdicts := map[string]string{}
	for i := range cfgs {
		c := &cfgs[i]
		if c.Interpreter != Atompy {
			continue
		}
		flags := atompyFlags(*c)
		key := strings.Join(flags, " ")
		v, ok := verdicts[key]
		if !ok {
			argv := append(append([]string{atompy, "run"}, flags...), "-c", "pass")
			res := execute(ctx, argv, "", probeTimeout)
			if res.status() != StatusOK {
				v = lastLine(string(res.stderr))
				if v == "" {
					v = "atompy run " + key + ": " + res.describe()
				}
			}
			verdicts[key] = v
		}
		c.Unsupported = v
	}
}

// chooseBaseline resolves --baseline. An interpreter name means that
// interpreter's configuration with the same thread count as each cell.
func chooseBaseline(name string, cfgs []Config, peers map[string]string) (string, error) {
	if name == "" {
		if _, ok := peers["python3"]; ok {
			return "python3", nil
		}
		for _, c := range cfgs {
			if c.Unsupported == "" {
				return c.Name, nil
			}
		}
		return cfgs[0].Name, nil
	}
	for _, c := range cfgs {
		if c.Name == name || c.Interpreter == name {
			return name, nil
		}
	}
	return "", fmt.Errorf("--baseline %q is neither a configuration nor an interpreter of this run", name)
}

// baselineFor returns the name of the configuration cfg is compared with.
func baselineFor(baseline string, cfg Config, cfgs []Config) string {
	for _, c := range cfgs {
		if c.Name == baseline {
			return baseline
		}
	}
	for _, c := range cfgs {
		if c.Interpreter == baseline && c.Axes[AxisThreads] == cfg.Axes[AxisThreads] {
			return c.Name
		}
	}
	return ""
}

// planCells builds the runnable cells and their references.
func planCells(ctx context.Context, o Options, progs []program, r *Report, peers map[string]string) []cell {
	refs := newReferences(ctx, o, peers, r)
	var cells []cell
	for _, p := range progs {
		for _, c := range r.Configs {
			if !o.Matrix.Applies(p.name, c) || c.Unsupported != "" {
				continue
			}
			args := ProgramArgs(p.name, c, o.Quick)
			var argv []string
			if c.Interpreter == Atompy {
				argv = append(append([]string{o.Atompy, "run"}, atompyFlags(c)...), p.path)
			} else {
				argv = []string{peers[c.Interpreter], p.path}
			}
			argv = append(argv, args...)
			cells = append(cells, cell{prog: p, cfg: c, argv: argv, ref: refs.get(p, args)})
		}
	}
	return cells
}

// references computes and caches the expected stdout checksum of each
// program and size.
type references struct {
	ctx     context.Context
	o       Options
	cpython string            // python3 executable; "" when absent
	stored  map[string]string // expected.json
	cache   map[string]string
	r       *Report
}

func newReferences(ctx context.Context, o Options, peers map[string]string, r *Report) *references {
	refs := &references{ctx: ctx, o: o, cache: map[string]string{}, r: r}
	if exe, ok := peers["python3"]; ok {
		refs.cpython = exe
	} else {
		refs.cpython = realExecutable("python3")
	}
	if refs.cpython == "" {
		stored, err := ReadExpected(filepath.Join(o.Dir, ExpectedFile))
		if err != nil {
			r.Notes = append(r.Notes, fmt.Sprintf("no CPython and no stored checksums (%v): outputs are not checked", err))
		}
		refs.stored = stored
	}
	return refs
}

// ExpectedKey is the key of a program's reference checksum: its name and
// size arguments (a multithreaded program's thread count left out).
func ExpectedKey(name string, args []string) string {
	return strings.Join(append([]string{name}, sizeArgs(name, args)...), " ")
}

func (refs *references) get(p program, args []string) string {
	key := ExpectedKey(p.name, args)
	if sum, ok := refs.cache[key]; ok {
		return sum
	}
	sum := ""
	if refs.cpython != "" {
		refArgs := args
		if IsMultithreaded(p.name) && len(args) > 0 {
			refArgs = append([]string{"1"}, args[1:]...)
		}
		argv := append([]string{refs.cpython, p.path}, refArgs...)
		res := execute(refs.ctx, argv, filepath.Dir(p.path), refs.o.Timeout)
		if res.status() == StatusOK {
			sum = checksum(res.stdout)
		} else {
			refs.r.Notes = append(refs.r.Notes, fmt.Sprintf("CPython reference of %s failed (%s): its output is not checked", key, res.describe()))
		}
	} else if refs.stored != nil {
		sum = refs.stored[key]
		if sum == "" {
			refs.r.Notes = append(refs.r.Notes, fmt.Sprintf("no stored checksum for %s: its output is not checked", key))
		}
	}
	refs.cache[key] = sum
	return sum
}

func checksum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// runPasses runs the warm-up passes and then the timed ones, recording the
// timed runs in r.
func runPasses(ctx context.Context, o Options, cells []cell, r *Report) {
	passes := o.Warmup + o.Runs
	prog := newProgress(o.Progress, passes*len(cells))
	defer prog.finish()
	for pass := 0; pass < passes && ctx.Err() == nil; pass++ {
		for _, c := range cells {
			if ctx.Err() != nil {
				return
			}
			label := fmt.Sprintf("warm-up %d/%d", pass+1, o.Warmup)
			if pass >= o.Warmup {
				label = fmt.Sprintf("run %d/%d", pass-o.Warmup+1, o.Runs)
			}
			prog.update(c.prog.name, c.cfg.Name, label)
			res := execute(ctx, c.argv, filepath.Dir(c.prog.path), o.Timeout)
			prog.step()
			if pass < o.Warmup {
				continue
			}
			r.Runs = append(r.Runs, recordRun(c, pass-o.Warmup, res))
		}
	}
}

func recordRun(c cell, index int, res result) Run {
	run := Run{Program: c.prog.name, Config: c.cfg.Name, Index: index,
		WallS: res.wall.Seconds(), CPUS: res.cpu.Seconds(), MaxRSS: res.maxRSS,
		Status: res.status()}
	if run.Status == StatusOK && c.ref != "" && checksum(res.stdout) != c.ref {
		run.Status = StatusWrong
	}
	switch run.Status {
	case StatusWrong:
		run.StderrTail = "stdout differs from the reference; it ends:\n" + tail(string(res.stdout), stderrTailLines)
	case StatusCrash, StatusTimeout:
		run.StderrTail = tail(string(res.stderr), stderrTailLines)
	}
	return run
}

// result is what one child process did.
type result struct {
	stdout, stderr []byte
	wall, cpu      time.Duration
	maxRSS         int64 // KiB
	exitCode       int
	timedOut       bool
	err            error // could not start, or killed by a signal
}

func (res result) status() string {
	switch {
	case res.timedOut:
		return StatusTimeout
	case res.err != nil || res.exitCode != 0:
		return StatusCrash
	}
	return StatusOK
}

func (res result) describe() string {
	switch {
	case res.timedOut:
		return "timed out"
	case res.err != nil:
		return res.err.Error()
	}
	return fmt.Sprintf("exit status %d", res.exitCode)
}

// execute runs argv in dir, killing it after timeout, and measures it.
func execute(ctx context.Context, argv []string, dir string, timeout time.Duration) result {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	res := result{wall: time.Since(start), stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	if cmd.ProcessState != nil {
		res.cpu, res.maxRSS = childUsage(cmd.ProcessState)
		res.exitCode = cmd.ProcessState.ExitCode()
	}
	var exitErr *exec.ExitError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		res.timedOut = true
	case err == nil:
	case errors.As(err, &exitErr):
		if res.exitCode < 0 {
			res.err = err // killed by a signal
		}
	default:
		res.err = err
	}
	return res
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func lastLine(s string) string {
	return strings.TrimSpace(tail(s, 1))
}

// UpdateExpected runs CPython once on every program of o (at o's sizes and
// thread counts) and merges the checksums of their outputs into the
// programs' expected.json. It returns the number of checksums written.
func UpdateExpected(ctx context.Context, o Options) (int, error) {
	exe := realExecutable("python3")
	if exe == "" {
		return 0, fmt.Errorf("--update-expected needs python3")
	}
	progs, err := resolvePrograms(o.Dir, o.Programs)
	if err != nil {
		return 0, err
	}
	path := filepath.Join(o.Dir, ExpectedFile)
	stored, err := ReadExpected(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	if stored == nil {
		stored = map[string]string{}
	}
	r := &Report{}
	refs := &references{ctx: ctx, o: o, cpython: exe, cache: map[string]string{}, r: r}
	n := 0
	for _, p := range progs {
		for _, c := range o.Matrix.Expand(nil) {
			args := ProgramArgs(p.name, c, o.Quick)
			key := ExpectedKey(p.name, args)
			if _, done := refs.cache[key]; done {
				continue
			}
			if sum := refs.get(p, args); sum != "" {
				stored[key] = sum
				n++
			}
		}
	}
	if len(r.Notes) > 0 {
		return n, errors.New(strings.Join(r.Notes, "; "))
	}
	return n, WriteExpected(path, stored)
}
