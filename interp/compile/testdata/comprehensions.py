def f(data, k):
    a = [x * k for x in data]
    b = {x: y for x, y in data.items() if x if y}
    c = {x for row in data for x in row}
    d = sum(x for x in data)
    e = [[y for y in range(x)] for x in data]
    return a, b, c, d, e
