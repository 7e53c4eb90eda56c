# A bare raise re-raises the original exception with its traceback.
def risky():
    return [1, 2][5]

try:
    risky()
except IndexError:
    print("logging and re-raising")
    raise
