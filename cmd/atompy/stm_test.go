//go:build unix

package main

// The STM tests run the guest programs of testdata/stm (see its README):
// multithreaded programs whose invariants any serializability, isolation or
// opacity anomaly would break, which exit 1 when one does and otherwise
// print output that depends neither on the thread count nor on the
// interpreter. Like the script tests they are differential: each program,
// for each thread count, must print what CPython prints and exit as it does,
// in every STM configuration:
//
//	off     run --stm=off                              the global lock
//	on      run --stm=on                               the STM
//	tiny    run --stm=on, ATOMPY_DEBUG=stm.length=1     a transaction break at every possible point
//	aborts  run --stm=on, ATOMPY_DEBUG=stm.abort=50     an injected abort at about one barrier in 50
//
// A configuration the binary does not have yet (it answers exit code 2 and
// "not built yet", or rejects the debug knob as unknown) is skipped, never
// passed. TestSTMMemory checks that memory.py's peak resident set does not
// grow with the length of the run.
//
// This file is unix-only: the knobs are passed through env(1) so that the
// runs go through runProgram, and the memory check reads the child's
// getrusage peak.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stmDir holds the STM guest programs, relative to this package.
var stmDir = filepath.Join(testdataDir, "stm")

// stmConfig is one way of running a program: run flags plus debug knobs.
type stmConfig struct {
	name  string
	args  []string // between the binary and the program
	debug string   // added to ATOMPY_DEBUG; "" for none
}

var stmConfigs = []stmConfig{
	{"off", []string{"run", "--stm=off"}, ""},
	{"on", []string{"run", "--stm=on"}, ""},
	{"tiny", []string{"run", "--stm=on"}, "stm.length=1"},
	{"aborts", []string{"run", "--stm=on"}, "stm.abort=50"},
}

// stmShortSize is each program's size argument under -short; without
// -short the programs run at their default sizes. A program missing here
// runs at its default size in both.
var stmShortSize = map[string]int{
	"bank":     400,
	"counters": 500,
	"linked":   100,
	"memory":   40,
	"opacity":  400,
	"progress": 400,
	"queues":   800,
	"shapes":   100,
}

// Memory check: memory.py runs at size memSize and at memScale times that;
// the longer run's peak RSS must stay below memSlack times the shorter
// one's plus memHeadroom. Both sizes allocate several times the collector's
// default trigger, so both runs reach their steady state.
const (
	memSize      = 200
	memSizeShort = 60
	memScale     = 4
	memSlack     = 1.5
	memHeadroom  = 20 << 10 // KiB
	memThreads   = 4
)

// stmThreads are the thread counts every program runs with (under -short
// too, at the small sizes: CI runs -short, and 8 threads on 2 cores is
// where preemption inside transactions shows).
func stmThreads() []int {
	return []int{2, 4, 8}
}

// programArgs is the command-line tail of a program: thread count and, under
// -short, its small size.
func programArgs(name string, threads int) []string {
	args := []string{strconv.Itoa(threads)}
	if size, ok := stmShortSize[name]; ok && testing.Short() {
		args = append(args, strconv.Itoa(size))
	}
	return args
}

// TestSTM runs every program of testdata/stm for every thread count in every
// configuration (subtests NAME/threads=N/CONFIG) against CPython, checks that
// CPython's own runs exit 0 (NAME/threads=N/cpython) and that its output is
// the same for every thread count (NAME/deterministic).
func TestSTM(t *testing.T) {
	bin := buildAtompy(t)
	for _, file := range programs(t, stmDir) {
		name := strings.TrimSuffix(file, ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, n := range stmThreads() {
				args := programArgs(name, n)
				t.Run(fmt.Sprintf("threads=%d", n), func(t *testing.T) {
					for _, c := range stmConfigs {
						t.Run(c.name, func(t *testing.T) {
							want := stmCPython(t, file, args)
							got := runSTM(t, bin, c, file, args)
							compareRun(t, got, want)
						})
					}
					t.Run("cpython", func(t *testing.T) {
						if res := stmCPython(t, file, args); res.exitCode != 0 {
							t.Errorf("python3 %s %s: exit code %d, want 0 (the program itself is broken)\n%s",
								file, strings.Join(args, " "), res.exitCode, tail(res.stderr, 20))
						}
					})
				})
			}
			t.Run("deterministic", func(t *testing.T) {
				counts := stmThreads()
				first := stmCPython(t, file, programArgs(name, counts[0]))
				for _, n := range counts[1:] {
					if res := stmCPython(t, file, programArgs(name, n)); res.stdout != first.stdout {
						t.Errorf("python3 prints differently with %d and %d threads (-%d +%d):\n%s",
							counts[0], n, counts[0], n, diff(first.stdout, res.stdout))
					}
				}
			})
		})
	}
}

// stmCPython is CPython's result for file with args, computed once per
// program and arguments (in the script tests' cache, under keys that
// cannot collide with theirs since those have no arguments).
func stmCPython(t *testing.T, file string, args []string) result {
	t.Helper()
	exe := cpython()
	if exe == "" {
		t.Skip("python3 not found: nothing to compare against")
	}
	key := strings.Join(append([]string{filepath.Join(stmDir, file)}, args...), " ")
	once, _ := cpythonCache.LoadOrStore(key, sync.OnceValues(func() (result, error) {
		return runProgram(stmDir, append([]string{exe, file}, args...)...)
	}))
	res, err := once.(func() (result, error))()
	if err != nil {
		t.Fatalf("cpython: %v", err)
	}
	return res
}

// runSTM runs file in configuration c, skipping the test when the binary
// says the configuration does not exist yet.
func runSTM(t *testing.T, bin string, c stmConfig, file string, args []string) result {
	t.Helper()
	argv := []string{bin}
	if c.debug != "" {
		// runProgram takes no environment of its own; env(1) adds the knob.
		argv = []string{envPath(t), "ATOMPY_DEBUG=" + debugWith(c.debug), bin}
	}
	argv = append(append(append(argv, c.args...), file), args...)
	res, err := runProgram(stmDir, argv...)
	if err != nil {
		t.Fatal(err)
	}
	skipMissing(t, res)
	return res
}

// skipMissing skips t when a run was refused because the configuration is
// not built yet or the binary does not know a debug knob.
func skipMissing(t *testing.T, res result) {
	t.Helper()
	if res.exitCode == 2 && (strings.Contains(res.stderr, "not built yet") ||
		strings.Contains(res.stderr, "unknown knob")) {
		t.Skip(strings.TrimSpace(lastLine(res.stderr)))
	}
}

// debugWith is ATOMPY_DEBUG with knob added, so that knobs set by whoever
// runs the tests (gc.trigger, say) stay in force.
func debugWith(knob string) string {
	if old := os.Getenv("ATOMPY_DEBUG"); old != "" {
		return old + "," + knob
	}
	return knob
}

var envLookup = sync.OnceValues(func() (string, error) { return exec.LookPath("env") })

func envPath(t *testing.T) string {
	t.Helper()
	path, err := envLookup()
	if err != nil {
		t.Skipf("env(1) not found, needed to pass ATOMPY_DEBUG: %v", err)
	}
	return path
}

// TestSTMMemory runs memory.py with memThreads threads at two sizes, with the
// global lock and with the STM, and requires the longer run's peak resident
// set to stay flat: a leak of anything per transaction, per abort or per
// collection (backup copies, logs, read markers, dead objects) grows with the
// run.
func TestSTMMemory(t *testing.T) {
	bin := buildAtompy(t)
	size := memSize
	if testing.Short() {
		size = memSizeShort
	}
	for _, c := range stmConfigs[:2] {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var peaks [2]int64
			for i, s := range []int{size, memScale * size} {
				res, peak, err := runPeak(stmDir, append(append([]string{bin}, c.args...),
					"memory.py", strconv.Itoa(memThreads), strconv.Itoa(s))...)
				if err != nil {
					t.Fatal(err)
				}
				skipMissing(t, res)
				if res.exitCode != 0 {
					t.Fatalf("memory.py %d: exit code %d\n%s", s, res.exitCode, tail(res.stderr, 20))
				}
				peaks[i] = peak
			}
			t.Logf("peak RSS: %d KiB at size %d, %d KiB at size %d", peaks[0], size, peaks[1], memScale*size)
			if limit := int64(memSlack*float64(peaks[0])) + memHeadroom; peaks[1] >= limit {
				t.Errorf("peak RSS grows with the run: %d KiB at size %d, %d KiB at size %d (limit %d KiB)",
					peaks[0], size, peaks[1], memScale*size, limit)
			}
		})
	}
}

// runPeak runs argv like runProgram (whose result lacks the process state)
// and also returns the child's peak resident set in KiB.
func runPeak(dir string, argv ...string) (result, int64, error) {
	runSlots <- struct{}{}
	defer func() { <-runSlots }()

	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = scriptEnv()
	var stdout, stderr strings.Builder
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return result{}, 0, err
	}
	timer := time.AfterFunc(runTimeout, func() { cmd.Process.Kill() })
	err := cmd.Wait()
	killed := !timer.Stop()
	res := result{stdout: stdout.String(), stderr: stderr.String(), exitCode: cmd.ProcessState.ExitCode()}
	switch {
	case killed:
		return res, 0, fmt.Errorf("%s: killed after %v", strings.Join(argv, " "), runTimeout)
	case err != nil && res.exitCode < 0:
		return res, 0, fmt.Errorf("%s: %v", strings.Join(argv, " "), err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return res, 0, fmt.Errorf("%s: no resource usage", strings.Join(argv, " "))
	}
	peak := int64(ru.Maxrss)
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		peak /= 1024 // bytes there, KiB elsewhere
	}
	return res, peak, nil
}
