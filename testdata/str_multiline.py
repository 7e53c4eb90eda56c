# Triple-quoted strings, dedenting by hand, line processing.
doc = """
    first line
      indented
    last line
"""
lines = doc.splitlines()
print(lines)
stripped = [l[4:] for l in lines if l.strip()]
print("\n".join(stripped))
csv = """name,age,city
alice,30,paris
bob,25,rome
carol,35,oslo"""
header, *rows = csv.split("\n")
fields = header.split(",")
records = [dict(zip(fields, r.split(","))) for r in rows]
print(records)
print(sorted(records, key=lambda r: int(r["age"]))[0]["name"])
print(sum(int(r["age"]) for r in records) / len(records))
