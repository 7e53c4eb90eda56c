package bench

// The chart: one standalone SVG 1.1 file, written by hand with the standard
// library, so `atompy bench --svg` needs nothing beyond the Go toolchain and
// the file opens in any browser (and converts with rsvg-convert for --png).
//
// It has up to three parts, laid out top to bottom, the height computed from
// the data:
//
//   - a title block: machine, CPU, cores, versions, date, and a sentence
//     saying what is plotted;
//   - speed-up bars: one group per program (sorted by name) plus a final
//     "geometric mean" group, one horizontal bar per configuration, of
//     length 1/Ratio (the speed-up over the baseline), with a reference line
//     at 1×. The axis is linear from 0, or logarithmic when the speed-ups
//     span more than 10×; on a log axis the bars grow from 1× (left for
//     slower, right for faster), since a bar from an arbitrary axis minimum
//     would have a meaningless length. A cell without a timing (wrong
//     answer, crash, timeout, unsupported) is a hatched stub labelled with
//     its status, so a failure is never mistaken for a short bar;
//   - a scaling plot, only when the configurations have several thread
//     counts: small multiples, one panel per program, speed-up against
//     threads relative to the same interpreter and settings at the lowest
//     thread count (normally 1), one line per setting, and ideal scaling as
//     a dashed diagonal. Small multiples keep a suite of eight programs
//     times three settings readable where one panel of 24 lines would not.
//
// Colours come from the Okabe–Ito palette, which stays distinct for the
// common kinds of colour blindness; past eight configurations the colours
// repeat, lighter and then outlined, and scaling series also differ by
// marker shape. Every bar and point carries a <title> tooltip with its
// figures.

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Chart geometry, in SVG user units (pixels at 100%).
const (
	chartWidth   = 960.0
	chartMargin  = 24.0
	barHeight    = 14.0
	barGap       = 3.0
	groupGap     = 14.0
	stubWidth    = 26.0
	valuePad     = 56.0 // room beyond a bar's end for its value label
	legendSwatch = 12.0
	cellHeight   = 210.0
	cellGap      = 18.0
	fontFamily   = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif"
)

// okabeIto is the colour-blind-friendly palette, darkest-contrast first
// (yellow is last because it is faint on white).
var okabeIto = []string{
	"#0072B2", "#E69F00", "#009E73", "#CC79A7",
	"#56B4E9", "#D55E00", "#000000", "#F0E442",
}

// WriteSVG writes r as a standalone SVG chart: per-program speed-up bars
// per configuration, and a thread-scaling plot when the configurations
// have several thread counts.
func WriteSVG(w io.Writer, r *Report) error {
	if r == nil {
		return fmt.Errorf("bench: WriteSVG: nil report")
	}
	d := newChartData(r)
	c := &canvas{y: chartMargin}
	drawTitle(c, r, d)
	if len(d.programs) == 0 || len(d.configs) == 0 {
		c.y += 10
		c.note(chartMargin, "No programs or configurations in this report: nothing to plot.")
	} else {
		drawBars(c, r, d)
		drawScaling(c, d)
	}
	drawNotes(c, r.Notes)
	return c.writeTo(w)
}

// chartData is the report reorganised for drawing.
type chartData struct {
	programs []string               // sorted by name
	configs  []Config               // in matrix order; colour i is configs[i]
	cells    map[[2]string]*Summary // (program, config) -> summary
	// baseline is Report.Baseline: a configuration name, or an
	// interpreter name meaning that interpreter at each cell's thread count.
	baseline string
}

func (d *chartData) baselineIsConfig() bool {
	for _, c := range d.configs {
		if c.Name == d.baseline {
			return true
		}
	}
	return false
}

// isBaseline reports whether cfg is (one of) the configurations the
// ratios are against, whose speed-up is 1 by definition.
func (d *chartData) isBaseline(cfg Config) bool {
	if d.baselineIsConfig() {
		return cfg.Name == d.baseline
	}
	return d.baseline != "" && cfg.Interpreter == d.baseline
}

func newChartData(r *Report) *chartData {
	d := &chartData{configs: r.Configs, cells: map[[2]string]*Summary{}, baseline: r.Baseline}
	seen := map[string]bool{}
	for _, p := range r.Programs {
		if !seen[p] {
			seen[p] = true
			d.programs = append(d.programs, p)
		}
	}
	for i := range r.Summaries {
		s := &r.Summaries[i]
		d.cells[[2]string{s.Program, s.Config}] = s
		if !seen[s.Program] {
			seen[s.Program] = true
			d.programs = append(d.programs, s.Program)
		}
	}
	sort.Strings(d.programs)
	return d
}

// chartBar is what one (program, configuration) bar shows: a speed-up, or a
// status word when there is none.
type chartBar struct {
	ci      int     // configuration index, which picks the colour
	absent  bool    // the program was not run under this configuration
	speedup float64 // > 0 when drawn as a bar
	status  string  // "ok" or why there is no bar
	tip     string
}

// programBars are the bars of one program's group. Configurations the
// program was not run under (a single-threaded program at threads=2, say)
// are left out rather than drawn as failures; a program with no cell at
// all keeps one "no data" stub.
func (d *chartData) programBars(p string) []chartBar {
	var row []chartBar
	for i, cfg := range d.configs {
		b := d.cellBar(p, cfg)
		b.ci = i
		if !b.absent {
			row = append(row, b)
		}
	}
	if len(row) == 0 {
		row = append(row, chartBar{status: "no data", tip: p + ": no data"})
	}
	return row
}

// cellBar turns one summary into a bar.
func (d *chartData) cellBar(program string, cfg Config) chartBar {
	tip := program + " · " + cfg.Name
	if cfg.Unsupported != "" {
		return chartBar{status: "unsupported", tip: tip + ": unsupported: " + cfg.Unsupported}
	}
	s := d.cells[[2]string{program, cfg.Name}]
	if s == nil {
		return chartBar{status: "no data", absent: true, tip: tip + ": no data"}
	}
	if s.Status != "ok" {
		st := s.Status
		if st == "" {
			st = "no data"
		}
		return chartBar{status: st, tip: tip + ": " + st}
	}
	sp := 0.0
	switch {
	case d.isBaseline(cfg):
		sp = 1
	case s.Ratio > 0:
		sp = 1 / s.Ratio
	default:
		return chartBar{status: "no ratio", tip: tip + ": no baseline to compare with"}
	}
	tip += fmt.Sprintf(": speed-up %s over the baseline (wall median %s s, min %s, max %s; n=%d)",
		speedupLabel(sp), chartNum(s.Wall.Median), chartNum(s.Wall.Min), chartNum(s.Wall.Max), s.N)
	return chartBar{speedup: sp, status: "ok", tip: tip}
}

// geoBar is the bar of the geometric-mean group for one configuration.
func (d *chartData) geoBar(r *Report, cfg Config) chartBar {
	tip := "geometric mean · " + cfg.Name
	if cfg.Unsupported != "" {
		return chartBar{status: "unsupported", tip: tip + ": unsupported: " + cfg.Unsupported}
	}
	g := r.GeoMean[cfg.Name]
	if g <= 0 || math.IsInf(g, 0) || math.IsNaN(g) {
		if d.isBaseline(cfg) {
			g = 1
		} else {
			return chartBar{status: "n/a", tip: tip + ": no program has a ratio"}
		}
	}
	sp := 1 / g
	return chartBar{speedup: sp, status: "ok", tip: tip + ": speed-up " + speedupLabel(sp) + " over the baseline"}
}

// ---- title, notes ----

func drawTitle(c *canvas, r *Report, d *chartData) {
	title := "atompy bench"
	if !r.Started.IsZero() {
		title += " — " + r.Started.UTC().Format("2006-01-02 15:04 UTC")
	}
	c.y += 20
	c.text(chartMargin, c.y, 22, "start", "font-weight:bold", title)
	if m := machineLine(r.Machine); m != "" {
		c.y += 22
		c.text(chartMargin, c.y, 13, "start", "fill:#333", m)
	}
	c.y += 20
	c.text(chartMargin, c.y, 13, "start", "fill:#555", chartSubtitle(r, d))
	c.y += 12
}

func machineLine(m Machine) string {
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	add(m.CPUModel)
	if m.Cores > 0 {
		add(fmt.Sprintf("%d cores", m.Cores))
	}
	if m.OS != "" || m.Arch != "" {
		add(strings.Trim(m.OS+"/"+m.Arch, "/"))
	}
	if v := m.Atompy; v != "" && !strings.HasPrefix(v, "atompy") {
		add("atompy " + v)
	} else {
		add(v)
	}
	add(m.GoVersion)
	if m.CPUModel != "" {
		if m.RTM {
			add("RTM available")
		} else {
			add("no RTM")
		}
	}
	add(m.Hostname)
	return strings.Join(parts, " · ")
}

func chartSubtitle(r *Report, d *chartData) string {
	base := r.Baseline
	switch {
	case base == "":
		base = "the baseline"
	case len(chartThreadCounts(d.configs)) > 1 && !d.baselineIsConfig():
		base += " at the same thread count"
	}
	return fmt.Sprintf("Speed-up over %s, higher is better; median of pairwise wall-time ratios of %s.",
		base, runsPhrase(r.Summaries))
}

// runsPhrase says how many runs the cells had: "5 runs" or "3–5 runs".
func runsPhrase(ss []Summary) string {
	lo, hi := 0, 0
	for _, s := range ss {
		if s.Status != "ok" || s.N <= 0 {
			continue
		}
		if lo == 0 || s.N < lo {
			lo = s.N
		}
		hi = max(hi, s.N)
	}
	switch {
	case hi == 0:
		return "N runs"
	case lo == hi && hi == 1:
		return "1 run"
	case lo == hi:
		return fmt.Sprintf("%d runs", hi)
	}
	return fmt.Sprintf("%d–%d runs", lo, hi)
}

func drawNotes(c *canvas, notes []string) {
	const maxNotes = 12
	if len(notes) == 0 {
		c.y += chartMargin
		return
	}
	c.y += 8
	for i, n := range notes {
		if i == maxNotes {
			c.note(chartMargin, fmt.Sprintf("… and %d more notes (see the JSON report)", len(notes)-maxNotes))
			break
		}
		c.note(chartMargin, fitText("Note: "+n, chartWidth-2*chartMargin, 12))
	}
	c.y += chartMargin - 8
}

// ---- speed-up bars ----

func drawBars(c *canvas, r *Report, d *chartData) {
	groups := make([][]chartBar, 0, len(d.programs)+1)
	for _, p := range d.programs {
		groups = append(groups, d.programBars(p))
	}
	geo := make([]chartBar, len(d.configs))
	for i, cfg := range d.configs {
		geo[i] = d.geoBar(r, cfg)
		geo[i].ci = i
	}
	groups = append(groups, geo)
	labels := append(append([]string{}, d.programs...), "geometric mean")

	c.y += 26
	c.text(chartMargin, c.y, 16, "start", "font-weight:bold", "Speed-up per program")
	c.y += 10
	drawLegend(c, configLegend(d))

	labelW := labelWidth(labels)
	sc := newBarScale(groups, chartMargin+labelW, chartWidth-chartMargin)
	top := c.y + 30
	drawBarGrid(c, sc, top, top+groupsHeight(groups))
	y := top
	for gi, g := range groups {
		last := gi == len(groups)-1
		if last {
			c.line(chartMargin, y-groupGap/2, chartWidth-chartMargin, y-groupGap/2, "stroke:#888;stroke-width:1")
		}
		drawGroup(c, sc, y, labels[gi], g, last)
		y += groupHeight(len(g)) + groupGap
	}
	c.y = y - groupGap
	drawBarAxis(c, sc)
}

func groupHeight(n int) float64 { return float64(n)*(barHeight+barGap) - barGap }

func groupsHeight(groups [][]chartBar) float64 {
	h := -groupGap
	for _, g := range groups {
		h += groupHeight(len(g)) + groupGap
	}
	return h
}

func labelWidth(labels []string) float64 {
	w := 0.0
	for _, l := range labels {
		w = max(w, estTextWidth(l, 13)*1.12) // bold for the geometric mean
	}
	return math.Min(math.Max(w+16, 110), 300)
}

// drawGroup draws one program's bars with its label on the left, on a
// light band that tells the groups apart.
func drawGroup(c *canvas, sc barScale, y float64, label string, g []chartBar, bold bool) {
	h := groupHeight(len(g))
	c.rect(chartMargin, y-3, chartWidth-2*chartMargin, h+6, "fill:#000;fill-opacity:0.035")
	style := ""
	if bold {
		style = "font-weight:bold"
	}
	label = fitText(label, sc.left-chartMargin-12, 13)
	c.text(sc.left-10, y+h/2+4.5, 13, "end", style, label)
	for i, b := range g {
		by := y + float64(i)*(barHeight+barGap)
		if b.status == "ok" {
			drawBar(c, sc, by, b)
		} else {
			drawStub(c, sc, by, b)
		}
	}
}

func drawBar(c *canvas, sc barScale, y float64, b chartBar) {
	x0, x1 := sc.pos(sc.origin()), sc.pos(b.speedup)
	lo, hi := math.Min(x0, x1), math.Max(x0, x1)
	w := math.Max(hi-lo, 2)
	c.printf(`<rect x="%s" y="%s" width="%s" height="%s" style="%s"><title>%s</title></rect>`+"\n",
		svgNum(lo), svgNum(y), svgNum(w), svgNum(barHeight), seriesFill(b.ci), xmlText(b.tip))
	label, anchor, lx := speedupLabel(b.speedup), "start", hi+4
	if x1 < x0 {
		anchor, lx = "end", lo-4
	}
	c.deferred = append(c.deferred, func() { // over the 1× line
		c.text(lx, y+barHeight-3, 11, anchor, "fill:#222", label)
	})
}

// drawStub marks a cell without a timing: a hatched block at the bar's
// origin and the status word, red for a wrong answer.
func drawStub(c *canvas, sc barScale, y float64, b chartBar) {
	x := sc.pos(sc.origin())
	fill, colour := "url(#atompy-hatch)", "#666"
	if b.status == "wrong" {
		fill, colour = "url(#atompy-hatch-red)", "#C00000"
	}
	c.printf(`<rect x="%s" y="%s" width="%s" height="%s" style="fill:%s;stroke:%s;stroke-width:0.8"><title>%s</title></rect>`+"\n",
		svgNum(x), svgNum(y+1), svgNum(stubWidth), svgNum(barHeight-2), fill, colour, xmlText(b.tip))
	c.text(x+stubWidth+4, y+barHeight-3, 11, "start", "font-style:italic;fill:"+colour, b.status)
}

// drawBarGrid draws the vertical grid lines and the 1× reference line
// behind (grid) and over (reference) the bars' area.
func drawBarGrid(c *canvas, sc barScale, top, bottom float64) {
	for _, t := range sc.ticks() {
		c.line(sc.pos(t), top-6, sc.pos(t), bottom+6, "stroke:#e2e2e2;stroke-width:1")
	}
	c.axisY = bottom + 6
	c.deferred = append(c.deferred, func() {
		x := sc.pos(1)
		c.line(x, top-10, x, bottom+6, "stroke:#333;stroke-width:1.2;stroke-dasharray:5,3")
		c.text(x, top-13, 11, "middle", "fill:#333", "1× = baseline")
	})
}

func drawBarAxis(c *canvas, sc barScale) {
	y := c.axisY
	c.line(sc.left, y, sc.right, y, "stroke:#888;stroke-width:1")
	for _, t := range sc.ticks() {
		x := sc.pos(t)
		c.line(x, y, x, y+4, "stroke:#888;stroke-width:1")
		c.text(x, y+16, 11, "middle", "fill:#444", tickLabel(t)+"×")
	}
	title := "speed-up over the baseline (×, linear scale)"
	if sc.log {
		title = "speed-up over the baseline (×, log scale; bars grow from 1×)"
	}
	c.text((sc.left+sc.right)/2, y+34, 12, "middle", "fill:#333", title)
	for _, fn := range c.deferred {
		fn()
	}
	c.deferred = nil
	c.y = y + 40
}

// ---- legends ----

type legendItem struct {
	label string
	style string // swatch style
	mark  int    // >= 0: draw marker shape mark instead of a square
}

func configLegend(d *chartData) []legendItem {
	items := make([]legendItem, len(d.configs))
	for i, cfg := range d.configs {
		l := cfg.Name
		if d.isBaseline(cfg) {
			l += " (baseline)"
		}
		items[i] = legendItem{label: l, style: seriesFill(i), mark: -1}
	}
	return items
}

// drawLegend lays the items out left to right, wrapping at the chart's
// width, starting below c.y.
func drawLegend(c *canvas, items []legendItem) {
	x, y := chartMargin, c.y+16
	for _, it := range items {
		label := fitText(it.label, chartWidth-2*chartMargin-legendSwatch-8, 12)
		w := legendSwatch + 6 + estTextWidth(label, 12) + 18
		if x > chartMargin && x+w > chartWidth-chartMargin {
			x, y = chartMargin, y+20
		}
		if it.mark >= 0 {
			c.line(x-2, y-4, x+legendSwatch+2, y-4, "stroke-width:2;"+it.style)
			drawMarker(c, it.mark, x+legendSwatch/2, y-4, it.style)
		} else {
			c.rect(x, y-10, legendSwatch, legendSwatch, it.style)
		}
		c.text(x+legendSwatch+6, y, 12, "start", "", label)
		x += w
	}
	c.y = y
}

// seriesFill is the bar style of configuration i: the palette colour,
// then lighter, then outlined, as the palette repeats.
func seriesFill(i int) string {
	col := okabeIto[i%len(okabeIto)]
	switch (i / len(okabeIto)) % 3 {
	case 0:
		return "fill:" + col
	case 1:
		return "fill:" + col + ";fill-opacity:0.45;stroke:" + col + ";stroke-width:1"
	}
	return "fill:#fff;stroke:" + col + ";stroke-width:1.5"
}

// ---- scales ----

// barScale maps speed-ups to x positions on a linear or log axis.
type barScale struct {
	log         bool
	lo, hi      float64 // domain
	left, right float64 // full plot width, labels included
	x0, x1      float64 // where lo and hi land
}

func newBarScale(groups [][]chartBar, left, right float64) barScale {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, g := range groups {
		for _, b := range g {
			if b.status == "ok" {
				lo, hi = math.Min(lo, b.speedup), math.Max(hi, b.speedup)
			}
		}
	}
	if math.IsInf(lo, 0) {
		lo, hi = 1, 1
	}
	sc := barScale{left: left, right: right, x0: left, x1: right - valuePad}
	sc.log = hi/lo > 10
	if sc.log {
		sc.lo, sc.hi = tick125Below(math.Min(lo, 1)), tick125Above(math.Max(hi, 1))
		sc.x0 = left + valuePad
	} else {
		// Headroom, so the 1× line is never the plot's edge.
		sc.lo, sc.hi = 0, niceLinearMax(math.Max(hi, 1)*1.05)
	}
	return sc
}

// origin is the value bars grow from.
func (s barScale) origin() float64 {
	if s.log {
		return 1
	}
	return 0
}

func (s barScale) pos(v float64) float64 {
	if s.log {
		t := (math.Log10(v) - math.Log10(s.lo)) / (math.Log10(s.hi) - math.Log10(s.lo))
		return s.x0 + t*(s.x1-s.x0)
	}
	return s.x0 + (v-s.lo)/(s.hi-s.lo)*(s.x1-s.x0)
}

func (s barScale) ticks() []float64 {
	if s.log {
		return logTicks(s.lo, s.hi)
	}
	return linearTicks(s.hi)
}

// niceStep is a 1, 2 or 5 times a power of ten near span/n.
func niceStep(span float64, n int) float64 {
	raw := span / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

func niceLinearMax(v float64) float64 {
	step := niceStep(v, 5)
	return math.Ceil(v/step-1e-9) * step
}

func linearTicks(hi float64) []float64 {
	step := niceStep(hi, 5)
	var ts []float64
	for i := 0; float64(i)*step <= hi*(1+1e-9); i++ {
		ts = append(ts, roundSig(float64(i)*step))
	}
	return ts
}

// roundSig drops the binary noise of a product like 3*0.2.
func roundSig(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 10, 64), 64)
	return r
}

// tick125Below is the largest 1, 2 or 5 times a power of ten <= v.
func tick125Below(v float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= v*(1+1e-9) {
			return m * p
		}
	}
	return p
}

// tick125Above is the smallest 1, 2 or 5 times a power of ten >= v.
func tick125Above(v float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// logTicks lists 1-2-5 ticks between lo and hi, or only the powers of ten
// when those would crowd the axis.
func logTicks(lo, hi float64) []float64 {
	var all, decades []float64
	for p := math.Pow(10, math.Floor(math.Log10(lo))); p <= hi*(1+1e-9); p *= 10 {
		for _, m := range []float64{1, 2, 5} {
			v := m * p
			if v >= lo*(1-1e-9) && v <= hi*(1+1e-9) {
				all = append(all, v)
				if m == 1 {
					decades = append(decades, v)
				}
			}
		}
	}
	if len(all) > 10 && len(decades) >= 2 {
		return decades
	}
	return all
}

// ---- thread scaling ----

// scalingLine is one line of the scaling plot: one program under one
// interpreter and settings, at several thread counts.
type scalingLine struct {
	setting int // index into the settings legend
	threads []int
	speedup []float64
	tips    []string
}

// scalingData groups the thread-scaling lines by program.
type scalingData struct {
	threads  []int    // distinct thread counts, ascending
	settings []string // interpreter and settings without threads, in matrix order
	programs []string
	lines    map[string][]scalingLine
	skipped  int // series without a run at the lowest thread count
}

func chartThreadCounts(cfgs []Config) []int {
	seen := map[int]bool{}
	var ts []int
	for _, c := range cfgs {
		if c.Threads > 0 && !seen[c.Threads] {
			seen[c.Threads] = true
			ts = append(ts, c.Threads)
		}
	}
	sort.Ints(ts)
	return ts
}

// settingName names a configuration without its thread count.
func settingName(c Config) string {
	keys := make([]string, 0, len(c.Axes))
	for k := range c.Axes {
		if k != "threads" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := []string{c.Interpreter}
	if c.Interpreter == "" {
		parts[0] = strings.Fields(c.Name + " ?")[0]
	}
	for _, k := range keys {
		parts = append(parts, k+"="+c.Axes[k])
	}
	return strings.Join(parts, " ")
}

func newScalingData(d *chartData, threads []int) *scalingData {
	sd := &scalingData{threads: threads, lines: map[string][]scalingLine{}}
	index := map[string]int{}
	byKey := map[string][]Config{}
	for _, c := range d.configs {
		if c.Threads <= 0 || c.Unsupported != "" {
			continue
		}
		k := settingName(c)
		if _, ok := index[k]; !ok {
			index[k] = len(sd.settings)
			sd.settings = append(sd.settings, k)
		}
		byKey[k] = append(byKey[k], c)
	}
	for _, p := range d.programs {
		for _, k := range sd.settings {
			if s, ok := d.seriesFor(p, byKey[k], threads[0]); ok {
				s.setting = index[k]
				sd.lines[p] = append(sd.lines[p], s)
			} else if d.hasSeveralPoints(p, byKey[k]) {
				sd.skipped++
			}
		}
		if len(sd.lines[p]) > 0 {
			sd.programs = append(sd.programs, p)
		}
	}
	return sd
}

// seriesFor is program p under the configurations cfgs (one setting,
// several thread counts), relative to the run at thread count ref.
func (d *chartData) seriesFor(p string, cfgs []Config, ref int) (scalingLine, bool) {
	var refWall float64
	var s scalingLine
	sorted := append([]Config(nil), cfgs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Threads < sorted[j].Threads })
	for _, c := range sorted {
		sum := d.cells[[2]string{p, c.Name}]
		if sum == nil || sum.Status != "ok" || sum.Wall.Median <= 0 {
			continue
		}
		if c.Threads == ref {
			refWall = sum.Wall.Median
		}
		if refWall == 0 {
			return s, false
		}
		sp := refWall / sum.Wall.Median
		s.threads = append(s.threads, c.Threads)
		s.speedup = append(s.speedup, sp)
		s.tips = append(s.tips, fmt.Sprintf("%s · %s: %s at %d threads (wall median %s s)",
			p, c.Name, speedupLabel(sp), c.Threads, chartNum(sum.Wall.Median)))
	}
	return s, len(s.threads) >= 2
}

func (d *chartData) hasSeveralPoints(p string, cfgs []Config) bool {
	n := 0
	for _, c := range cfgs {
		if s := d.cells[[2]string{p, c.Name}]; s != nil && s.Status == "ok" {
			n++
		}
	}
	return n >= 2
}

func drawScaling(c *canvas, d *chartData) {
	threads := chartThreadCounts(d.configs)
	if len(threads) < 2 {
		c.y += 10
		msg := "No scaling plot: the configurations have no thread-count axis."
		if len(threads) == 1 {
			msg = fmt.Sprintf("No scaling plot: every configuration runs with %d thread(s); give threads=1,2,… to see scaling.", threads[0])
		}
		c.note(chartMargin, msg)
		return
	}
	sd := newScalingData(d, threads)
	c.y += 30
	c.text(chartMargin, c.y, 16, "start", "font-weight:bold", "Scaling with threads")
	c.y += 18
	ref := fmt.Sprintf("%d thread", threads[0])
	if threads[0] != 1 {
		ref += "s"
	}
	c.text(chartMargin, c.y, 13, "start", "fill:#555",
		"Speed-up over the same interpreter and settings at "+ref+" (median wall time); dashed: ideal scaling.")
	if len(sd.programs) == 0 {
		c.y += 22
		c.note(chartMargin, "No program has successful runs at several thread counts.")
		return
	}
	c.y += 8
	drawLegend(c, settingsLegend(sd.settings))
	drawCells(c, sd)
	if sd.skipped > 0 {
		c.note(chartMargin, fmt.Sprintf("%d series left out: no successful run at %s.", sd.skipped, ref))
	}
}

func settingsLegend(settings []string) []legendItem {
	items := make([]legendItem, len(settings))
	for i, s := range settings {
		items[i] = legendItem{label: s, style: lineStroke(i), mark: i}
	}
	return items
}

func lineStroke(i int) string {
	return "stroke:" + okabeIto[i%len(okabeIto)] + ";fill:" + okabeIto[i%len(okabeIto)]
}

// cellFrame is the geometry of one small-multiple panel.
type cellFrame struct {
	x0, x1, y0, y1 float64 // plot area; y0 is the bottom
	tLo, tHi       float64
	yHi            float64
}

func (f cellFrame) px(t float64) float64 { return f.x0 + (t-f.tLo)/(f.tHi-f.tLo)*(f.x1-f.x0) }
func (f cellFrame) py(v float64) float64 { return f.y0 - v/f.yHi*(f.y0-f.y1) }

// drawCells lays the programs' panels out on a grid with shared axes.
func drawCells(c *canvas, sd *scalingData) {
	cols := min(4, len(sd.programs))
	w := (chartWidth - 2*chartMargin - float64(cols-1)*cellGap) / float64(cols)
	tLo, tHi := float64(sd.threads[0]), float64(sd.threads[len(sd.threads)-1])
	yMax := tHi / tLo
	for _, ls := range sd.lines {
		for _, s := range ls {
			for _, v := range s.speedup {
				yMax = math.Max(yMax, v)
			}
		}
	}
	yHi := niceLinearMax(yMax)
	top := c.y + 16
	for i, p := range sd.programs {
		x := chartMargin + float64(i%cols)*(w+cellGap)
		y := top + float64(i/cols)*(cellHeight+cellGap)
		fr := cellFrame{x0: x + 44, x1: x + w - 12, y1: y + 26, y0: y + cellHeight - 34, tLo: tLo, tHi: tHi, yHi: yHi}
		drawCell(c, fr, p, sd, i%cols == 0)
	}
	rows := (len(sd.programs) + cols - 1) / cols
	c.y = top + float64(rows)*(cellHeight+cellGap) - cellGap + 14
}

func drawCell(c *canvas, fr cellFrame, program string, sd *scalingData, firstCol bool) {
	c.rect(fr.x0-44, fr.y1-26, fr.x1-fr.x0+56, fr.y0-fr.y1+60, "fill:#000;fill-opacity:0.025")
	c.text((fr.x0+fr.x1)/2, fr.y1-9, 13, "middle", "font-weight:bold", fitText(program, fr.x1-fr.x0, 13))
	for _, v := range linearTicks(fr.yHi) {
		y := fr.py(v)
		c.line(fr.x0, y, fr.x1, y, "stroke:#e2e2e2;stroke-width:1")
		c.text(fr.x0-5, y+4, 10, "end", "fill:#444", tickLabel(v)+"×")
	}
	for _, t := range sd.threads {
		x := fr.px(float64(t))
		c.line(x, fr.y0, x, fr.y0+4, "stroke:#888;stroke-width:1")
		c.text(x, fr.y0+15, 10, "middle", "fill:#444", strconv.Itoa(t))
	}
	c.line(fr.x0, fr.y0, fr.x1, fr.y0, "stroke:#888;stroke-width:1")
	c.line(fr.x0, fr.y0, fr.x0, fr.y1, "stroke:#888;stroke-width:1")
	c.text((fr.x0+fr.x1)/2, fr.y0+28, 11, "middle", "fill:#333", "threads")
	if firstCol {
		c.printf(`<text x="0" y="0" transform="translate(%s %s) rotate(-90)" style="font-size:11px;text-anchor:middle;fill:#333">speed-up</text>`+"\n",
			svgNum(fr.x0-34), svgNum((fr.y0+fr.y1)/2))
	}
	c.line(fr.px(fr.tLo), fr.py(1), fr.px(fr.tHi), fr.py(fr.tHi/fr.tLo), "stroke:#777;stroke-width:1.2;stroke-dasharray:5,4")
	for _, s := range sd.lines[program] {
		drawSeries(c, fr, s)
	}
}

func drawSeries(c *canvas, fr cellFrame, s scalingLine) {
	pts := make([]string, len(s.threads))
	for i, t := range s.threads {
		pts[i] = svgNum(fr.px(float64(t))) + "," + svgNum(fr.py(s.speedup[i]))
	}
	c.printf(`<polyline points="%s" style="fill:none;stroke-width:2;stroke:%s"/>`+"\n",
		strings.Join(pts, " "), okabeIto[s.setting%len(okabeIto)])
	for i, t := range s.threads {
		c.printf("<g><title>%s</title>\n", xmlText(s.tips[i]))
		drawMarker(c, s.setting, fr.px(float64(t)), fr.py(s.speedup[i]), lineStroke(s.setting))
		c.printf("</g>\n")
	}
}

// drawMarker draws marker shape k (circle, square, triangle, diamond,
// repeating) centred on (x, y), so series differ by shape as well as
// colour.
func drawMarker(c *canvas, k int, x, y float64, style string) {
	const r = 4.0
	style += ";stroke-width:1"
	switch k % 4 {
	case 0:
		c.printf(`<circle cx="%s" cy="%s" r="%s" style="%s"/>`+"\n", svgNum(x), svgNum(y), svgNum(r), style)
	case 1:
		c.rect(x-r, y-r, 2*r, 2*r, style)
	case 2:
		c.printf(`<polygon points="%s,%s %s,%s %s,%s" style="%s"/>`+"\n",
			svgNum(x), svgNum(y-r-1), svgNum(x+r+1), svgNum(y+r), svgNum(x-r-1), svgNum(y+r), style)
	default:
		c.printf(`<polygon points="%s,%s %s,%s %s,%s %s,%s" style="%s"/>`+"\n",
			svgNum(x), svgNum(y-r-1), svgNum(x+r+1), svgNum(y), svgNum(x), svgNum(y+r+1), svgNum(x-r-1), svgNum(y), style)
	}
}

// ---- the canvas ----

// canvas accumulates the SVG body while tracking the vertical position, so
// the height is known when the header is written.
type canvas struct {
	body     bytes.Buffer
	y        float64
	axisY    float64  // where the bar chart's axis goes
	deferred []func() // drawn after the bars: the 1× line, then the value labels
}

func (c *canvas) printf(format string, args ...any) { fmt.Fprintf(&c.body, format, args...) }

func (c *canvas) text(x, y, size float64, anchor, style, s string) {
	if style != "" {
		style = ";" + style
	}
	c.printf(`<text x="%s" y="%s" style="font-size:%spx;text-anchor:%s%s">%s</text>`+"\n",
		svgNum(x), svgNum(y), svgNum(size), anchor, style, xmlText(s))
}

// note writes one line of small grey text and moves down.
func (c *canvas) note(x float64, s string) {
	c.y += 16
	c.text(x, c.y, 12, "start", "fill:#666;font-style:italic", s)
}

func (c *canvas) rect(x, y, w, h float64, style string) {
	c.printf(`<rect x="%s" y="%s" width="%s" height="%s" style="%s"/>`+"\n", svgNum(x), svgNum(y), svgNum(w), svgNum(h), style)
}

func (c *canvas) line(x1, y1, x2, y2 float64, style string) {
	c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" style="%s"/>`+"\n", svgNum(x1), svgNum(y1), svgNum(x2), svgNum(y2), style)
}

const svgDefs = `<defs>
<pattern id="atompy-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
<rect width="6" height="6" style="fill:#eeeeee"/><line x1="0" y1="0" x2="0" y2="6" style="stroke:#999;stroke-width:2.5"/>
</pattern>
<pattern id="atompy-hatch-red" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
<rect width="6" height="6" style="fill:#fbe5e5"/><line x1="0" y1="0" x2="0" y2="6" style="stroke:#C00000;stroke-width:2"/>
</pattern>
</defs>
`

func (c *canvas) writeTo(w io.Writer) error {
	h := math.Ceil(c.y)
	var out bytes.Buffer
	out.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>` + "\n")
	fmt.Fprintf(&out, `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="0 0 %s %s" style="font-family:%s">`+"\n",
		svgNum(chartWidth), svgNum(h), svgNum(chartWidth), svgNum(h), fontFamily)
	out.WriteString(svgDefs)
	fmt.Fprintf(&out, `<rect x="0" y="0" width="%s" height="%s" style="fill:#fff"/>`+"\n", svgNum(chartWidth), svgNum(h))
	out.Write(c.body.Bytes())
	out.WriteString("</svg>\n")
	_, err := w.Write(out.Bytes())
	return err
}

// ---- text helpers ----

// textWidth estimates the width of s in a sans-serif font of the given
// size; layout only needs it to be roughly right and never too small.
func estTextWidth(s string, size float64) float64 {
	return float64(len([]rune(s))) * size * 0.6
}

// truncate shortens s with an ellipsis to fit width.
func fitText(s string, width, size float64) string {
	if estTextWidth(s, size) <= width {
		return s
	}
	rs := []rune(s)
	n := max(int(width/(size*0.6))-1, 1)
	if n >= len(rs) {
		return s
	}
	return string(rs[:n]) + "…"
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder cannot fail
	return b.String()
}

// f formats a coordinate compactly.
func svgNum(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) }

func chartNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

func tickLabel(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }

func speedupLabel(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64) + "×"
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64) + "×"
	}
	return strconv.FormatFloat(v, 'f', 2, 64) + "×"
}
