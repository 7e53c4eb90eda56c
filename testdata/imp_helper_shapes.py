# A helper module for the imp_ tests: defines things and prints nothing.
PI = 3.14159
_private = "hidden"
counter = 0

def area(r):
    return PI * r * r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

def bump():
    global counter
    counter += 1
    return counter
