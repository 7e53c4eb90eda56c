# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'cd', repeat=2))[:6], len(list(product('ab', 'cd', repeat=2))))
print(list(product()), list(product([], [1])), list(product([1], [])), list(product('a', repeat=0)))
print(list(product(iter([1, 2]), (x for x in 'xy'))))
p = product('ab')
print(iter(p) is p, next(p), next(p))
print(sum(1 for _ in product(range(10), repeat=4)))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
print(len(list(permutations(range(6)))), list(permutations(range(6)))[100])
print(list(permutations([3, 1, 2], r=2)))
print(list(permutations(iterable='xy')))

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(len(list(combinations(range(20), 5))))
print(list(combinations(iterable=[1, 2, 3], r=2)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement('a', 3)))
print(len(list(combinations_with_replacement(range(6), 4))))

# consistency between the functions, as the docs describe
pool = 'wxyz'
for r in range(6):
    a = [t for t in permutations(pool, r) if sorted(t) == list(t)]
    b = list(combinations(pool, r))
    c = [t for t in product(pool, repeat=r) if sorted(t) == list(t) and len(set(t)) == r]
    d = [t for t in product(pool, repeat=r) if sorted(t) == list(t)]
    print(r, a == b == c, d == list(combinations_with_replacement(pool, r)))

for bad in [lambda: product(1), lambda: product([1], repeat=-1),
            lambda: product([1], repeat='a'), lambda: product([1], foo=2),
            lambda: permutations(1), lambda: permutations([1], -1),
            lambda: permutations([1], 'a'), lambda: permutations(),
            lambda: combinations([1]), lambda: combinations([1], -1),
            lambda: combinations([1], 'x'), lambda: combinations(1, 2),
            lambda: combinations_with_replacement([1], -1),
            lambda: combinations_with_replacement([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
