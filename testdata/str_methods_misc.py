# Other str methods: format, maketrans/translate, isidentifier, ljust with unicode.
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}) == {97: "1"}, "abc".translate(str.maketrans("", "", "b")))
print("Hello World".swapcase(), "hello".index("l"), "hello".count("l"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
words = "the rain in spain stays mainly in the plain".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(" ".join(w.capitalize() for w in words))
print("%s" % "x", "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2))
