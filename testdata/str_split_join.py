# split, rsplit, splitlines, join, partition, rpartition.
s = "  the quick  brown\tfox\njumps  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("aXbXc".split("X", 0), "aXbXc".rsplit("X", 1), "a::b::c".split("::"))
print("l1\nl2\r\nl3\rl4\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "x\n\n".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "\n".join(["one"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("key=value=x".partition("="), "novalue".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a b".split(sep=" "))
