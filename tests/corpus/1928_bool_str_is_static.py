# str(True) is CPython's statically allocated 'True' (counted from 999999999), whichever way it is asked for:
# repr, format, f-strings and a lone '%s' or '{}' give the same object, and making it allocates nothing.
import sys
import tracemalloc

s = str(True)
print(sys.getrefcount(s), sys.getrefcount(str(False)))
print(s is repr(True), f"{True}" is s, format(True) is s, ("%s" % True) is s, "{}".format(True) is s, "{!s}".format(True) is s)
print(("%s" % (False,)) is str(False), ascii(True) is s)
literal = "True"
print(sys.intern("True") is s, literal is s, "%s!" % True, f"{True:>6}|", "%r" % False)
kept = [str(True) for _ in range(3)]
print(sys.getrefcount(s))
del kept
print(sys.getrefcount(s))

tracemalloc.start()
texts = [str(i % 2 == 0) for i in range(50)]
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
print(texts[:3], len(set(map(id, texts))))
