# nonlocal and global declarations at several levels.
g = "global"
def read_global():
    return g
def write_global():
    global g
    g = "rewritten"
print(read_global())
write_global()
print(g)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def shadow():
    g = "local"
    def f():
        global g
        return g
    return g, f()
print(shadow())
def new_global():
    global fresh
    fresh = 123
new_global()
print(fresh)
def unbound():
    try:
        print(g)
        g = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
unbound()
def nl_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nl_loop())
