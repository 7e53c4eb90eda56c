package bench

// Reports: the per-cell summaries computed from the runs, the terminal
// table, the JSON form, the stored reference checksums, and the table of
// `atompy bench compare`.

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

// statusRank orders run statuses from best to worst; a cell reports its
// worst run.
var statusRank = map[string]int{StatusOK: 0, StatusTimeout: 1, StatusCrash: 2, StatusWrong: 3}

// summarize fills r.Summaries, their ratios, r.GeoMean and the notes about
// failed cells from r.Runs. applies says which cells the matrix has (an
// unsupported configuration gets a summary only for those).
func summarize(r *Report, applies func(program string, c Config) bool) {
	type cellRuns struct {
		walls, cpus, rss []float64
		byIndex          map[int]float64 // wall of each successful run
		total            int
		status           string
		firstTail        string // of the first failed run
	}
	cells := map[cellKey]*cellRuns{}
	for _, run := range r.Runs {
		k := cellKey{run.Program, run.Config}
		c := cells[k]
		if c == nil {
			c = &cellRuns{byIndex: map[int]float64{}, status: StatusOK}
			cells[k] = c
		}
		c.total++
		if statusRank[run.Status] > statusRank[c.status] {
			c.status = run.Status
		}
		if run.Status != StatusOK {
			if c.firstTail == "" {
				c.firstTail = run.StderrTail
			}
			continue
		}
		c.walls = append(c.walls, run.WallS)
		c.cpus = append(c.cpus, run.CPUS)
		c.rss = append(c.rss, float64(run.MaxRSS))
		c.byIndex[run.Index] = run.WallS
	}
	r.Summaries = nil
	ratios := map[string][]float64{}
	for _, p := range r.Programs {
		for _, cfg := range r.Configs {
			if cfg.Unsupported != "" {
				if !applies(p, cfg) {
					continue
				}
				r.Summaries = append(r.Summaries, Summary{Program: p, Config: cfg.Name, Status: StatusUnsupported})
				continue
			}
			c := cells[cellKey{p, cfg.Name}]
			if c == nil {
				continue // not applicable (or interrupted)
			}
			s := Summary{Program: p, Config: cfg.Name, N: len(c.walls), Status: c.status,
				Wall: Summarize(c.walls), CPU: Summarize(c.cpus), MaxRSS: Summarize(c.rss)}
			base := cells[cellKey{p, baselineFor(r.Baseline, cfg, r.Configs)}]
			if base != nil {
				s.Ratio, _ = PairwiseRatio(c.byIndex, base.byIndex)
				if s.Status == StatusOK && base.status == StatusOK && s.Ratio > 0 {
					ratios[cfg.Name] = append(ratios[cfg.Name], s.Ratio)
				}
			}
			if s.Status != StatusOK {
				note := fmt.Sprintf("%s under %s: %d of %d runs %s (excluded from the figures)",
					p, cfg.Name, c.total-len(c.walls), c.total, failedWord(c.status))
				if c.firstTail != "" {
					note += "; the first one's tail:\n" + c.firstTail
				}
				r.Notes = append(r.Notes, note)
			}
			r.Summaries = append(r.Summaries, s)
		}
	}
	r.GeoMean = map[string]float64{}
	for name, rs := range ratios {
		r.GeoMean[name] = GeoMean(rs)
	}
	for _, cfg := range r.Configs {
		if cfg.Unsupported != "" {
			r.Notes = append(r.Notes, fmt.Sprintf("%s: unsupported (%s)", cfg.Name, cfg.Unsupported))
		}
	}
}

func failedWord(status string) string {
	switch status {
	case StatusWrong:
		return "wrong or failed"
	case StatusTimeout:
		return "timed out or failed"
	}
	return "crashed or failed"
}

// ANSI colours for wrong answers on a terminal.
const (
	red   = "\x1b[31m"
	reset = "\x1b[0m"
)

// WriteTable writes the human-readable report: one line per cell, the
// geometric means, and the notes. color enables red for failed cells.
func WriteTable(w io.Writer, r *Report, color bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "program\tconfig\twall s\tmin-max\tcpu s\tpeak MB\tratio")
	last := ""
	for _, s := range r.Summaries {
		prog := s.Program
		if prog == last {
			prog = ""
		}
		last = s.Program
		if s.Status == StatusUnsupported {
			fmt.Fprintf(tw, "%s\t%s\tunsupported\n", prog, s.Config)
			continue
		}
		ratio := ""
		if s.Ratio > 0 {
			ratio = fmt.Sprintf("%.2f", s.Ratio)
		}
		line := fmt.Sprintf("%s\t%s\t%.3f\t%.3f-%.3f\t%.3f\t%.1f\t%s", prog, s.Config,
			s.Wall.Median, s.Wall.Min, s.Wall.Max, s.CPU.Median, s.MaxRSS.Median/1024, ratio)
		if s.N == 0 {
			line = fmt.Sprintf("%s\t%s\t-\t\t\t\t", prog, s.Config)
		}
		if s.Status != StatusOK {
			flag := strings.ToUpper(s.Status)
			if color {
				flag = red + flag + reset
			}
			line += "\t" + flag
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.GeoMean) > 0 {
		fmt.Fprintf(w, "\ngeometric mean of the wall-time ratios to %s (lower is faster):\n", r.Baseline)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, c := range r.Configs {
			if g, ok := r.GeoMean[c.Name]; ok {
				fmt.Fprintf(tw, "  %s\t%.2f\n", c.Name, g)
			}
		}
		tw.Flush()
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(w, "\nnotes:")
		for _, n := range r.Notes {
			fmt.Fprintf(w, "  - %s\n", strings.ReplaceAll(n, "\n", "\n    "))
		}
	}
	return nil
}

// WriteJSON writes r as indented JSON (schema in docs/benchmarking.md).
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// ReadReport reads a JSON report written by WriteJSON.
func ReadReport(path string) (*Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if r.Schema != SchemaVersion {
		return nil, fmt.Errorf("%s: report schema %d, want %d", path, r.Schema, SchemaVersion)
	}
	return &r, nil
}

// ReadExpected reads the stored reference checksums: a JSON object from
// ExpectedKey to the sha256 of the program's stdout.
func ReadExpected(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return m, nil
}

// WriteExpected writes the reference checksums, keys sorted.
func WriteExpected(path string, m map[string]string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// WriteComparison writes the table of `atompy bench compare`: per cell the
// old and new median wall times, and the change when it is significant
// ("~" when it is not), with the p-value and the sample sizes.
func WriteComparison(w io.Writer, old, new *Report) error {
	changes := Compare(old, new)
	if len(changes) == 0 {
		return fmt.Errorf("the reports have no (program, configuration) cell in common")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "program\tconfig\told s\tnew s\tchange")
	var oldM, newM []float64
	for _, c := range changes {
		delta := "~"
		if c.Significant() {
			delta = fmt.Sprintf("%+.1f%%", 100*c.Delta)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%s\t(p=%.3f n=%d+%d)\n",
			c.Program, c.Config, c.Old.Median, c.New.Median, delta, c.P, c.OldN, c.NewN)
		oldM = append(oldM, c.Old.Median)
		newM = append(newM, c.New.Median)
	}
	fmt.Fprintf(tw, "geomean\t\t%.3f\t%.3f\t%+.1f%%\n", GeoMean(oldM), GeoMean(newM),
		100*(GeoMean(newM)/GeoMean(oldM)-1))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n~: no significant change (Mann-Whitney U test, p >= %.2f)\n", Significance)
	if old.Quick != new.Quick {
		fmt.Fprintln(w, "warning: one report is a --quick run and the other is not: the program sizes differ")
	}
	return nil
}
