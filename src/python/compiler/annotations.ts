// A def's annotations in the order CPython 3.11 evaluates them (compiler_visit_annotations): the positional
// parameters after `/` first, then the positional-only ones, *args, the keyword-only ones, **kwargs, return.

import type * as A from '../ast';

export function annotationsOf(def: A.FunctionDef): [name: string, annotation: A.Expr][] {
  const out: [string, A.Expr][] = [];
  const { args } = def;
  const add = (a: A.Arg | null) => {
    if (a?.annotation) out.push([a.arg, a.annotation]);
  };
  args.args.forEach(add);
  args.posonlyargs.forEach(add);
  add(args.vararg);
  args.kwonlyargs.forEach(add);
  add(args.kwarg);
  if (def.returns) out.push(['return', def.returns]);
  return out;
}
