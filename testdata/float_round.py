# round() of floats: banker's rounding, ndigits, negative ndigits, representation effects.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e20, 1e-20]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(5, 2), round(15, -1), round(25, -1), round(-25, -1))
