# site's copyright, credits and license (_Printer: repr, and calling prints pages, asking input() between),
# breakpoint with a program's sys.breakpointhook, and UnicodeTranslateError.
import sys
print(copyright)
print(repr(credits))
print(license)
copyright()
credits()
print(breakpoint)
def hook(*a, **k):
    print('hook', a, k)
    return 'h'
sys.breakpointhook = hook
print(breakpoint(1, x=2))
try:
    copyright(1)
except TypeError as e:
    print(e)
print(type(license).__module__, type(license).__qualname__)
print(UnicodeTranslateError.__mro__)
e = UnicodeTranslateError('ab\u1234c', 2, 3, 'bad char')
print(str(e), repr(e), e.args)
print(e.object, e.start, e.end, e.reason, e.encoding)
print(UnicodeTranslateError('abcd', 1, 3, 'two'))
print(UnicodeTranslateError('a\xffb', 1, 2, 'x'))
print(UnicodeTranslateError('a\U00012345b', 1, 2, 'x'))
print(UnicodeTranslateError('a', 5, 6, 'x'))
print(UnicodeTranslateError.__module__, UnicodeTranslateError.__doc__)
for bad in [('a', 1), (1, 2, 3, 4), ('a', 'b', 1, 'c'), ('a', 1, 2, 3)]:
    try:
        UnicodeTranslateError(*bad)
    except TypeError as t:
        print(t)
try:
    raise UnicodeTranslateError('xyz', 0, 1, 'nope')
except UnicodeError as u:
    print(type(u).__name__, u)
print(e.__sizeof__(), isinstance(e, ValueError))
import builtins
print([n for n in ('copyright', 'credits', 'license', 'breakpoint', 'UnicodeTranslateError') if hasattr(builtins, n)])
license()
