# Chained exceptions: context, explicit cause and suppressed context.
class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return cfg["port"] + 1
    except KeyError as e:
        raise ConfigError("no port") from e


def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]


def quiet():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("quiet") from None


try:
    quiet()
except LookupError as e:
    print("caught", e)
try:
    parse("x")
except KeyError as e:
    print("caught", repr(e))
load({"host": "h"})
