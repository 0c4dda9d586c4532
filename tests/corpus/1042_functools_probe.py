# functools: partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key.
import functools


def probe(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


p = functools.partial(max, 1, key=abs)
probe("partial repr", lambda: repr(p))
probe("partial parts", lambda: (p.func, p.args, p.keywords))
probe("partial type", lambda: type(p))
probe("partial call", lambda: p(-5, 3))
probe("partial flatten", lambda: functools.partial(p, 2))
probe("partial flatten args", lambda: functools.partial(p, 2).args)
probe("partial override kw", lambda: functools.partial(int, base=2)("101", base=8))
probe("partial no args", lambda: functools.partial())
probe("partial not callable", lambda: functools.partial(1))
probe("partial attr", lambda: setattr(p, "note", 1) or p.note)

probe("reduce sum", lambda: functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
probe("reduce initial", lambda: functools.reduce(lambda a, b: a + b, [], 10))
probe("reduce empty", lambda: functools.reduce(lambda a, b: a + b, []))
probe("reduce not iterable", lambda: functools.reduce(lambda a, b: a + b, 5))
probe("reduce strings", lambda: functools.reduce(lambda a, b: b + a, "abc"))

probe("assignments", lambda: functools.WRAPPER_ASSIGNMENTS)
probe("updates", lambda: functools.WRAPPER_UPDATES)


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("  calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return inner


@logged
def area(w, h):
    "Area of a rectangle."
    return w * h


area.__dict__["unit"] = "m2"
probe("wraps name", lambda: (area.__name__, area.__qualname__, area.__doc__))
probe("wraps wrapped", lambda: area.__wrapped__.__name__)
probe("wraps call", lambda: area(2, 3))


@functools.lru_cache(maxsize=2)
def double(x):
    print("  computing", x)
    return x * 2


probe("lru first", lambda: double(1))
probe("lru hit", lambda: double(1))
probe("lru info", lambda: double.cache_info())
probe("lru fill", lambda: (double(2), double(3), double(1)))
probe("lru evicted", lambda: double.cache_info())
probe("lru params", lambda: double.cache_parameters())
probe("lru fields", lambda: (double.cache_info().hits, double.cache_info().currsize))
probe("lru clear", lambda: (double.cache_clear(), double.cache_info()))
probe("lru none", lambda: functools.lru_cache(maxsize=None)(abs).cache_info())
probe("lru negative", lambda: functools.lru_cache(-3)(abs).cache_info())
probe("lru bad", lambda: functools.lru_cache("x"))


@functools.lru_cache(typed=True)
def typed(x):
    return x


probe("lru typed", lambda: (typed(1), typed(1.0), typed.cache_info()))


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


probe("cache fib", lambda: fib(40))
probe("cache info", lambda: fib.cache_info())


class Account:
    def __init__(self, amounts):
        self.amounts = amounts

    @functools.cached_property
    def total(self):
        "Sum of the amounts."
        print("  summing")
        return sum(self.amounts)


acct = Account([1, 2, 3])
probe("cached first", lambda: acct.total)
probe("cached again", lambda: acct.total)
probe("cached dict", lambda: acct.__dict__)
probe("cached on class", lambda: (type(Account.total).__name__, Account.total.__doc__, Account.total.attrname))
probe("cached reset", lambda: (delattr(acct, "total"), acct.total))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


probe("ordering", lambda: (Version(1) <= Version(2), Version(2) >= Version(2), Version(3) > Version(1)))
probe("ordering names", lambda: (Version.__gt__.__name__, Version.__le__.__name__))
probe("ordering sorted", lambda: [v.n for v in sorted([Version(3), Version(1), Version(2)])])
probe("ordering mismatch", lambda: Version(1) > 5)
probe("ordering none", lambda: functools.total_ordering(type("Plain", (), {})))

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
probe("cmp_to_key sort", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
probe("cmp_to_key type", lambda: type(key(1)))
probe("cmp_to_key compare", lambda: (key(1) < key(2), key(2) == key(2), key(3) >= key(4)))
probe("cmp_to_key obj", lambda: key(5).obj)
probe("cmp_to_key other", lambda: key(1) < 2)
