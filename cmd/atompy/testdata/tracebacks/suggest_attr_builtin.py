# Misspelled attributes of built-in types, chained so that every report
# in the chain carries its own suggestion.
try:
    [].apend(1)
except AttributeError as e:
    print(str(e), e.name, e.obj)
    try:
        "text".uper()
    except AttributeError:
        try:
            {}.itmes()
        except AttributeError:
            int.from_byte(b"\x01", "big")
