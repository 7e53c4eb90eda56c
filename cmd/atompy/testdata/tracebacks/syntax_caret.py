# A syntax error: its own report format with a caret under the column.
x = 1
if x:
    y = (1 +
        2)
    z = [1, 2 3]
