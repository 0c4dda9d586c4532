# sys.getsizeof of lists made by list(iterable), list.extend and str.split: list_extend preallocates an empty
# list exactly (rounded to even) from the length hint (8 when unknown), resizes a non-empty one, and cuts back.
import sys
l5 = [1, 2, 3, 4, 5]
d5 = dict.fromkeys(l5)
cases = {
 'range': lambda n: range(n), 'tuple': lambda n: tuple(range(n)), 'list': lambda n: list(range(n)), 'iter': lambda n: iter(list(range(n))),
 'reversed': lambda n: reversed(list(range(n))), 'reversed_range': lambda n: reversed(range(n)), 'map': lambda n: map(abs, range(n)),
 'gen': lambda n: (i for i in range(n)), 'dict': lambda n: dict.fromkeys(range(n)), 'set': lambda n: set(range(n)), 'str': lambda n: 'x' * n,
 'enumerate': lambda n: enumerate(range(n)), 'zip': lambda n: zip(range(n)), 'dict_items': lambda n: dict.fromkeys(range(n)).items(),
 'filter': lambda n: filter(None, range(1, n + 1)), 'sorted': None, 'iter_tuple': lambda n: iter(tuple(range(n))), 'iter_range': lambda n: iter(range(n)),
}
for name, make in cases.items():
    if make is None:
        print(name, [sys.getsizeof(sorted(range(n))) for n in range(0, 12)])
        continue
    print(name, [sys.getsizeof(list(make(n))) for n in range(0, 12)])
def ext(make):
    out = []
    for n in range(0, 12):
        l = []
        l.extend(make(n))
        out.append(sys.getsizeof(l))
    return out
print('gen', ext(lambda n: (i for i in range(n))))
print('iter', ext(lambda n: iter(list(range(n)))))
print('map', ext(lambda n: map(abs, range(n))))
def ext2(make):
    out = []
    for n in range(0, 12):
        l = [1, 2, 3]
        l.extend(make(n))
        out.append(sys.getsizeof(l))
    return out
print('gen3', ext2(lambda n: (i for i in range(n))))
print('iter3', ext2(lambda n: iter(list(range(n)))))
print('listcomp', [sys.getsizeof([i for i in range(n)]) for n in range(12)])
print('tuple(gen)', [sys.getsizeof(tuple(i for i in range(n))) for n in range(12)])
print('sorted(gen)', [sys.getsizeof(sorted(i for i in range(n))) for n in range(12)])
print('list(map)', [sys.getsizeof(list(map(abs, [0]*n))) for n in range(12)])
s = 'a b c d e f g h i j k l m n o p'
print([sys.getsizeof(s.split(maxsplit=k)) for k in (0, 1, 2, 5, 11, 12, 13)], [sys.getsizeof(' '.join('x' * n).split()) for n in range(0, 30)])
print([sys.getsizeof(s.rsplit(maxsplit=k)) for k in (-1, 1, 13)], sys.getsizeof('a\nb'.splitlines()), sys.getsizeof(''.split()), sys.getsizeof('a,b'.split(',')))
import sys
for s, sep in (('', 'l'), ('a', 'ab'), ('ab', 'ab'), ('abc', 'x'), ('', ','), ('x', 'xyz')):
    print(repr(s), sep, sys.getsizeof(s.split(sep)), sys.getsizeof(s.rsplit(sep)))
s = {69, 65, 32, 49, 61}
print(s | s, s.union(s))
s |= s
print(s)
