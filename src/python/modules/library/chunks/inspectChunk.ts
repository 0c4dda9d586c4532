// Chunk 'inspect': the inspect module (our Python), with the program's source lines (for getsource) as its
// native part.
import { INSPECT_PY } from '../../python/inspect';
import { INSPECT_SOURCE_PY } from '../../python/inspectSource';
import { INSPECT_PARAMETERS_PY } from '../../python/inspectParameters';
import { INSPECT_SIGNATURE_PY } from '../../python/inspectSignature';
import { INSPECT_CALLABLES_PY } from '../../python/inspectCallables';
import type { PyObject } from '../../../runtime/object';
import { newStr } from '../../../runtime/factory';
import { builtinFunction, expectArgs } from '../../../builtins/define';
import { sourceLineOf } from '../../warnings/warningsNative';
import { once, ownedBy } from '../../nativeType';
import type { ModuleGroup } from '../moduleLibrary';

const functions = once(() => ownedBy('inspect', {
  // linecache.getline over the program's files: the line with its newline, or ''.
  _source_line: builtinFunction('_source_line', (vm, args) => {
    expectArgs('_source_line', args, 2);
    return newStr(sourceLineOf(vm, args[0], args[1]));
  }),
}));

function inspectNativeContents(): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}

export const INSPECT_CHUNK: ModuleGroup = { inspect: { native: inspectNativeContents, python: [INSPECT_PY + INSPECT_SOURCE_PY + INSPECT_PARAMETERS_PY + INSPECT_SIGNATURE_PY + INSPECT_CALLABLES_PY, 'inspect.py'] } };
