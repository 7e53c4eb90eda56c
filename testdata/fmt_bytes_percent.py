# %-formatting of bytes.
print(b"%s %d %x %c" % (b"raw", 12, 255, 65))
print(b"%5s|%-5s|%05d" % (b"ab", b"cd", 42))
print(b"%b" % b"bb", b"%%", b"%r" % b"q" if False else b"%a" % "\xe9")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
print(b"%(k)s" % {b"k": b"v"})
