# Generator expressions: laziness and scoping.
calls = []
def f(x):
    calls.append(x)
    return x * 2
g = (f(x) for x in range(5))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(sum(x * x for x in range(10)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
nums = [3, 1, 2]
g2 = (n for n in nums)
nums.append(10)
print(list(g2))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(c for c in "hi"), set(x % 2 for x in range(5)) == {0, 1})
print(", ".join(str(i) for i in range(4)))
print(max((len(w), w) for w in "the quick brown fox".split()))
it = (i for i in range(3))
for v in it:
    print("v", v)
print(list(it))
