# Chained exception with an explicit cause: "The above exception was the direct cause".
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e

print(load("a"))
load("b")
