# dict_merge copies a dict's table directly only when its class keeps dict's __iter__: a dict subclass that overrides
# __iter__ is merged through keys() and __getitem__ by dict(d), {**d}, f(**d), update() and |=; one overriding only keys() is not.
class D(dict):
    def __iter__(self):
        print("iter called")
        return iter(["a"])
    def keys(self):
        print("keys called")
        return ["a"]
    def __getitem__(self, k):
        print("getitem", k)
        return 42

d = D(a=1, b=2)
print(dict(d))
print({**d})
def f(**kw): return kw
print(f(**d))
x = {}
x.update(d)
print(x)
class K(dict):
    def keys(self):
        print("K.keys")
        return ["a"]
k = K(a=1, b=2)
print(dict(k), {**k}, f(**k))
y = {}; y.update(k); print(y)
z = {}; z |= d; print(z, {} | d)
