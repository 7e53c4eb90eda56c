# The failing code lives in an imported module.
import imp_helper_tbmod

print(imp_helper_tbmod.parse("a=1"))
print(imp_helper_tbmod.lookup({"x": 1}, "x"))
imp_helper_tbmod.parse("a")
