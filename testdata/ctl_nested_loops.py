# Nested loops with break/continue affecting only the inner loop.
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
count = 0
i = 0
while i < 3:
    for j in range(10):
        if j == 2:
            break
        count += 1
    i += 1
print(count)
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
