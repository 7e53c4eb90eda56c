# A misspelled builtin: the report suggests the builtin, but str(e) and
# the name attribute are the plain CPython ones.
try:
    pritn("caught")
except NameError as e:
    print(str(e), repr(e.name))
print(NameError("x").name, AttributeError("y").obj)
pritn("hello")
