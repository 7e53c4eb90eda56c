# try/except/else/finally in all combinations.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            {}["k"]
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "value", "key"]:
    print(run(k))
try:
    pass
finally:
    print("try/finally only")
try:
    1 / 0
except:
    print("bare except")
try:
    x = 1
except Exception:
    print("no")
else:
    print("else without finally", x)
try:
    int("z")
except Exception as e:
    print("caught by base", type(e).__name__)
try:
    raise KeyError("a")
except LookupError as e:
    print("LookupError catches", repr(e))
e = "rebound"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in globals())
