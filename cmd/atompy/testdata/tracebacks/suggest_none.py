# Nothing close enough: no suggestion, and none for an AttributeError
# whose names are too long or too many.
class Wide:
    def __dir__(self):
        return ["name%d" % i for i in range(750)]


try:
    [].completely_different
except AttributeError:
    try:
        Wide().name1x
    except AttributeError:
        xyzzy
