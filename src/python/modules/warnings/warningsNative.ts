// _warnings: what the Python warnings module needs from the interpreter (the program's source lines).

import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { newStr } from '../../runtime/factory';
import { builtinFunction, expectArgs, intArg } from '../../builtins/define';
import { once } from '../nativeType';
import type { VM } from '../../vm/vm';

const functions = once(() => ({
  // linecache.getline for the program's files: the line, or '' (another file, no such line).
  _source_line: builtinFunction('_source_line', (vm, args) => {
    expectArgs('_source_line', args, 2);
    const [filename, lineno] = args;
    if (!(filename instanceof PyStr)) return newStr('');
    const lines = filename.value === vm.filename ? vm.sourceLines : vm.moduleSourceLines.get(filename.value);
    const line = lines?.[intArg(lineno) - 1];
    return newStr(line === undefined ? '' : line + '\n');
  }),
}));

export function warningsNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
