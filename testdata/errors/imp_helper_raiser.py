# Helper module for err_in_imported_module.py (not a program): prints nothing.
def explode(n):
    if n == 0:
        raise ArithmeticError("exploded at zero")
    return explode(n - 1)
