# CPython 3.11 offers no suggestion for a misspelled from-import.
from imp_helper_tbmod import parze
