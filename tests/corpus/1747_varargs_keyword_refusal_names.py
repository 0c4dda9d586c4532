# METH_VARARGS methods refuse keywords naming their type when called as methods (str.startswith(), also str.startswith(s, ...) and (s.find)(...)), but bare when called through a bound method object (cfunction_call).
s = "abc"
for f in (lambda: s.startswith(prefix="a"), lambda: str.startswith(s, prefix="a"), lambda: (s.startswith)(prefix="a"), lambda: [].append(x=1), lambda: ([].append)(x=1), lambda: list.append([], x=1), lambda: s.find(sub="a"), lambda: s.count(x="a"), lambda: max([1], kk=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
g = s.startswith
try:
    g(prefix="a")
except TypeError as e:
    print("TypeError:", e)
