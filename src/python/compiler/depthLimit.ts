// The compiler's nesting limit: CPython refuses a tree nested deeper than its recursion limit allows.

import type * as A from '../ast';
import { PySyntaxError, unlocatedDiagnostic } from '../errors';

/**
 * CPython's AST optimizer and symbol table count every statement and expression they enter against
 * Py_GetRecursionLimit() * COMPILER_STACK_FRAME_SCALE (1000 * 3) and raise RecursionError past it.
 * Other nodes (arguments, keywords, comprehension clauses, except handlers, aliases) are not counted.
 */
const MAX_COMPILER_DEPTH = 3000;

/** Node kinds that are neither statements nor expressions. */
const UNCOUNTED = new Set(['Module', 'keyword', 'arg', 'alias', 'comprehension', 'ExceptHandler', 'withitem', 'match_case']);

/**
 * Throws CPython's `RecursionError: maximum recursion depth exceeded during compilation` when the module nests
 * too deeply. Walks the tree with its own stack (no JavaScript recursion), before any other compile step looks
 * at it, as CPython's optimizer pass runs first.
 */
export function checkCompilerDepth(module: A.Module): void {
  const nodes: unknown[] = [module];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let depth = depths.pop()!;
    if (Array.isArray(node)) {
      for (const child of node) {
        if (child !== null && typeof child === 'object') {
          nodes.push(child);
          depths.push(depth);
        }
      }
      continue;
    }
    const kind = (node as { kind?: unknown }).kind;
    if (typeof kind === 'string' && !UNCOUNTED.has(kind) && ++depth > MAX_COMPILER_DEPTH) {
      throw new PySyntaxError(unlocatedDiagnostic('RecursionError', 'maximum recursion depth exceeded during compilation'));
    }
    for (const key in node as object) {
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth);
      }
    }
  }
}
