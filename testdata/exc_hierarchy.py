# The built-in exception hierarchy via issubclass and __mro__.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (LookupError, Exception), (Exception, BaseException),
         (SystemExit, Exception), (KeyboardInterrupt, Exception), (GeneratorExit, Exception),
         (StopIteration, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
         (UnicodeEncodeError, UnicodeError), (UnicodeError, ValueError), (AssertionError, Exception),
         (AttributeError, Exception), (TypeError, ValueError), (ImportError, Exception),
         (ModuleNotFoundError, ImportError), (EOFError, Exception), (IOError, OSError), (bool, int)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
for cls in [ZeroDivisionError, KeyError, RecursionError, UnboundLocalError, ModuleNotFoundError, StopIteration]:
    print([c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
