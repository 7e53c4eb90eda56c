# Failures inside generators: a generator expression, yield from, and a
# generator resumed by next().
def inner():
    yield 1
    raise KeyError("k")


def outer():
    yield from inner()


def gen_div(xs):
    return (10 // x for x in xs)


errors = []
for case in [lambda: list(gen_div([2, 0])), lambda: [v for v in outer()]]:
    try:
        case()
    except Exception as e:
        errors.append(e)
print(len(errors))
g = (int(s) for s in ["1", "x"])
print(next(g))
next(g) + 1
