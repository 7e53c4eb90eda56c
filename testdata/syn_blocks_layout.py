# Statement layout: semicolons, one-line blocks, continuations, comments, pass, Ellipsis.
a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
def one(): return "one-liner"
print(one())
class Empty: pass
print(Empty.__name__)
total = (1 +
         2 +  # comment inside parens
         3)
print(total)
value = 1 + \
    2
print(value)
items = [
    1,
    2,
]
print(items)
def stub():
    ...
print(stub(), ..., Ellipsis is ...)
if True:
    if False:
        pass
    else:
            print("deeper indent is fine")
	# a tab-indented comment line is ignored
print("end")
