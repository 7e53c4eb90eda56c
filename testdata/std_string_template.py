# string.Template: substitute, safe_substitute, errors.
from string import Template

t = Template("$who likes $what, ${who}'s $$5 bill")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="joe"))
print(t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

bad = Template("cost: $ 5")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute())
bad2 = Template("line one\nline $two and ${three")
try:
    bad2.substitute(two=2, three=3)
except ValueError as e:
    print("ValueError", e)
print(bad2.safe_substitute(two=2))
print(Template("$a$b${c}d $_x $x1").substitute(a=1, b=2, c=3, _x="u", x1="v"))
print(Template("trailing $").safe_substitute())
print(Template("$$$x").substitute(x=7))
print(Template("${x}y $xy").safe_substitute(x="X"))
print(Template("$x $y $x").get_identifiers())
print(Template("ok $x").is_valid(), Template("bad $").is_valid())
