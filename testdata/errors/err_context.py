# Implicit chaining: "During handling of the above exception, another exception occurred".
def cleanup():
    raise OSError("cleanup failed")

try:
    print("working")
    [].pop()
except IndexError:
    cleanup()
