i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i > 7:
        break
else:
    print("no break")
while True:
    break
while i:
    i -= 1
