# import ... as ..., and a module that imports another module.
import imp_helper_chain as chain
import imp_helper_shapes as shapes
print(chain.big_square(2).area(), round(chain.circle_ratio(), 5), chain.loaded_name)
print(chain.imp_helper_shapes is shapes, chain.Square is shapes.Square)
print(chain.math.sqrt(4))
from imp_helper_chain import big_square as bs
print(bs(1).area())
