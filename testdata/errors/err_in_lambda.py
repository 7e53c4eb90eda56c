# Exception raised inside a lambda called through map.
print("start")
conv = lambda s: s.upper() + 1
print(list(map(conv, ["a", "b"])))
