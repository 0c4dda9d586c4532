# unicode_escape, raw_unicode_escape and utf-8-sig: encode, decode, error ranges and handlers, the invalid-escape DeprecationWarning, utf-8-sig files
import os

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args if isinstance(e, UnicodeError) else '')

show(lambda: 'a\n\u00e9\u20ac\U0001f600\\\'"\t\r\x00\x7f\ud800'.encode('unicode_escape'))
show(lambda: 'a\n\u00e9\u20ac\U0001f600\\\x7f\ud800'.encode('raw_unicode_escape'))
show(lambda: 'x'.encode('Unicode-Escape', 'nonsense'))
show(lambda: b'a\\n\\x41\\u20ac\\U0001f600\\N{EM DASH}\\101\\0\\\n\\\\\xe9'.decode('unicode_escape'))
show(lambda: b'a\\n\\u20ac\\U0001f600\\x41\\\\u1234\xe9\\'.decode('raw_unicode_escape'))
for data in [b'\\x4', b'ab\\u12', b'\\U0011000099', b'\\N{nope}x', b'\\N{}', b'\\N{', b'\\N', b'\\Nx', b'\\', b'a\\x4z\\u1']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(lambda: data.decode('unicode_escape', errors))
show(lambda: b'\\u12'.decode('raw_unicode_escape'))
show(lambda: b'\\U00110000'.decode('raw_unicode_escape'))
show(lambda: b'\\x4z'.decode('unicode_escape', 'surrogateescape'))
show(lambda: b'\\x4z'.decode('unicode_escape', 'xmlcharrefreplace'))
show(lambda: b'\\x4z'.decode('unicode_escape', 'nonsense'))
show(lambda: b'ok'.decode('unicode_escape', 'nonsense'))
show(lambda: bytearray(b'\\t\\u00e9').decode('unicode-escape'))
show(lambda: b'\\q and \\z'.decode('unicode_escape'))
show(lambda: b'\\777'.decode('unicode_escape'))

show(lambda: 'a\u00e9'.encode('utf-8-sig'))
show(lambda: ''.encode('UTF-8-SIG'))
show(lambda: b'\xef\xbb\xbfab'.decode('utf-8-sig'))
show(lambda: b'ab'.decode('utf_8_sig'))
show(lambda: b'\xef\xbb\xbf\xef\xbb\xbfa'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbfa\xff'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb'.decode('utf-8-sig'))
show(lambda: '\ud800'.encode('utf-8-sig'))
show(lambda: 'a\ud800'.encode('utf-8-sig', 'replace'))
show(lambda: b'\xff'.decode('utf-8-sig', 'nonsense'))
show(lambda: b'\xff'.decode('utf8-sig'))

path = 'playground_1792.txt'
with open(path, 'w', encoding='utf-8-sig') as f:
    print(f.encoding, f.write('h\u00e9llo\n'), f.write('world\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-8-sig') as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'a', encoding='utf-8-sig') as f:
    f.write('more\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='utf-8-sig') as f:
    pass
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='utf-8-sig') as f:
    f.write('')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'wb') as f:
    f.write(b'no mark\n')
with open(path, encoding='utf-8-sig') as f:
    print(f.readlines())
os.remove(path)
print(str(b'\\y\\t', 'unicode_escape'), str(b'\\x41', encoding='unicode_escape'), str(bytearray(b'a\\776'), 'unicode_escape', 'strict'))
show(lambda: str(b'\\x4', 'unicode_escape'))
