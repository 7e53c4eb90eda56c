# Errors from integer operations.
cases = [
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1 / 0", lambda: 1 / 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[] * 1.5", lambda: [] * 1.5),
    ("~1.5", lambda: ~1.5),
    ("1 << 1.0", lambda: 1 << 1.0),
    ("2 ** 3", lambda: 2 ** 3),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except Exception as e:
        print(text, "->", type(e).__name__, e)
