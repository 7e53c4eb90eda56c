# printf-style %-formatting for str.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f|%-10.1f|%+.1f|%010.2f" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print("%e %.3E %g %G %g %g" % (12345.678, 0.000123, 0.0001, 1e-10, 1e16, 123456789.0))
print("%c%c %c" % (72, "i", 0x263a))
print("%%literal %s%%" % "pct")
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % None)
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d" % 3.99, "%i" % True, "%x" % -255, "%o" % -8)
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.05))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s and %s" % ("a", "b"), "%-8s|" % "left", "%8.3s|" % "truncate")
print("%r" % 1.5, "%s" % 1e22, "%.3g" % 2.0, "%#.3g" % 2.0, "%#x" % 0)
