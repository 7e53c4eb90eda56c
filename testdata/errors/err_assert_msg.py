# A failing assert with a message.
def check(items):
    for i in items:
        assert i >= 0, f"negative item {i} in {items}"
        print("ok", i)

check([3, 1, -2, 5])
