# exit() with no argument ends the program with status 0.
print("bye")
exit()
print("never")
