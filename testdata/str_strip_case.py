# strip family, case conversion and predicates.
s = "  \t Hello, World! \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print("hello world".upper(), "HeLLo".lower(), "hello wORLD foo-bar it's".title(), "hello".capitalize(), "HeLLo".swapcase())
print("éàü".upper(), "ÉÀÜ".lower(), "ωμέγα".upper(), "日本".upper())
for t in ["123", "12a", "", "abc", "ABC", "aBc", " ", "\t\n", "a1", "é", "日本", "_", "١٢"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print("Title Case".istitle(), "not Title".istitle(), "abc".isascii(), "é".isascii(), "ab\x00".isprintable(), "ab".isprintable())
