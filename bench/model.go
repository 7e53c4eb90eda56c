// Package bench is atompy's benchmark harness: `atompy bench` runs the
// programs of this directory (or those named) under a matrix of atompy
// configurations and peer interpreters, several times each, interleaved,
// and reports medians, pairwise ratios to a baseline, geometric means,
// charts and a JSON record that `atompy bench compare` diffs. Every run's
// output is checked against a reference, and a wrong answer is flagged and
// excluded from the figures, never timed.
//
// This file holds the data model shared by the runner, the statistics,
// the reports and the charts; docs/benchmarking.md documents the JSON form.
package bench

import "time"

// SchemaVersion is the version of the JSON report format.
const SchemaVersion = 1

// Config is one cell of the matrix: an interpreter and its settings.
type Config struct {
	// Name identifies the configuration in tables and JSON, e.g.
	// "atompy jit=off stm=off threads=2" or "python3 threads=2".
	Name string `json:"name"`
	// Interpreter is "atompy" or a peer command such as "python3".
	Interpreter string `json:"interpreter"`
	// Axes are the matrix values this cell has (jit, htm, stm, threads).
	Axes map[string]string `json:"axes"`
	// Threads is the value passed as the program's thread-count argument
	// (0: the program takes none).
	Threads int `json:"threads,omitempty"`
	// Unsupported, when set, says why atompy cannot run this cell yet (the
	// JIT before it exists): the cell is reported, not run.
	Unsupported string `json:"unsupported,omitempty"`
}

// Run is one timed execution of one program under one configuration.
type Run struct {
	Program string  `json:"program"`
	Config  string  `json:"config"`
	Index   int     `json:"index"` // 0-based; warm-up runs are not recorded
	WallS   float64 `json:"wall_s"`
	CPUS    float64 `json:"cpu_s"`     // user + system of the child
	MaxRSS  int64   `json:"maxrss_kb"` // peak resident set of the child
	// Status is "ok", "wrong" (output differs from the reference),
	// "crash" (non-zero exit), "timeout" or "unsupported".
	Status string `json:"status"`
	// StderrTail holds the last lines of stderr of a failed run.
	StderrTail string `json:"stderr_tail,omitempty"`
}

// Summary is the statistics of one (program, configuration) cell over its
// successful runs.
type Summary struct {
	Program string  `json:"program"`
	Config  string  `json:"config"`
	N       int     `json:"n"`
	Wall    Stat    `json:"wall_s"`
	CPU     Stat    `json:"cpu_s"`
	MaxRSS  Stat    `json:"maxrss_kb"`
	Ratio   float64 `json:"ratio,omitempty"` // median of pairwise wall ratios to the baseline (0: none)
	Status  string  `json:"status"`          // "ok" or the worst run status
}

// Stat is median, min and max of a sample.
type Stat struct {
	Median float64 `json:"median"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
}

// Machine describes where the report was made.
type Machine struct {
	Hostname  string            `json:"hostname"`
	OS        string            `json:"os"`
	Arch      string            `json:"arch"`
	CPUModel  string            `json:"cpu_model"`
	Cores     int               `json:"cores"`
	RTM       bool              `json:"rtm"` // CPUID reports RTM (and not RTM_ALWAYS_ABORT)
	GoVersion string            `json:"go_version"`
	Atompy    string            `json:"atompy_version"`
	Peers     map[string]string `json:"peers"` // command -> `--version` output
}

// Report is the whole result of one `atompy bench` invocation.
type Report struct {
	Schema    int       `json:"schema"`
	Started   time.Time `json:"started"`
	Machine   Machine   `json:"machine"`
	Baseline  string    `json:"baseline"`        // configuration or interpreter name the ratios are against
	Quick     bool      `json:"quick,omitempty"` // a --quick run: small sizes, not comparable with a full run
	Programs  []string  `json:"programs"`
	Configs   []Config  `json:"configs"`
	Runs      []Run     `json:"runs"`
	Summaries []Summary `json:"summaries"`
	// GeoMean maps each configuration to the geometric mean over programs
	// of its ratio to the baseline (programs with a wrong or failed cell
	// excluded).
	GeoMean map[string]float64 `json:"geomean"`
	Notes   []string           `json:"notes,omitempty"`
}
