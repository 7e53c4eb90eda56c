# Output without a trailing newline is flushed before the traceback.
print("partial", end="")
print(" line", end="")
raise KeyError("after partial output")
