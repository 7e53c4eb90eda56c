# Lists as stacks and queues; algorithms that mutate lists heavily.
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(tok, stack)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(seen)
def bubble(xs):
    xs = xs[:]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 3, 8, 1, 9, 2]))
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
print(quicksort([3, 6, 1, 8, 2, 9, 2, 0]))
