# return, break and continue interacting with finally.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append(1)
        return log
    finally:
        log.append(2)
print(order())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_break():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                break
    return "after loop"
print(loop_break())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def value_kept():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_kept())
while True:
    try:
        break
    finally:
        print("finally on break from while")
