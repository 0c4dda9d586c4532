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
    return newStr(sourceLineOf(vm, args[0], args[1]));
  }),
}));

/** The program's line `lineno` with its newline, or '' (another file, no such line). */
export function sourceLineOf(vm: VM, filename: PyObject, lineno: PyObject): string {
  return filename instanceof PyStr ? programLine(vm, filename.value, intArg(lineno)) : '';
}

/** linecache.getline over the program's files (the script and the modules it imported from its folder). */
export function programLine(vm: VM, filename: string, lineno: number): string {
  const line = (filename === vm.filename ? vm.sourceLines : vm.moduleSourceLines.get(filename))?.[lineno - 1];
  return line === undefined ? '' : line + '\n';
}

export function warningsNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
