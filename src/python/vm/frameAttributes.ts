// A frame object's attributes (f_lineno, f_code, f_locals, f_globals, f_back), read from the frame it stands
// for, running or finished.

import type { PyObject } from '../runtime/object';
import type { PyFrameObject } from '../runtime/objects';
import { incref } from '../runtime/heap';
import { newInt, newNone } from '../runtime/factory';
import { frameLocals } from '../builtins/introspection';
import type { Frame } from './frame';
import type { VM } from './vm';

export function frameAttribute(vm: VM, o: PyFrameObject, name: string): PyObject | null {
  const frame = o.scope as Frame | null;
  if (!frame) return null;
  switch (name) {
    case 'f_code': return incref(frame.pyCode);
    case 'f_globals': return incref(frame.globals);
    case 'f_builtins': return incref(frame.builtins);
    // The line of the instruction last run; before its first, a frame is at its def line (a generator not started).
    case 'f_lineno': return newInt((frame.pc > 0 && frame.lastLine()) || frame.code.firstLine);
    case 'f_locals': return frameLocals(vm, frame);
    case 'f_back': {
      if (o.back) return incref(o.back);
      return frame.back && !o.owned ? incref(vm.frameObjectOf(frame.back)) : newNone();
    }
  }
  return null;
}
