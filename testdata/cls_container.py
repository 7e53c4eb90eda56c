# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError("need a tuple")
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
print(len(g), g[0, 0])
g[1, 1] = "#"
g[2, 0] = "@"
print(g[1, 1], "#" in g, "?" in g)
del g[1, 1]
print("#" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print("seq", v)
class Sl:
    def __getitem__(self, k):
        return k
s = Sl()
print(s[1:2], s[::3], s[1, 2:3], s[...])
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
