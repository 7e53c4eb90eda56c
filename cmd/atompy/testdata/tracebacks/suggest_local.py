# A misspelled local variable: the function's own names come first, even
# when a global is closer.
number = 1


def area(width, height):
    numbers = [width, height]
    result = numbr * widht * height
    return result, numbers


area(2, 3)
