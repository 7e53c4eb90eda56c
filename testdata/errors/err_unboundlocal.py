# UnboundLocalError: local variable read before assignment.
counter = 0

def increment():
    counter += 1
    return counter

print("start")
increment()
