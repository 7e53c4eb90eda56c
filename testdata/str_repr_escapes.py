# repr() of strings: quote choice and escapes for control and non-printable characters.
tests = ["plain", "it's", 'say "hi"', "both ' \"", "\\", "\n\t\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad",
         "é ü ☃ 日本", "\u2028\u2029", "\ud800" if False else "\U0001f600", "\u200b\u00ad", "\x0b\x0c", "\ufeff"]
for t in tests:
    print(repr(t), len(t))
print(ascii("héllo ☃ 😀"), ascii("plain"), ascii([1, "é"]))
print(repr(["a", 'b"c']), repr(("x",)), repr({"k": "v'"}))
