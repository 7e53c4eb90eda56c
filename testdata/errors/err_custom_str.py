# A user exception class with a custom __str__ (defined in __main__).
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason

    def __str__(self):
        return f"line {self.line}: {self.reason}"

print("parsing")
raise ParseError(12, "unexpected token")
