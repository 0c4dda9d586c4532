class A:
    def __del__(self):
        print("del", self.n)
a = A()
a.n = 1
a.me = a
b = A()
b.n = 2
print("end")
