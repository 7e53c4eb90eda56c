"""transaction for CPython and PyPy without STM: atompy's own module
(interp/builtins/lib/transaction.py), which is plain Python over _thread
and pypystm, loaded from the repository so that there is one copy; its
pypystm is the shim beside this file."""

import os as _os

_source = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)),
                        "..", "..", "interp", "builtins", "lib", "transaction.py")
with open(_source) as _f:
    exec(compile(_f.read(), _source, "exec"))
del _f
