# os: environ, getenv, getpid, cpu_count, urandom.
import os

print(type(os.environ["PATH"]).__name__, "PATH" in os.environ)
print(os.getenv("PATH") == os.environ["PATH"], os.environ.get("PATH") == os.getenv("PATH"))
print(os.getenv("ATOMPY_SURELY_UNSET_VAR"), os.getenv("ATOMPY_SURELY_UNSET_VAR", "dflt"),
      os.getenv("ATOMPY_SURELY_UNSET_VAR", default=0))
os.environ["ATOMPY_SURELY_UNSET_VAR"] = "set now"
print(os.getenv("ATOMPY_SURELY_UNSET_VAR"), os.environ["ATOMPY_SURELY_UNSET_VAR"])
del os.environ["ATOMPY_SURELY_UNSET_VAR"]
print(os.getenv("ATOMPY_SURELY_UNSET_VAR"))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
try:
    os.environ["ATOMPY_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError", e)

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)

r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), r != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
try:
    os.urandom("3")
except TypeError as e:
    print("TypeError", e)

print(os.error is OSError, os.devnull, os.altsep)
print(os.path.exists(os.devnull), os.path.isfile(os.devnull))
home = os.environ.get("HOME")
print(home is None or os.path.isabs(home))
