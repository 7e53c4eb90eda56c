# Truth values of every built-in type in if, while, not, and/or.
vals = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", "a", b"", b"x", [], [0], (), (0,),
        {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False,
        bytearray(), bytearray(b"\0")]
for v in vals:
    print(repr(v), bool(v), not v, "T" if v else "F")
print([] or [1], [2] and [3], 0 or None, "" and "never")
class Z:
    def __len__(self):
        return 0
print(bool(Z()), not Z())
n = 3
while n:
    n -= 1
print(n)
