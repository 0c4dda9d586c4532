// What a library module builds once per process (its types' methods, its tables) is shared: importing it for the
// first time in the process takes no more ids from the running program's heap than importing it again does.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../interpreter';
import { CHUNK_OF_MODULE } from './moduleCatalog';

/** The next heap id after a program that imports `module`, run to its end. */
function idsAfterImport(module: string): number {
  const interp = new Interpreter(`import ${module}\nx = object()\n`);
  interp.run();
  return interp.vm.heap.peekNextId();
}

describe('a module imported first in the process', () => {
  const modules = Object.keys(CHUNK_OF_MODULE).filter((name) => !name.startsWith('_') && !name.includes('.'));
  it.each(modules)('%s numbers a program\'s objects as its later imports do', (module) => {
    const first = idsAfterImport(module);
    expect(idsAfterImport(module)).toBe(first);
  });
});
