# One-line compound statements: a statement's span ends at its last token, not after the NEWLINE, so a failure
# located at a whole one-line statement shows no carets (FINDINGS 70). Each handler's failure chains to the last.
class Meta(type):
    def __call__(cls, *a):
        raise TypeError('no instances of ' + cls.__name__)
class Bad:
    def __bool__(self): raise ValueError('no truth')
    def __iter__(self): raise KeyError('no iteration')
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('exit failed')
def boom(tag): raise LookupError(tag)
def deco(f): raise AttributeError('decorator refused ' + f.__name__)

try:
    class A(metaclass=Meta, tag=1): pass
except TypeError:
    try:
        if Bad(): pass
    except ValueError:
        try:
            while Bad(): pass
        except ValueError:
            try:
                for x in Bad(): pass
            except KeyError:
                try:
                    with Bad(): pass
                except RuntimeError:
                    try:
                        if True: boom('if body')
                    except LookupError:
                        try:
                            for i in range(2): boom('for body')
                        except LookupError:
                            try:
                                with Bad() as b: x = 1; boom('with body')
                            except LookupError:
                                try:
                                    @deco
                                    def f(): pass
                                except AttributeError:
                                    try:
                                        @deco
                                        class C: pass
                                    except AttributeError:
                                        class B(Meta('B', (), {})): pass
