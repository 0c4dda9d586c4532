x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7
print(x)
s = "a"
s += "b"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 1}
d["n"] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
