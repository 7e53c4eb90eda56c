"""The string module: the character-class constants, capwords and
Template ($-substitution). Template's pattern is matched by hand (there is
no re module): $$ is a literal dollar, $name and ${name} are
placeholders, where a name is an ASCII identifier as in CPython's default
idpattern (matched case-insensitively, so only ASCII letters, digits and
underscores)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (a
    single space when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + "_"
_ID_CHARS = _ID_START + digits


def _name_at(s, i):
    # The longest identifier starting at s[i], or "".
    if i >= len(s) or s[i] not in _ID_START:
        return ""
    j = i + 1
    while j < len(s) and s[j] in _ID_CHARS:
        j += 1
    return s[i:j]


class Template:
    """A string with $-placeholders: Template("$who likes $what")."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find("$", i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            if j + 1 < n and s[j + 1] == "$":
                out.append("$")
                i = j + 2
                continue
            name = _name_at(s, j + 1)
            if name:
                end = j + 1 + len(name)
            elif j + 1 < n and s[j + 1] == "{":
                name = _name_at(s, j + 2)
                end = j + 2 + len(name)
                if not name or end >= n or s[end] != "}":
                    name = ""
                else:
                    end += 1
            if not name:
                if safe:
                    out.append("$")
                    i = j + 1
                    continue
                self._invalid(j)
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(s[j:end])
            i = end
        return "".join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """Replace the placeholders; a missing name raises KeyError."""
        return self._render(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Replace the placeholders that have values; leave the others."""
        return self._render(_merge(mapping, kws), True)

    def is_valid(self):
        try:
            self._render(_Anything(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = []
        s = self.template
        i = 0
        while True:
            j = s.find("$", i)
            if j < 0 or j + 1 >= len(s):
                return names
            if s[j + 1] == "$":
                i = j + 2
                continue
            name = _name_at(s, j + 1)
            if not name and s[j + 1] == "{":
                name = _name_at(s, j + 2)
                if not (name and s[j + 2 + len(name):j + 3 + len(name)] == "}"):
                    name = ""
            if name and name not in names:
                names.append(name)
            i = j + 1


class _Anything:
    def __getitem__(self, name):
        return ""


class _Merged:
    # Keyword arguments first, then the mapping, as CPython's ChainMap.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, name):
        try:
            return self.first[name]
        except KeyError:
            return self.second[name]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Merged(kws, mapping)
    return mapping
