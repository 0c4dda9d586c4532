# 200,000 `s += 'ab'` on a local inside a function.
def build():
    s = ''
    for _ in range(200000):
        s += 'ab'
    return s

print(len(build()))
