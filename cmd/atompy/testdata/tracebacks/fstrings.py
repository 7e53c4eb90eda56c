# Errors in f-string replacement fields.
x = 0
name = "n"
try:
    s = f"a{x}b{1 / x:>4}"
except ZeroDivisionError as e:
    print("caught", e)
s = f"{name.upper()}{name.missing}"
