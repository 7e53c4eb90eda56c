# An exception several frames deep: the traceback lists every frame.
def level3(x):
    print("level3", x)
    return 10 // x

def level2(x):
    return level3(x - 1) + 1

def level1(x):
    print("level1", x)
    return level2(x)

print(level1(5))
print(level1(1))
