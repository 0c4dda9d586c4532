# A generator's state as inspect reads it (gi_suspended, gi_running, gi_frame, gi_yieldfrom, gi_code), what its
# type's dict holds, and the references to code objects: a function and co_consts hold one each, a generator and
# its frame one more each, a running frame one.
import sys
import gc


def inner():
    yield 1
    yield 2


def outer():
    yield 0
    yield from inner()


g = outer()
print(g.gi_suspended, g.gi_running, g.gi_yieldfrom, g.gi_code.co_name, g.gi_frame is not None)
next(g)
print(g.gi_suspended, g.gi_yieldfrom)
next(g)
sub = g.gi_yieldfrom
print(g.gi_suspended, sub.__name__, sub.gi_suspended, sub.gi_code.co_qualname)
del sub
list(g)
print(g.gi_suspended, g.gi_yieldfrom, g.gi_frame, g.gi_code.co_name)
print(sorted(vars(type(g))))
print(sorted(set(dir(g)) - set(dir(object))))
print([type(vars(type(g))[k]).__name__ for k in ('gi_code', 'gi_frame', '__name__', '__del__', '__sizeof__')])
print(g.__sizeof__() + 16 == sys.getsizeof(g), type(g).__repr__(g).startswith('<generator object outer at 0x'))


def watch():
    print('running:', watched.gi_running, watched.gi_suspended)
    yield 1


watched = watch()
next(watched)


def closes():
    try:
        yield 1
    finally:
        print('finally ran')


c = closes()
next(c)
c.__del__()
print(c.gi_suspended, c.gi_frame)
print(closes().__del__())


def f():
    pass


def gen():
    yield 1


print(sys.getrefcount(f.__code__), sys.getrefcount(gen.__code__))
code = gen.__code__
print(sys.getrefcount(code))
a = gen()
print(sys.getrefcount(code))
next(a)
b = gen()
print(sys.getrefcount(code))
list(a)
print(sys.getrefcount(code))
del a, b
print(sys.getrefcount(code))


def running():
    return sys.getrefcount(running.__code__)


print(running())


def outer_maker():
    def made():
        pass
    return made


m1 = outer_maker()
m2 = outer_maker()
print(sys.getrefcount(m1.__code__), sys.getrefcount(outer_maker.__code__))
referents = gc.get_referents(gen())
print(referents[0] is code, referents[-1] is code, gen in referents)
