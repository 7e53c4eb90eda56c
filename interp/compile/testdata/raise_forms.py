def f(x):
    if x:
        raise ValueError("bad") from None
    if not x:
        raise TypeError
    try:
        g()
    except Exception as e:
        raise RuntimeError("wrapped") from e
    raise
