# sys.getrefcount inside a function called with *args / **kwargs: CALL_FUNCTION_EX holds the argument tuple
# and keyword dict (and, with keywords, copies of the arguments) until the call returns.
import sys

x = object()

def star(*args):
    return sys.getrefcount(args[0])

def one(a):
    return sys.getrefcount(a)

def of_global(*args):
    return sys.getrefcount(x)

def keywords(**kw):
    return sys.getrefcount(kw['k'])

def named(k):
    return sys.getrefcount(k)

def mixed(a, *rest, k=None, **kw):
    return sys.getrefcount(a), sys.getrefcount(k)

print(star(x), star(*[x]), star(*(x,)), star(*[x, 1]))
print(one(x), one(*[x]), one(*(x,)))
print(of_global(x), of_global(*[x]), of_global(*(x,)))
items = [x]
print(star(*items), one(*items), of_global(*items))
print(keywords(k=x), keywords(**{'k': x}), named(k=x), named(**{'k': x}))
options = {'k': x}
print(keywords(**options), named(**options))
print(mixed(x, k=x), mixed(*[x], **{'k': x}), mixed(*items, **options))
print(sys.getrefcount(x), sys.getrefcount(items), sys.getrefcount(options))

class Tracked:
    def __del__(self):
        print('freed')

def consume(obj):
    print('in call')

consume(*[Tracked()])
print('after call')
