# TypeError from indexing a string with a string.
s = "hello"
print(s[1])
print(s["1"])
