# Formatting a report table with alignment and totals.
data = {"north": [120, 340, 560], "south": [75, 60, 90], "east": [1000, 2000, 1500], "west": [0, 5, 10]}
header = f"{'region':<8}|" + "|".join(f"{'q' + str(i + 1):>7}" for i in range(3)) + f"|{'total':>8}|{'share':>7}"
print(header)
print("-" * len(header))
grand = sum(sum(v) for v in data.values())
for region, vals in data.items():
    t = sum(vals)
    print(f"{region:<8}|" + "|".join(f"{v:>7,}" for v in vals) + f"|{t:>8,}|{t / grand:>7.1%}")
print("=" * len(header))
print("%-8s|%23s|%8d|%7s" % ("all", "", grand, "100%"))
