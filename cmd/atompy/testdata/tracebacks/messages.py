# Message lines: a str() that fails, an empty str(), a multi-line message,
# notes, and an exception class from another module.
import imp_helper_tbmod


class Silent(Exception):
    def __str__(self):
        return ""


class Broken(Exception):
    def __str__(self):
        raise TypeError("no str")


def chain():
    cases = [Silent(1), Broken(2), KeyError("a\nb"), ValueError("line1\nline2"),
             imp_helper_tbmod.ParseError("bad input")]
    previous = None
    for exc in cases:
        try:
            raise exc
        except Exception as e:
            e.__context__ = previous
            previous = e
    previous.__notes__ = ["first note", "second\nnote"]
    raise previous


chain()
