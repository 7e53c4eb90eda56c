"""The copy module: shallow and deep copies.

CPython copies instances through the pickle protocol (__reduce_ex__).
atompy has no object.__reduce_ex__, so this module rebuilds instances
itself, the way that protocol would for a plain class: cls.__new__(cls),
then the instance attributes and __slots__ values written back with
object.__setattr__ (bypassing a user __setattr__, as CPython's
__dict__.update does), then, for subclasses of list, dict and set, the
items. The hooks are honoured as in CPython: __copy__, __deepcopy__(memo),
__getstate__/__setstate__, __getnewargs__, and a class's own __reduce_ex__
or __reduce__ (whose result is rebuilt as CPython's copy module does).

The attributes are read through vars(): in atompy instance.__dict__ is a
snapshot, which is exactly what a copy needs. A bound method cannot be
constructed from Python code, so deepcopy of a method re-binds it by name
on the copied receiver.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)


def _method_probe():
    class _Probe:
        def m(self):
            pass
    return type(_Probe().m)


_MethodType = _method_probe()
del _method_probe

# Values that are their own copies, shallow or deep.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           slice, property, _FunctionType, _BuiltinType, type(Ellipsis),
           type(NotImplemented)}

# Built-in types whose subclasses are rebuilt from the built-in value by
# cls.__new__(cls, base(x)), as their __getnewargs__ does in CPython.
_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x. memo maps id(original) to its copy and
    lets shared and cyclic structures be copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = _deepcopy_method(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself through a mutable item has been copied
    # while its items were.
    known = memo.get(id(x))
    if known is not None:
        return known
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deepcopy_method(x, memo):
    receiver = deepcopy(x.__self__, memo)
    bound = getattr(receiver, x.__func__.__name__, None)
    if type(bound) is _MethodType and bound.__func__ is x.__func__:
        return bound
    return x


def _keep_alive(x, memo):
    # The originals are kept in the memo, so that their ids stay unique
    # while the memo is alive (CPython does the same).
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _own_attr(cls, name):
    # The nearest class in the MRO (object excluded) that defines name.
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _rebuild(x, cls, memo):
    """Copy an instance the way the default pickle protocol would."""
    reducer = _own_attr(cls, "__reduce_ex__")
    if reducer is not None:
        return _reconstruct(x, memo, reducer(x, 4))
    reducer = _own_attr(cls, "__reduce__")
    if reducer is not None:
        return _reconstruct(x, memo, reducer(x))
    if isinstance(x, BaseException):
        return _reconstruct(x, memo, (cls, x.args, _default_state(x)))
    if cls.__module__ == "builtins" and not _is_user_class(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    base = None
    for b in _VALUE_BASES:
        if isinstance(x, b):
            base = b
            break
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif base is not None:
        args = (base(x),)
    else:
        args = ()
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else _default_state(x)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(item if memo is None else deepcopy(item, memo))
    elif isinstance(x, dict):
        for k, v in x.items():
            if memo is not None:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        for item in x:
            y.add(item if memo is None else deepcopy(item, memo))
    return y


def _is_user_class(cls):
    # Built-in types report module "builtins"; so do classes a program
    # defines in a module of that name, which nobody does.
    return hasattr(cls, "__dict__") and "__module__" in cls.__dict__


def _default_state(x):
    """The state object.__getstate__ would report: the instance dict, or
    (dict or None, slots dict) when the class has __slots__."""
    state = None
    if hasattr(x, "__dict__"):
        state = dict(vars(x))
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__") or name in slots:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        for k, v in state.items():
            object.__setattr__(y, k, v)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)


def _reconstruct(x, memo, rv):
    """Rebuild from a __reduce__ result: (callable, args[, state[,
    listitems[, dictitems]]]), or a string (the object is global)."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func = rv[0]
    args = rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
