# Matrix operations with nested lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
M = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matmul(M, I) == M, list(map(list, zip(*M))))
P = A
for _ in range(5):
    P = matmul(P, A)
print(P)
print([row[::-1] for row in M], [M[i][i] for i in range(3)], sum(map(sum, M)))
