"""The __future__ module: every feature it names is already the default in
Python 3.11, so importing from it only records the names, as CPython does."""

all_feature_names = ["nested_scopes", "generators", "division", "absolute_import",
                     "with_statement", "print_function", "unicode_literals",
                     "barry_as_FLUFL", "generator_stop", "annotations"]

nested_scopes = generators = division = absolute_import = with_statement = True
print_function = unicode_literals = generator_stop = annotations = True
