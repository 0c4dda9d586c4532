def f():
    try:
        return "from try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())
def h():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(h())
def k():
    while True:
        try:
            continue
        finally:
            print("k finally")
            break
k()
