# Deep recursion: the repeated entries collapse.
def down(n):
    return down(n + 1) + 1


down(0)
