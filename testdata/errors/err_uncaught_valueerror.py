# An uncaught ValueError at module level after some output.
print("before")
values = [1, 2, 3]
print(sum(values))
raise ValueError("bad value: %d" % len(values))
print("never")
