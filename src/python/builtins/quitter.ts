// exit() and quit(): site's Quitter objects, which raise SystemExit with the code they are called with.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, None, T, makeShared } from '../runtime/builtinTypes';
import { newException, newStr } from '../runtime/factory';
import { incref } from '../runtime/heap';
import { PyRaise } from '../vm/vm';
import { defineMethods } from './define';

/** sys.exit(status): PyErr_SetObject(SystemExit, status), so None gives no args and a tuple gives its items. */
export function raiseSystemExit(args: PyObject[]): never {
  const status = args[0] ?? None;
  const excArgs = status === None ? [] : status instanceof PyTuple ? status.items : [status];
  throw new PyRaise(newException(E.SystemExit, excArgs.map((a) => incref(a))));
}

/** The two shared Quitter instances, `exit` and `quit`. */
export function makeQuitters(): Record<string, PyObject> {
  const dict = makeShared(new PyDict(T.dict));
  const quitterType = makeShared(new PyType(T.type, 'Quitter', [T.object], dict));
  quitterType.module = '_sitebuiltins';
  const names = new Map<PyObject, string>();
  defineMethods(quitterType, {
    __repr__: (_vm, args) => newStr(`Use ${names.get(args[0])}() or Ctrl-D (i.e. EOF) to exit`),
    __call__: (_vm, args) => {
      throw new PyRaise(newException(E.SystemExit, [incref(args[1] ?? None)]));
    },
  });
  const make = (name: string): PyObject => {
    const q = makeShared(new PyInstance(quitterType, null, 0));
    names.set(q, name);
    return q;
  };
  return { exit: make('exit'), quit: make('quit') };
}
