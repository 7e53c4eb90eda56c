# from module import *: skips names starting with an underscore.
from imp_helper_shapes import *
print(PI, area(1), Square(1).area())
print("_private" in dir(), "area" in dir())
import imp_helper_shapes
print(imp_helper_shapes._private)
