# slice objects: attributes, indices, use with custom __getitem__, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(10))
print(list(range(12))[s], "abcdefghijkl"[s], (0, 1, 2, 3)[slice(None, None, -2)])
print(s == slice(1, 10, 2), s != slice(1, 10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[:], r[::-1], r[1:2, 3], r["a":"b"])
try:
    hash(slice(1))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
