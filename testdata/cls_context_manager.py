# A class-based context manager managing a resource and a stack of them.
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name, Resource.opened)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, "error" if exc_type else "ok")
        return exc_type is KeyError
with Resource("a") as ra, Resource("b") as rb:
    print("using", ra.name, rb.name)
with Resource("c"):
    raise KeyError("suppressed")
print("still running", Resource.opened)
try:
    with Resource("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("escaped", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return "token"
    def __exit__(self, *args):
        self.args = args
t = Timer()
with t as tok:
    print(tok)
print(t.args)
