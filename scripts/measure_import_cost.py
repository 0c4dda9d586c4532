"""What importing a module moves in python3's collector, for src/python/modules/importCosts.ts:
`python3 scripts/measure_import_cost.py [--after PRIMER] MODULE...` prints one `importCost(base, 'uses')` line per
module. With --after, PRIMER is imported first (before the free lists are set): the cost of an import that is not
the program's first (importlib's one-time work for the first is FIRST_FILE_IMPORT's).

gc.get_count()[0] after an import depends on the free lists (tuples of 1..19 items, dicts, lists): an object taken
from one is not a new gc allocation, one parked on one is not a release. Each measurement is a fresh python3 with
every free list filled; `base` is the count the import adds then. For each free list, one more run empties that list
first: `taken` is how much more the import counts then, `parked` how many objects it left on the emptied list.
Collections are disabled while measuring (the counts still move): our heap runs them where the count passes the
threshold, which fits datetime's and pickle's imports; logging's needed the temporaries and tail of importCost too,
which this does not measure.
"""
import subprocess
import sys

KINDS = [str(n) for n in range(1, 20)] + ['dict', 'list']
CAPACITY = {'dict': 80, 'list': 80}

PROBE = r'''
import gc
gc.disable()
kind, module, primer = {kind!r}, {module!r}, {primer!r}
if primer:
    __import__(primer)
def make(k, i):
    if k == 'dict':
        return {{}}
    if k == 'list':
        return []
    return tuple(range(i, i + int(k)))
for k in {kinds!r}:
    filled = [None] * 2100
    for i in range(2100):
        filled[i] = make(k, i)
    del filled
emptied = None
if kind:
    emptied = [None] * 2100
    for i in range(2100):
        emptied[i] = make(kind, i)
before = gc.get_count()[0]
__import__(module)
after = gc.get_count()[0]
parked = 0
if kind:
    # Objects taken from the free list are not counted: of 100 new ones, the count misses the parked ones.
    # (The 3-tuple gc.get_count() returns is made after it reads the count and parked again after: no effect.)
    # The holder is made first and is not of the kind measured (a list made before the import changed it).
    probe = {{}} if kind == 'list' else [None] * 100
    start = gc.get_count()[0]
    for i in range(100):
        probe[i] = make(kind, i)
    parked = 100 - (gc.get_count()[0] - start)
print(after - before, parked)
'''


def run(module, kind, primer):
    source = PROBE.format(kind=kind, module=module, kinds=KINDS, primer=primer)
    out = subprocess.run([sys.executable, '-c', source], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


def measure(module, primer):
    base, _ = run(module, '', primer)
    uses = []
    for kind in KINDS:
        counted, parked = run(module, kind, primer)
        if counted - base or parked:
            uses.append(f'{kind}={counted - base}/{parked}')
    return f"{module}: importCost({base}, '{' '.join(uses)}'),"


if __name__ == '__main__':
    args = sys.argv[1:]
    after = ''
    if args[:1] == ['--after']:
        after, args = args[1], args[2:]
    for name in args:
        print(measure(name, after))
