// A program's own modules through the CLI: the same files run by `npm run --silent py --` and by python3 print
// the same stdout and stderr and end with the same status (modules found from the script's directory first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PYTHON_ENV } from './support/pythonEnv';

const root = join(__dirname, '..');

/** Writes `files` (path -> text) to a new directory and runs `script` there (from `cwd`, relative to it) with both. */
function runBoth(files: Record<string, string>, script = 'main.py', cwd = '') {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-modules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const at = join(dir, cwd);
  const ours = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), script], { cwd: at, encoding: 'utf8' });
  const theirs = spawnSync('python3', [script], { cwd: at, encoding: 'utf8', env: PYTHON_ENV });
  return { dir, ours: [ours.stdout, ours.stderr, ours.status], theirs: [theirs.stdout, theirs.stderr, theirs.status] };
}

const HELPER = '"""helper doc"""\nprint("loading helper", __name__, __file__)\nX = 1\ndef f(n):\n    return 10 / n\n';

describe('a program importing its own modules (CLI)', () => {
  it('runs a module once, caches it in sys.modules, with the dunders and repr python3 gives it', () => {
    const { ours, theirs } = runBoth({
      'helper.py': HELPER,
      'main.py': 'import sys\nimport helper\nimport helper as again\nfrom helper import X\n'
        + 'print(helper is again, X, sys.modules["helper"] is helper, helper.__doc__)\n'
        + 'print(list(helper.__dict__))\nprint(repr(helper), type(helper.__builtins__).__name__)\n'
        + 'print(repr(helper.__package__), helper.__cached__, helper.__spec__.name, helper.__spec__.origin, helper.__loader__.path)\n'
        + 'import importlib\nprint(importlib.import_module("helper") is helper)\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[0]).toContain('loading helper helper /');
  }, 30_000);

  it('imports packages, their submodules, relative imports and namespace packages', () => {
    const { ours, theirs } = runBoth({
      'pkg/__init__.py': 'from . import sib\nfrom .sib import S\nprint("pkg init", S, __name__, __package__)\n',
      'pkg/sib.py': 'S = "sib"\n',
      'pkg/mod.py': 'print("pkg.mod", __name__, __package__, __file__)\n',
      'ns/thing.py': 'Y = 2\n',
      'main.py': 'import pkg.mod\nfrom pkg import mod\nprint(pkg.__path__, pkg.__file__, repr(pkg), pkg.mod is mod)\n'
        + 'import ns.thing\nprint(ns.thing.Y, ns.__file__, ns.__package__, ns.__spec__.origin, list(ns.__path__))\n'
        + 'from ns import thing\nprint(thing.__name__, thing.__package__)\n',
    });
    expect(ours).toEqual(theirs);
  }, 30_000);

  it('shows tracebacks through module files with their source lines, from a call and from import time', () => {
    for (const main of ['import helper\nhelper.f(0)\n', 'print("start")\nimport raiser\n']) {
      const { ours, theirs } = runBoth({ 'helper.py': HELPER, 'raiser.py': 'def g():\n    return {}["k"]\nVALUE = g()\n', 'main.py': main });
      expect(ours).toEqual(theirs);
      expect(ours[2]).toBe(1);
    }
  }, 30_000);

  it('reports a SyntaxError in an imported module with its file, line and caret', () => {
    const { ours, theirs } = runBoth({ 'bad.py': 'x = 1\ny = = 2\n', 'main.py': 'print("before")\nimport bad\n' });
    expect(ours).toEqual(theirs);
    expect(ours[1]).toContain('bad.py", line 2\n');
  }, 30_000);

  it('raises ModuleNotFoundError and ImportError with python3\'s messages, names and paths', () => {
    const { ours, theirs } = runBoth({
      'helper.py': 'X = 1\n',
      'pkg/__init__.py': '',
      'main.py': 'for stmt in ["import nothere", "import pkg.nothere", "import helper.sub", "from helper import nothere",\n'
        + '             "from pkg import nothere", "from pkg.nothere import x"]:\n'
        + '    try:\n        exec(stmt)\n    except ImportError as e:\n'
        + '        print(type(e).__name__, e, e.name, e.path)\nimport nothere\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[1]).toContain("ModuleNotFoundError: No module named 'nothere'");
  }, 30_000);

  it('reports circular imports as partially initialized modules', () => {
    for (const main of ['import a\n', 'import c\n']) {
      const { ours, theirs } = runBoth({
        'a.py': 'import b\nA = 1\n', 'b.py': 'from a import A\n', 'c.py': 'import d\nC = 1\n', 'd.py': 'import c\nprint(c.C)\n', 'main.py': main,
      });
      expect(ours).toEqual(theirs);
      expect(ours[1]).toContain('partially initialized module');
    }
  }, 30_000);

  it('lets a file in the script directory replace a library module python3 has not loaded at startup, and no other', () => {
    const { ours, theirs } = runBoth({
      'heapq.py': 'print("local heapq")\ndef heappush(h, x):\n    print("mine", x)\n',
      'math.py': 'print("local math")\n',
      'random.py': 'print("local random")\n',
      'main.py': 'import heapq, math, random\nheapq.heappush([], 1)\nprint(math.pi, random.random.__name__)\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[0]).toContain('local heapq\nmine 1\n');
  }, 30_000);

  it('names the main script and sys.path[0] as python3 does, however the command line names the script', () => {
    const files = {
      'sub/main.py': 'import sys, helper\nprint(sys.path[0] == __import__("os").path.dirname(helper.__file__), __file__.endswith(sys.argv[0].lstrip("/")))\n'
        + 'print(sys.path[0][-4:], __file__[-30:])\n1/0\n',
      'sub/helper.py': '',
    };
    for (const script of ['sub/main.py', './sub/main.py', 'sub/../sub/main.py', 'sub//main.py']) {
      const { ours, theirs } = runBoth(files, script);
      expect(ours, script).toEqual(theirs);
    }
    // A symbolic link to the script: sys.path[0] is the directory of the file it points to.
    const { dir } = runBoth(files);
    mkdirSync(join(dir, 'links'));
    symlinkSync(join(dir, 'sub', 'main.py'), join(dir, 'links', 'main.py'));
    const ours = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), 'links/main.py'], { cwd: dir, encoding: 'utf8' });
    const theirs = spawnSync('python3', ['links/main.py'], { cwd: dir, encoding: 'utf8', env: PYTHON_ENV });
    expect([ours.stdout, ours.stderr, ours.status]).toEqual([theirs.stdout, theirs.stderr, theirs.status]);
  }, 60_000);

  it('counts references to a module\'s objects, warns with its lines, imports * with submodules, and imports the script as a module', () => {
    const { ours, theirs } = runBoth({
      'helper.py': 'import warnings\ndef f():\n    warnings.warn("careful")\nclass K:\n    pass\nif __name__ == "__main__":\n    print("never")\n',
      'pkg/__init__.py': '__all__ = ["sub", "V"]\nV = 3\n',
      'pkg/sub.py': 'print("sub loaded")\n',
      'pkg.py': 'print("a package comes before a module of the same name")\n',
      'main.py': 'import sys\nimport helper\nhelper.f()\n'
        + 'print(sys.getrefcount(helper), sys.getrefcount(helper.f), sys.getrefcount(helper.K), sys.getrefcount(helper.__dict__))\n'
        + 'from pkg import *\nprint(sub.__name__, V)\nimport main\nprint("main imported", __name__)\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[1]).toContain('helper.py:3: UserWarning: careful\n  warnings.warn("careful")\n');
  }, 30_000);

  it('finds modules in directories the program adds to sys.path, and on the interpreter thread too', () => {
    const { ours, theirs } = runBoth({
      'lib/extra.py': 'E = 5\ntotal = 0\nfor i in range(400_000):\n    total += i\n',
      'main.py': 'import sys\nsys.path.insert(0, "lib")\nimport extra\nprint(extra.E, extra.total, extra.__file__[-12:])\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[0]).toBe('5 79999800000 lib/extra.py\n');
  }, 60_000);

  it("takes '.' on sys.path as the working directory itself, and formats an imported module's IndentationError as traceback.py does", () => {
    const { ours, theirs } = runBoth({
      'sub/inner.py': 'Y = 2\n',
      'broken.py': 'if True:\nprint(1)\n',
      'main.py': 'import sys, traceback\nsys.path.insert(0, "./sub")\nsys.path.insert(0, ".")\nimport inner\nprint(inner.__file__[-16:])\n'
        + 'try:\n    import broken\nexcept SyntaxError as e:\n    print(e.filename[-10:], e.lineno, e.offset, e.end_lineno, e.end_offset)\n'
        + '    print("".join(traceback.format_exception_only(type(e), e)))\nimport broken\n',
    });
    expect(ours).toEqual(theirs);
    expect(ours[0]).toContain('/./sub/inner.py\n/broken.py 2 1 2 6\n');
    expect(ours[0]).toContain('    print(1)\n    ^^^^^\n');
    expect(ours[1]).toContain('    print(1)\n    ^\nIndentationError');
  }, 30_000);
});
