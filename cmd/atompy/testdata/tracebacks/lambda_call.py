# A lambda's body fails.
apply = lambda f, x: f(x) + x
double = lambda v: v * 2
print(apply(double, 3))
print(apply(double, "a"))
print(apply(lambda v: v[3], [1]))
