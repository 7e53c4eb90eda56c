# Unicode identifiers and string contents.
café = "coffee"
π = 3.14
Δx = 0.5
print(café, π, Δx * 2)
def größe(n):
    return n * 2
print(größe(21))
s = "naïve ☃ 日本語"
print(len(s), s[6], s[-3:], s.upper())
print([ord(c) for c in "aé☃"])
print("日本" + "語" == "日本語", "本" in s)
print(s.encode("utf-8"))
print(s.encode("utf-8").decode("utf-8") == s)
print(sorted(["b", "ä", "a", "z"]))
