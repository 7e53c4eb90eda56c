# An expression over several lines: marked to the end of its first line,
# or not at all when it starts the line.
def check(*args):
    raise ValueError(len(args))


def build():
    return check(
        1,
        2,
    )


def build2():
    x = check(1,
              2)
    return x


try:
    build()
except ValueError as e:
    print("caught", e)
build2()
