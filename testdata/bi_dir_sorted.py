# dir() returns sorted attribute names; checks on builtin types.
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(set()) if not n.startswith("_")])
class C:
    b = 1
    a = 2
    def m(self):
        pass
c = C()
c.z = 0
print([n for n in dir(c) if not n.startswith("_")])
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
