// Our ctypes where CPython would read raw memory: only id() addresses of live objects can be read; anything else
// raises ValueError instead of returning garbage (or crashing the process, as python3 may).
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../cli/runProgram';

function run(body: string): string {
  const result = runProgram(`import ctypes\n${body}`);
  expect(result.stderr).toBe('');
  return result.stdout;
}

const NO_OBJECT = /^ValueError: no live object at address 0x[0-9a-f]+: this ctypes reads only the reference count of an object id\(\) returned$/;

describe('ctypes reading memory', () => {
  it('refuses an address no id() gave, even one inside an object', () => {
    const out = run('a = []\nfor address in [id(a) + 8, 12345]:\n    try:\n        ctypes.c_long.from_address(address)\n'
      + '    except ValueError as e:\n        print("ValueError:", e)\n');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(NO_OBJECT);
  });

  it('reads the count live while the object lives, and refuses once it is freed', () => {
    const out = run('a = []\ncount = ctypes.c_long.from_address(id(a))\nb = a\nprint(count.value)\ndel b\nprint(count.value)\n'
      + 'del a\ntry:\n    print(count.value)\nexcept ValueError as e:\n    print("ValueError:", e)\n'
      + 'try:\n    print(repr(count))\nexcept ValueError as e:\n    print("ValueError")\n');
    const lines = out.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['2', '1']);
    expect(lines[2]).toMatch(NO_OBJECT);
    expect(lines[3]).toBe('ValueError');
  });

  it('never writes a reference count, and cast() finds only live objects', () => {
    const out = run('a = []\ncount = ctypes.c_long.from_address(id(a))\ntry:\n    count.value = 5\nexcept ValueError as e:\n    print(e)\n'
      + 'print(count.value)\naddress = id([])\ntry:\n    ctypes.cast(address, ctypes.py_object)\nexcept ValueError as e:\n    print("gone")\n');
    expect(out).toBe('this ctypes does not write reference counts\n1\ngone\n');
  });
});
