"""Text processing with dicts and strings.

A deterministic corpus of n sentences is generated from syllables with a
linear congruential generator written here (word choice is skewed so a few
words are common).  The corpus is then cleaned (lower, replace), split into
words, counted in dicts (words, bigrams, letters, word lengths), filtered
with startswith/endswith/find, sorted by count and formatted into a report
with str.format, f-strings and %-formatting.  The work is string methods,
dict lookups and updates, and sorting with keys.

Checksum: a polynomial hash of the report text (never Python's hash()),
plus the most frequent words.
"""

import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "an", "el",
             "or", "ix", "um", "be", "de", "fa", "go", "hu", "ji", "pe"]
PUNCT = [",", ";", ":", "(", ")", "!", "?", "."]


class Lcg:
    """Park-Miller minimal standard generator (products stay below 2**47)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        parts = [SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3))]
        word = "".join(parts)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_sentence(rng, vocab):
    count = 4 + rng.below(12)
    words = []
    for i in range(count):
        word = vocab[rng.below(rng.below(len(vocab)) + 1)]
        if i == 0:
            word = word[0].upper() + word[1:]
        elif i < count - 1 and rng.below(8) == 0:
            word = word + ","
        elif rng.below(40) == 0:
            word = "(" + word + ")"
        words.append(word)
    return " ".join(words) + ".!?"[rng.below(3)]


def make_corpus(rng, sentences):
    vocab = make_vocabulary(rng, 1500)
    lines = []
    line = []
    for _ in range(sentences):
        line.append(make_sentence(rng, vocab))
        if len(line) == 6:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def clean(line):
    line = line.lower()
    for p in PUNCT:
        line = line.replace(p, " ")
    return line


def count_words(text):
    counts = {}
    bigrams = {}
    lengths = {}
    total = 0
    for line in text.split("\n"):
        words = clean(line).split()
        total += len(words)
        prev = None
        for w in words:
            counts[w] = counts.get(w, 0) + 1
            n = len(w)
            lengths[n] = lengths.get(n, 0) + 1
            if prev is not None:
                key = (prev, w)
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
    return counts, bigrams, lengths, total


def letter_counts(text):
    letters = {}
    for ch in text:
        if ch.isalpha():
            ch = ch.lower()
            letters[ch] = letters.get(ch, 0) + 1
    return letters


def by_count(counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def report(text):
    counts, bigrams, lengths, total = count_words(text)
    letters = letter_counts(text)
    out = []
    out.append("words: {} total, {} distinct".format(total, len(counts)))
    for word, c in by_count(counts)[:20]:
        out.append("{:>10} {:6d} {:7.3f}%".format(word, c, 100.0 * c / total))
    for (a, b), c in by_count(bigrams)[:10]:
        out.append(f"{a + ' ' + b:<20}|{c:>5}")
    for n in sorted(lengths):
        out.append("len %2d: %d" % (n, lengths[n]))
    out.append(" ".join("%s=%d" % (ch, letters[ch]) for ch in sorted(letters)))
    starts = sum(c for w, c in counts.items() if w.startswith("ka") or w.endswith("el"))
    inside = sum(1 for w in counts if w.find("ru") >= 0)
    out.append(f"ka*/*el: {starts}, contains ru: {inside}")
    upper = sum(1 for line in text.split("\n") for s in line.split(". ") if "A" <= s[:1] <= "Z")
    out.append("sentences starting upper-case: %d" % upper)
    titled = "-".join(w.upper() if len(w) > 5 else w for w, _ in by_count(counts)[:50])
    out.append(titled.replace("-", "|").strip("|"))
    return "\n".join(out), by_count(counts)


def text_hash(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32000
    rng = Lcg(42)
    corpus = make_corpus(rng, n)
    text, ranked = report(corpus)
    print("textproc: %d sentences, %d chars, report hash %d"
          % (n, len(corpus), text_hash(text) ^ text_hash(corpus)))
    print("textproc: top words", ", ".join("%s:%d" % wc for wc in ranked[:5]))


main()
