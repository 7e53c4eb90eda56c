"""The itertools module: iterator building blocks.

Design: count, repeat, product, permutations, combinations and
combinations_with_replacement are Go types (module _itertools, see
interp/builtins/mod_itertools.go): their items are index arithmetic,
which costs a dozen bytecodes per item in Python.

The rest is Python. Iteration speed matters more than type identity here,
so most names are classes whose __new__ checks the arguments and takes
iter() of the inputs eagerly (errors surface at the call, as in CPython)
and then returns a generator that does the work. A generator's next() runs
in the interpreter's fast path, about twice as fast as a Python-level
__next__. The price: chain(...) and friends are generators, so their type
is 'generator' and isinstance(chain(), chain) is False. groupby is a real
iterator class, because its groups must see the parent's progress.

Generators here never let a StopIteration escape from next(): PEP 479
would turn it into a RuntimeError, so every next() call catches it.
"""

from _itertools import (count, repeat, product, permutations, combinations,
                        combinations_with_replacement)

_MISSING = object()


def _index(x):
    """x as an int through __index__, with CPython's error message."""
    if type(x) is int:
        return x
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return method(x)


def _no_keywords(name, kw):
    if kw:
        raise TypeError('%s() takes no keyword arguments' % name)


def _arity(name, args, lo, hi):
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n < lo:
        raise TypeError('%s expected at least %d arguments, got %d' % (name, lo, n))
    if n > hi:
        raise TypeError('%s expected at most %d arguments, got %d' % (name, hi, n))


# ---- infinite iterators (count and repeat are in Go) ----------------------

class cycle:
    """cycle(iterable): its items, then the same items again, forever."""

    def __new__(cls, *args, **kw):
        _no_keywords('cycle', kw)
        _arity('cycle', args, 1, 1)
        return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for x in it:
        saved.append(x)
        yield x
    if not saved:
        return
    while True:
        yield from saved


# ---- iterators that stop -------------------------------------------------

class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __new__(cls, *iterables, **kw):
        _no_keywords('chain', kw)
        return _chain(iter(iterables))

    @staticmethod
    def from_iterable(iterable):
        """chain.from_iterable(iterables): like chain(*iterables), lazily."""
        return _chain(iter(iterable))


def _chain(sources):
    for source in sources:
        yield from source


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __new__(cls, *args, **kw):
        _no_keywords('islice', kw)
        _arity('islice', args, 2, 4)
        it = iter(args[0])
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        stop = _islice_int(stop, 'Stop argument for islice() must be None or an '
                           'integer: 0 <= x <= sys.maxsize.')
        start = _islice_int(start, 'Indices for islice() must be None or an '
                            'integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            step = _islice_int(step, 'Step for islice() must be a positive '
                               'integer or None.', -1)
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        return _islice(it, start or 0, stop, step)


def _islice_int(x, message, lowest=0):
    if x is None:
        return None
    try:
        n = _index(x)
    except TypeError:
        raise ValueError(message) from None
    if n < lowest:
        raise ValueError(message)
    return n


def _islice(it, start, stop, step):
    # Like CPython, consume the start items first (even past stop), then
    # never more than stop items in all: after the last item wanted, the
    # generator returns without touching the iterator again.
    if start:
        cnt = 0
        for x in it:
            cnt += 1
            if cnt == start:
                break
        else:
            return
    remaining = -1
    if stop is not None:
        remaining = stop - start
        if remaining <= 0:
            return
    if step == 1:
        if remaining < 0:
            yield from it
            return
        for x in it:
            yield x
            remaining -= 1
            if remaining == 0:
                return
        return
    skip = 0
    for x in it:
        if skip == 0:
            yield x
            skip = step
        skip -= 1
        remaining -= 1
        if remaining == 0:
            return


class accumulate:
    """accumulate(iterable[, func], *, initial=None): running totals."""

    def __new__(cls, *args, initial=None, **kw):
        if len(args) > 2:
            raise TypeError('accumulate() takes at most 2 positional arguments '
                            '(%d given)' % len(args))
        params = dict(zip(('iterable', 'func'), args))
        for name in kw:
            if name not in ('iterable', 'func'):
                raise TypeError("'%s' is an invalid keyword argument for accumulate()"
                                % name)
            if name in params:
                raise TypeError("argument for accumulate() given by name ('%s') and "
                                "position (%d)" % (name, len(args)))
            params[name] = kw[name]
        if 'iterable' not in params:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        return _accumulate(iter(params['iterable']), params.get('func'), initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_token')

    def __init__(self, *args, **kw):
        if len(args) > 2:
            raise TypeError('groupby() takes at most 2 arguments (%d given)' % len(args))
        for name in kw:
            if name not in ('iterable', 'key'):
                raise TypeError("'%s' is an invalid keyword argument for groupby()"
                                % name)
        if args:
            iterable = args[0]
        elif 'iterable' in kw:
            iterable = kw['iterable']
        else:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._keyfunc = args[1] if len(args) == 2 else kw.get('key')
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        """Reads the next item and its key; False at the end."""
        try:
            value = next(self._it)
        except StopIteration:
            return False
        keyfunc = self._keyfunc
        self._currkey = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        return True

    def __next__(self):
        # A new token invalidates the group handed out before.
        self._token = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not (self._tgtkey == self._currkey):
                break
            if not self._step():
                raise StopIteration
        self._tgtkey = self._currkey
        token = self._token = object()
        return (self._currkey, _grouper(self, token, self._tgtkey))


def _grouper(parent, token, tgtkey):
    # While this group is the current one, the parent's state stays "the
    # current value is consumed and its key equals tgtkey", so the loop
    # reads the iterator itself and writes the parent only when it meets
    # the first item of the next group.
    if parent._token is not token:
        return
    value = parent._currvalue
    parent._currvalue = _MISSING
    yield value
    it = parent._it
    keyfunc = parent._keyfunc
    while parent._token is token:
        for value in it:
            break
        else:
            return
        key = value if keyfunc is None else keyfunc(value)
        if not (tgtkey == key):
            parent._currkey = key
            parent._currvalue = value
            return
        yield value


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip, padding the short ones."""

    def __new__(cls, *iterables, **kw):
        fillvalue = None
        for name in kw:
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kw[name]
        return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(its, fill):
    # zip() over the iterators, each padded by a generator that counts the
    # exhausted ones: zip stops when the last one runs dry, and by then the
    # others are all padding, so no real item is lost.
    if not its:
        return
    active = [len(its)]
    yield from zip(*[_padded(it, fill, active) for it in its])


def _padded(it, fill, active):
    yield from it
    active[0] -= 1
    if not active[0]:
        return
    while True:
        yield fill


class starmap:
    """starmap(function, iterable): function(*args) for each args."""

    def __new__(cls, *args, **kw):
        _no_keywords('starmap', kw)
        _arity('starmap', args, 2, 2)
        return _starmap(args[0], iter(args[1]))


def _starmap(func, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield func(*args)


class takewhile:
    """takewhile(predicate, iterable): items while predicate holds."""

    def __new__(cls, *args, **kw):
        _no_keywords('takewhile', kw)
        _arity('takewhile', args, 2, 2)
        return _takewhile(args[0], iter(args[1]))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


class dropwhile:
    """dropwhile(predicate, iterable): items from the first where it fails."""

    def __new__(cls, *args, **kw):
        _no_keywords('dropwhile', kw)
        _arity('dropwhile', args, 2, 2)
        return _dropwhile(args[0], iter(args[1]))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


class filterfalse:
    """filterfalse(predicate, iterable): the items predicate rejects."""

    def __new__(cls, *args, **kw):
        _no_keywords('filterfalse', kw)
        _arity('filterfalse', args, 2, 2)
        return _filterfalse(args[0], iter(args[1]))


def _filterfalse(pred, it):
    if pred is None or pred is bool:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not pred(x):
                yield x


class compress:
    """compress(data, selectors): the data items whose selector is true."""

    def __new__(cls, *args, **kw):
        params = _named_args('compress', ('data', 'selectors'), args, kw)
        return _compress(zip(params[0], params[1]))


def _compress(pairs):
    for d, s in pairs:
        if s:
            yield d


class pairwise:
    """pairwise(iterable): (a, b), (b, c), ... of consecutive items."""

    def __new__(cls, *args, **kw):
        _no_keywords('pairwise', kw)
        _arity('pairwise', args, 1, 1)
        return _pairwise(iter(args[0]))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # The copies share a singly linked list of [value, next] cells; the
    # cells every copy has passed become garbage.
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, node):
    while True:
        following = node[1]
        if following is None:
            try:
                value = next(it)
            except StopIteration:
                return
            following = node[1] = [value, None]
        node = following
        yield node[0]


def _named_args(fname, names, args, kw):
    """Binds args and kw to names, all required, with CPython's messages."""
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d arguments (%d given)'
                        % (fname, len(names), len(args)))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for name in kw:
        if name not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
        i = names.index(name)
        if values[i] is not _MISSING:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, name, i + 1))
        values[i] = kw[name]
    for i in range(len(names)):
        if values[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    return values
