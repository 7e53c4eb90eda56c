# Character classification and counting by iteration.
text = "Hello World 123! ¿Qué tal? 日本 Ωμέγα"
counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in text:
    if ch.isupper():
        counts["upper"] += 1
    elif ch.islower():
        counts["lower"] += 1
    elif ch.isdigit():
        counts["digit"] += 1
    elif ch.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
print(counts)
print([c for c in text if c.isalpha()])
print([c for c in text if c.isnumeric()])
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels)
print(sorted(set(text.replace(" ", ""))))
print("".join(c for c in text if c.isascii() and c.isalnum()))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() and c.isascii() else c for c in "hello, world")
print(caesar)
