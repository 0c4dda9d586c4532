// `from __future__ import ...` (future.c): the features a module's leading future imports turn on, and
// CPython's SyntaxErrors for an unknown feature, `braces`, and a future import anywhere else.

import type * as A from '../ast';
import { PySyntaxError } from '../errors';

/** The features Python 3.11 knows (all but `annotations` and `barry_as_FLUFL` are on anyway). */
const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureImports {
  readonly features: ReadonlySet<string>;
  /** The leading future imports; one anywhere else is a SyntaxError where the compiler meets it. */
  readonly leading: ReadonlySet<A.Stmt>;
}

/** The module's leading future imports (after its docstring), checked as future_parse does. */
export function futureImports(module: A.Module): FutureImports {
  const features = new Set<string>();
  const leading = new Set<A.Stmt>();
  for (let i = 0; i < module.body.length; i++) {
    const s = module.body[i];
    if (i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string') continue;
    if (s.kind !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    for (const alias of s.names) {
      if (alias.name === 'braces') throw featureError(s, 'not a chance');
      if (!FEATURES.has(alias.name)) throw featureError(s, `future feature ${alias.name} is not defined`);
      features.add(alias.name);
    }
    leading.add(s);
  }
  return { features, leading };
}

/** compiler_from_import's error for a future import after other statements (or inside a def or class). */
export function misplacedFutureImport(s: A.Stmt): PySyntaxError {
  return new PySyntaxError({
    type: 'SyntaxError', message: 'from __future__ imports must occur at the beginning of the file',
    line: s.line, column: s.col + 1, endLine: s.endLine, endColumn: s.endCol + 1,
  });
}

/** future.c reports its errors at the statement's start only (one caret). */
function featureError(s: A.Stmt, message: string): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', message, line: s.line, column: s.col + 1 });
}
