// The copy module (shallow and deep copies, as CPython's documented behaviour), in our Python subset.

export const COPY_PY = `
import weakref


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

# Objects whose copy (shallow or deep) is the object itself.
_ATOMIC = {type(None), int, float, bool, str, frozenset, type, range, slice, property,
           type(len), type(Ellipsis), type(NotImplemented), type(lambda: None), weakref.ref}
_COPIED_BY_METHOD = {list, dict, set}
_ATOMIC_SHALLOW = _ATOMIC | {tuple}


def _default_reduce(x, cls):
    # object.__reduce_ex__(4): a new object of the class made by cls.__new__(cls), and the state __getstate__ gives.
    if cls.__module__ == "builtins" and cls is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls, kind):
    if cls.__reduce_ex__ is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    if cls.__reduce__ is not object.__reduce__:
        return x.__reduce__()
    try:
        return _default_reduce(x, cls)
    except AttributeError:
        raise Error("un(%s)copyable object of type %s" % (kind, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC_SHALLOW or issubclass(cls, type):
        return x
    if cls in _COPIED_BY_METHOD:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered; a copied one is, and the original is kept alive
    # in the memo so its id cannot be reused while the memo lives.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A tuple reached again through its own items was copied already by the inner call.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not items[i]:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    return y
`;
