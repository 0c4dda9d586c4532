// The module library in chunks (the page's worker) against the one with everything linked in (Node): same names,
// prefetch from a program's text reaches every module its imports run, and a module not fetched halts the run.
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_OF_MODULE, MODULE_CHUNKS } from './moduleCatalog';
import { CHUNK_LOADERS } from './chunkLoaders';
import { ChunkedModuleLibrary } from './chunkedLibrary';
import { installModuleLibrary } from './moduleLibrary';
import { staticModuleLibrary } from './staticLibrary';
import { scanImports } from './importScan';
import { Interpreter } from '../../interpreter';
import { ModuleCodeNeeded } from '../../vm/vm';

function chunkedLibrary(fetched: string[] = []): ChunkedModuleLibrary {
  return new ChunkedModuleLibrary((chunk) => {
    fetched.push(chunk);
    return CHUNK_LOADERS[chunk]();
  });
}

function run(source: string): { stdout: string; stderr: string } {
  const interp = new Interpreter(source, {});
  interp.run();
  return { stdout: interp.stdout, stderr: interp.stderr };
}

afterEach(() => installModuleLibrary(staticModuleLibrary()));

describe('module catalog', () => {
  it('lists exactly the modules each chunk defines', async () => {
    expect(Object.keys(CHUNK_LOADERS).sort()).toEqual([...MODULE_CHUNKS].sort());
    for (const chunk of MODULE_CHUNKS) {
      const names = Object.keys(await CHUNK_LOADERS[chunk]()).sort();
      expect(names, chunk).toEqual(Object.keys(CHUNK_OF_MODULE).filter((n) => CHUNK_OF_MODULE[n] === chunk).sort());
    }
  });
});

describe('scanImports', () => {
  it('finds import statements anywhere, from-imports as possible submodules, and dynamic imports', () => {
    const scan = scanImports('import os.path as p, re\nx = 1; from collections import (abc,\n  deque)\nfrom . import y\ndef f():\n    import json\n');
    expect(scan.modules.sort()).toEqual(['collections', 'collections.abc', 'collections.deque', 'json', 'os.path', 're']);
    expect(scan.dynamic).toBe(false);
    expect(scanImports('m = __import__("json")').dynamic).toBe(true);
    expect(scanImports('exec("import json")').dynamic).toBe(true);
    expect(scanImports('ｅｘｅｃ("import json")').dynamic).toBe(true);
    expect(scanImports('executive = 1\np = re.compile("a")\nmodel.eval()').dynamic).toBe(false);
    expect(scanImports('from math import time\nfrom . import json').modules.sort()).toEqual(['math', 'math.time']);
  });

  it('counts help() and doc attributes as importing pydoc, whose chunk holds the docs', () => {
    expect(scanImports('help(len)').modules).toEqual(['pydoc']);
    expect(scanImports('print(len.__doc__)').modules).toEqual(['pydoc']);
    expect(scanImports('print(len.__text_signature__)').modules).toEqual(['pydoc']);
    expect(scanImports('helper = 1\nprint(len.__name__)').modules).toEqual([]);
  });
});

describe('ChunkedModuleLibrary', () => {
  it('fetches only the chunks a program and the modules it imports need', async () => {
    const fetched: string[] = [];
    const library = chunkedLibrary(fetched);
    await library.prefetchFor('import re\nprint(re.sub("a+", "-", "caaat"))\n');
    // re's Python part imports enum and _collections; enum imports what it needs in turn.
    expect(fetched).toContain('re');
    expect(fetched).toContain('enum');
    expect(fetched).toContain('collections');
    expect(fetched).not.toContain('json');
    expect(fetched).not.toContain('array');
  });

  it('runs each module after a prefetch from `import NAME` alone, as the linked-in library does', async () => {
    for (const name of Object.keys(CHUNK_OF_MODULE)) {
      const program = `import ${name}\nprint(sorted(n for n in dir(${name}) if not n.startswith('__'))[:50])\n`;
      installModuleLibrary(staticModuleLibrary());
      const expected = run(program);
      const library = chunkedLibrary();
      await library.prefetchFor(program);
      installModuleLibrary(library);
      expect(run(program), name).toEqual(expected);
    }
  });

  it('fetches every chunk for a program that imports by computed names', async () => {
    const fetched: string[] = [];
    await chunkedLibrary(fetched).prefetchFor('m = __import__("js" + "on")\n');
    expect(fetched.sort()).toEqual([...MODULE_CHUNKS].sort());
  });

  it('halts a run that imports a module whose chunk was not fetched (the worker then fetches all and reruns)', () => {
    installModuleLibrary(chunkedLibrary());
    const interp = new Interpreter('import json\n', {});
    expect(() => interp.run()).toThrow(ModuleCodeNeeded);
  });

  it('fetches the docs with pydoc\'s chunk, and halts a run that reads a builtin\'s doc without them', async () => {
    const fetched: string[] = [];
    const library = chunkedLibrary(fetched);
    await library.prefetchFor('print(len.__doc__)\n');
    // pydoc's Python part imports only sys (linked in).
    expect(fetched.sort()).toEqual(['pydoc', 'sys']);
    installModuleLibrary(library);
    expect(run('print(len.__doc__)\n').stdout).toBe('Return the number of items in a container.\n');
    installModuleLibrary(chunkedLibrary());
    const interp = new Interpreter('f = len\nprint(getattr(f, "__d" + "oc__"))\n', {});
    expect(() => interp.run()).toThrow(ModuleCodeNeeded);
  });

  it('tells a module the playground does not have from one not fetched', () => {
    installModuleLibrary(chunkedLibrary());
    const r = run('import no_such_module_here\n');
    expect(r.stderr).toContain("ModuleNotFoundError: No module named 'no_such_module_here'");
  });
});
