# A module with a syntax error, imported by syntax_import.py.
def f():
    return "größe" +* 2
