# Binary operators mark the operator with ^ and the operands with ~.
def div(a, b, c):
    return a + b / c


def floor(a, b):
    return (a) //(b)


def power(x):
    return 2 ** x ** x


print(div(1, 2, 4))
try:
    floor(1, 0)
except ZeroDivisionError as e:
    print("caught", e)
try:
    power("x")
except TypeError as e:
    print("caught", e)
total = 0
values = [1, 2, 3, "four"]
for v in values:
    total = total + v * 2 - 1
