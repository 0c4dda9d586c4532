# Generated: 200 random fragments of regex syntax compiled; each prints its group count or CPython's error.
import random
import re

PIECES = ['(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '^', '$', '\\', 'a', 'b', '1', '2', ',', '-', '.',
          '(?', '(?P<', '(?P=', '>', '<', '=', '!', ':', 'i', 'x', '#', '\\d', '\\1', '\\x4', '\\u00e', '\\w',
          '(?<=', '(?<!', '(?:', '(?i)', '\\b', ' ', '\n', 'é', '\\0', '\\08', '{2}', '{1,}', '{,3}', '[^', 'z-a']

rng = random.Random(1247)
errors = 0
for i in range(200):
    pattern = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
    try:
        compiled = re.compile(pattern)
        print(i, repr(pattern), 'groups', compiled.groups)
    except re.error as e:
        errors += 1
        print(i, repr(pattern), 'error:', e, '| msg', repr(e.msg), e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(i, repr(pattern), type(e).__name__, e)
print('errors', errors)
