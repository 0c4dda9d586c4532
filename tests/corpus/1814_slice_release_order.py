# Which order a list's removed items are released in, seen through __del__: list_ass_slice (s[a:b] = ...,
# del s[a:b], s[::1] = ...) and list_clear (s *= 0, s.clear()) release from the last one back; an extended
# slice's assignment and deletion release in slice order.
class T:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def run(label, action):
    print("--", label)
    s = [T(i) for i in range(1, 5)]
    action(s)
    print("after", len(s))


run("s[:] = []", lambda s: s.__setitem__(slice(None), []))
run("s[1:3] = [None]", lambda s: s.__setitem__(slice(1, 3), [None]))
run("del s[:]", lambda s: s.__delitem__(slice(None)))
run("del s[1:]", lambda s: s.__delitem__(slice(1, None)))
run("s *= 0", lambda s: s.__imul__(0))
run("s *= -3", lambda s: s.__imul__(-3))
run("s.clear()", lambda s: s.clear())
run("s[::1] = []", lambda s: s.__setitem__(slice(None, None, 1), []))
run("s[::2] = [0, 0]", lambda s: s.__setitem__(slice(None, None, 2), [0, 0]))
run("s[::-2] = [0, 0]", lambda s: s.__setitem__(slice(None, None, -2), [0, 0]))
run("del s[::2]", lambda s: s.__delitem__(slice(None, None, 2)))
run("del s[::-1]", lambda s: s.__delitem__(slice(None, None, -1)))
s = [T(10), T(11), T(12)]
s[0:2] = []
print("statement form done")
s = [T(20), T(21), T(22)]
del s[:2]
s *= 0
print("end")
