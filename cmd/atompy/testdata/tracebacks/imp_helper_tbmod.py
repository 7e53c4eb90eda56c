# A module imported by import_error.py; its function fails.
def parse(text):
    parts = text.split("=")
    return parts[0], int(parts[1])


def lookup(d, k):
    return d[k]


class ParseError(Exception):
    pass
