def make_list(n):
    result = []
    for i in range(n):
        result.append(i * 2)
    return result

a = make_list(3)
b = a
b.append(99)
print(a)
print(a is b)
c = list(a)
print(c == a, c is a)
def modify(lst):
    lst.append("x")
    lst = ["new"]
    return lst
r = modify(a)
print(a, r)
