# int() parsing with bases, prefixes, underscores, whitespace and errors.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("1_000"))
print(int(" -12 "), int("+7"), int("0"), int("00"), int("0_0"))
print(int("hello", 36), int("11", 3))
for bad in ["", "1.5", "abc", "0x", "1__0", "_1", "12a", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError", e)
for s, b in [("9", 8), ("0b1", 2), ("010", 0), ("2", 1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
print(int(b"42"), int(bytearray(b"-3")))
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(1e18), int(-2.5), int(float("1e20")))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
