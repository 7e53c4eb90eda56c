# Failures inside comprehensions, lambdas and generators.
def scale(xs, k):
    return [x / k for x in xs]


def gen(xs):
    for x in xs:
        yield 10 // x


key = lambda s: s.lower()
try:
    sorted([1, "a"], key=key)
except AttributeError as e:
    print("caught", e)
try:
    scale([1, 2], 0)
except ZeroDivisionError as e:
    print("caught", e)
print({k: v for k, v in [(1, 2)]})
total = sum(gen([5, 2, 0, 1]))
