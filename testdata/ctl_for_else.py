# for loops with else, break, continue, over many iterable kinds.
for i in range(3):
    print(i)
else:
    print("done", i)
for x in [1, 2, 3, 4]:
    if x == 3:
        print("found 3")
        break
else:
    print("never")
for c in "":
    print("never")
else:
    print("empty else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
for k in {"a": 1, "b": 2}:
    print("key", k)
for v in (10, 20):
    if v == 10:
        continue
    print("v", v)
for b in b"AB":
    print(b)
it = iter([1, 2, 3])
for v in it:
    print("it", v, list(it))
