# string constants used in typical code: ciphers, tokenising, translate tables.
import string

def caesar(text, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)

msg = "Hello, World! Python 3.11"
enc = caesar(msg, 3)
print(enc, caesar(enc, 23))

strip_punct = str.maketrans("", "", string.punctuation)
print("It's-a (test), isn't it?".translate(strip_punct))

def tokens(s):
    out, cur = [], ""
    for ch in s:
        if ch in string.whitespace:
            if cur:
                out.append(cur)
            cur = ""
        elif ch in string.punctuation:
            if cur:
                out.append(cur)
            out.append(ch)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out

print(tokens("x = foo(a, b) + 42;\n\tprint(x)"))

def to_base(n, base):
    chars = string.digits + string.ascii_lowercase
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, base)
        out = chars[r] + out
    return out

print([to_base(n, b) for n, b in [(255, 16), (255, 2), (8, 8), (123456789, 36), (0, 7)]])
print(all(int(to_base(n, 16), 16) == n for n in range(0, 5000, 37)))
print(string.octdigits.index("7"), string.hexdigits.find("F"), string.digits[::-1])
print("".join(sorted(string.punctuation, reverse=True)))
