# A syntax error after non-ASCII characters.
s = "héllo"
t = "wörld" s
