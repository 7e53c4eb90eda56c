package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"atompy.dev/atompy/gc"
)

// Debug knobs. They are all off by default and come from one environment
// variable, GODEBUG-style: ATOMPY_DEBUG=name=value,name=value. This table is
// the one place that lists them.
var debugKnobs = []struct {
	name, help string
	apply      func(d *debugState, val string) error
}{
	{"cpuprofile", "write a Go CPU profile of the run to this file", func(d *debugState, v string) error {
		d.cpuProfile = v
		return nil
	}},
	{"crash", "1: a Go panic in the interpreter crashes with its Go stack instead of raising SystemError", func(d *debugState, v string) error {
		d.crash = v == "1"
		return nil
	}},
	{"gc.poison", "1: fill freed heap memory with a poison pattern", func(d *debugState, v string) error {
		d.gc.Poison = v == "1"
		return nil
	}},
	{"gc.trigger", "bytes allocated before the first collection (default 32 MiB)", func(d *debugState, v string) error {
		_, err := fmt.Sscan(v, &d.gc.TriggerBytes)
		return err
	}},
	{"gc.stats", "1: print heap statistics to stderr at exit", func(d *debugState, v string) error {
		d.gcStats = v == "1"
		return nil
	}},
	{"stm.length", "N: end every STM transaction after N break points (1: at every one) instead of the adaptive length", func(d *debugState, v string) error {
		_, err := fmt.Sscan(v, &d.stmLength)
		return err
	}},
	{"stm.abort", "N: abort about one STM barrier in N for no reason (tests the rollback)", func(d *debugState, v string) error {
		_, err := fmt.Sscan(v, &d.stmAbort)
		return err
	}},
	{"stm.unsync", "1: run threads in parallel with no synchronisation at all (only to find races on Go-side state)", func(d *debugState, v string) error {
		d.unsync = v == "1"
		return nil
	}},
}

// debugState is the parsed ATOMPY_DEBUG.
type debugState struct {
	cpuProfile string
	gcStats    bool
	crash      bool
	stmLength  int
	stmAbort   int
	unsync     bool
	gc         gc.Config
	stopProf   func()
}

func parseDebug(env string) (*debugState, error) {
	d := &debugState{}
	for _, kv := range strings.Split(env, ",") {
		if kv == "" {
			continue
		}
		name, val, _ := strings.Cut(kv, "=")
		found := false
		for _, k := range debugKnobs {
			if k.name == name {
				found = true
				if err := k.apply(d, val); err != nil {
					return nil, fmt.Errorf("ATOMPY_DEBUG %s: %v", name, err)
				}
			}
		}
		if !found {
			return nil, fmt.Errorf("ATOMPY_DEBUG: unknown knob %q (known: %s)", name, knobNames())
		}
	}
	return d, nil
}

func knobNames() string {
	var names []string
	for _, k := range debugKnobs {
		names = append(names, k.name)
	}
	return strings.Join(names, ", ")
}

// start begins what the knobs ask for at the start of a run.
func (d *debugState) start() error {
	d.stopProf = func() {}
	if d.cpuProfile == "" {
		return nil
	}
	f, err := os.Create(d.cpuProfile)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	d.stopProf = func() {
		pprof.StopCPUProfile()
		f.Close()
	}
	return nil
}
