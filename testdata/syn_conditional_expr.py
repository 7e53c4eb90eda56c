# Conditional expressions: nesting, laziness, precedence.
def noisy(v):
    print("eval", v)
    return v
print(1 if True else noisy(2))
print(noisy(3) if False else 4)
x = 5
print("big" if x > 3 else "small")
print("a" if x < 0 else "b" if x < 3 else "c" if x < 10 else "d")
print((1 if x else 2) + 10)
print(1 if x else 2 + 10)
r = [v if v % 2 else -v for v in range(6)]
print(r)
print(not x if x else "zero")
y = lambda: 0 if x else 1
print(y())
print([1, 2][0] if [] else "empty")
print(None if None is None else 1)
