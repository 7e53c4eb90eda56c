"""The collections module: deque (from the Go module _collections),
defaultdict, OrderedDict, namedtuple and Counter.

atompy's dicts keep insertion order, so OrderedDict and Counter are thin
dict subclasses. namedtuple builds its class with type() instead of
exec'ing generated source (atompy has no exec): __new__ binds its
arguments itself and reports errors in CPython's words.

The dict subclasses define __new__ so that dict's own constructor never
sees their arguments: atompy hands a subclass's constructor arguments to
the built-in base's __new__ as well as to __init__, and defaultdict's
first argument is no mapping.
"""

from _collections import deque, _caller_module, _count_elements

__all__ = ["deque", "defaultdict", "OrderedDict", "namedtuple", "Counter"]


class _Missing:
    """The type of _MISSING, the marker of arguments not given."""
    __slots__ = ()


_MISSING = _Missing()


class defaultdict(dict):
    """dict that calls default_factory to supply missing values."""

    def __new__(cls, *args, **kwargs):
        return dict.__new__(cls)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = "None"
        elif isinstance(factory, type):
            shown = repr(factory)
        else:
            shown = _guarded_repr(self, factory)
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


_repr_running = set()


def _guarded_repr(owner, value):
    """repr(value), or "..." when owner's repr is already running (a
    factory that refers back to its defaultdict)."""
    key = id(owner)
    if key in _repr_running:
        return "..."
    _repr_running.add(key)
    try:
        return repr(value)
    finally:
        _repr_running.discard(key)


class OrderedDict(dict):
    """dict that remembers insertion order, with order-sensitive equality,
    move_to_end and popitem(last=False)."""

    def __new__(cls, *args, **kwargs):
        return dict.__new__(cls)

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self.update(*args, **kwargs)

    def move_to_end(self, key=_MISSING, last=True):
        if key is _MISSING:
            raise TypeError("move_to_end() missing required argument 'key' (pos 1)")
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{type(self).__name__}({list(self.items())!r})"
        finally:
            _repr_running.discard(key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __reversed__(self):
        return reversed(list(self))


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def _quoted_list(names):
    """'a', 'a' and 'b', 'a', 'b', and 'c': CPython's list of missing
    arguments."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _field_getter(index):
    def get(self):
        return self[index]
    return property(get, _cannot_set, _cannot_delete, f"Alias for field number {index}")


def _cannot_set(self, value):
    raise AttributeError("can't set attribute")


def _cannot_delete(self):
    raise AttributeError("can't delete attribute")


def _namedtuple_fields(typename, field_names, rename):
    """Splits, renames and validates the field names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    return tuple(field_names)


def _make_new(typename, fields, defaults):
    """The __new__ of a named tuple: binds positional and keyword arguments
    to the fields as a def with those parameters would."""
    nfields = len(fields)
    nrequired = nfields - len(defaults)
    label = typename + ".__new__()"

    def too_many(given):
        if nrequired == nfields:
            takes = f"{nfields + 1} positional argument" + ("" if nfields == 0 else "s")
        else:
            takes = f"from {nrequired + 1} to {nfields + 1} positional arguments"
        were = "was" if given == 1 else "were"
        return TypeError(f"{label} takes {takes} but {given + 1} {were} given")

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        values = list(args[:nfields]) + [_MISSING] * (nfields - len(args))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{label} got an unexpected keyword argument '{name}'")
            index = fields.index(name)
            if values[index] is not _MISSING:
                raise TypeError(f"{label} got multiple values for argument '{name}'")
            values[index] = value
        if len(args) > nfields:
            raise too_many(len(args))
        missing = [fields[i] for i in range(nrequired) if values[i] is _MISSING]
        if missing:
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{label} missing {len(missing)} required positional argument{s}: "
                            + _quoted_list(missing))
        for i in range(nrequired, nfields):
            if values[i] is _MISSING:
                values[i] = defaults[i - nrequired]
        return tuple.__new__(_cls, values)

    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass named typename whose items can also be
    read as attributes named by field_names."""
    typename = str(typename)
    fields = _namedtuple_fields(typename, field_names, rename)
    if defaults is None:
        defaults = ()
    else:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    nfields = len(fields)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{type(self).__name__}({parts})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    if module is None:
        module = _caller_module(1)
        if module is None:
            module = "__main__"
    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "__module__": module,
        "__qualname__": typename,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": _make_new(typename, fields, defaults),
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index)
    return type(typename, (tuple,), namespace)


class Counter(dict):
    """dict subclass counting hashable items: missing keys count 0."""

    def __new__(cls, *args, **kwargs):
        return dict.__new__(cls)

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None or n >= len(ranked):
            return ranked
        if n <= 0:
            return []
        return ranked[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            try:
                shown = dict(self.most_common())
            except TypeError:
                shown = dict(self)
            return f"{type(self).__name__}({shown!r})"
        finally:
            _repr_running.discard(key)

    # Comparisons treat missing elements as having zero count.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            larger = other_count if count < other_count else count
            if larger > 0:
                result[elem] = larger
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            smaller = count if count < other_count else other_count
            if smaller > 0:
                result[elem] = smaller
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]
