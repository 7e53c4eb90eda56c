# A module that fails while it is imported.
VALUE = 1
TABLE = {"a": VALUE}
OTHER = TABLE["b"] * 2
