# A syntax error after non-ASCII characters: CPython reports the column of
# an error in a file in bytes, so the caret sits one column right of the
# character for each extra byte before it.
s = "héllo"
t = "wörld" s
