class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

c = Config(host='localhost', port=80)
c.debug = True
print(c, c.host, c.port, c.debug, len(c), type(c).__name__)
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)

class Default(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value
d = Default()
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, d.get('zz'), 'zz' in d, d.get('a'))

class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())
    def __delitem__(self, key):
        super().__delitem__(key.lower())
lw = Lower()
lw['ABC'] = 1
lw['Xy'] = 2
print(lw, lw['abc'], lw['ABC'], 'XY' in lw, 'q' in lw)
del lw['XY']
print(lw, list(lw), list(lw.items()), lw.copy(), type(lw.copy()).__name__)
print(lw == {'abc': 1}, {'abc': 1} == lw, dict(lw), Lower(a=1) | {'b': 2})
try:
    lw['nope']
except KeyError as e:
    print('KeyError', e)
try:
    hash(lw)
except TypeError as e:
    print('TypeError', e)
class Counted(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.hits = 0
    def __repr__(self):
        return f'Counted({dict.__repr__(self)}, hits={self.hits})'
cc = Counted({'x': 1}, y=2)
cc.hits += 1
print(cc, repr(cc), str(cc), [cc], cc.__dict__)
print(isinstance(cc, dict), issubclass(Counted, dict), Counted.__mro__)
cc.update(z=3)
print(sorted(cc), cc.pop('x'), cc.setdefault('w', 0), cc)
