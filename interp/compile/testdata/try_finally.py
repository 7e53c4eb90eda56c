def f():
    try:
        return g()
    finally:
        cleanup()

def h():
    try:
        x = 1
    except E:
        x = 2
    finally:
        x = 3
    return x
