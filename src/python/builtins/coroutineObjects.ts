// The methods and slots of coroutines, async generators and the awaitables the latter hand out (genobject.c):
// a coroutine is driven by send/throw/close as a generator is, but is not an iterator; an async generator has
// __aiter__/__anext__, asend, athrow and aclose instead.

import { PyObject } from '../runtime/object';
import { PyGenerator } from '../runtime/objects';
import { None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newInt, newNone, newStr } from '../runtime/factory';
import { repr } from '../runtime/ops/repr';
import { sizeofWithoutPreHeader } from '../runtime/sizeof';
import { defineSlots, getattributeSlot, resumableSlot, slot } from './slotWrappers';
import { NOARGS, O, defineMethods, fast, resumableFunction } from './define';
import { NativeRaise } from '../errors';
import { callMethodOp } from '../vm/callOps';
import { awaitableIterOp } from '../vm/asyncOps';
import type { NativeOp } from '../vm/nativeOp';
import { closeForFinalizer, thrownException } from '../vm/generatorControl';
import { generatorProtocolMethods } from './objectMethods';
import {
  PyAsyncGenAwaitable, anextWithDefault, asyncGeneratorAnext, asyncGeneratorAsend, asyncGeneratorAthrow, awaitableSendOp, closeAsend, coroutineAwait,
} from '../vm/asyncGenerators';
import type { VM } from '../vm/vm';

function finalizerSlot() {
  // tp_finalize called directly: a frame suspended in its body is closed (what close() raises is unraisable).
  return slot(0, (vm, self) => {
    closeForFinalizer(vm, self as PyGenerator, (e, where) => vm.reportUnraisable(e, where));
    return newNone();
  });
}

const reprSlot = slot(0, (vm: VM, self: PyObject) => newStr(repr(vm, self)));
const sizeofMethod = (vm: VM, args: PyObject[]): PyObject => newInt(sizeofWithoutPreHeader(vm, args[0]));

export function installCoroutineObjects(): void {
  defineSlots(T.coroutine, {
    __getattribute__: getattributeSlot, __repr__: reprSlot, __del__: finalizerSlot(),
    __await__: slot(0, (vm, self) => coroutineAwait(vm, self as PyGenerator)),
  });
  defineMethods(T.coroutine, { ...generatorProtocolMethods(), __sizeof__: [NOARGS, sizeofMethod] });

  defineSlots(T.async_generator, {
    __getattribute__: getattributeSlot, __repr__: reprSlot, __del__: finalizerSlot(),
    __aiter__: slot(0, (_vm, self) => incref(self)),
    __anext__: slot(0, (vm, self) => asyncGeneratorAnext(vm, self as PyGenerator)),
  });
  defineMethods(T.async_generator, {
    asend: [O, (vm, args) => asyncGeneratorAsend(vm, args[0] as PyGenerator, args[1])],
    athrow: {
      sig: fast(1, 3),
      *op(vm, args) {
        const exc = yield* thrownException(vm, args[1], args[2], args[3]);
        try {
          return asyncGeneratorAthrow(vm, args[0] as PyGenerator, exc);
        } finally {
          decref(exc);
        }
      },
    },
    aclose: [NOARGS, (vm, args) => asyncGeneratorAthrow(vm, args[0] as PyGenerator, null)],
    __sizeof__: [NOARGS, sizeofMethod],
  });

  for (const type of [T.async_generator_asend, T.async_generator_athrow, T.coroutine_wrapper, T.anext_awaitable]) {
    defineSlots(type, {
      __getattribute__: getattributeSlot,
      __await__: slot(0, (_vm, self) => incref(self)),
      __iter__: slot(0, (_vm, self) => incref(self)),
      __next__: resumableSlot(0, (vm, self) => awaitableSendOp(vm, self as PyAsyncGenAwaitable, None), () => null),
    });
    defineMethods(type, {
      send: { sig: O, op: (vm, args) => awaitableSendOp(vm, args[0] as PyAsyncGenAwaitable, args[1]) },
      // async_gen_asend_close / async_gen_athrow_close: the awaitable cannot be awaited any more.
      close: [NOARGS, (_vm, args) => {
        closeAsend(args[0] as PyAsyncGenAwaitable);
        return newNone();
      }],
    });
  }
}

function* aiterOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const o = args[0];
  const method = o.type.lookup('__aiter__');
  if (!method || method === None) throw new NativeRaise('TypeError', `'${o.type.name}' object is not an async iterable`);
  const it = yield* callMethodOp(vm, method, o, []);
  const anext = it.type.lookup('__anext__');
  if (!anext || anext === None) {
    const name = it.type.name;
    decref(it);
    throw new NativeRaise('TypeError', `aiter() returned not an async iterator of type '${name}'`);
  }
  return it;
}

function* anextOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const it = args[0];
  const method = it.type.lookup('__anext__');
  if (!method || method === None) throw new NativeRaise('TypeError', `'${it.type.name}' object is not an async iterator`);
  const awaitable = yield* callMethodOp(vm, method, it, []);
  if (args[1] === undefined) return awaitable;
  // anext_awaitable iterates what __anext__() returned: a coroutine or async generator awaitable itself, else its __await__().
  let inner = awaitable;
  if (!(awaitable instanceof PyAsyncGenAwaitable || awaitable instanceof PyGenerator)) {
    try {
      inner = yield* awaitableIterOp(vm, awaitable, 0);
    } finally {
      decref(awaitable);
    }
  }
  try {
    return anextWithDefault(vm, inner, args[1]);
  } finally {
    decref(inner);
  }
}

/** aiter() and anext() (PyObject_GetAIter, and __anext__'s awaitable). */
export function asyncBuiltins(): Record<string, PyObject> {
  return {
    aiter: resumableFunction('aiter', [O, aiterOp]),
    anext: resumableFunction('anext', [fast(1, 2), anextOp]),
  };
}
