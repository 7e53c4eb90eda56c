# Exceptions inside loops and handlers that continue/break.
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return str(e)
print([safe_div(10, b) for b in [1, 0, 4]])
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print("stopped at", count)
        break
