# A range iterator is a longrange_iterator when any of start, stop or step is past a C long, even when it yields
# nothing; an OSError subclass with its own __new__ still keeps (errno, strerror) as args once a filename is given.
for r in (range(0, 0, 2**70), range(0, 1, 2**70), range(10), range(2**63), range(2**62), range(5, 2**64, 2**64),
          range(-2**63 - 1, 0), range(10, 0, -3)):
    it = iter(r)
    print(type(it).__name__, next(it, None), type(reversed(r)).__name__)

# list() asks a huge range, or its iterator, for its length before taking anything.
for make in (lambda: list(range(2**63)), lambda: list(iter(range(2**63))), lambda: len(range(2**63))):
    try:
        make()
    except OverflowError as e:
        print('OverflowError:', e)


class MissingFile(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


e = MissingFile(2, 'No such file', 'notes.txt')
print(e.args, e.errno, e.strerror, e.filename, str(e))
e = MissingFile(13, 'Denied')
print(e.args, e.errno, e.filename)


class Tagged(ValueError):
    def __new__(cls, *args):
        return super().__new__(cls, *[str(a).upper() for a in args])


t = Tagged('boom', 2)
print(t.args, str(t))
