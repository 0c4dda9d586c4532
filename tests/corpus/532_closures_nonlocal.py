def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
