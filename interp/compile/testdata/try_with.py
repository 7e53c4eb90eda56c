def f():
    try:
        a()
    except E as e:
        b()
    except:
        c()
    else:
        d()
    finally:
        g()
def w():
    with a() as b, c():
        d()
def r():
    for x in y:
        try:
            return 1
        finally:
            continue
