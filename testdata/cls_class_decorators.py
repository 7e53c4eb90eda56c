# Class decorators and methods added by decorators.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("apple", 3), sorted(REG))
def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Conf:
    pass
print(Conf() is Conf())
