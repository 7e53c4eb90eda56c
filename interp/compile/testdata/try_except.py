try:
    x = 1 / 0
except ZeroDivisionError:
    print("zero")
except (TypeError, ValueError) as e:
    print(e)
else:
    print("else")

try:
    pass
except:
    raise
