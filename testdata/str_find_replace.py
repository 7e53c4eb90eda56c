# find, rfind, index, rindex, count, replace, startswith, endswith.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("a"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), "aaaa".count("aa"))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""), "aaa".replace("a", "aa"))
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith(("a", "z")), s.endswith("cad", 0, 7))
print("".startswith(""), "a".endswith(""), s.removeprefix("abra"), s.removesuffix("bra"), s.removeprefix("zz"))
print("x".join("abc").find("x", -2), "ab" in s, "bad" not in s)
