# from module import names; module state is shared between import styles.
from imp_helper_shapes import area, Square, PI as pi_value
from imp_helper_shapes import bump
import imp_helper_shapes
print(area(1), pi_value, Square(2).area())
print(bump(), imp_helper_shapes.counter)
imp_helper_shapes.PI = 3
print(area(1), pi_value)
try:
    from imp_helper_shapes import missing_name
except ImportError as e:
    print("ImportError", e)
