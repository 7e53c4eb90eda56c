# sys.tracebacklimit keeps only the most recent entries.
import sys


def a():
    return b()


def b():
    return c()


def c():
    return {}["key"]


sys.tracebacklimit = 2
a()
