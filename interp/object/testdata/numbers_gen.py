#!/usr/bin/env python3
"""Prints CPython's results for the number operations of package object
over a grid of operands; TestNumbersAgainstCPython (int_test.go) runs it
and compares every line with the Go slots.

Each line is op, operands and CPython's result, tab-separated. Operands
and results are reprs; errors are "Type: message"; operator TypeErrors
that mean "this type does not implement the operation" are written as
NotImplemented, which is what the Go slots return. Results longer than
100 characters are written as "sha:" and 16 hex digits of their SHA-256.
"""
import hashlib
import math
import operator
import random
import sys

INTS = [0, 1, -1, 2, -3, 7, 10, 255, 2**47 - 1, -2**47, 2**47, -2**47 - 1,
        2**62, 2**63 - 1, 2**63, -2**63, 2**64 + 1, 10**20, 2**100, -2**100 - 7, True, False]
FLOATS = [0.0, -0.0, 1.5, -2.5, 3.0, 0.1, 1e16, 1e300, 5e-324, 2.0**63, math.inf, -math.inf, math.nan]
COMPLEX = [0j, 1j, 1 + 2j, -1.5 - 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(2, 0),
           complex(1e300, 1e300), complex(math.inf, 1), complex(math.nan, 0)]

BINOPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
    ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
    "@": operator.matmul, "divmod": divmod,
}
CMPOPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
          ">": operator.gt, ">=": operator.ge}
UNOPS = {
    "neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs,
    "hash": hash, "repr": repr, "bool": bool, "int": int, "float": float, "complex": complex,
    "round": round, "round2": lambda x: round(x, 2), "round-1": lambda x: round(x, -1),
    "round-20": lambda x: round(x, -20),
}
NOT_IMPLEMENTED = ("unsupported operand type", "not supported between instances",
                   "bad operand type for unary", "can't multiply sequence")


def show(v):
    s = v if isinstance(v, str) else repr(v)
    if len(s) > 100:
        return "sha:" + hashlib.sha256(s.encode()).hexdigest()[:16]
    return s


def result(f, *args):
    try:
        r = f(*args)
    except TypeError as e:
        if str(e).startswith(NOT_IMPLEMENTED) or "not supported between" in str(e):
            return "NotImplemented"
        return f"TypeError: {e}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    try:
        return show(r)
    except ValueError as e:
        return f"ValueError: {e}"


def too_big(op, a, b):
    """Results CPython would take ages or all memory to compute."""
    if isinstance(a, complex) or isinstance(b, complex):
        return False
    if op == "**" and isinstance(a, int) and isinstance(b, int):
        return abs(a) > 1 and b > 4000
    if op == "<<" and isinstance(a, int) and isinstance(b, int):
        return a != 0 and 1 << 20 < b < 1 << 40
    return False


def random_int(rng):
    bits = rng.choice([8, 47, 50, 64, 70, 300])
    return rng.randint(-2**bits, 2**bits)


def random_float(rng):
    k = rng.random()
    if k < 0.4:
        return rng.uniform(-100, 100)
    if k < 0.6:
        return rng.randint(-1000, 1000) / 4
    if k < 0.9:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300)
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1e308])


def random_lines(out, n):
    """Random int and float operands (fixed seed), bounded so that CPython
    answers quickly."""
    rng = random.Random(2)
    ops = [op for op in list(BINOPS) + list(CMPOPS) if op != "@"]
    for _ in range(n):
        op = rng.choice(ops)
        a = random_int(rng) if rng.random() < 0.5 else random_float(rng)
        b = random_int(rng) if rng.random() < 0.5 else random_float(rng)
        if op == "**" and isinstance(b, int) and abs(a) > 1:
            b = rng.randint(-40, 200)
        if op == "**" and isinstance(b, float) and 400 < abs(b) < math.inf:
            b = math.fmod(b, 50)
        if op == "<<" and isinstance(b, int):
            b = rng.randint(-5, 300)
        f = BINOPS.get(op) or CMPOPS.get(op)
        out.write(f"{op}\t{show(a)}\t{show(b)}\t{result(f, a, b)}\n")


def main():
    out = sys.stdout
    values = INTS + FLOATS + COMPLEX
    for op, f in BINOPS.items():
        for a in values:
            for b in values:
                if too_big(op, a, b):
                    continue
                out.write(f"{op}\t{show(a)}\t{show(b)}\t{result(f, a, b)}\n")
    for op, f in CMPOPS.items():
        for a in values:
            for b in values:
                out.write(f"{op}\t{show(a)}\t{show(b)}\t{result(f, a, b)}\n")
    for op, f in UNOPS.items():
        for a in values:
            if op == "hash" and (a != a or (isinstance(a, complex) and a != a)):
                continue  # CPython hashes NaN by identity
            out.write(f"{op}\t{show(a)}\t{result(f, a)}\n")
    for a in INTS[:12]:
        for b in [0, 1, 3, -1, -2, 2**64 + 1]:
            for m in [1, -1, 7, -7, 10**20 + 39, 0]:
                out.write(f"pow3\t{show(a)}\t{show(b)}\t{show(m)}\t{result(pow, a, b, m)}\n")
    for a, b, m in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3), (2, 3, True)]:
        out.write(f"pow3\t{show(a)}\t{show(b)}\t{show(m)}\t{result(pow, a, b, m)}\n")
    random_lines(out, 20000)


main()
