# Every string literal form.
print('single', "double")
print('''triple single''', """triple double""")
print("esc: \t|\\|\'|\"|\x41|\101|\u00e9|\U0001F600|\u2022")
print(r"raw \n \t \\", R'raw2 \x')
print(b"bytes \x00\xff", B'B')
print(rb"raw\bytes", br"\d", Rb"X", bR"Y")
print("a" "b" 'c' """d""")
print(("implicit "
       "concatenation "
       "across lines"))
print(b"ab" b"cd")
print(f"f{1}" "plain" f"{2}")
print(u"unicode prefix")
print("line\
continued")
s = """multi
line
string"""
print(s.split("\n"))
print(len("\n"), len(r"\n"), len(b"\n"), len(rb"\n"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\t\n\r\x07\x7f"), repr("é"), repr("\u200b"))
print(repr(b"\t\n\x00A'"), repr(b'"'))
print("\0" == "\x00", "\\z")
print('\'', "\"", '"', "'")
print("tab\there".expandtabs(4) if hasattr(str, "expandtabs") else "")
