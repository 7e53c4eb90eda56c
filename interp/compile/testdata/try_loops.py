def f(items):
    for it in items:
        try:
            if it:
                continue
            if it is None:
                break
            return it
        except KeyError as e:
            continue
        except ValueError:
            break
        finally:
            log(it)
    while True:
        try:
            return 1
        finally:
            break
    return 0
