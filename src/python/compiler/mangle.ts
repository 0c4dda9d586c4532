// Private name mangling (_Py_Mangle): inside a class, `__name` (not ending in `__`, without a dot) becomes
// `_Class__name` wherever CPython's compiler and symtable meet it: variables, attributes, parameters, imported and
// global names, `except ... as` and pattern captures. Call keywords keep their names, and a def or class keeps its
// own name (`__name__`, `__qualname__`) while the name it is bound to is mangled (bindName).

import type * as A from '../ast';

/** _Py_Mangle: `name` as it is spelled inside class `privateName` (the innermost enclosing class). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** Whether any identifier of the source could be mangled (the pass is skipped when none could). */
function mayMangle(identifiers: ReadonlySet<string> | undefined): boolean {
  if (!identifiers) return true;
  for (const name of identifiers) if (name.startsWith('__') && !name.endsWith('__')) return true;
  return false;
}

/** The module with private names mangled (the same module when it has none). */
export function mangleModule(module: A.Module): A.Module {
  if (!mayMangle(module.identifiers)) return module;
  return { ...module, body: module.body.map((s) => walk(s, null)) };
}

type Fields = Record<string, unknown>;

function walk<T>(node: T, privateName: string | null): T {
  if (Array.isArray(node)) return node.map((n) => walk(n, privateName)) as T;
  if (node === null || typeof node !== 'object') return node;
  const n = node as Fields;
  const kind = n.kind;
  // A constant's value is data, not syntax.
  if (kind === 'Constant') return node;
  const out: Fields = {};
  const inner = kind === 'ClassDef' ? (n.name as string) : privateName;
  for (const key of Object.keys(n)) {
    const value = n[key];
    // A class's bases, keywords and decorators are evaluated outside it; its body inside.
    out[key] = typeof value === 'object' ? walk(value, key === 'body' ? inner : privateName) : value;
  }
  const m = (name: string) => mangle(privateName, name);
  switch (kind) {
    case 'Name': out.id = m(n.id as string); break;
    case 'Attribute': out.attr = m(n.attr as string); break;
    case 'arg': out.arg = m(n.arg as string); break;
    case 'Global': case 'Nonlocal': out.names = (n.names as string[]).map(m); break;
    case 'ExceptHandler': case 'MatchAs': case 'MatchStar': if (n.name) out.name = m(n.name as string); break;
    case 'MatchMapping': if (n.rest) out.rest = m(n.rest as string); break;
    case 'alias':
      out.name = m(n.name as string);
      if (n.asname) out.asname = m(n.asname as string);
      break;
    case 'ImportFrom': if (n.module) out.module = m(n.module as string); break;
    case 'FunctionDef': case 'ClassDef': out.bindName = m(n.name as string); break;
  }
  return out as T;
}
