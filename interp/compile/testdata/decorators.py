@a
@b.c(1)
def f():
    pass

@dataclass
class P:
    x: int = 0

class Q(P, *mixins, metaclass=M, **kw):
    pass
