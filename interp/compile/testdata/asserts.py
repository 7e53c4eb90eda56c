assert x
assert x > 0, "x must be positive"
assert isinstance(x, int), f"got {type(x)}"
