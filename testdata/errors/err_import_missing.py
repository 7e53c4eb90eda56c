# Importing a module that does not exist.
print("importing")
import nonexistent_module_for_atompy_tests
