try:
    print("dict.fromkeys('ab', 0)", '=>', repr(dict.fromkeys('ab', 0)))
except Exception as e:
    print("dict.fromkeys('ab', 0)", '=>', type(e).__name__, e)
try:
    print("list(reversed({'a': 1}))", '=>', repr(list(reversed({'a': 1}))))
except Exception as e:
    print("list(reversed({'a': 1}))", '=>', type(e).__name__, e)
try:
    print("'a b'.split(maxsplit=1)", '=>', repr('a b'.split(maxsplit=1)))
except Exception as e:
    print("'a b'.split(maxsplit=1)", '=>', type(e).__name__, e)
try:
    print('sorted({3: 1, 1: 2})', '=>', repr(sorted({3: 1, 1: 2})))
except Exception as e:
    print('sorted({3: 1, 1: 2})', '=>', type(e).__name__, e)
try:
    print("max({'a': 1, 'b': 3}, key=lambda k: {'a': 1, 'b': 3}[k])", '=>', repr(max({'a': 1, 'b': 3}, key=lambda k: {'a': 1, 'b': 3}[k])))
except Exception as e:
    print("max({'a': 1, 'b': 3}, key=lambda k: {'a': 1, 'b': 3}[k])", '=>', type(e).__name__, e)
try:
    print('[1, 2, 3].index(2, 1)', '=>', repr([1, 2, 3].index(2, 1)))
except Exception as e:
    print('[1, 2, 3].index(2, 1)', '=>', type(e).__name__, e)
try:
    print("'abc'.removeprefix('a')", '=>', repr('abc'.removeprefix('a')))
except Exception as e:
    print("'abc'.removeprefix('a')", '=>', type(e).__name__, e)
try:
    print("'abc'.removesuffix('c')", '=>', repr('abc'.removesuffix('c')))
except Exception as e:
    print("'abc'.removesuffix('c')", '=>', type(e).__name__, e)
try:
    print("int('  42  ')", '=>', repr(int('  42  ')))
except Exception as e:
    print("int('  42  ')", '=>', type(e).__name__, e)
try:
    print("float('1_000.5')", '=>', repr(float('1_000.5')))
except Exception as e:
    print("float('1_000.5')", '=>', type(e).__name__, e)
try:
    print('round(3.14159, 2)', '=>', repr(round(3.14159, 2)))
except Exception as e:
    print('round(3.14159, 2)', '=>', type(e).__name__, e)
try:
    print("format(1234.5, ',.1f')", '=>', repr(format(1234.5, ',.1f')))
except Exception as e:
    print("format(1234.5, ',.1f')", '=>', type(e).__name__, e)
try:
    print("'{:^10}'.format('hi')", '=>', repr('{:^10}'.format('hi')))
except Exception as e:
    print("'{:^10}'.format('hi')", '=>', type(e).__name__, e)
try:
    print("'{0[1]}'.format([5, 6])", '=>', repr('{0[1]}'.format([5, 6])))
except Exception as e:
    print("'{0[1]}'.format([5, 6])", '=>', type(e).__name__, e)
try:
    print("set('abc') == {'a','b','c'}", '=>', repr(set('abc') == {'a','b','c'}))
except Exception as e:
    print("set('abc') == {'a','b','c'}", '=>', type(e).__name__, e)
try:
    print('frozenset({1, 2}) | {3}', '=>', repr(frozenset({1, 2}) | {3}))
except Exception as e:
    print('frozenset({1, 2}) | {3}', '=>', type(e).__name__, e)
try:
    print('{1, 2} <= {1, 2, 3}', '=>', repr({1, 2} <= {1, 2, 3}))
except Exception as e:
    print('{1, 2} <= {1, 2, 3}', '=>', type(e).__name__, e)
try:
    print('tuple(x for x in range(3))', '=>', repr(tuple(x for x in range(3))))
except Exception as e:
    print('tuple(x for x in range(3))', '=>', type(e).__name__, e)
try:
    print("dict(zip('ab', [1, 2]))", '=>', repr(dict(zip('ab', [1, 2]))))
except Exception as e:
    print("dict(zip('ab', [1, 2]))", '=>', type(e).__name__, e)
try:
    print("list(filter(str.isdigit, 'a1b2'))", '=>', repr(list(filter(str.isdigit, 'a1b2'))))
except Exception as e:
    print("list(filter(str.isdigit, 'a1b2'))", '=>', type(e).__name__, e)
try:
    print('sum(range(101))', '=>', repr(sum(range(101))))
except Exception as e:
    print('sum(range(101))', '=>', type(e).__name__, e)
try:
    print("min([], default='empty')", '=>', repr(min([], default='empty')))
except Exception as e:
    print("min([], default='empty')", '=>', type(e).__name__, e)
try:
    print('divmod(7.5, 2)', '=>', repr(divmod(7.5, 2)))
except Exception as e:
    print('divmod(7.5, 2)', '=>', type(e).__name__, e)
try:
    print('abs(-3 + 0)', '=>', repr(abs(-3 + 0)))
except Exception as e:
    print('abs(-3 + 0)', '=>', type(e).__name__, e)
try:
    print('pow(2, 100, 7)', '=>', repr(pow(2, 100, 7)))
except Exception as e:
    print('pow(2, 100, 7)', '=>', type(e).__name__, e)
try:
    print('hex(-255)', '=>', repr(hex(-255)))
except Exception as e:
    print('hex(-255)', '=>', type(e).__name__, e)
try:
    print('oct(8)', '=>', repr(oct(8)))
except Exception as e:
    print('oct(8)', '=>', type(e).__name__, e)
try:
    print('bin(0)', '=>', repr(bin(0)))
except Exception as e:
    print('bin(0)', '=>', type(e).__name__, e)
try:
    print('chr(0x263A)', '=>', repr(chr(0x263A)))
except Exception as e:
    print('chr(0x263A)', '=>', type(e).__name__, e)
try:
    print("ord('€')", '=>', repr(ord('€')))
except Exception as e:
    print("ord('€')", '=>', type(e).__name__, e)
try:
    print('isinstance(True, int)', '=>', repr(isinstance(True, int)))
except Exception as e:
    print('isinstance(True, int)', '=>', type(e).__name__, e)
try:
    print('issubclass(bool, int)', '=>', repr(issubclass(bool, int)))
except Exception as e:
    print('issubclass(bool, int)', '=>', type(e).__name__, e)
try:
    print('type(3.0) is float', '=>', repr(type(3.0) is float))
except Exception as e:
    print('type(3.0) is float', '=>', type(e).__name__, e)
try:
    print("getattr([], 'append').__name__", '=>', repr(getattr([], 'append').__name__))
except Exception as e:
    print("getattr([], 'append').__name__", '=>', type(e).__name__, e)
try:
    print('hash((1, 2)) == hash((1, 2))', '=>', repr(hash((1, 2)) == hash((1, 2))))
except Exception as e:
    print('hash((1, 2)) == hash((1, 2))', '=>', type(e).__name__, e)
try:
    print("'%s-%s' % ('a', 'b')", '=>', repr('%s-%s' % ('a', 'b')))
except Exception as e:
    print("'%s-%s' % ('a', 'b')", '=>', type(e).__name__, e)
try:
    print("'%(x)s' % {'x': 1}", '=>', repr('%(x)s' % {'x': 1}))
except Exception as e:
    print("'%(x)s' % {'x': 1}", '=>', type(e).__name__, e)
try:
    print("'a'.zfill(3)", '=>', repr('a'.zfill(3)))
except Exception as e:
    print("'a'.zfill(3)", '=>', type(e).__name__, e)
try:
    print("'Ab'.casefold()", '=>', repr('Ab'.casefold()))
except Exception as e:
    print("'Ab'.casefold()", '=>', type(e).__name__, e)
try:
    print('[i for i in range(3)][-1]', '=>', repr([i for i in range(3)][-1]))
except Exception as e:
    print('[i for i in range(3)][-1]', '=>', type(e).__name__, e)
try:
    print('list(map(lambda a, b: a * b, [1, 2], [3, 4]))', '=>', repr(list(map(lambda a, b: a * b, [1, 2], [3, 4]))))
except Exception as e:
    print('list(map(lambda a, b: a * b, [1, 2], [3, 4]))', '=>', type(e).__name__, e)
try:
    print("next(iter([]), 'd')", '=>', repr(next(iter([]), 'd')))
except Exception as e:
    print("next(iter([]), 'd')", '=>', type(e).__name__, e)
try:
    print('all([])', '=>', repr(all([])))
except Exception as e:
    print('all([])', '=>', type(e).__name__, e)
try:
    print("any([0, None, ''])", '=>', repr(any([0, None, ''])))
except Exception as e:
    print("any([0, None, ''])", '=>', type(e).__name__, e)
try:
    print("'x' * 0", '=>', repr('x' * 0))
except Exception as e:
    print("'x' * 0", '=>', type(e).__name__, e)
try:
    print('[0] * -1', '=>', repr([0] * -1))
except Exception as e:
    print('[0] * -1', '=>', type(e).__name__, e)
try:
    print("list('héllo')", '=>', repr(list('héllo')))
except Exception as e:
    print("list('héllo')", '=>', type(e).__name__, e)
try:
    print("len('héllo')", '=>', repr(len('héllo')))
except Exception as e:
    print("len('héllo')", '=>', type(e).__name__, e)
try:
    print("'ß'.upper()", '=>', repr('ß'.upper()))
except Exception as e:
    print("'ß'.upper()", '=>', type(e).__name__, e)
try:
    print('3 // 0.5', '=>', repr(3 // 0.5))
except Exception as e:
    print('3 // 0.5', '=>', type(e).__name__, e)
try:
    print('7 % 0.5', '=>', repr(7 % 0.5))
except Exception as e:
    print('7 % 0.5', '=>', type(e).__name__, e)
try:
    print('-(-3)', '=>', repr(-(-3)))
except Exception as e:
    print('-(-3)', '=>', type(e).__name__, e)
try:
    print('~0', '=>', repr(~0))
except Exception as e:
    print('~0', '=>', type(e).__name__, e)
try:
    print('1 << 70', '=>', repr(1 << 70))
except Exception as e:
    print('1 << 70', '=>', type(e).__name__, e)
try:
    print('(2**70) >> 68', '=>', repr((2**70) >> 68))
except Exception as e:
    print('(2**70) >> 68', '=>', type(e).__name__, e)
try:
    print('True & False', '=>', repr(True & False))
except Exception as e:
    print('True & False', '=>', type(e).__name__, e)
try:
    print('5 ^ True', '=>', repr(5 ^ True))
except Exception as e:
    print('5 ^ True', '=>', type(e).__name__, e)
try:
    print('[1, 2] * 2 == [1, 2, 1, 2]', '=>', repr([1, 2] * 2 == [1, 2, 1, 2]))
except Exception as e:
    print('[1, 2] * 2 == [1, 2, 1, 2]', '=>', type(e).__name__, e)
try:
    print('(1,) + (2,)', '=>', repr((1,) + (2,)))
except Exception as e:
    print('(1,) + (2,)', '=>', type(e).__name__, e)
try:
    print("'abc'[5:]", '=>', repr('abc'[5:]))
except Exception as e:
    print("'abc'[5:]", '=>', type(e).__name__, e)
try:
    print("'abc'[-5:2]", '=>', repr('abc'[-5:2]))
except Exception as e:
    print("'abc'[-5:2]", '=>', type(e).__name__, e)
try:
    print('list(range(0, -5, -2))', '=>', repr(list(range(0, -5, -2))))
except Exception as e:
    print('list(range(0, -5, -2))', '=>', type(e).__name__, e)
try:
    print('range(10)[2:8:3]', '=>', repr(range(10)[2:8:3]))
except Exception as e:
    print('range(10)[2:8:3]', '=>', type(e).__name__, e)
try:
    print('len(range(1, 100, 7))', '=>', repr(len(range(1, 100, 7))))
except Exception as e:
    print('len(range(1, 100, 7))', '=>', type(e).__name__, e)
try:
    print('7 in range(0, 10, 7)', '=>', repr(7 in range(0, 10, 7)))
except Exception as e:
    print('7 in range(0, 10, 7)', '=>', type(e).__name__, e)
try:
    print("list(enumerate('ab'))", '=>', repr(list(enumerate('ab'))))
except Exception as e:
    print("list(enumerate('ab'))", '=>', type(e).__name__, e)
try:
    print("sorted(['b', 'A', 'c'], key=str.lower)", '=>', repr(sorted(['b', 'A', 'c'], key=str.lower)))
except Exception as e:
    print("sorted(['b', 'A', 'c'], key=str.lower)", '=>', type(e).__name__, e)
try:
    print("'Hello World'.istitle()", '=>', repr('Hello World'.istitle()))
except Exception as e:
    print("'Hello World'.istitle()", '=>', type(e).__name__, e)
try:
    print("' '.isspace()", '=>', repr(' '.isspace()))
except Exception as e:
    print("' '.isspace()", '=>', type(e).__name__, e)
try:
    print("'12'.isnumeric()", '=>', repr('12'.isnumeric()))
except Exception as e:
    print("'12'.isnumeric()", '=>', type(e).__name__, e)
try:
    print('str(1/3)[:6]', '=>', repr(str(1/3)[:6]))
except Exception as e:
    print('str(1/3)[:6]', '=>', type(e).__name__, e)
try:
    print('repr(0.1 + 0.2)', '=>', repr(repr(0.1 + 0.2)))
except Exception as e:
    print('repr(0.1 + 0.2)', '=>', type(e).__name__, e)
try:
    print('1e-320 > 0', '=>', repr(1e-320 > 0))
except Exception as e:
    print('1e-320 > 0', '=>', type(e).__name__, e)
try:
    print("float('nan') != float('nan')", '=>', repr(float('nan') != float('nan')))
except Exception as e:
    print("float('nan') != float('nan')", '=>', type(e).__name__, e)
try:
    print('int(-2.5)', '=>', repr(int(-2.5)))
except Exception as e:
    print('int(-2.5)', '=>', type(e).__name__, e)
try:
    print("int('-0')", '=>', repr(int('-0')))
except Exception as e:
    print("int('-0')", '=>', type(e).__name__, e)
try:
    print("vars(type('X', (), {})) if False else 0", '=>', repr(vars(type('X', (), {})) if False else 0))
except Exception as e:
    print("vars(type('X', (), {})) if False else 0", '=>', type(e).__name__, e)
try:
    print('callable(print)', '=>', repr(callable(print)))
except Exception as e:
    print('callable(print)', '=>', type(e).__name__, e)
try:
    print('print is print', '=>', repr(print is print))
except Exception as e:
    print('print is print', '=>', type(e).__name__, e)
try:
    print('id(None) == id(None)', '=>', repr(id(None) == id(None)))
except Exception as e:
    print('id(None) == id(None)', '=>', type(e).__name__, e)
