import sys
def make_counter():
    state = []
    def counter():
        state.append(1)
        return len(state)
    return counter, state

c, s = make_counter()
print(c(), c(), c())
print(sys.getrefcount(s))
del c
print(sys.getrefcount(s))
