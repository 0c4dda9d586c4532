# list.sort keeps the list's storage while it sorts (no reallocation, so a list made before tracing adds nothing),
# and its merges past the merge state's own 256 slots allocate a block (merge_getmem) that tracemalloc's peak holds;
# with a key function a list of 128 items or more keeps its keys in a block too. sorted() holds the list's `sort`.
import random
import tracemalloc

random.seed(7)
floats = [random.random() for _ in range(600)]
ints = list(range(600))
random.shuffle(ints)
backwards = list(range(300, 0, -1))
words = [str(i) for i in range(200)]
small = list(range(60))
random.shuffle(small)
runs = list(range(300)) + list(range(300))
tracemalloc.start()
readings = []

def run(label, sort):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    sort()
    current, peak = tracemalloc.get_traced_memory()
    readings.append((label, current - before, peak - before))

run('floats', floats.sort)
run('shuffled ints', ints.sort)
run('backwards', backwards.sort)
run('words reversed', lambda: words.sort(reverse=True))
run('small', small.sort)
run('small with key', lambda: small.sort(key=lambda x: -x))
run('words with key', lambda: words.sort(key=len))
run('two runs', runs.sort)
run('sorted', lambda: sorted(backwards))
tracemalloc.stop()
for r in readings:
    print(*r)
