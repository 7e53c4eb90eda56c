# globals() contents, vars() without args at module level, exit inside try/finally (SystemExit caught).
x = 1
g = globals()
print("x" in g, g["x"], g is globals(), "__name__" in g, g["__name__"])
print(sorted(k for k in vars() if not k.startswith("__")))
try:
    exit(5)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    import sys
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    exit()
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
