#!/usr/bin/env python3
"""Generates testdata/error_corpus.json: small chunks of CPython's standard
library with one or two random edits, each with what CPython 3.11 says
about it (nothing, a parse error, or a compile-time SyntaxError). The
test requires our line numbers to match exactly.

Run from interp/syntax:  python3 testdata/gen_error_corpus.py
"""
import ast
import glob
import json
import os
import random
import sysconfig
import textwrap
import warnings

warnings.simplefilter("ignore")
random.seed(20261126)
UNSUPPORTED = (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith, ast.Match)
EDITS = list("()[]{}:,.=+-*/'\"\\#\n \t@!%<>;") + [
    "if ", "else", "lambda", "yield", "not ", "in ", "for ", "def ", "**", ":=", 'f"{', "}",
    '"""', "'''", "    ", "return ", "class ", "$", "0x", "1_", "\\\n"]
files = sorted(glob.glob(os.path.join(sysconfig.get_paths()["stdlib"], "*.py")))
cases = []
while len(cases) < 400:
    try:
        lines = open(random.choice(files), encoding="utf-8").read().split("\n")
    except (UnicodeDecodeError, OSError):
        continue
    a = random.randrange(len(lines))
    chunk = textwrap.dedent("\n".join(lines[a:a + random.randint(1, 12)]) + "\n")
    if not chunk.strip() or len(chunk) > 400:
        continue
    for _ in range(random.randint(1, 2)):
        i = random.randrange(len(chunk) + 1)
        op = random.random()
        if op < 0.4:
            chunk = chunk[:i] + chunk[i + 1:]
        elif op < 0.8:
            chunk = chunk[:i] + random.choice(EDITS) + chunk[i:]
        else:
            chunk = chunk[:i] + chunk[i + random.randint(1, 10):]
    if "\0" in chunk or "\ufeff" in chunk or "\\N{" in chunk or "async" in chunk or "await" in chunk:
        continue
    case = {"src": chunk}
    try:
        tree = ast.parse(chunk)
        if any(isinstance(x, UNSUPPORTED) for x in ast.walk(tree)):
            continue
        try:
            compile(chunk, "<corpus>", "exec")
            case["ok"] = True
        except SyntaxError as e:
            case.update(compile_error=True, line=e.lineno, msg=e.msg)
    except SyntaxError as e:
        case.update(line=e.lineno, col=e.offset, msg=e.msg, kind=type(e).__name__)
    except (ValueError, RecursionError, MemoryError):
        continue
    cases.append(case)
with open(os.path.join(os.path.dirname(__file__), "error_corpus.json"), "w") as f:
    json.dump(cases, f, indent=0, ensure_ascii=True)
    f.write("\n")
