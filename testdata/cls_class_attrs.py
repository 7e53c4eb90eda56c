# Class attributes vs instance attributes, mutation through instances, class-level counters.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
        self.shared.append(self.id)
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, c.id, Counter.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
Counter.new_attr = "added later"
print(b.new_attr)
print(getattr(Counter, "count"), "count" in Counter.__dict__)
setattr(Counter, "dyn", 5)
print(c.dyn)
class Config:
    DEBUG = False
    LEVEL = DEBUG and 1 or 2
    NAMES = [n for n in ("a", "b")]
print(Config.LEVEL, Config.NAMES)
class Meta:
    x = 1
    def get_x(self):
        return self.x
    @classmethod
    def cx(cls):
        return cls.x
m = Meta()
m.x = 2
print(m.get_x(), m.cx(), Meta.cx())
