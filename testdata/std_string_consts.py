# string: the constants and capwords.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))

print(string.capwords("hello   world, it's  a fine day"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c dEF-ghI", "-"))
print(string.capwords("ONE,two,,three", ","))
print(repr(string.capwords("")))
print(string.capwords("tab\tseparated\nlines"))

def classify(ch):
    kinds = []
    for name in ["ascii_lowercase", "ascii_uppercase", "digits", "punctuation", "whitespace"]:
        if ch in getattr(string, name):
            kinds.append(name)
    return kinds

for ch in "aZ5!\t ~_":
    print(repr(ch), classify(ch))

print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sorted(set(string.hexdigits.lower())) == sorted(set("0123456789abcdef")))
counts = {}
text = "The quick brown fox: 12 jumps! Over 3 lazy dogs?"
for c in text:
    for name in ["ascii_letters", "digits", "punctuation", "whitespace"]:
        if c in getattr(string, name):
            counts[name] = counts.get(name, 0) + 1
print(counts)
