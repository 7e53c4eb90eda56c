# collections.defaultdict: default_factory, __missing__, repr, copy.
from collections import defaultdict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups))
print(isinstance(groups, dict), type(groups).__name__, groups.default_factory)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts)
print("q" in counts, counts.get("q"), counts["q"], "q" in counts)

d = defaultdict(int, {"a": 1}, b=2)
print(d)
d2 = defaultdict(lambda: "dflt", [("k", "v")])
print(d2["k"], d2["missing"], sorted(d2))
n = defaultdict()
print(n, n.default_factory)
show("missing", lambda: n["x"])
show("bad factory", lambda: defaultdict(1))
n.default_factory = set
n["s"].add(3)
print(n)

c = counts.copy()
c["m"] = 100
print(type(c).__name__, c["m"], counts["m"], c.default_factory is counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
nested["x"]["z"] -= 1
print(dict(nested["x"]), list(nested))
m = defaultdict(list, a=[1]) | {"b": [2]}
print(type(m).__name__, m)
print(d == {"a": 1, "b": 2}, d.pop("a"), d)
print(defaultdict(str, x=1).setdefault("y", "v"))


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def bump(self, key):
        self[key] += 1
        return self[key]


t = Tally()
t.bump("a")
print(t.bump("a"), t.bump("b"), dict(t))
