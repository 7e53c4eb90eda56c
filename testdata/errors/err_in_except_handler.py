# An exception raised while handling another one inside a function.
def handler():
    try:
        int("x")
    except ValueError as e:
        print("handling", e)
        return {}["lost"]

handler()
