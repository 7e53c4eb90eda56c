# List operators: concatenation, repetition, comparison, membership, equality, nesting.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 0, [] + [])
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print(2 in a, 9 not in a, [1] in [[1], [2]])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
print(len(a), max(a), min(a), sum(a), list(reversed(a)), a[::-1])
c = a
c += [4]
print(a)
try:
    a + (5,)
except TypeError as e:
    print("TypeError", e)
print(list(), list((1, 2)), list("ab"), list({1: 2}), list(range(3)))
x = [1, [2, [3]]]
y = x.copy()
y[1].append("shared")
print(x)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
