# An exception raised while handling another one.
def handler(items):
    try:
        return items[10]
    except IndexError:
        return items.missing_method()


handler([1, 2, 3])
