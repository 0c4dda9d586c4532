// Known root causes of differences (the entries of FINDINGS.md), recognised from a program's first differing
// lines, so a campaign can be summed up by cause. A program counts once, under its first difference.

import type { Diff } from './runner';

export interface RootCause {
  id: string;
  /** Matches "python3 line || our line". */
  pattern: RegExp;
}

export const ROOT_CAUSES: RootCause[] = [
  { id: 'range.attrs', pattern: /'range' object has no attribute/ },
  { id: 'int.bit_count', pattern: /has no attribute 'bit_count'/ },
  { id: 'code.co_freevars', pattern: /'code' object has no attribute/ },
  { id: 'gen.throw', pattern: /'generator' object has no attribute 'throw'/ },
  { id: 'math.missing', pattern: /module 'math' has no attribute/ },
  { id: 'float.as_integer_ratio', pattern: /as_integer_ratio/ },
  { id: 'set.update_methods', pattern: /'set' object has no attribute '\w+_update'/ },
  { id: 'index.huge', pattern: /cannot fit 'int' into an index-sized integer/ },
  { id: 'exc.attribute_name', pattern: /'AttributeError' object has no attribute 'name'/ },
  { id: 'keyerror.message', pattern: /popitem\(\): dictionary is empty|pop from an empty set/ },
  { id: 'float.divmod_zero', pattern: /float divmod\(\)/ },
  { id: 'error.str_repr', pattern: /invalid literal for int\(\)|could not convert string to float/ },
  { id: 'str.format_fields', pattern: /KeyError "''/ },
  { id: 'type.subclasses', pattern: /__subclasses__/ },
  { id: 'exc.oserror', pattern: /name 'OSError' is not defined/ },
  { id: 'iter.dunder_next', pattern: /_iterator' object has no attribute '__next__'/ },
  { id: 'pow.modular', pattern: /pow\(\) 3rd argument|not invertible|Division by zero/ },
  { id: 'chr.range', pattern: /Invalid code point|%c arg not in range/ },
  { id: 'zip.strict', pattern: /zip\(\) argument \d+ is (longer|shorter)/ },
  { id: 'compare.reflected', pattern: /'<' not supported between instances of 'str' and 'int'/ },
  { id: 'seq.mul_message', pattern: /can't multiply sequence by non-int/ },
  { id: 'call.errors', pattern: /positional-only arguments passed as keyword|got an unexpected keyword argument|positional argument/ },
  { id: 'syntax.warnings', pattern: /SyntaxWarning/ },
  { id: 'builtin.arg_checks', pattern: /str\(\) argument 'encoding'/ },
  { id: 'gen.close', pattern: /^cleanup \|\|/ },
  { id: 'format.spec_checks', pattern: /Cannot specify '[,_]' with|not allowed (with|in) (integer|string) format specifier|Unknown format code|Precision not allowed/ },
  { id: 'math.domain', pattern: /math domain error/ },
  { id: 'exc.errno_args', pattern: /OverflowError\("\(34/ },
];

/** The root cause of a difference, or null if no known one matches. */
export function rootCauseOf(diff: Diff, features: readonly string[] = []): string | null {
  const text = `${diff.python} || ${diff.ours}`;
  const known = ROOT_CAUSES.find((c) => c.pattern.test(text))?.id;
  if (known) return known;
  // The same characters in another order: set iteration order (entry 5, or hashes of entry 9), str.center.
  if (diff.kind === 'stdout' && [...diff.python].sort().join('') === [...diff.ours].sort().join('')) return 'order (set order, hashes, str.center)';
  // Only numbers differ in a program hashing strs: str hash.
  if (features.includes('strhash') && /^[-\d ]+$/.test(diff.python) && /^[-\d ]+$/.test(diff.ours)) return 'strhash (numbers)';
  return null;
}
