class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [A("in list 1"), A("in list 2")]
d = {"k": A("in dict")}
single = A("single")
first = A("first")
items.append(first)
cyc = A("cycle")
cyc.me = cyc
print("end")
