# Set-based algorithms: dedup, graph reachability, sieve.
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(words), len(set(words)))
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq)
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: {1}, 7: {8}, 8: set()}
def reach(start):
    todo, done = [start], set()
    while todo:
        n = todo.pop()
        if n in done:
            continue
        done.add(n)
        todo.extend(graph[n] - done)
    return done
print(sorted(reach(1)), sorted(reach(7)), sorted(reach(5)))
N = 100
composite = {j for i in range(2, 11) for j in range(i * i, N, i)}
primes = sorted(set(range(2, N)) - composite)
print(primes)
a = set(range(0, 50, 3))
b = set(range(0, 50, 5))
print(sorted(a & b), len(a | b), sum(a ^ b))
