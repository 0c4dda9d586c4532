// Deeply nested and very long programs: each ends with python3's output or its error (MemoryError from the
// parser's stack, RecursionError from the compiler, SyntaxError/IndentationError from the tokenizer), in bounded
// time and without a JavaScript stack overflow, in the CLI and in-process (the page's worker runs the same code).
import { describe, expect, it } from 'vitest';
import { JS_TRACE, runBoth } from './support';
import { runProgram } from '../../src/cli/runProgram';

const repeat = (s: string, n: number) => s.repeat(n);
const join = (item: string, sep: string, n: number) => Array.from({ length: n }, () => item).join(sep);

/** Program shapes, each at sizes on both sides of CPython 3.11's limit for it (found by running python3). */
const SHAPES: Record<string, [(n: number) => string, number[]]> = {
  'constant sum': [(n) => `x = ${join('1', '+', n)}\nprint(x)\n`, [2999, 3000, 20000]],
  'name sum': [(n) => `a = 1\nx = ${join('a', '+', n)}\nprint(x)\n`, [2999, 3000]],
  'bitwise or chain': [(n) => `a = 1\nx = ${join('a', '|', n)}\nprint(x)\n`, [2999, 3000]],
  'unary minus chain': [(n) => `a = 1\nx = ${repeat('-', n)}a\nprint(x)\n`, [2998, 2999, 6000]],
  'not chain': [(n) => `a = 1\nx = ${repeat('not ', n)}a\nprint(x)\n`, [2998, 2999, 6000]],
  'invert chain': [(n) => `a = 1\nx = ${repeat('~', n)}a\nprint(x)\n`, [2998, 5990]],
  'power chain': [(n) => `a = 1\nx = ${join('a', '**', n)}\nprint(x)\n`, [2984, 2985]],
  'power chain as a statement': [(n) => `a = 1\n${join('a', '**', n)}\nprint(1)\n`, [2985, 2986]],
  'conditional chain': [(n) => `a = 1\nx = ${repeat('a if a else ', n)}a\nprint(x)\n`, [2998, 2999, 5000]],
  'attribute chain': [(n) => `class A: pass\na = A()\na.a = a\nx = a${repeat('.a', n)}\nprint(x is a)\n`, [2998, 2999, 10000]],
  'call chain': [(n) => `def f(): return f\nx = f${repeat('()', n)}\nprint(x is f)\n`, [2998, 2999]],
  'subscript chain': [(n) => `a = []\na.append(a)\nx = a${repeat('[0]', n)}\nprint(x is a)\n`, [2998, 2999]],
  'lambda chain': [(n) => `x = ${repeat('lambda: ', n)}1\nprint(callable(x))\n`, [2983, 2984]],
  'elif chain': [(n) => `a = ${Math.floor(n / 2)}\nif a == 0: pass\n${Array.from({ length: n - 1 }, (_, i) => `elif a == ${i + 1}: print(${i + 1})\n`).join('')}else: print("e")\n`, [2997, 2998, 7000]],
  'minus chain in a function': [(n) => `a = 1\ndef f():\n    return ${repeat('-', n)}a\nprint(f())\n`, [2997, 2998]],
  'minus chain in a comprehension': [(n) => `a = 1\nx = [${repeat('-', n)}a for a in [1]]\nprint(x)\n`, [2997, 2998]],
  'minus chain in an f-string': [(n) => `a = 1\nx = f"{${repeat('-', n)}a}"\nprint(x)\n`, [2996, 2997]],
  'nested tuples': [(n) => `x = ${repeat('(1,', n)}${repeat(')', n)}\nprint(len(x))\n`, [199, 200]],
  'nested lambdas in parentheses': [(n) => `x = ${repeat('(lambda: ', n)}1${repeat(')', n)}\nprint(callable(x))\n`, [120, 200]],
  'nested powers in parentheses': [(n) => `a = 1\nx = ${repeat('(a**', n)}1${repeat(')', n)}\nprint(x)\n`, [150, 200]],
  'nested calls': [(n) => `def f(*a): return 1\nx = ${repeat('f(', n)}1${repeat(')', n)}\nprint(x)\n`, [200]],
  'nested lists': [(n) => `x = ${repeat('[', n)}${repeat(']', n)}\nprint(len(x))\n`, [200]],
  'nested dicts': [(n) => `x = ${repeat('{1:', n)}1${repeat('}', n)}\nprint(len(x))\n`, [200]],
  'long and': [(n) => `a = 1\nx = ${join('a', ' and ', n)}\nprint(x)\n`, [30000]],
  'long comparison': [(n) => `a = 1\nx = ${join('a', ' < ', n)}\nprint(x)\n`, [30000]],
  'long list display': [(n) => `x = [${join('1', ',', n)}]\nprint(len(x))\n`, [100000]],
  'many arguments': [(n) => `def f(*a): return len(a)\nprint(f(${join('1', ',', n)}))\n`, [100000]],
  'many statements': [(n) => `x = 0\n${repeat('x += 1\n', n)}print(x)\n`, [100000]],
  'many string literals': [(n) => `x = ${join("'a'", ' ', n)}\nprint(len(x))\n`, [100000]],
};

describe('deep and long programs end as in python3', () => {
  for (const [name, [make, sizes]] of Object.entries(SHAPES)) {
    for (const n of sizes) {
      it(`${name}, ${n}`, () => {
        const source = make(n);
        const { ours, theirs } = runBoth(source);
        expect(ours.stderr).not.toMatch(JS_TRACE);
        expect(ours.seconds).toBeLessThan(10);
        expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual({ stdout: theirs.stdout, stderr: theirs.stderr, status: theirs.status });
        // The page's worker runs the interpreter from a string: the same result, no exception escaping.
        const inProcess = runProgram(source, { filename: 'main.py' });
        expect({ stdout: inProcess.stdout, status: inProcess.status }).toEqual({ stdout: theirs.stdout, status: theirs.status });
        expect(inProcess.stderr.split('\n').at(-2)).toBe(theirs.stderr.split('\n').at(-2));
      }, 60_000);
    }
  }
});
