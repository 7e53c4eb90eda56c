"""Multithreaded word count over a generated corpus, one transaction per chunk.

A corpus of CHUNKS chunks of text is made from a synthetic vocabulary of
syllable words, with a skewed word frequency (a few words common, most
rare), mixed case and punctuation, all driven by Park-Miller generators.
The work uses the 2013 `transaction` module: main adds one make_chunk call
per chunk and calls transaction.run() on THREADS threads
(transaction.set_num_threads); each make_chunk generates its chunk's text
and adds, from inside the running transaction, a count_chunk call for it,
which normalises the words (lower case, punctuation stripped) and counts
them into a dict of its own.
The partial counts are merged after run() returns, in chunk order, so the
result is the same for any thread count and any order the calls ran in.

Usage: mt_wordcount.py [THREADS] [SIZE]   (SIZE = lines per chunk)

Checksum: the number of words, of distinct words and of lines, the ten
most frequent words (ties broken alphabetically), and a hash of all
(word, count) pairs in sorted order modulo 2**31 - 1.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import transaction

CHUNKS = 48
WORDS_PER_LINE = 12
SYLLABLES = ["ka", "to", "ri", "men", "sa", "lo", "vi", "dre", "nu", "pa",
             "el", "or", "tis", "gra", "mo", "shu", "ne", "qua", "bi", "zo"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]
VOCABULARY = 3000
MOD = 2147483647


def next_random(state):
    return state * 48271 % 2147483647


def make_vocabulary():
    state = 42
    words = []
    seen = {}
    while len(words) < VOCABULARY:
        state = next_random(state)
        length = 1 + state % 4
        parts = []
        for _ in range(length):
            state = next_random(state)
            parts.append(SYLLABLES[state % len(SYLLABLES)])
        word = "".join(parts)
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


WORDS = make_vocabulary()


def make_text(chunk, lines):
    """The text of one chunk: lines of words with case and punctuation."""
    state = 1 + 7919 * (chunk + 1)
    out = []
    for _ in range(lines):
        line = []
        for _ in range(WORDS_PER_LINE):
            state = next_random(state)
            a = state % VOCABULARY
            state = next_random(state)
            word = WORDS[a * (state % VOCABULARY) // VOCABULARY]
            state = next_random(state)
            style = state % 16
            if style == 0:
                word = word.upper()
            elif style < 3:
                word = word.capitalize()
            elif style == 3:
                word = word + PUNCTUATION[state % 6]
            elif style == 4:
                word = "(" + word + ")"
            line.append(word)
        out.append(" ".join(line))
    return "\n".join(out) + "\n"


def count_words(text):
    counts = {}
    lines = 0
    for line in text.split("\n"):
        if not line:
            continue
        lines += 1
        for word in line.lower().split():
            word = word.strip(",.;!?:()")
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts, lines


def make_chunk(chunk, lines, partials):
    text = make_text(chunk, lines)
    transaction.add(count_chunk, chunk, text, partials)


def count_chunk(chunk, text, partials):
    partials[chunk] = count_words(text)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    partials = [None] * CHUNKS
    transaction.set_num_threads(threads)
    for chunk in range(CHUNKS):
        transaction.add(make_chunk, chunk, lines, partials)
    transaction.run()

    totals = {}
    line_count = 0
    for counts, chunk_lines in partials:
        line_count += chunk_lines
        for word, n in counts.items():
            totals[word] = totals.get(word, 0) + n
    items = sorted(totals.items())
    digest = 0
    for word, n in items:
        for ch in word:
            digest = (digest * 31 + ord(ch)) % MOD
        digest = (digest * 31 + n) % MOD
    top = sorted(items, key=lambda item: (-item[1], item[0]))[:10]
    print("wordcount: %d chunks, %d lines" % (CHUNKS, line_count))
    print("words: %d, distinct: %d" % (sum(totals.values()), len(totals)))
    print("top:", " ".join("%s=%d" % item for item in top))
    print("checksum:", digest)


main()
