# exit(4) inside nested calls; finally blocks run on the way out.
def inner():
    try:
        exit(4)
    finally:
        print("finally in inner")

def outer():
    try:
        inner()
    finally:
        print("finally in outer")

outer()
