# Attributes of user instances: instance attributes and methods are
# candidates, and an AttributeError raised by __getattr__ gets the name
# and object of the failing lookup.
class Point:
    def __init__(self):
        self.xpos = 1
        self.ypos = 2

    def norm(self):
        return self.xpos + self.ypoz


class Proxy:
    def __getattr__(self, name):
        raise AttributeError(name)

    def fetch(self):
        return 1


try:
    Point().norm()
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
    Proxy().fecth()
