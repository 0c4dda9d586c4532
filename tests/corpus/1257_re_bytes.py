# bytes patterns: ASCII classes and case folding, bytes results, bytearray and memoryview subjects, their errors.
import re
print(re.match('é', 'É', re.I|re.A), re.match('k', '\u212a', re.I), re.match('k', '\u212a', re.I|re.A), re.match('[a-z]', '\u212a', re.I|re.A))
for args in [(b'a',), (bytearray(b'a'),), (memoryview(b'a'),)]:
    try: print(re.compile(*args))
    except Exception as e: print(type(e).__name__, e)
p = re.compile(rb'(\w+)=(\d+)', re.I)
print(p, p.flags, p.pattern, p.groupindex)
m = p.search(b'  key=42 x=7')
print(m, m.groups(), m.group(0), m.span(), m.string, m[1])
print(p.findall(b'a=1 b=2'), p.sub(rb'\2:\1', b'a=1 b=2'), p.split(b'a=1 b=2'), p.subn(lambda m: m[1].upper(), b'a=1 b=2'))
print(p.findall(bytearray(b'a=1')), p.search(memoryview(b'zz=9')))
print(re.findall(rb'\w+', 'é x'.encode('latin-1')), re.findall(rb'[\xe0-\xff]', b'\xe9\xc9', re.I), re.findall(rb'\s', b'\x1c\x85 \t'))
for bad in [(rb'\u0041',), (b'(?u)a',), (b'a', re.U), (b'a', re.A | re.L), (b'(?L)a',)]:
    try: print(re.compile(*bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [('a', b'a'), (b'a', 'a')]:
    try: print(re.match(*bad))
    except Exception as e: print(type(e).__name__, e)
try: re.sub(b'a', 'x', b'a')
except Exception as e: print(type(e).__name__, e)
try: re.sub(b'a', lambda m: 'x', b'a')
except Exception as e: print(type(e).__name__, e)
print(re.escape(b'a.b'), re.compile(b'a.b\n', re.S), re.compile(b'x', re.L))
try: re.compile(b'(')
except re.error as e: print(e, e.pattern, e.lineno)
