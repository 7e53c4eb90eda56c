# Building strings by concatenation, join, repetition and formatting in loops.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
acc = ""
for i in range(5):
    acc += f"[{i}]"
print(acc, len(acc))
rows = []
for r in range(1, 4):
    rows.append(" ".join(f"{r * c:3d}" for c in range(1, 6)))
print("\n".join(rows))
print("=" * 20)
line = "|".join(s.center(7) for s in ["a", "bb", "ccc"])
print(line)
print(str(12) + str(3.5) + str(True) + str(None))
