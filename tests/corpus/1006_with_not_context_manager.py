# Objects without __enter__ or __exit__ (looked up on the type, not the instance).
class OnlyEnter:
    def __enter__(self):
        return self

class OnInstance:
    pass

o = OnInstance()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None

for make in [lambda: 42, lambda: [1], OnlyEnter, lambda: o, lambda: (1, 2)]:
    try:
        with make():
            print('entered')
    except TypeError as e:
        print(e)

with OnlyEnter() as x:
    pass
