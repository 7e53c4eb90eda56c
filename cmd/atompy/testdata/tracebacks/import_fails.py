# The import itself fails, inside the imported module's top level.
print("before")
import imp_helper_tbbroken
print("after")
