# A misspelled module attribute.
import math

print(math.sqrt(4))
print(math.sqr(4))
