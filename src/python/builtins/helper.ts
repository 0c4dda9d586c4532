// help: site's _Helper object. Calling it imports pydoc (our Python, src/python/modules/python/pydoc.ts) and
// hands the call over to pydoc.help, as CPython's _sitebuiltins does.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T, makeShared } from '../runtime/builtinTypes';
import { newStr } from '../runtime/factory';
import { decref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { callRequest } from '../vm/callOps';
import { importName } from '../modules/importSystem';
import { CUSTOM, defineMethods } from './define';

/** The shared `help` instance. */
export function makeHelper(): Record<string, PyObject> {
  const helperType = makeShared(new PyType(T.type, '_Helper', [T.object], makeShared(new PyDict(T.dict))));
  helperType.module = '_sitebuiltins';
  defineMethods(helperType, {
    __repr__: () => newStr('Type help() for interactive help, or help(object) for help about object.'),
    __call__: {
      sig: CUSTOM,
      op: function* (vm, args, kwargs) {
        const pydoc = importName(vm, 'pydoc', null, None, 0);
        let help: PyObject;
        try {
          help = getAttr(vm, pydoc, 'help');
        } finally {
          decref(pydoc);
        }
        // Held where the reference ledger sees it while pydoc runs.
        vm.holdTemporary(help);
        try {
          return (yield callRequest(vm, help, args.slice(1), kwargs)) as PyObject;
        } finally {
          vm.dropTemporary(help);
          decref(help);
        }
      },
    },
  });
  return { help: makeShared(new PyInstance(helperType, null, 0)) };
}
