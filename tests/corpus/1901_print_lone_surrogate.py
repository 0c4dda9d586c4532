# stdout's UTF-8 (surrogateescape) cannot encode a lone surrogate: print raises UnicodeEncodeError after writing
# the pieces before it; stderr's backslashreplace writes its escape.
import sys

print('a', 'b')
try:
    print('x', 'y\ud800z')
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    sys.stdout.write('ok\udfff')
except UnicodeEncodeError as e:
    print(e)
try:
    print('p', end='\ud801')
except UnicodeEncodeError as e:
    print('|', e)
print('e\ud800', file=sys.stderr)
sys.stderr.write('w\udc80\n')
print('last')
print('\ud800')
print('never')
