# repr and str of every builtin type value.
vals = [None, True, False, 0, -12, 2 ** 80, 1.0, -0.5, 1e-10, 1j, 1 + 2j, "s", "q'uote", b"b", bytearray(b"ba"),
        [], [1, [2]], (), (1,), (1, 2), {}, {"a": [1]}, set(), {1}, frozenset(), frozenset({2}), range(3),
        range(1, 5, 2), slice(1, 2), Ellipsis, NotImplemented, int, str, len]
for v in vals:
    print(repr(v), "|", str(v))
