# zfill, center, ljust, rjust, expandtabs.
for w in [0, 3, 8, 9]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3), "12345".zfill(2))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "a".center(4, "."))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc".expandtabs(2), "\t".expandtabs(0))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("é".rjust(3, "☃"), len("é".ljust(4)))
