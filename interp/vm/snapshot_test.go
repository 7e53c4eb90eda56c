package vm_test

import (
	"testing"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// TestSnapshotRestore saves a suspended generator's frame at a bytecode
// boundary, runs it to the end, restores the snapshot and runs it again:
// the re-execution must produce exactly the same values, which is what the
// STM relies on when it aborts and re-executes a transaction.
func TestSnapshotRestore(t *testing.T) {
	g := mustRun(t, `
def walk(n):
    acc = []
    total = 0
    i = 0
    while i < n:
        total += i * i
        acc.append(total)
        yield (i, total, len(acc))
        i += 1
gen = walk(12)
first = [next(gen) for _ in range(4)]
`)
	th := machine.Main
	gen, _ := object.DictGetStr(th.Thread, g, "gen")
	snap := vm.SnapshotGenerator(th, gen)
	rest := collectRepr(t, th, gen)
	if rest == "[]" {
		t.Fatal("the generator produced nothing after the snapshot")
	}
	vm.RestoreGenerator(th, gen, snap)
	again := collectRepr(t, th, gen)
	snap.Release()
	// The list acc is heap state, which the STM (not the snapshot) undoes:
	// len(acc) therefore keeps growing on re-execution, while the frame
	// state (i, total) replays exactly.
	if got, want := frameFields(again), frameFields(rest); got != want {
		t.Fatalf("re-execution after restore differs:\n got %s\nwant %s", got, want)
	}
}

// collectRepr drains a generator and returns repr(list(gen)).
func collectRepr(t *testing.T, th *vm.Thread, gen object.Value) string {
	t.Helper()
	items, err := object.Collect(th.Thread, gen)
	if err != nil {
		t.Fatalf("draining the generator: %v", err)
	}
	s, err := object.Repr(th.Thread, object.NewList(th.Thread, items))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// frameFields keeps the first two fields of each (i, total, len) triple.
func frameFields(s string) string {
	out := []byte{}
	field := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(':
			field = 0
		case ',':
			field++
		}
		if field < 2 || c == ')' || c == ']' {
			out = append(out, c)
		}
	}
	return string(out)
}
