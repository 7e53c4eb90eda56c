# Text processing with dicts and strings: an inverted index and queries.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog outpaces a quick red fox"""
index = {}
for lineno, line in enumerate(text.splitlines(), 1):
    for pos, word in enumerate(line.split()):
        index.setdefault(word, []).append((lineno, pos))
for w in sorted(index):
    print(f"{w:10} {index[w]}")
def query(*words):
    sets = [set(ln for ln, _ in index.get(w, [])) for w in words]
    return sorted(set.intersection(*sets)) if sets else []
print(query("quick", "fox"), query("dog"), query("cat"), query("the", "dog", "fox"))
freq = sorted(((len(v), k) for k, v in index.items()), reverse=True)[:5]
print(freq)
