// Methods of object, BaseException, generators and properties.

import { PyObject } from '../runtime/object';
import { PyGenerator, PyInstance, PyDescriptorWrapper } from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newNone, newStr, newTuple } from '../runtime/factory';
import { exceptionStr } from '../runtime/ops/repr';
import { defineMethods, expectMethodArgs } from './define';
import type { VM } from '../vm/vm';

export function installObjectMethods(): void {
  defineMethods(E.BaseException, {
    __init__: (_vm, args) => {
      const self = args[0] as PyInstance;
      if (self.exc) {
        const old = self.exc.args;
        self.exc.args = newTuple(args.slice(1).map((a) => incref(a)));
        decref(old);
      }
      return newNone();
    },
    __str__: (vm, args) => newStr(exceptionStr(vm, args[0] as PyInstance)),
    with_traceback: (_vm, args) => incref(args[0]),
  });
  defineMethods(T.generator, {
    send: (vm, args) => {
      expectMethodArgs('send', args, 1);
      const v = vm.resumeGenerator(args[0] as PyGenerator, args[1]);
      if (!v) throw vm.stopIteration();
      return v;
    },
    close: (vm, args) => {
      const gen = args[0] as PyGenerator;
      const frame = gen.frame;
      if (frame && !gen.running) {
        gen.frame = null;
        frame.release((o) => decref(o));
      }
      return newNone();
    },
  });
  // property.setter / getter / deleter return a copy with one accessor replaced (used as decorators).
  const withAccessor = (index: number) => (_vm: VM, args: PyObject[]): PyObject => {
    const p = args[0] as PyDescriptorWrapper;
    const wrapped = [0, 1, 2].map((i) => incref(i === index ? args[1] : p.wrapped[i] ?? None));
    const copy = activeHeap().register(new PyDescriptorWrapper(T.property, wrapped));
    activeHeap().track(copy);
    return copy;
  };
  defineMethods(T.property, { getter: withAccessor(0), setter: withAccessor(1), deleter: withAccessor(2) });
}
