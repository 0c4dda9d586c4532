# '%s' % x calls a str subclass's __str__, and a str subclass's __rmod__ comes before str's own formatting.
class S(str):
    def __str__(s): return "S.str"
class R(str):
    def __rmod__(s, o): return "R.rmod"
class P(str):
    pass
print("%s" % S("x"), "%s|%s" % (S("a"), P("b")), "x%s" % R("a"), "%r" % S("q"), str(S("z")), f"{S('w')}", "%s" % P("p"))
print("%(k)s" % {"k": S("m")})
