for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    n -= 1
    if n == 0:
        break
print(n)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x > 5 else "no")
print(1 < x < 10, 1 < x > 10, x == 7 != 8)
print(not x, x and 0, 0 or x, None or "default")
