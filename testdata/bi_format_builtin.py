# format() builtin and __format__ of builtin types.
print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5") + "|", format(42, "x"), format(42, "#b"))
print(format(3.14159, ".2f"), format(3.14159, "10.3e"), format(0.5, "%"), format(1234.5, ",.1f"))
print(format("text", ">10"), format("text", "^10"), format("text", ".2"), format(True, ""), format(True, "d"))
print(format(None), format([1, 2]), format(1 + 2j, ""))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
