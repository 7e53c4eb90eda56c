# Annotations are parsed and ignored at run time (values still assigned).
x: int = 5
y: "list[str]"
print(x)
def f(a: int, b: str = "d", *args: float, c: bool = True, **kw: dict) -> tuple:
    return a, b, args, c, kw
print(f(1), f(2, "e", 3.0, c=False, z=1))

class P:
    name: str = "p"
    count: int
    def m(self) -> None:
        z: float = 1.5
        print("m", z)
P().m()
print(P.name, hasattr(P, "count"))
lst: list = []
lst.append(1)
print(lst)
