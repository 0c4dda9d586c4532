// The parts of the weakref module that CPython writes in Python (Lib/weakref.py), written in our Python subset.

export const WEAKREF_PY = `
class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    # As CPython's: the registry holds an info record with the weak reference, so calling the finalizer
    # drops the record and the weak reference with it.
    _registry = {}
    _counter = 0

    def __init__(self, obj, func, *args, **kwargs):
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info:
            return info.func(*info.args, **info.kwargs)

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs)

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit


def _run_exit_finalizers():
    pending = sorted(finalize._registry.items(), key=lambda item: item[1].index, reverse=True)
    for f, info in pending:
        if info.atexit:
            f()


class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        selfref = ref(self)
        def remove(wr):
            d = selfref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return remove

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len([k for k, r in self.data.items() if r() is not None])

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def pop(self, key, *args):
        r = self.data.pop(key, None)
        o = None if r is None else r()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def keys(self):
        return [k for k, r in list(self.data.items()) if r() is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        return [(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None]

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % hex(id(self))


class WeakKeyDictionary:
    def __init__(self, other=None):
        self.data = {}
        if other is not None:
            for k, v in (other.items() if hasattr(other, "items") else other):
                self[k] = v

    def __setitem__(self, key, value):
        selfref = ref(self)
        def remove(wr):
            d = selfref()
            if d is not None:
                d.data.pop(wr, None)
        self.data[ref(key, remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len([wr for wr in self.data if wr() is not None])

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [k for k in (wr() for wr in list(self.data)) if k is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        return [(k, v) for k, v in ((wr(), v) for wr, v in list(self.data.items())) if k is not None]

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % hex(id(self))
`;
