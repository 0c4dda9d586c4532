// pydoc's native part: the program's source lines, for the comments above a definition (inspect.getcomments),
// and the names the interactive help lists for 'keywords', 'symbols' and 'topics'.
import { PyObject } from '../../runtime/object';
import { newStr, newTuple } from '../../runtime/factory';
import { HELP_INDEX } from './callableDocs';
import { builtinFunction, expectArgs } from '../../builtins/define';
import { sourceLineOf } from '../warnings/warningsNative';
import { once, ownedBy } from '../nativeType';
import type { VM } from '../../vm/vm';

const functions = once(() => ownedBy('pydoc', {
  // linecache.getline over the program's files: the line with its newline, or ''.
  _source_line: builtinFunction('_source_line', (vm, args) => {
    expectArgs('_source_line', args, 2);
    return newStr(sourceLineOf(vm, args[0], args[1]));
  }),
}));

export function pydocNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  out._keywords = newTuple(HELP_INDEX.keywords.map((name) => newStr(name)));
  out._symbols = newTuple(HELP_INDEX.symbols.map((name) => newStr(name)));
  out._topics = newTuple(HELP_INDEX.topics.map((name) => newStr(name)));
  return out;
}
