# Subscript forms: slices, tuples, parenthesised values and stores.
data = [[1, 2], [3, 4]]
grid = {(0, 0): "o"}
print(data[1][0], grid[0, 0])
try:
    print(grid[1, 2])
except KeyError as e:
    print("caught", e)
try:
    print((data)[5])
except IndexError as e:
    print("caught", e)
try:
    data[0][9] = 1
except IndexError as e:
    print("caught", e)
try:
    del data[7]
except IndexError as e:
    print("caught", e)
print(data[ 2 : 3 ], "ok")
s = "abc"
s[0] = "x"
