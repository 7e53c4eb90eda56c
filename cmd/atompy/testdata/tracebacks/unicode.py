# Non-ASCII source lines: markers count characters, not bytes.
def größe(wert):
    return "größe: " + wert


données = {"clé": "vàleur"}
print(größe("x"))
print(données["clé"])
résultat = größe("ü") + données["ñ"]
