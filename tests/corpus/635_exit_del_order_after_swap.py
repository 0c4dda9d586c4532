class A:
    def __del__(self):
        print("del", self.n)
p = A()
p.n = "p"
q = A()
q.n = "q"
p, q = q, p
print("end")
