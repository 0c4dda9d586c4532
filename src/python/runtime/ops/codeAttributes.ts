// A code object's co_* attributes, as CPython 3.11's code getters give them (the name tuples are made on each access).

import { CodeFlag, FastKind } from '../../bytecode/code';
import type { PyCode } from '../callables';
import type { PyObject } from '../object';

import { newInt, newStr, newTuple } from '../factory';

const namesOfKind = (c: PyCode, kind: FastKind): PyObject =>
  newTuple(c.code.localsplusNames.filter((_, i) => (c.code.localsplusKinds[i] & kind) !== 0).map((n) => newStr(n)));

/** co_varnames: the parameters, then the plain locals (a local that is only a cell is in co_cellvars alone). */
function varnames(c: PyCode): string[] {
  const { code } = c;
  const params = code.argcount + code.kwonlyargcount + ((code.flags & CodeFlag.VARARGS) ? 1 : 0) + ((code.flags & CodeFlag.VARKEYWORDS) ? 1 : 0);
  return code.localsplusNames.filter((_, i) => i < params || code.localsplusKinds[i] === FastKind.LOCAL);
}

export function codeAttribute(c: PyCode, name: string): PyObject | null {
  const code = c.code;
  switch (name) {
    case 'co_name': return newStr(code.name);
    case 'co_qualname': return newStr(code.qualname);
    case 'co_filename': return newStr(code.filename);
    case 'co_firstlineno': return newInt(code.firstLine);
    case 'co_argcount': return newInt(code.argcount);
    case 'co_posonlyargcount': return newInt(code.posonlyargcount);
    case 'co_kwonlyargcount': return newInt(code.kwonlyargcount);
    case 'co_flags': return newInt(code.flags);
    case 'co_stacksize': return newInt(code.stacksize);
    case 'co_varnames': return newTuple(varnames(c).map((n) => newStr(n)));
    case 'co_cellvars': return namesOfKind(c, FastKind.CELL);
    case 'co_freevars': return namesOfKind(c, FastKind.FREE);
    case 'co_nlocals': return newInt(varnames(c).length);
    case 'co_names': return newTuple(code.names.map((n) => newStr(n)));
    case 'co_consts': return c.constants();
  }
  return null;
}
