"""The functools module: higher-order functions, written in Python.

lru_cache's wrapper is an ordinary Python function (a closure), so it binds
as a method when it decorates one, as CPython's C wrapper does through
__get__ (atompy has no user descriptors). The cache is a dict, whose
insertion order is the recency order: a hit moves its key to the end, and
the oldest key, first in the dict, is the one evicted. A decorated
recursive function uses two frames per level against the recursion limit,
the wrapper's and its own; CPython's C wrapper counts too, so the deepest
recursion that works is the same (498 levels at the default limit).

partial, reduce, wraps, cmp_to_key, total_ordering and singledispatch are
plain Python as well; operator and the hot parts of itertools are Go.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


# ---- update_wrapper and wraps --------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the assigned attributes that
    wrapped has, merges the updated dicts, and sets __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        extra = getattr(wrapped, name, {})
        if name == '__dict__':
            # An instance's __dict__ may be a snapshot in atompy, so store
            # the attributes one by one.
            for key, value in extra.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, name).update(extra)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- reduce --------------------------------------------------------------

def reduce(*args, **kw):
    """reduce(function, iterable[, initial]): folds iterable from the left."""
    if kw:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        acc = args[2]
    else:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for x in it:
        acc = function(acc, x)
    return acc


# ---- partial -------------------------------------------------------------

class partial:
    """partial(func, /, *args, **keywords): func with some arguments fixed."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__')

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            # Flatten: partial(partial(f, 1), 2) is partial(f, 1, 2), also
            # for subclasses that keep partial's call and have no
            # attributes of their own, as in CPython.
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        object.__setattr__(self, '_func', func)
        object.__setattr__(self, '_args', args)
        object.__setattr__(self, '_keywords', keywords)
        return self

    def __call__(self, /, *args, **keywords):
        # Passing **{} costs as much as the call itself: avoid it.
        stored = self._keywords
        if keywords:
            if stored:
                keywords = {**stored, **keywords}
            return self._func(*self._args, *args, **keywords)
        if stored:
            return self._func(*self._args, *args, **stored)
        return self._func(*self._args, *args)

    @property
    def func(self):
        """The function the arguments are passed to."""
        return self._func

    @property
    def args(self):
        """The fixed positional arguments, a tuple."""
        return self._args

    @property
    def keywords(self):
        """The fixed keyword arguments, a dict."""
        return self._keywords

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords', '_func', '_args', '_keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend([repr(a) for a in self._args])
        parts.extend(['%s=%r' % (k, v) for k, v in self._keywords.items()])
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))


# ---- lru_cache and cache -------------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): what cache_info() reports."""

    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Calls answered from the cache')
    misses = property(lambda self: self[1], doc='Calls that ran the function')
    maxsize = property(lambda self: self[2], doc='The size limit, or None')
    currsize = property(lambda self: self[3], doc='Entries in the cache')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo = CacheInfo
del CacheInfo


class _KeywordMark:
    """Separates positional from keyword arguments in a cache key."""
    __slots__ = ()


_KWD_MARK = (_KeywordMark(),)
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """The cache key of one call: the lone int or str argument itself, else
    a tuple of the arguments, keyword names and values (and their types if
    typed)."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoizes a function, keeping the maxsize most recently
    used results (all of them if maxsize is None). Usable bare
    (@lru_cache) or called (@lru_cache(maxsize=None))."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def cache(user_function, /):
    """Decorator: memoizes a function without a size limit."""
    return lru_cache(maxsize=None)(user_function)


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0
    root = []
    root[:] = [root, root, None, None]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _FAST_TYPES:
                key = args[0]
            else:
                key = args
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # Recency order is a circular doubly linked list of links
        # [prev, next, key, result] around root, oldest first; the dict maps
        # each key to its link, so a hit and an eviction are O(1).
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _FAST_TYPES:
                key = args[0]
            else:
                key = args
            link = cache.get(key)
            if link is not None:
                before, after, _, result = link
                before[1] = after
                after[0] = before
                last = root[0]
                last[1] = root[0] = link
                link[0] = last
                link[1] = root
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached it meanwhile; keep that entry.
                return result
            if len(cache) >= maxsize:
                oldest = root[1]
                after = oldest[1]
                root[1] = after
                after[0] = root
                del cache[oldest[2]]
            last = root[0]
            link = [last, root, key, result]
            last[1] = root[0] = link
            cache[key] = link
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        root[:] = [root, root, None, None]
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


# ---- cmp_to_key ----------------------------------------------------------

def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    def key(obj):
        return KeyWrapper(obj, mycmp)
    return key


class KeyWrapper:
    """A sort key made by cmp_to_key: compares through the cmp function.
    One class serves every cmp_to_key call (classes are never freed)."""

    __slots__ = ('obj', '_cmp')
    __hash__ = None

    def __init__(self, obj, cmp):
        self.obj = obj
        self._cmp = cmp

    def __lt__(self, other):
        return self._cmp(self.obj, _other_obj(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, _other_obj(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, _other_obj(other)) == 0

    def __le__(self, other):
        return self._cmp(self.obj, _other_obj(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, _other_obj(other)) >= 0


def _other_obj(other):
    if type(other) is not KeyWrapper:
        raise TypeError('other argument must be K instance')
    return other.obj


# ---- total_ordering ------------------------------------------------------

def _derived(root, name, compute):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return compute(self, other, r)
    method.__name__ = name
    method.__qualname__ = '_%s_from_%s' % (name[2:4], root[2:4])
    return method


# For each root operation, the others in terms of its result r.
_ORDERINGS = {
    '__lt__': [('__gt__', lambda a, b, r: not r and a != b),
               ('__le__', lambda a, b, r: r or a == b),
               ('__ge__', lambda a, b, r: not r)],
    '__le__': [('__ge__', lambda a, b, r: not r or a == b),
               ('__lt__', lambda a, b, r: r and a != b),
               ('__gt__', lambda a, b, r: not r)],
    '__gt__': [('__lt__', lambda a, b, r: not r and a != b),
               ('__ge__', lambda a, b, r: r or a == b),
               ('__le__', lambda a, b, r: not r)],
    '__ge__': [('__le__', lambda a, b, r: not r or a == b),
               ('__gt__', lambda a, b, r: r and a != b),
               ('__lt__', lambda a, b, r: not r)],
}


def total_ordering(cls):
    """Class decorator: fills in the rich comparisons missing from a class
    that defines __eq__ and one of __lt__, __le__, __gt__, __ge__."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for name, compute in _ORDERINGS[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, name, compute))
    return cls


# ---- singledispatch ------------------------------------------------------

def singledispatch(func):
    """Makes func a generic function that dispatches on the type of its
    first argument: implementations are added with @func.register(cls)
    and found along the argument's MRO (abstract base classes and
    register() through annotations are not supported)."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        """The implementation for cls: the one registered for the first
        class in cls.__mro__ that has one."""
        impl = cache.get(cls)
        if impl is None:
            for base in cls.__mro__:
                impl = registry.get(base)
                if impl is not None:
                    break
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func): adds func as the implementation for cls;
        register(cls) returns a decorator that does."""
        if not isinstance(cls, type):
            raise TypeError('Invalid first argument to `register()`: %r. Use either '
                            '`@register(some_class)` or plain `@register` on an '
                            'annotated function.' % (cls,))
        if func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper
