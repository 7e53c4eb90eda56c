# A file with CRLF line endings.
def f(d):
    return d["missing"] + 1


f({})
