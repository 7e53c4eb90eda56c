# import of a .py module next to the script.
import imp_helper_shapes
print(imp_helper_shapes.PI, imp_helper_shapes.area(2))
sq = imp_helper_shapes.Square(3)
print(sq.area(), type(sq).__name__)
print(imp_helper_shapes.__name__, type(imp_helper_shapes).__name__)
print(imp_helper_shapes.bump(), imp_helper_shapes.bump(), imp_helper_shapes.counter)
import imp_helper_shapes
print(imp_helper_shapes.counter)
import imp_helper_shapes as again
print(again is imp_helper_shapes, again.counter)
