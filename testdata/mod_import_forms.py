# import forms for built-in modules: import, as, from-import, from-import-as, repeated imports.
import math
import math as m
from math import sqrt, floor as fl
from sys import maxsize
import sys, time
print(m is math, sqrt(9), fl(2.5), maxsize > 0, type(time.time()).__name__)
import math
print(math.pi == m.pi)
def local_import():
    import math as inner
    from math import factorial
    return inner.ceil(1.2), factorial(5)
print(local_import())
print(type(math).__name__, math.__name__, m.__name__)
print(sys.maxsize > 2 ** 31, m.floor(-0.5))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    # CPython names the file math was loaded from; print only the portable part.
    print(type(e).__name__, str(e).split(" (")[0])
