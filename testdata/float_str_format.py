# str() and format() of floats in many shapes.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.0, 0.000012345, 1e21, 1e-7, 2 ** 0.5, 100.0]
for v in vals:
    print(str(v), format(v), format(v, ".3"), format(v, ".3g"), format(v, "e"), format(v, ".2f"), format(v, "%"))
print("%.3f %.0f %e %g %G %10.4f|%-10.2f|" % (3.14159, 2.5, 12345.678, 0.00001, 1e-10, 2.5, 2.5))
print(format(1e100, "f")[:30], len(format(1e100, "f")))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "%"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
