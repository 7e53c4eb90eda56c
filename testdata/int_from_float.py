# int() of floats: truncation toward zero across the small-int range and
# beyond, the errors of NaN and infinities, subclasses and other arguments.
vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 255.0*0.7, 2.0**52+0.5, -2.0**52-0.5, 2.0**53, 2.0**63, -2.0**70, 1e300, 123456789.987]
print([int(v) for v in vals])
for bad in [float('nan'), float('inf'), float('-inf')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class I(int): pass
print(int(3.7), type(int(3.7)).__name__, I(3.7), type(I(3.7)).__name__, int(True), int("12"))
