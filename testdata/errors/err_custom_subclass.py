# A user exception hierarchy; uncaught subclass instance with args.
class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

try:
    raise ConfigError("first", 1)
except AppError as e:
    print("handled", e.args)
raise ConfigError("second", 2)
