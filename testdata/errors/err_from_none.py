# raise ... from None hides the context.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no field {k}") from None

print(get({"a": 1}, "a"))
get({}, "b")
