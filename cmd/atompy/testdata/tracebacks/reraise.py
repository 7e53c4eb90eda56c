# A bare raise re-raises with the original traceback, and an exception in
# a finally block chains to the one being handled.
def risky():
    return [][0]


def handler():
    try:
        risky()
    except IndexError:
        print("handling")
        raise


def cleanup():
    try:
        handler()
    finally:
        status = {}["status"]


cleanup()
