# with: return, break and continue out of the block call __exit__(None, None, None) first.
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *args):
        print('exit', self.name, args)

def early(flag):
    with Log('f'):
        if flag:
            return 'returned'
        print('fell through')
    return 'end'

print(early(True))
print(early(False))

for i in range(4):
    with Log(i):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
print('loop done', i)

def nested():
    with Log('a'), Log('b'):
        with Log('c'):
            return [1, 2]
print(nested())

i = 0
while True:
    with Log('w'):
        i += 1
        if i < 2:
            continue
        break
print('while done', i)

# A with inside try/finally and a finally inside a with.
def mixed():
    try:
        with Log('in try'):
            return 'x'
    finally:
        print('finally')
print(mixed())

def mixed2():
    with Log('outer'):
        try:
            return 'y'
        finally:
            print('finally inside with')
print(mixed2())

# __exit__ returning True swallows an exception raised by a return value's expression too.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('swallow', a[0])
        return True
def g():
    with Swallow():
        return 1 / 0
    return 'after with'
print(g())
