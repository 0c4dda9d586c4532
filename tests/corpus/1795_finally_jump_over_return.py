# A break, continue or return inside a finally body that runs for a return: the return value is dropped
# (CPython's POP_VALUE block). The code before kept it on the stack and the loop ran on a corrupt stack (a hang).
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return 'end'
print('start')
print(f())
def g():
    for i in range(5):
        try:
            return i
        finally:
            if i == 2:
                break
            continue
    return 'broke'
print(g())
def h():
    try:
        return 'first'
    finally:
        return 'second'
print(h())
def k():
    for i in range(3):
        try:
            try:
                return 'inner'
            finally:
                print('inner finally', i)
        finally:
            if i < 2:
                continue
    return 'done'
print(k())
def w():
    while True:
        try:
            return 1
        finally:
            break
    return 2
print(w())
