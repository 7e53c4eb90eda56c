# Local and global names can shadow builtins; builtins come back after del.
def uses_len(x):
    return len(x)
len = lambda x: "shadowed"
print(uses_len([1, 2]))
del len
print(uses_len([1, 2]))
def local_shadow():
    max = 5
    return max
print(local_shadow(), max(1, 2))
list_ = list
def f():
    list = "not a type"
    return list, list_("ab")
print(f())
def param_shadow(str=5, list=None):
    return str, list
print(param_shadow(), str(1), list("ab"))
