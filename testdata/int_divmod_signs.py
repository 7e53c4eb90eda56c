# Floor division and modulo of small ints of every sign, plain and in place,
# up to the edges of the small-int range (the interpreter's fast path).
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**40, -2**40, 2**47-1, -2**47, 2**62, -2**62]
out = []
for x in vals:
    for y in vals:
        if y:
            out.append((x % y, x // y))
            z = x; z %= y; w = x; w //= y
            out.append((z, w))
print(hash(tuple(out)), len(out))
print(out[:40])
