# Module-level names: rebinding, globals(), deleting and recreating.
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
print("counter" in globals(), globals()["counter"])
globals()["made"] = "via globals"
print(made)
del made
print("made" in globals())
def define():
    global late
    late = "defined late"
define()
print(late)
print(__name__)
