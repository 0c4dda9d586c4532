# %-formatting with str arguments next to ones whose text needs a __str__/__repr__ call (exceptions, instances):
# each conversion keeps its own argument.
class Named:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Named(%r)" % self.name
    def __str__(self):
        return "<%s>" % self.name

print("%s %s %s" % ("a", 1, ValueError("b")))
print("%s|%s|%s" % ("a", ValueError("b"), 2))
print("%s:%s: %s: %s" % ("file.py", 3, UserWarning.__name__, UserWarning("careful")))
print("%r and %s and %s and %r" % ("x", Named("n"), "y", Named("m")))
print("%(a)s %(b)r %(c)s" % {"a": "s", "b": Named("k"), "c": KeyError("q")})
print("%s %a %s" % ("é", "é", Named("é")))
