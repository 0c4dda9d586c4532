// Methods of object, BaseException, generators, int, float, and str.join/str.format.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyFloat, PyGenerator, PyInstance, PyInt, PyStr, PyDescriptorWrapper } from '../runtime/objects';
import { E, None, NotImplemented, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newInt, newNone, newStr, newTuple } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { getItem } from '../runtime/ops/items';
import { repr, str, exceptionStr } from '../runtime/ops/repr';
import { asciiRepr, formatToString } from '../runtime/ops/formatting';
import { big } from '../runtime/intMath';
import { defineMethods, expectMethodArgs } from './define';
import type { VM } from '../vm/vm';

/** str.format: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`/`!s`/`!a`, and specs with nested fields. */
export function strFormat(vm: VM, template: string, args: PyObject[], kwargs: Map<string, PyObject> | null): string {
  let auto = 0;
  let out = '';
  let i = 0;
  const field = (body: string): string => {
    let conv = '';
    let spec = '';
    let depth = 0, j = 0;
    for (; j < body.length; j++) {
      const c = body[j];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (depth === 0 && (c === '!' || c === ':')) break;
    }
    const name = body.slice(0, j);
    let rest = body.slice(j);
    if (rest.startsWith('!')) {
      conv = rest[1];
      rest = rest.slice(2);
    }
    if (rest.startsWith(':')) spec = strFormat(vm, rest.slice(1), args, kwargs);
    const m = /^([^.[]*)(.*)$/.exec(name)!;
    let obj: PyObject;
    if (m[1] === '') {
      if (auto < 0) throw new NativeRaise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      if (auto >= args.length) throw new NativeRaise('IndexError', `Replacement index ${auto} out of range for positional args tuple`);
      obj = incref(args[auto++]);
    } else if (/^\d+$/.test(m[1])) {
      const n = Number(m[1]);
      if (auto > 0) throw new NativeRaise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      if (n >= args.length) throw new NativeRaise('IndexError', `Replacement index ${n} out of range for positional args tuple`);
      obj = incref(args[n]);
    } else {
      const v = kwargs?.get(m[1]);
      if (!v) throw new NativeRaise('KeyError', m[1]);
      obj = incref(v);
    }
    const accessRe = /\.(\w+)|\[([^\]]+)\]/g;
    let a: RegExpExecArray | null;
    while ((a = accessRe.exec(m[2]))) {
      let next: PyObject;
      if (a[1] !== undefined) next = getAttr(vm, obj, a[1]);
      else {
        const key = /^\d+$/.test(a[2]) ? newInt(Number(a[2])) : newStr(a[2]);
        try {
          next = getItem(vm, obj, key);
        } finally {
          decref(key);
        }
      }
      decref(obj);
      obj = next;
    }
    try {
      if (conv === 'r') return formatToString(vm, newStrTemp(repr(vm, obj)), spec);
      if (conv === 's') return formatToString(vm, newStrTemp(str(vm, obj)), spec);
      if (conv === 'a') return formatToString(vm, newStrTemp(asciiRepr(vm, obj)), spec);
      if (conv) throw new NativeRaise('ValueError', `Unknown conversion specifier ${conv}`);
      return formatToString(vm, obj, spec);
    } finally {
      decref(obj);
    }
  };
  while (i < template.length) {
    const c = template[i];
    if (c === '{') {
      if (template[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1, j = i + 1;
      for (; j < template.length && depth > 0; j++) {
        if (template[j] === '{') depth++;
        else if (template[j] === '}') depth--;
      }
      if (depth > 0) throw new NativeRaise('ValueError', "expected '}' before end of string");
      out += field(template.slice(i + 1, j - 1));
      i = j;
    } else if (c === '}') {
      if (template[i + 1] !== '}') throw new NativeRaise('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function newStrTemp(s: string): PyStr {
  return new PyStr(T.str, s);
}

export function installObjectMethods(): void {
  defineMethods(T.object, {
    __init__: () => newNone(),
    __repr__: (vm, args) => {
      const o = args[0];
      return newStr(`<${o.type.module}.${o.type.qualname} object at 0x${(0x7f0000000000 + o.id * 16).toString(16)}>`);
    },
    __str__: (vm, args) => newStr(repr(vm, args[0])),
    __eq__: (_vm, args) => (args[0] === args[1] ? newBool(true) : incref(NotImplemented)),
  });
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
    __next__: (vm, args) => {
      const v = vm.resumeGenerator(args[0] as PyGenerator, None);
      if (!v) throw vm.stopIteration();
      return v;
    },
    __iter__: (_vm, args) => incref(args[0]),
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
  defineMethods(T.int, {
    bit_length: (_vm, args) => {
      const v = big((args[0] as PyInt).value);
      return newInt((v < 0n ? -v : v).toString(2).replace(/^0$/, '').length);
    },
    __index__: (_vm, args) => incref(args[0]),
  });
  defineMethods(T.float, {
    is_integer: (_vm, args) => newBool(Number.isInteger((args[0] as PyFloat).value)),
  });
  defineMethods(T.str, {
    join: (vm, args) => {
      expectMethodArgs('str.join', args, 1);
      const sep = (args[0] as PyStr).value;
      const items = vm.collectItems(args[1]);
      try {
        return newStr(items.map((x, i) => {
          if (!(x instanceof PyStr)) throw new NativeRaise('TypeError', `sequence item ${i}: expected str instance, ${x.type.name} found`);
          return x.value;
        }).join(sep));
      } finally {
        for (const x of items) decref(x);
      }
    },
    format: (vm, args, kwargs) => newStr(strFormat(vm, (args[0] as PyStr).value, args.slice(1), kwargs)),
  });
}
