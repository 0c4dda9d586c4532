# When CPython hands back the very same str (or bytes) object instead of a copy: a whole slice, concatenation
# with an empty str, repetition by one, format() and f-strings of a str that needs no formatting, '%s' % s and
# '{}'.format(s) (the writer keeps the one str it was given), and the reference counts that follow. Then a
# closure's cell written and emptied through cell_contents.
import sys
s = "hello world"
print(s[:] is s, s[0:] is s, s[::1] is s, s[0:len(s)] is s, s + "" is s, "" + s is s, s * 1 is s, s[::-1] is s)
t = (1, 2, 3)
print(t[:] is t, t[0:] is t, t + () is t, () + t is t, t * 1 is t, t[::1] is t)
b = b"abc"
print(b[:] is b, b + b"" is b, b * 1 is b)
l = [1, 2]
print(l[:] is l, l * 1 is l)
x = s[:]
print(sys.getrefcount(s))
fs = frozenset({1, 2})
print(frozenset(fs) is fs, tuple(t) is t, str(s) is s, bytes(b) is b)
print(s.zfill(3) is s, s.expandtabs() is s, s.split()[0] is s, "".join([s]) is s, s.format() is s, f"{s}" is s)
print(s.rstrip() is s, s.lstrip("q") is s, s.removeprefix("q") is s, s.removesuffix("q") is s, s.partition("q")[0] is s)
u = "ABC"
print(u.upper() is u, u.title() is u, u.capitalize() is u, u.swapcase() is u, u.casefold() is u)
print(str.__str__(s) is s, format(s) is s, "%s" % s is s, s.translate({}) is s)
print(s.rjust(0) is s, s.encode().decode() is s, str(s[:]) is s, s.__getitem__(slice(None)) is s)
class S(str): pass
t = S("abc")
print('{}'.format(s) is s, '{0}'.format(s) is s, '{x}'.format(x=s) is s, '{!s}'.format(s) is s, '{:}'.format(s) is s, '{!s:}'.format(s) is s, '{0!r}'.format(s) is s, '{:5}'.format(s) is s, '{}'.format(t) is t, '{}'.format(s, 1) is s)
print('%s' % s is s, '%s' % (s,) is s, '%s' % t is t, '%s' % [s], '%r' % s is s, S('%s') % s is s)
print(f'{s}' is s, f'{s!s}' is s, f'{s!r}' is s, f'{s:}' is s, f'{t}' is t, f'{s:>3}' is s, f'{s}{""}' is s)
print(format(s) is s, format(s, '') is s, format(t) is t, type(format(t)).__name__)
print(t[:] is t, type(t[:]).__name__, t + '' is t, type(t + '').__name__, '' + t is t, type('' + t).__name__, type(t * 1).__name__, t * 1 is t)
e = ''
print(e + s is s, s + e is s, s * 1 is s, 1 * s is s, s[:] is s, s[-100:100] is s, s[::1] is s, s[0:len(s):1] is s)
u = "héllo wörld €𝄞"
print(u[:] is u, u + '' is u, u[0:] is u, u[::-1] == u[::-1])
b = b"xyz"
print(b + b'' is b, b'' + b is b, bytearray(b'') + b is b, type(bytearray(b'') + b).__name__)
x = s[:]
y = s + ''
z = f'{s}'
print(sys.getrefcount(s))
def outer():
    n = 0
    def get():
        return n
    return get
f = outer()
cell = f.__closure__[0]
print(cell.cell_contents, f())
cell.cell_contents = [1, 2]
print(f(), sys.getrefcount(cell.cell_contents))
del cell.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(e)
try:
    del cell.cell_contents
except Exception as e:
    print(type(e).__name__, e)
cell.cell_contents = 'back'
print(f(), sorted(set(dir(cell)) - set(dir(object))))
try:
    cell.other = 1
except AttributeError as e:
    print(e)
