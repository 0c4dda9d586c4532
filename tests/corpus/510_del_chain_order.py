class N:
    def __init__(self, n, nxt=None):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print("del", self.n)

head = N(1, N(2, N(3)))
del head
print("--")
items = [N(4), N(5), N(6)]
del items
print("--")
pair = (N(7), N(8))
del pair
print("--")
d = {"a": N(9), "b": N(10)}
del d
print("end")
