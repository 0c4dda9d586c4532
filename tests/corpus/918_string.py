# The string module: its constants (values, lengths, sizes), capwords with and without a separator, its errors,
# and its function as a Python function of module string.
import gc, sys
import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    v = getattr(string, name)
    print(name, repr(v), len(v), sys.getsizeof(v))
print(string.capwords('  hello   wORLD  of\tpython\n'))
print(string.capwords('a-b-c--d', '-'))
print(string.capwords(''), repr(string.capwords('   ')), string.capwords('x', None))
print(string.capwords.__name__, string.capwords.__module__, string.capwords.__defaults__)
print(string.__all__[:3], string.__name__)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: string.capwords(5))
attempt(lambda: string.capwords('a b', ''))
attempt(lambda: string.capwords())
attempt(lambda: string.capwords('x', sep=' ', y=1))
attempt(lambda: string.capwords('ab cd', 'b'))
print('a' in string.ascii_letters, all(c in string.printable for c in string.punctuation))
print(sorted(set(string.printable)) == sorted(string.printable))
print(sys.getrefcount(string.digits) > 1)
