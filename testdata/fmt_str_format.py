# str.format: positional, keyword, indexing, attributes, conversions, nesting.
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=5), "{0[0]} {0[1]} {1[k]}".format([9, 8], {"k": "v"}))
class P:
    x = 3
    y = [4, 5]
print("{0.x} {0.y[1]} {p.x}".format(P(), p=P))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "c"))
print("{:{w}.{p}f}|{:{}}|".format(3.14159, "x", 5, w=10, p=2))
print("{{}} {{{}}}".format("in braces"))
print("{0:b} {0:o} {0:x} {0:X} {0:#x} {0:,} {0:_}".format(1234567))
print("{:+} {:+} {: } {:-}".format(5, -5, 5, 5))
print("{:08.3f} {:-^12,.1f} {:e}".format(-3.14159, 1234567.89, 1.5))
print("{:%} {:.1%} {:.0%}".format(0.25, 0.3333, 1))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{}-{}".format(*"xy"))
for bad in ["{", "}", "{0} {}", "{1}", "{x}", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{:>{}}".format("nest", 8), "{0:{1}{2}}".format(7, "0", 4))
print("{:10}|{:<10}|{:10}|".format(3, 3, "s"))
