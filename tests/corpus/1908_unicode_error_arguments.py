# The Unicode errors check their constructor arguments as CPython's __init__ does (PyArg_ParseTuple messages).
for args in [(), ('a',), (1, 'a', 0, 1, 'r'), ('u', 'a', 'x', 1, 'r'), ('u', 'a', 0, 1, 2), ('u', b'a', 0, 1, 'r'), ('utf-8', 'ab', 0, 1, 'r')]:
    try:
        print(UnicodeEncodeError(*args))
    except TypeError as e:
        print('TypeError:', e)
for args in [('a',), (1, b'a', 0, 1, 'r'), ('u', 'a', 0, 1, 'r'), ('u', b'a', 0, 1, 2), ('utf-8', b'\xff', 0, 1, 'bad')]:
    try:
        print(UnicodeDecodeError(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    UnicodeEncodeError('u', 'a', 0, 1, 'r', x=1)
except TypeError as e:
    print('TypeError:', e)
class Sub(UnicodeEncodeError):
    def __init__(self):
        super().__init__('ascii', 'xé', 1, 2, 'sub')
print(Sub(), Sub().args)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, type(e.object).__name__)
