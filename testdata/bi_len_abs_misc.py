# len, abs, all, any, bin/hex/oct, chr/ord, divmod, callable.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}), len((1,)))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, 1]), all("abc"), any(x > 2 for x in range(4)))
print(bin(0), bin(5), bin(-5), hex(0), hex(255), hex(-255), oct(0), oct(8), oct(-8))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(chr(97), chr(0x1F600), ord("a"), ord("€"), ord(b"a"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3))
print(callable(len), callable("s"), callable(lambda: 0), callable(int), callable(None))
