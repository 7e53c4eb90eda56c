package bench

import (
	"fmt"
	"io"
	"time"
)

// progress keeps one status line on a terminal, rewritten with \r: the
// cell being run, how far the invocation is, and an estimate of the time
// left from the average duration of the runs so far.
type progress struct {
	w     io.Writer // nil: quiet
	total int
	done  int
	start time.Time
	width int // length of the last line, to blank it out
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

func (p *progress) update(program, config, label string) {
	if p.w == nil {
		return
	}
	elapsed := time.Since(p.start)
	left := "?"
	if p.done > 0 {
		perRun := elapsed / time.Duration(p.done)
		left = roundDuration(perRun * time.Duration(p.total-p.done)).String()
	}
	line := fmt.Sprintf("%s  %s  %s  [%d/%d]  elapsed %s  left ~%s",
		program, config, label, p.done+1, p.total, roundDuration(elapsed), left)
	pad := p.width - len(line)
	p.width = len(line)
	if pad < 0 {
		pad = 0
	}
	fmt.Fprintf(p.w, "\r%s%*s", line, pad, "")
}

func (p *progress) step() { p.done++ }

// finish blanks the line so that the table starts on a clean one.
func (p *progress) finish() {
	if p.w != nil && p.width > 0 {
		fmt.Fprintf(p.w, "\r%*s\r", p.width, "")
	}
}

func roundDuration(d time.Duration) time.Duration {
	return d.Round(time.Second)
}
