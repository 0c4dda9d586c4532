// weakref's WeakValueDictionary and WeakKeyDictionary as Lib/weakref.py has them, in our Python subset (part of
// the module's Python source, weakrefPython.ts).

export const WEAKREF_DICTIONARIES_PY = `
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

    def setdefault(self, key, default=None):
        r = self.data.get(key)
        o = None if r is None else r()
        if o is None:
            self[key] = default
            return default
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    # As Lib/weakref.py's, the views are generators (over a snapshot: a value may die meanwhile).
    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def clear(self):
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


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

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def keyrefs(self):
        return list(self.data)

    def update(self, other=(), **kw):
        for k, v in (other.items() if hasattr(other, "items") else other):
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))
`;
