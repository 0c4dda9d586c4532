# Sorting 200,000 ints in a scrambled order (a multiplicative hash of 0..199999, so every run sorts the same list).
values = [(i * 663608941) % 1073741824 for i in range(200000)]
values.sort()
print(values[0], values[100000], values[-1])
