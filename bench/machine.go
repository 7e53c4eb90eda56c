package bench

import (
	"bufio"
	"context"
	"io"
	"os"
	"runtime"
	"strings"
)

// describeMachine collects what a reader needs to judge the figures: the
// host, the CPU and its core count, whether RTM is there, and the versions
// of Go, atompy and the peers.
func describeMachine(ctx context.Context, atompy string, peers []peer) Machine {
	m := Machine{OS: runtime.GOOS, Arch: runtime.GOARCH, Cores: runtime.NumCPU(),
		GoVersion: runtime.Version(), Peers: map[string]string{}}
	m.Hostname, _ = os.Hostname()
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		m.CPUModel, m.RTM = parseCPUInfo(f)
		f.Close()
	}
	m.Atompy = commandVersion(atompy)
	for _, p := range peers {
		m.Peers[p.name] = p.version
	}
	return m
}

// parseCPUInfo reads the first processor's model name and whether its flags
// list rtm without rtm_always_abort. This is the kernel's view: it clears
// rtm when TSX is disabled by microcode or by the tsx= boot option, which is
// what matters to a program (atompy's htm package asks CPUID itself).
func parseCPUInfo(f io.Reader) (model string, rtm bool) {
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	sawFlags := false
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch key {
		case "model name", "Model", "cpu model":
			if model == "" {
				model = val
			}
		case "flags":
			if !sawFlags {
				sawFlags = true
				flags := strings.Fields(val)
				rtm = contains(flags, "rtm") && !contains(flags, "rtm_always_abort")
			}
		}
	}
	return model, rtm
}
