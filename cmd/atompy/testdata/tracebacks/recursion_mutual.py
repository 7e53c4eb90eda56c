# Mutual recursion ending in an ordinary error: lines repeat in pairs, so
# nothing collapses, except the short run at the end.
def ping(n):
    if n == 0:
        return 1 // n
    return pong(n - 1)


def pong(n):
    return ping(n)


def count(n):
    if n == 0:
        return [][0]
    return count(n - 1)


try:
    ping(3)
except ZeroDivisionError as e:
    print("caught", e)
count(6)
