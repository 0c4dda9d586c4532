# Generated: 300 patterns with groups inside repeats (sre keeps a group's last value, also an empty last iteration)
# and backreferences; spans, groups, lastindex, findall, sub, split against fixed strings.
import random, re

GROUPS = ['(a|)', '(a?)', '(a*)', '(|a)', '(a|b)', '(?:(a)|b)', '(?:(a)|(b))', '(ab|a)', '(\\w)', '((a)b?)', '(?P<n>[ab])', '(a|)b']
# Possessive repeats of groups are left out: CPython 3.11's sre reports odd group values after them.
QUANTS = ['*', '+', '?', '*?', '+?', '{2}', '{1,3}', '{0,2}?', '??']
TAILS = ['', '', 'b', 'c', '\\1', '$', '(?=b)', '.', '\\1?', '(b)?\\2']
STRINGS = ['', 'a', 'b', 'aa', 'ab', 'aab', 'abab', 'ba', 'abc', 'aabb', 'bab', 'cab a', 'abba']

rng = random.Random(1314)
for i in range(300):
    p = ''.join(rng.choice(GROUPS) + rng.choice(QUANTS) for _ in range(rng.randint(1, 2))) + rng.choice(TAILS)
    try:
        rx = re.compile(p, rng.choice([0, 0, re.I]))
    except re.error as e:
        print(i, repr(p), 'error', e)
        continue
    s = rng.choice(STRINGS)
    m = rx.search(s)
    print(i, repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), rx.findall(s), rx.sub('<\\g<0>>', s), rx.split(s), [x.span() for x in rx.finditer(s)])
