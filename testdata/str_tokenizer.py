# A small tokenizer and evaluator for arithmetic expressions.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/()^":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    return tokens
def parse(tokens, env):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("end", None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, v = take()
        if kind == "num":
            return v
        if kind == "name":
            return env[v]
        if v == "(":
            r = expr()
            take()
            return r
        if v == "-":
            return -atom()
        raise SyntaxError(f"unexpected {v!r}")
    def power():
        b = atom()
        if peek() == ("op", "^"):
            take()
            return b ** power()
        return b
    def term():
        r = power()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            r = r * power() if op == "*" else r / power()
        return r
    def expr():
        r = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = r + term() if op == "+" else r - term()
        return r
    return expr()
env = {"x": 3, "y": 4}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x + y * y", "-x + 10 / 4", "2.5 * (y - 1)"]:
    print(src, "=>", tokenize(src)[:3], "=", parse(tokenize(src), env))
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print("SyntaxError", e)
