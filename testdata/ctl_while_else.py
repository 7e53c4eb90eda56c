# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else runs", i)
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("break at 4")
        break
else:
    print("not reached")
n = 0
while n < 0:
    print("body never")
else:
    print("else with zero iterations")
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
