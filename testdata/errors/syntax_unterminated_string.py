print("ok")
s = "never closed
print(s)
