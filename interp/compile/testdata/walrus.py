if (n := len(a)) > 3:
    print(n)
def f(data):
    if any((hit := x) > 2 for x in data):
        return hit
    while (chunk := read()):
        use(chunk)
total = [(last := v) for v in range(3)]
