def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import string
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="tea"))
print(t.substitute({"who": "ann", "what": "jam"}))
print(t.substitute({"who": "x"}, what="y"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.template)
show(lambda: t.substitute(who="x"))
show(lambda: string.Template("bad $ sign").substitute())
show(lambda: string.Template("${unclosed").substitute(unclosed=1))
print(string.Template("$a$b ${c}d").substitute(a=1, b=2, c=3))
print(string.capwords(" hello   world "), string.capwords("a-b c-d", "-"))
