total = 0
def add(n):
    global total
    total += n
    return total
def read():
    return total + len(str(total))
def delete():
    global total
    del total
