# A failing call after non-ASCII text on the same line.
def fehler(x):
    raise ValueError(x)


texte = ["日本語", "中文"]
print(texte[0])
z = "語" + fehler(texte[1]) + "é"
