package compile

import (
	"testing"
)

// TestEdgeCases compiles snippets whose control flow is unusual (empty
// bodies, dead code, leaving nested blocks early) and runs the stack
// checker over the result.
func TestEdgeCases(t *testing.T) {
	srcs := []string{
		"try:\n  pass\nexcept:\n  pass\n",
		"try:\n  pass\nfinally:\n  pass\n",
		"def f():\n  try:\n    return 1\n  except E:\n    return 2\n  else:\n    return 3\n  finally:\n    return 4\n",
		"def f():\n  for x in y:\n    try:\n      break\n    finally:\n      pass\n",
		"def f():\n  while 1:\n    try:\n      pass\n    except E as e:\n      try:\n        continue\n      finally:\n        return e\n",
		"def f():\n  with a:\n    with b:\n      return 1\n",
		"def f():\n  for x in y:\n    with a as b:\n      try:\n        continue\n      except:\n        break\n",
		"def f():\n  try:\n    pass\n  finally:\n    try:\n      raise\n    except:\n      return\n",
		"def g():\n  try:\n    yield 1\n  except GeneratorExit:\n    raise\n  finally:\n    yield 2\n",
		"def f():\n  return\n  x = 1\n",
		"def f():\n  raise E\n  try:\n    pass\n  except:\n    pass\n",
		"while True:\n  pass\nelse:\n  x = 1\n",
		"for x in y:\n  pass\nelse:\n  pass\n",
		"x = [[(a, b) for a in range(b) if a if b] for b in range(3)]\n",
		"def f(*, a=1, b, c=lambda: 2): return a\n",
		"def f():\n  with a as (b, c), d as e.f, g as h[0]:\n    pass\n",
		"def f():\n  try:\n    x\n  except (A, B) as e:\n    pass\n  except C:\n    pass\n",
		"class A:\n  class B:\n    def f(self): return __class__\n  def g(self): return super()\n",
		"def f(a):\n  def g():\n    def h():\n      return a\n    return h\n  return g\n",
		"async_ = 1\nx = f'{x}' f'{y!r:{z}}' 'w'\n",
		"def f():\n  x = yield\n  y = yield from x\n  return (yield y)\n",
		"f = lambda: (yield)\n",
		"def f():\n  while x:\n    if y:\n      continue\n    break\n  else:\n    return 1\n",
	}
	for _, src := range srcs {
		code, err := Compile("edge.py", []byte(src))
		if err != nil {
			t.Errorf("Compile(%q): %v", src, err)
			continue
		}
		checkCode(t, src, code)
	}
}

func TestEmptyModule(t *testing.T) {
	code, err := Compile("empty.py", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkCode(t, "empty.py", code)
	if got := len(code.Code); got != 2 {
		t.Errorf("empty module has %d instructions, want 2 (return None)", got)
	}
}
