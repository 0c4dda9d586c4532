def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for n in fib():
    if n > 100:
        break
    out.append(n)
print(out)
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
def squares(n):
    for i in range(n):
        yield i * i
total = 0
for s in squares(4):
    total += s
print(total)
