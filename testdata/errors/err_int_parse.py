# ValueError from int() of a bad literal in a nested call.
def parse_all(items):
    return [int(x) for x in items]

print(parse_all(["1", "22"]))
print(parse_all(["3", "4.5"]))
