# sorted() and list.sort() take the fast comparisons only for exact str, int, float and tuple keys: a subclass's __lt__
# decides its order (unsafe_object_compare), as in python3.
class I(int):
    def __lt__(s, o):
        return int(s) > int(o)
class S(str):
    def __lt__(s, o):
        return len(s) < len(o)
class F(float):
    pass
class V(tuple):
    def __lt__(s, o):
        return s[::-1] < o[::-1]
print(sorted([I(1), I(3), I(2)]), sorted([S("bbb"), S("a"), S("cc")]), sorted([F(2.5), F(-1.0), F(0.5)]))
print(sorted([(I(1), "a"), (I(2), "b"), (I(0), "c")]), sorted([V((1, 3)), V((2, 1)), V((0, 2))]))
l = [I(5), I(7), I(6)]
l.sort(reverse=True)
print(l, min([I(1), I(3)]), max(S("zz"), S("aaa")), sorted(["b", "a", "c"]), sorted([3, 1, 2]), sorted([True, False]))
