# Generated: 300 random small patterns (atoms, repeats, anchors, flags) against fixed strings; spans, groups, findall, sub, split.
import random, re

ATOMS = ['a', 'b', '.', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', '[a-c]', 'x', r'\.', '(a)', '(b|c)', '(?:ab)',
         '(?P<n>a+)', r'\b', '^', '$', r'\B', '(a|)', '( )', '[0-9]', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', 'é', r'\A', r'\Z']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}']
STRINGS = ['', 'a', 'ab', 'aab', 'abc', 'ba ab', 'a1b22', 'x.y', 'aaa bbb\nccc', 'abcabc', ' \t', 'éa', 'b\n', 'cab ']


def make_pattern(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        atom = rng.choice(ATOMS)
        q = rng.choice(QUANTS)
        if atom in ('^', '$', r'\b', r'\B', r'\A', r'\Z', '(a|)'):
            # anchors cannot repeat; a repeated group matching '' is a documented limit
            q = ''
        parts.append(atom + q)
    p = ''.join(parts)
    if rng.random() < 0.15:
        p = p + '|' + rng.choice(ATOMS)
    return p


rng = random.Random(1240)
flag_choices = [0, 0, re.I, re.M, re.S, re.A, re.I | re.M]
for i in range(300):
    p = make_pattern(rng)
    flags = rng.choice(flag_choices)
    try:
        rx = re.compile(p, flags)
    except re.error as e:
        print(i, repr(p), 'error', e)
        continue
    s = rng.choice(STRINGS)
    m = rx.search(s)
    out = [i, repr(p), flags, repr(s)]
    if m:
        out.append(m.span())
        out.append(m.groups())
    else:
        out.append(None)
    out.append(rx.findall(s))
    out.append(rx.sub('<\\g<0>>', s))
    out.append(rx.split(s))
    mm = rx.match(s)
    out.append(mm and mm.span())
    fm = rx.fullmatch(s)
    out.append(fm and fm.span())
    print(*out)
