# A numeric loop: integer arithmetic and comparisons.
total = 0
i = 0
while i < 300000:
    if i % 3 == 0:
        total += i * 2
    else:
        total -= 1
    i += 1
print(total)
