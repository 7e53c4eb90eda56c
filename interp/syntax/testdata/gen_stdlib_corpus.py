#!/usr/bin/env python3
"""Writes the expected Dump and node positions of every standard library
module CPython 3.11 parses and atompy supports (no async, no match), for
TestStdlibCorpus:

    python3 testdata/gen_stdlib_corpus.py /tmp/stdlib.corpus
    ATOMPY_STDLIB_CORPUS=/tmp/stdlib.corpus go test -run StdlibCorpus ./interp/syntax

Each line is: path NUL dump NUL positions (joined by '|').
"""
import ast
import glob
import os
import sys
import sysconfig
import warnings

warnings.simplefilter("ignore")
sys.argv, out_path = sys.argv[:1], sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
gen = open(os.path.join(here, "gen_parse_cases.py")).read().replace("\nmain()\n", "\n")
exec(gen)  # dump() and positions(), shared with the table tests

UNSUPPORTED = (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith, ast.Match)
stdlib = sysconfig.get_paths()["stdlib"]
n = 0
with open(out_path, "w") as out:
    for path in sorted(glob.glob(os.path.join(stdlib, "**", "*.py"), recursive=True)):
        if "site-packages" in path or os.sep + "test" + os.sep in path:
            continue
        try:
            tree = ast.parse(open(path, "rb").read())
        except (SyntaxError, ValueError):
            continue
        if any(isinstance(x, UNSUPPORTED) for x in ast.walk(tree)):
            continue
        pos = []
        positions(tree, pos)
        out.write(path + "\0" + dump(tree) + "\0" + "|".join(pos) + "\n")
        n += 1
print(n, "modules")
