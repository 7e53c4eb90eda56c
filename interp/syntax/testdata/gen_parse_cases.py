#!/usr/bin/env python3
"""Generates parse_cases_test.go: each source below is parsed by CPython's
ast module (the oracle) and rendered in the format of syntax.Dump.

Run from interp/syntax:  python3 testdata/gen_parse_cases.py > parse_cases_test.go
"""
import ast

CASES = [
    # atoms and constants
    "x", "None; True; False; ...", "1; 0; 1_000; 0x_ff; 0o17; 0b1010; 00",
    "123456789012345678901234567890", "1.5; 1e10; 1.; .5; 1e-7; 1_0.2_5e1_0; 1e400",
    "2j; 1.5J; 1e3j", "'a' \"b\" '''c''' \"\"\"d\"\"\"",
    r"'\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600\q'",
    r"r'\n\q' R'\''", r"rb'\x00' Br'a' b'\x41\n\101'",
    "b'a' b'c'", "'a' 'b' 'c'", "u'x'", "'€\u00e9'", "'''a\nb'''", "'a\\\nb'",
    # f-strings
    "f'a{x}b'", "f'{x!r} {y!s} {z!a}'", "f'{x:>10}'", "f'{x:{w}.{p}f}'", "f'{{}}{x}'",
    "f'{x=}'", "f'{x = !s:^5}'", "f'{x=:>3}'", "f'a' 'b' f'{c}'", "'' f''", "f'{x:}'",
    "rf'\\n{x}'", "f'\\n{x}\\t'", "F'{a[\"k\"]}'", "f'{a!=b}'", "f'{f(a=1)}'", "f\"{'x' if a else 'y'}\"",
    "f'''{x\n+ y}'''", "f'{x,y}'", "f'{(lambda: 1)()}'", "f'{x:%H:%M}'", "f'{d[\"a\"]:{w}}'",
    # operators and precedence
    "a + b * c", "(a + b) * c", "a - b - c", "a ** b ** c", "-2 ** 2", "2 ** -1", "-a ** -b",
    "~a + +b - -c", "a * b / c // d % e @ f", "a << b >> c", "a | b ^ c & d", "a & b | c ^ d",
    "a + b << c", "a or b and c", "a and b or c and d", "not a and not b", "not not a",
    "a or b or c", "a < b < c", "a == b != c <= d >= e > f", "a in b not in c is d is not e",
    "not a in b", "a if b else c", "a if b else c if d else e", "lambda: 0", "lambda x, y=1, *a, k, m=2, **kw: x",
    "lambda x, /, y: 0", "lambda *, k: k", "a or b if c else d", "x | y == z",
    # primaries
    "f(a, b)", "f(*a, **k)", "f(a, *b, c=1, *d, **e, f=2)", "f(x for x in y)", "f(a)(b)[c].d",
    "a[1]", "a[1:2]", "a[::2]", "a[1:2, 3]", "a[:, None]", "a[1,]", "a[x:=1]", "a.b.c", "f(x := 1)",
    "a[lo:hi:step]", "a[::]", "a[:]",
    # displays
    "()", "(1,)", "(1, 2)", "[]", "[1, 2,]", "[*a, *b, c]", "{}", "{1: 2, **d, 3: 4}", "{1, 2}",
    "{*a, b}", "(*a, b)", "((a))", "(yield)",
    # comprehensions
    "[x for x in y]", "[x for x in y if a if b for z in x if c]", "{x for x in y}", "{k: v for k, v in d}",
    "(x for x in y)", "[(x, y) for x, *y in z]", "[y := f(x) for x in z]",
    "[x for x in a or b]",
    # statements
    "x = 1", "x = y = z", "x, y = y, x", "x, = a", "[a, *b] = c", "(a, b), c = d", "*a, b = c",
    "a.b = a[c] = a[1:2] = 0", "x += 1", "a.b -= 1; a[c] **= 2; x //= 3; x @= y; x >>= 1; x |= 2",
    "x: int", "x: int = 1", "a.b: int", "(x): int = 1", "a[0]: T = 1", "x = yield", "x = yield a, b",
    "x = yield from g()", "yield", "del a, b[0], c.d", "del (a, b), [c]", "del a,", "pass; break; continue",
    "return", "return a, b", "return *a, b", "raise", "raise E", "raise E from c", "global a, b",
    "nonlocal x", "assert x", "assert x, 'msg'", "import a", "import a.b.c as d, e",
    "from . import x", "from .. import x as y", "from .mod import (a, b as c,)", "from m import *",
    "from ...a.b import c", "from a import b, c",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n", "if x: y\n", "if x: a; b\nelse: c\n",
    "while x:\n    pass\nelse:\n    y\n", "for x in y:\n    break\nelse:\n    z\n",
    "for x, y in z: pass\n", "for x in 1, 2: pass\n", "for *a, b in c: pass\n",
    "for a.b in c: pass\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    "try:\n    a\nfinally:\n    b\n", "with a as b, c as d: pass\n", "with a: pass\n",
    "with (a as b, c as d): pass\n", "with (a, b): pass\n", "with (a, b) as c: pass\n",
    "with (a as b, c,): pass\n", "with a as (b, c): pass\n", "with (a): pass\n",
    "def f(): pass\n", "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
    "def f(a, b, /, c, *, d): pass\n", "def f(a: int, *b: str, **c: 'x') -> None: pass\n",
    "@dec\n@dec2(1)\ndef f(): pass\n", "@a.b[c]\nclass C: pass\n", "class C(A, B, metaclass=M, **kw):\n    x = 1\n    def m(self): pass\n",
    "class C(): pass\n", "def f(*, a=1, b): pass\n", "def f(a=1, /, b=2): pass\n",
    "def f(\n  a,\n  b,\n): pass\n",
    "def g():\n    x = yield\n    yield x\n    yield from y\n    await_ = 1\n",
    "x = (\n 1 +\n 2)\n", "def f(a, a2): pass", "x = 1 + \\\n  2\n", "if a:\n    # c\n\n    b\n  # d\nc\n",
    "if a:\n  if b:\n    c\n  d\ne\n", "if a:\n\tb\n", "x = 1;", "x = [\n    1,\n    2,\n]\n",
    "print(1, 2, sep='')", "a if b else(c)", "1if x else 2", "x=0xffj" if False else "x=0xff",
    "a = b = yield c", "x = *a, *b", "f(**{'a': 1})", "a[b][c](d)(e).f",
    # more: layout, unicode, CRLF, nesting
    "x = 1\r\nif x:\r\n    y = 2\r\n", "if x:\n\tif y:\n\t\tz\n", "é = ñ + ü1", "a = 1; b = 2;\n",
    "if a:\n    pass\n\n\n\nb\n", "def f():\n    '''doc'''\n    return\n", "x = f'{f\"{y}\"}'",
    "x = f'''{\n  a\n}'''", "f'{x!r}' f'{y:{z}}' 'w'", "f'{3.14:.2f}{a:{b}{c}}'", "f'{x:{{}}>10}'",
    "f'{x}{{' f'}}{y}'", "f'{x:=10}'", "f'{(x:=10)}'", "f'{\"a\" \"b\"}'", "f'{x:{y}}}}'",
    "a[*b]", "a[b, *c]", "a[1:2][3]", "(a)[b]", "(yield x)", "(yield from y)", "x = yield from y",
    "await_x = 1", "match = case = _ = type = 1", "print(match, case)",
    "a = b if c else lambda: d", "lambda *args, **kwargs: 0", "lambda a, b=2, /, c=3: 0",
    "lambda: (yield)", "f(a, b=1, *c, **d)", "f(*a, *b, c)", "f(a)(b=1)", "f(x=lambda y: y)",
    "f(a for b in c if d for e in f)", "f(**a, b=1)", "f(a, *b, c=1, **d,)", "x = not a == b",
    "x = a is not b", "x = a not in b", "x = -a.b ** c[d]", "x = ~-+a", "x = a @ b @ c",
    "x = a // b % c * d / e", "x = (a, b) == (c, d)", "x = [a, b][0]", "x = {a: b}[c]",
    "x = 'a' 'b' f'{c}' 'd'", "x = 1 if a else 2 if b else 3", "x = a < b > c != d",
    "x = a or (b and c)", "x = (a or b) and c", "x = not (a or b)", "x = a if (b if c else d) else e",
    "x = [*range(3)]", "x = {**a, 'b': 1, **c}", "x = {*a, *b}", "x = *a,", "x, *y = *a, b",
    "[x, y], z = a", "for [a, b] in c: pass", "for (a, b) in c: pass", "for a, in b: pass",
    "with a() as (b, c), d as [e, f]: pass", "with a as b.c, d as e[0]: pass",
    "try:\n  pass\nexcept E:\n  pass\nexcept (F, G) as g:\n  pass\n",
    "try:\n  pass\nexcept E as e:\n  raise\n", "raise E()", "del a[1:2], (b, c)",
    "def f(a, /): pass", "def f(*, a): pass", "def f(**a): pass", "def f(*a): pass",
    "def f(a, b, /, c=1, *d, e=2, f, **g): pass", "def f(a=1, b=2, /, c=3): pass",
    "def f(a:int=1, *, b:str='x') -> 'r': pass", "def f(\n    a,  # comment\n    b,\n):\n    pass\n",
    "class A(B, *C, **D): pass", "class A(metaclass=M): pass", "@a\n@b.c\n@d(e)\n@f[g]\n@(h)\n@i if j else k\ndef f(): pass",
    "@property\ndef f(self): return self._f",
    "if a: pass\nelif b: pass\nelif c: pass\nelse: pass\n", "while 1: break\nelse: pass\n",
    "x[a:b, c:d]", "x[a, b:c, ::d]", "x[()]", "x[:, :]", "x[lambda: 1]", "x[1:2,]",
    "global a; nonlocal b", "import a, b.c, d as e", "from .a.b import c as d, e",
    "from ....a import b", "from . import (a)", "assert (a, b)",
    "x = 0xdeadbeef + 0o777 + 0b1111 + 1_000_000", "x = 18446744073709551616", "x = 9223372036854775807",
    "x = 9223372036854775808", "x = 1e-320", "x = 0.1 + 1e22 + 1e16 + 1e15 + 123456789.123",
    "x = b''", "x = ''", "x = r''", "x = f''", "x = b'a' rb'\\d'",
    "x = '\\x00\\x7f\\x80\\xff'", "x = '\\ud800'", "x = '''\\\n'''",
    "x = y = z = 1", "a.b.c = 1", "a[0][1] = 2", "a().b = 1", "a()[0] = 1", "(a) = 1", "((a), b) = 1, 2",
    "x: list[int] = []", "self.x: int = 1", "x: int = yield", "x += yield", "x = (yield)",
    "if (n := len(a)) > 10: pass", "while (c := f()): pass", "[y for x in a if (y := x)]",
    "print(*args, sep='', **kw)", "x = a.b(c).d[e](f)",
    "def f():\n    return (yield)\n", "def f():\n    x = yield 1, 2\n",
    "class C:\n    '''doc'''\n\n    def __init__(self):\n        self.x = 1\n\n    @staticmethod\n    def s(): ...\n",
    "if True:\n    x = 1\n# comment at col 0\n    y = 2\n",
    "x = [  # c\n  1,  # d\n]  # e\n",
    "x = (\n)\n", "x = {\n}\n", "    \n# only comment\n\nx\n",
]

# Sources ast.parse rejects (plus PARSER_EXTRA): error line, column, kind
# and message come from CPython.
ERROR_CASES = [
    "x = (1,\n2\n", "x = )\n", "x = (1]\n", "if x\n  pass\n", "  x = 1\n", "if x:\n    a\n  b\n",
    "if x:\npass\n", "s = 'abc\n", "s = '''abc\n\n\n\nx\n", "x = 1a\n", "x = 0x\n", "1 = x\n",
    "f() = x\n", "f(a=1, 2)\n", "x = 3 \u20ac 4\n", "x = 1 +\n", "x = [1, 2\ny = 3\n", "def f(:\n",
    "x = 'a' b'c'\n", "if x:\n\tif y:\n        pass\n", "x = \\ y\n", "x = 1\\", "f'{a'\n", "f'{}'\n",
    "f'{a!x}'\n", "f'}'\n", "f'{'\n", "x = 09\n", "x = 1_\n", "x = 1__0\n", "x = 1e\n", "a + 1 = 2\n",
    "del f()\n", "x += 1, 2 = 3\n", "(a, b) += 1\n", "for 1 in x: pass\n", "lambda x=1, y: x\n",
    "def f(x=1, y): pass\n", "f(**a, *b)\n", "f(x for x in y, 1)\n", "class A:\n", "b'\\u1234\u20ac'\n",
    "x = 1 if 2\n", "else: pass\n", "f(a, a=1, a=2)\n", "x = [1,\n 2,\n 3\n", "print 'x'\n",
    "\n\n  \n x\n", "x = 0b12\n", "x = 0o8\n", "x=1\n  y=2\n", "try:\n  pass\n", "try:\n  pass\nx=1\n",
    "x = {1: 2, 3}\n", "def f():\n  x = yield = 3\n", "x, y: int\n", "f'{a b}'\n", "with a as 1: pass\n",
    "import a.b as c.d\n", "from x import a.b\n", "from x import (a, b\n", "from x import a,\n", "x = *a\n",
    "*a = 1\n", "del *a\n", "print(*a for a in b)\n", "(x := 1) = 2\n", "x := 1\n", "f'{x:{y:{z}}}'\n",
    "'abc\\\n", "if 1:\n  x\n    y\n", "a = 1 ! 2\n", "a = $\n", "True = 1\n", "None = 1\n", "f(True=1)\n",
    "x = [i for i in range(3) if]\n", "def f(*): pass\n", "def f(**k, a): pass\n", "def f(a, a): pass\n",
    "x = 5 = 6\n", "x = a if b else c = 6\n", "x.1\n", "1.__class__\n", "0777\n", "((((\n",
    "if x:\n  pass\nelse:\nx\n", "if x:\n  pass\nelif y:\nx\n", "while x:\nx\n", "for a in b:\nx\n",
    "with a:\nx\n", "try:\nx\n", "try:\n  a\nexcept:\nx\n", "try:\n  a\nfinally:\nx\n", "def f():\nx\n",
    "try:\n a\nexcept A, B:\n pass\n", "f(a.b=1)\n", "f(**a, b)\n", "def f(/): pass\n",
    "def f(a, /, b, /): pass\n", "def f(*a, /): pass\n", "def f(*a, *b): pass\n", "x: int = *a\n",
    "import a as b.c\n", "(" * 300 + ")" * 300, "x = 1\nif y:\n  z\n w\n", "x = [\n1,\n2\n)\n",
    "x = 'abc", "f(a for a in b, c)\n", "f(a, b for b in c)\n", "(*a)\n", "{**a: b}\n", "a = 1 = 2\n",
    "def f(x):\n  return\n    1\n", "x = 1 +* 2\n", "del 1\n", "del a + b\n", "for x in y\n  pass\n",
    "class C\n", "a.1\n", "x = \"\"\"abc\n\ndef\n", "\"abc\n\"\n", "if True:\n    pass\n  else:\n    pass\n",
    "x = (1 2)\n", "f(a b)\n", "[a, b c]\n", "x = 1e400j; y = 0xg\n", "a[1:2:3:4]\n",
    "def f(a, *, b, **c, d): pass\n", "class C(x for x in y): pass\n", "@x\nx = 1\n",
    "from . import *, a\n", "import .a\n", "global a.b\n", "with a as b.c(): pass\n",
    "a, *b, *c = d\n", "f(*)\n", "x = {1: *a}\n", "if x = 1: pass\n", "while x := 1: pass\n",
    "x = *a\ny = (\n", "x = *a\ny = )\n", "f(a, a=1)\n1 +\n", "x = 1 $ 2\ny = 'abc\n", "x = 1\n  y\nz = 'abc\n",
    "a b\nx = (\n", "a b\n  x\n", "a b\nx = 1a\n", "x = (\na b\n", "if x:\n  pass\n else:\n  pass\n",
]

# Errors CPython raises in its compiler that Parse reports too.
PARSER_EXTRA = ["f(a, a=1, a=2)\n", "def f(a, a): pass\n", "x = *a\n", "del *a\n"]


# Sources whose node positions are compared with CPython's.
POSITION_CASES = [
    "x = 1 + foo(a, *b, c=d, **e)\n",
    "def f(a, b: int = 1, *c, d, **e) -> str:\n    return a.b[c:d]\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 0\n    def m(self):\n        pass\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "for x, y in z:\n    continue\nelse:\n    pass\n",
    "while x < 10 and not y:\n    x += 1\n",
    "try:\n    a\nexcept E as e:\n    raise X from e\nelse:\n    c\nfinally:\n    d\n",
    "with a as b, c:\n    del b[0], c.d\n",
    "import a.b as c, d\nfrom .e import (f as g, h)\n",
    "x = [i * 2 for i in range(3) if i]\ny = {k: v for k, v in d}\nz = (a for a in b)\n",
    "s = 'abc' \\\n  'def'\nt = '''x\ny'''\nu = f'{x}'\n",
    "lambda x, y=1: x if y else -y ** 2\n",
    "a, *b = c = d, e\n",
    "(x := 1, [y, z], {1, 2}, {}, ())\n",
    "assert x, 'msg'\nglobal g\n",
    "x = (1 +\n     2)\n",
    "print(f(x for x in y))\n",
    "x = a if b else c\ny = a < b <= c\nz = a or b or c\n",
    "x = 'é' + y\n",
]


def positions(node, out):
    if isinstance(node, (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.alias, ast.excepthandler)):
        out.append("%s %d:%d-%d:%d" % (RENAME.get(type(node).__name__, type(node).__name__), node.lineno,
                   node.col_offset, node.end_lineno, node.end_col_offset))
        if isinstance(node, ast.JoinedStr):
            return
    for f in node._fields:
        v = getattr(node, f, None)
        for c in v if isinstance(v, list) else [v]:
            if isinstance(c, ast.AST):
                positions(c, out)



def q(s):
    return "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "\\x{%x}" % ord(c) for c in s)


def const(v):
    if v is None or isinstance(v, bool):
        return repr(v)
    if v is ...:
        return "..."
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, complex):
        return repr(v.imag) + "j"
    if isinstance(v, str):
        return '"' + q(v) + '"'
    if isinstance(v, bytes):
        return 'b"' + q(v.decode("latin-1")) + '"'
    raise TypeError(v)


RENAME = {"Expr": "ExprStmt", "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword",
          "alias": "Alias", "withitem": "WithItem", "comprehension": "Comprehension"}
SKIP = {"type_comment", "type_ignores", "kind"}
STRFIELDS = {"name", "asname", "module", "arg", "id", "attr"}
ENUMS = (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)


def dump(x):
    if isinstance(x, ENUMS):
        return type(x).__name__
    if isinstance(x, ast.Constant):
        return "Constant(" + const(x.value) + ")"
    if isinstance(x, ast.AST):
        vals = []
        for f in x._fields:
            if f in SKIP:
                continue
            v = getattr(x, f)
            if f in ("simple", "is_async"):
                vals.append("true" if v else "false")
            elif f in STRFIELDS and (v is None or isinstance(v, str)):
                vals.append(v or '""')
            elif f == "names" and isinstance(x, (ast.Global, ast.Nonlocal)):
                vals.append("[" + " ".join(v) + "]")
            else:
                vals.append(dump(v))
        return RENAME.get(type(x).__name__, type(x).__name__) + "(" + " ".join(vals) + ")"
    if isinstance(x, list):
        return "[" + " ".join(dump(e) for e in x) + "]"
    if x is None:
        return "nil"
    if isinstance(x, int):
        return str(x)
    raise TypeError(x)


def go_quote(s):
    return '"' + "".join(
        {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}.get(c, c) if c in '\\"\n\t' or 0x20 <= ord(c) < 0x7F
        else "\\u%04x" % ord(c) if ord(c) < 0x10000 else "\\U%08x" % ord(c) for c in s) + '"'


def main():
    print("// Code generated by testdata/gen_parse_cases.py from CPython's ast module; DO NOT EDIT.\n")
    print("package syntax\n")
    print("var parseCases = []struct{ src, want string }{")
    for src in CASES:
        tree = ast.parse(src)
        print("\t{%s, %s}," % (go_quote(src), go_quote(dump(tree))))
    print("}")
    print()
    print("var errorCases = []struct {\n\tsrc       string\n\tline, col int\n\tkind, msg string\n}{")
    for src in ERROR_CASES:
        try:
            ast.parse(src)
            if src not in PARSER_EXTRA:
                continue
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            print("\t{%s, %d, %d, %s, %s}," % (go_quote(src), e.lineno, e.offset, go_quote(type(e).__name__), go_quote(e.msg)))
    print("}")
    print()
    print("var positionCases = []struct{ src, want string }{")
    for src in POSITION_CASES:
        out = []
        positions(ast.parse(src), out)
        print("\t{%s, %s}," % (go_quote(src), go_quote("\n".join(out))))
    print("}")


main()
