# Constructors as conversions: str, int, float, bool, list, tuple, dict, set, frozenset, complex, bytes, bytearray.
print(str(123), str(1.5), str([1]), str(None), str(True), str(""))
print(int("10"), int(9.9), int(-9.9), int("101", 2), int(True), int())
print(float("1.5"), float(2), float(), float(" 3 "), float("-0"))
print(bool(), bool(0), bool("0"), bool([]), bool([0]), bool(None))
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(2)))
print(tuple(), tuple("ab"), tuple([1]), tuple({1: 2}))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
print(sorted(set([3, 1, 3])), set(), sorted(frozenset("aba")), frozenset())
print(complex(1), complex(1, 2), complex("3+4j"))
print(bytes(2), bytes([1, 2]), bytearray(b"a"), bytes("x", "ascii"))
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
print(type(int), type(str("x")), repr(str), repr(int))
