# Generated: 400 random patterns with conditional groups (?(1)yes|no) and (?(name)yes|no), backreferences to groups
# that may take no part, and groups inside repeats (Python keeps a group's last value); spans, groups, findall, sub.
import random, re

GROUPS = ['(a)?', '(b)?', '(a|b)', '(a)*', '(?P<n>x)?', '(a|)', '(?:(a)|b)+', '(ab)?', '((a)|c)?', '(a*)', '(?:(b)|c)*?', '(\\d)?']
ATOMS = ['a', 'b', 'c', '.', r'\d', '[ab]', 'x', r'\b', '^', '$', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', 'ab', ' ']
CONDS = ['(?(1)a|b)', '(?(1)b)', '(?(1)|c)', '(?(2)a|c)', '(?(1)(?(2)x|y)|z)', '(?(1)\\1|b)', '(?(1).|$)', '(?(2)b+|a*)']
REFS = ['\\1', '\\2', '(?P=n)']
QUANTS = ['', '', '', '*', '+', '?', '*?', '{1,2}', '+?']
STRINGS = ['', 'a', 'b', 'ab', 'aab', 'abc', 'ba ab', 'xa', 'aaa bbb', 'abab', 'cab', 'bc', 'a1b2', 'xx', 'acab']


def make_pattern(rng):
    parts = [rng.choice(GROUPS)]
    for _ in range(rng.randint(1, 4)):
        k = rng.random()
        if k < 0.35:
            parts.append(rng.choice(CONDS).replace('(?(2)', '(?(1)' if rng.random() < 0.3 else '(?(2)'))
        elif k < 0.5:
            parts.append(rng.choice(GROUPS))
        elif k < 0.6:
            parts.append(rng.choice(REFS))
        else:
            atom = rng.choice(ATOMS)
            parts.append(atom + ('' if atom in ('^', '$', r'\b') or atom.startswith('(?') else rng.choice(QUANTS)))
    p = ''.join(parts)
    if '(?P=n)' in p and '(?P<n>' not in p or rng.random() < 0.1:
        p = p.replace('(?P=n)', '(?(n)x|y)')
    if rng.random() < 0.1:
        p = p + '|' + rng.choice(CONDS)
    return p


rng = random.Random(1313)
flag_choices = [0, 0, 0, re.I, re.M, re.S]
errors = 0
for i in range(400):
    p = make_pattern(rng)
    flags = rng.choice(flag_choices)
    try:
        rx = re.compile(p, flags)
    except re.error as e:
        errors += 1
        print(i, repr(p), 'error', e)
        continue
    s = rng.choice(STRINGS)
    m = rx.search(s)
    out = [i, repr(p), flags, repr(s)]
    out.append(m and (m.span(), m.groups(), m.lastindex))
    out.append(rx.findall(s))
    out.append(rx.sub('<\\g<0>>', s))
    out.append(rx.split(s))
    mm = rx.match(s)
    out.append(mm and mm.span())
    fm = rx.fullmatch(s)
    out.append(fm and fm.span())
    print(*out)
print('errors', errors)
# Named conditions, a conditional in a lookbehind, and the errors of the syntax.
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'(?P<q>")?\w+(?(q)")', 'word"'), re.findall(r'(<)?\w+(?(1)>)', '<a> b <c d>'))
print(re.search(r'(a)?(?<=(?(1)a|b)c)', 'bc'), re.sub(r'(\()?\d+(?(1)\))', '#', '(1) 2 (3 4)'))
for p in [r'(?(1)a|b)', r'(a)(?(1)a|b|c)', r'(a)(?(x)a)', r'(a)(?(2)a)', r'(a)(?(0)a)', r'(?P<n>a)(?(n', r'(a)(?(1a|b)', r'(a)(?(-1)a)']:
    try:
        print(re.compile(p))
    except re.error as e:
        print(repr(p), e)
