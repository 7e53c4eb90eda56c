package builtins_test

import (
	"testing"

	"atompy.dev/atompy/interp/object"
)

func TestPypystmFunctions(t *testing.T) {
	runModuleCases(t, "_pypystm", []moduleCase{
		{"is_atomic", nil, nil, "0"},
		{"is_atomic", []argFn{i(1)}, nil, "TypeError: is_atomic() takes no arguments (1 given)"},
		{"getsegmentlimit", nil, nil, "1"},
		{"last_abort_info", nil, nil, "None"},
		{"hint_commit_soon", nil, nil, "None"},
		{"count", []argFn{i(1)}, nil, "TypeError: count() takes no arguments (1 given)"},
	})
}

// TestPypystmAtomicNesting drives the atomic singleton by hand: the depth
// is the thread's Tx.AtomicDepth, extra exits and a nested
// exclusive_atomic raise pypy-stm's errors.
func TestPypystmAtomicNesting(t *testing.T) {
	v, th := builtinsTestVM(t)
	m, err := v.Main.Import("_pypystm")
	if err != nil {
		t.Fatalf("import pypystm: %v", err)
	}
	call := func(obj, meth string) string {
		o, err := object.GetAttr(th, m, obj)
		if err != nil {
			t.Fatalf("pypystm.%s: %v", obj, err)
		}
		f, err := object.GetAttr(th, o, meth)
		if err != nil {
			t.Fatalf("pypystm.%s.%s: %v", obj, meth, err)
		}
		var args []Value
		if meth == "__exit__" {
			args = []Value{object.None, object.None, object.None}
		}
		r, err := object.Call(th, f, args, nil)
		return outcome(th, r, err)
	}
	steps := []struct {
		obj, meth string
		want      string
		depth     int
	}{
		{"atomic", "__exit__", "RuntimeError: atomic.__exit__(): more exits than enters", 0},
		{"exclusive_atomic", "__enter__", "None", 1},
		{"atomic", "__enter__", "None", 2},
		{"exclusive_atomic", "__enter__", "RuntimeError: exclusive_atomic block can't be entered inside another atomic block", 2},
		{"atomic", "__exit__", "False", 1},
		{"exclusive_atomic", "__exit__", "False", 0},
		{"single_transaction", "__enter__", "None", 1},
		{"single_transaction", "__exit__", "False", 0},
	}
	for _, s := range steps {
		if got := call(s.obj, s.meth); got != s.want {
			t.Errorf("%s.%s(): got %s, want %s", s.obj, s.meth, got, s.want)
		}
		if got := th.TX.AtomicDepth; got != s.depth {
			t.Errorf("after %s.%s(): got depth %d, want %d", s.obj, s.meth, got, s.depth)
		}
	}
}
