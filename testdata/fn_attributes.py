# Function objects: __name__, __qualname__, __doc__, attributes, defaults.
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__)
print(documented.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class C:
    def m(self):
        pass
print(C.m.__name__, C.m.__qualname__)
documented.custom = "attr"
print(documented.custom)
print(callable(documented), callable(3))
def nodoc():
    pass
print(nodoc.__doc__)
f = documented
print(f(2), f is documented)
print(type(documented).__name__, type(lambda: 0).__name__)
print((lambda: 0).__name__)
