def g(a, b):
    return a / b
total = 10 + g(1, 0)
