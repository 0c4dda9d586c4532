// The CLI's library chunks (scripts/cli-chunks.mjs, src/cli/cliChunkFiles.ts): each a bundle of its own, loaded
// on its first import, running on the interpreter bundle's own classes and state.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON_ENV } from './support/pythonEnv';
import { CHUNK_OF_MODULE } from '../src/python/modules/library/moduleCatalog';
import { COPY_PY } from '../src/python/modules/python/copy';

const root = join(__dirname, '..');

function runBoth(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-chunks-'));
  writeFileSync(join(dir, 'main.py'), source);
  const ours = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), 'main.py'], { cwd: dir, encoding: 'utf8' });
  const theirs = spawnSync('python3', ['main.py'], { cwd: dir, encoding: 'utf8', env: PYTHON_ENV });
  return { ours: [ours.stdout, ours.stderr, ours.status], theirs: [theirs.stdout, theirs.stderr, theirs.status] };
}

/** Objects of one chunk used by the interpreter and by other chunks: ABCs, registrations, copy, json, dataclasses. */
const ACROSS_CHUNKS = `
import collections, copy, json, numbers, fractions, decimal, dataclasses, functools, enum, sys, gc, weakref
d = collections.deque([1, [2, 3]])
print(isinstance(collections.OrderedDict(), dict), issubclass(collections.Counter, dict), isinstance(d, collections.abc.Sequence))
print(isinstance(fractions.Fraction(1, 3), numbers.Rational), isinstance(decimal.Decimal(3), numbers.Number))
print(json.dumps(collections.OrderedDict(a=1, b=[fractions.Fraction(1, 2).numerator])))
e = copy.deepcopy(d)
print(e, e[1] is d[1], sys.getsizeof(collections.deque()), gc.is_tracked(d), sys.getrefcount(d))
@functools.total_ordering
@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
print(sorted([Point(2), Point(1, 5)]), Point(1) >= Point(0, 9))
class Color(enum.Enum):
    RED = 1
print(Color.RED, Color(1) is Color.RED, weakref.ref(Color).__class__.__name__, gc.collect())
`;

describe('the CLI library chunks', () => {
  it('imports every module of the library as python3 does', () => {
    // _io and _frozen_importlib are named io and importlib._bootstrap in CPython (their own difference).
    const names = Object.keys(CHUNK_OF_MODULE).filter((name) => name !== '_io' && name !== '_frozen_importlib');
    const source = `import importlib\nfor name in ${JSON.stringify(names)}:\n    module = importlib.import_module(name)\n    print(name, module.__name__, type(module).__name__)\n`;
    const { ours, theirs } = runBoth(source);
    expect(ours).toEqual(theirs);
    expect(theirs[0]).toContain('collections.abc collections.abc module');
  });

  it('shares the interpreter classes with every chunk, and chunks with each other', () => {
    const { ours, theirs } = runBoth(ACROSS_CHUNKS);
    expect(ours).toEqual(theirs);
    expect(theirs[2]).toBe(0);
  });

  it('leaves the library out of the interpreter bundle: a chunk holds its own modules', () => {
    runBoth('pass\n'); // builds the bundles when sources changed
    const interpreter = readFileSync(join(root, '.cache', 'cli-worker.cjs'), 'latin1');
    const copyChunk = readFileSync(join(root, '.cache', 'library-chunks', 'copy.cjs'), 'latin1');
    const marker = 'def deepcopy(';
    expect(COPY_PY).toContain(marker);
    expect(copyChunk).toContain(marker);
    expect(interpreter).not.toContain(marker);
  });
});
