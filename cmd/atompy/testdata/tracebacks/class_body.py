# Errors while a class body, a decorator, a default argument or a
# property runs.
def deco(f):
    return f.nope


class Shape:
    sides = 4

    @property
    def area(self):
        return self.width * self.sides


errors = []
try:
    class Broken:
        x = 1
        y = x / 0
except ZeroDivisionError as e:
    errors.append(e)
try:
    @deco
    def g():
        pass
except AttributeError as e:
    errors.append(e)
try:
    def h(a, b=[][1]):
        pass
except IndexError as e:
    errors.append(e)
print(len(errors))
print(Shape().area)
