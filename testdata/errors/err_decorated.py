# Exception inside a decorated function: wrapper frames appear in the traceback.
def logged(f):
    def wrapper(*args):
        print("calling", f.__name__, args)
        return f(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

print(divide(6, 3))
divide(1, 0)
