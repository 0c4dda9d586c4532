import sys
for s in ['é', '', 'a\U0001F600', 'héllo wörld']:
    for c in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'u16', 'utf_16le', 'UTF-32BE']:
        b = s.encode(c)
        print(c, b, b.decode(c) == s, len(b), sys.getsizeof(b))
for b, c in [(b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'a\x00\x00\x00', 'utf-32'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'a\x00\x00', 'utf-32-le'), (b'\xff\xfe', 'utf-16'), (b'', 'utf-32'), (b'\xff\xfe\x00\xd8a\x00', 'utf-16'), (b'\x00\xd8a', 'utf-16-le'), (b'a\x00\x00\xd8\x00', 'utf-16-le'), (b'\xd8\x00\xdc\x00', 'utf-16-be')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
        try: print(repr(b.decode(c, errors)).encode('ascii', 'backslashreplace'))
        except Exception as e: print(type(e).__name__, e, e.args if errors != 'surrogatepass' else '')
for s, c in [('\ud800', 'utf-16'), ('a\udc00b', 'utf-16-be'), ('\ud800x', 'utf-32'), ('\ud800', 'utf-32-le')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass', 'xmlcharrefreplace']:
        try: print(s.encode(c, errors))
        except Exception as e: print(type(e).__name__, e, e.args)
try: 'x'.encode('utf-16', 'bogus')
except Exception as e: print(type(e).__name__, e)
for f in [lambda: b'\x00\xd8'.decode('utf-16-le', 'bogus'), lambda: b'\x00\xd8'.decode('utf-16', 'bogus'), lambda: b'\x00\xd8'.decode('UTF16LE', 'bogus'), lambda: '\ud800'.encode('UTF_16', 'bogus'), lambda: '\ud800'.encode('u32', 'bogus'), lambda: b'\x00\xd8'.decode('utf-16', 'strict'), lambda: 'x'.encode('utf-32-be', 'bogus')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, '|', e, '|', e.args)
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), bytes('hi', 'utf-32-be'), bytearray('é', 'utf-16'))
