// Literal values of each type: small and boundary ints, big ints, floats with tricky reprs, strings with quotes.

import type { Rng } from '../rng';
import type { Ty } from './context';

const SMALL_INTS = ['0', '1', '2', '3', '5', '7', '10', '-1', '-3', '-5', '-6', '12', '100', '255', '256', '257', '1000', '-256'];
const WIDE_INTS = ['2147483647', '4294967296', '9223372036854775807', '-9223372036854775808', '18446744073709551616',
  '0xff', '0o17', '0b1011', '1_000_000', '1073741823', '1073741824', '10**20', '2**64', '-(2**100)', '3**40'];
const FLOATS = ['0.1', '0.2', '0.5', '1.5', '2.5', '-2.5', '3.14159', '1e-05', '1e16', '1.0', '-0.0', '0.0', '2.675',
  '1e+300', '123456789.125', '0.3', '1/3', '2/3', '1e22', '1.7976931348623157e308', '5e-324', '100.0', '7.25', '-3.75'];
const STRS = ["'abc'", "'Hello World'", "''", "'a,b,,c'", "'  pad  '", "'x\\ty'", '"it\'s"', "'say \"hi\"'", "'\u00e9t\u00e9'",
  "'MiXeD cAsE'", "'123'", "'-42'", "'3.5'", "'a'", "'Z'", "'hello'", "'line1\\nline2'", "'snake_case_name'", "'  '",
  "'aaa'", "'banana'", "'\u4e2d\u6587'", "'tab\\tsep'", "'back\\\\slash'", "'x'", "'0x1f'", "'1_000'"];
const WORDS = ["'ab'", "'cd'", "'Xy'", "'z'", "'hello'", "'world'", "''", "'a b'", "'42'", "'\u00fc'"];

export function intLiteral(r: Rng): string {
  if (r.chance(0.7)) return r.pick(SMALL_INTS);
  if (r.chance(0.6)) return r.pick(WIDE_INTS);
  let digits = String(r.int(1, 9));
  const n = r.int(15, 45);
  for (let i = 0; i < n; i++) digits += String(r.int(0, 9));
  return r.chance(0.3) ? `-${digits}` : digits;
}

export function smallInt(r: Rng, lo = -4, hi = 12): string {
  return String(r.int(lo, hi));
}

export function floatLiteral(r: Rng): string {
  if (r.chance(0.6)) return r.pick(FLOATS);
  const whole = r.int(-500, 500);
  const frac = r.int(0, 9999);
  return `${whole}.${String(frac).padStart(4, '0')}`;
}

export function strLiteral(r: Rng): string {
  return r.pick(STRS);
}

export function wordLiteral(r: Rng): string {
  return r.pick(WORDS);
}

/** A literal of any type, for alternatives and default values. */
export function literalOf(r: Rng, ty: Ty): string {
  switch (ty) {
    case 'int': return intLiteral(r);
    case 'float': return floatLiteral(r);
    case 'str': return strLiteral(r);
    case 'bool': return r.pick(['True', 'False']);
    case 'none': return 'None';
    case 'list': return `[${Array.from({ length: r.int(0, 5) }, () => smallInt(r, -3, 20)).join(', ')}]`;
    case 'slist': return `[${Array.from({ length: r.int(0, 4) }, () => wordLiteral(r)).join(', ')}]`;
    case 'tuple': {
      const n = r.int(0, 4);
      const items = Array.from({ length: n }, () => smallInt(r, -3, 20));
      return n === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'dict': {
      const keys = r.sample(['a', 'b', 'c', 'key', 'x', 'yy', 'Z'], r.int(0, 4));
      return `{${keys.map((k) => `'${k}': ${smallInt(r, -5, 50)}`).join(', ')}}`;
    }
    case 'set': {
      const n = r.int(0, 6);
      return n === 0 ? 'set()' : `{${Array.from({ length: n }, () => smallInt(r, -10, 70)).join(', ')}}`;
    }
    case 'sset': {
      const n = r.int(1, 5);
      return `{${Array.from({ length: n }, () => wordLiteral(r)).join(', ')}}`;
    }
    case 'range': return r.pick(['range(5)', 'range(2, 9)', 'range(10, 0, -3)', 'range(0)', 'range(-4, 4, 2)', 'range(1, 20, 4)']);
  }
}

/** The simplest literal of a type: what the shrinker tries first in place of an expression. */
export function simplestOf(ty: Ty): string {
  switch (ty) {
    case 'int': return '2';
    case 'float': return '1.5';
    case 'str': return "'ab'";
    case 'bool': return 'True';
    case 'none': return 'None';
    case 'list': return '[1, 2]';
    case 'slist': return "['a', 'b']";
    case 'tuple': return '(1, 2)';
    case 'dict': return "{'a': 1}";
    case 'set': return '{1, 2}';
    case 'sset': return "{'a'}";
    case 'range': return 'range(3)';
  }
}
