# A helper module that itself imports another helper and a built-in module.
import math
import imp_helper_shapes
from imp_helper_shapes import Square

def big_square(n):
    return Square(n * 10)

def circle_ratio():
    return imp_helper_shapes.area(1) / math.pi

loaded_name = __name__
