# Subscripts mark the index with ^ and the value with ~.
table = {"a": [1, 2], "b": {"c": 3}}


def get(key, i):
    return table[key][i]


print(get("a", 0))
print(table["b"]["c"])
x = get("a", 1) + table["b"]["missing"]
