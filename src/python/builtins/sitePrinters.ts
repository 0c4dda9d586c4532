// copyright, credits and license: site's _Printer objects (_sitebuiltins.py). Their repr is their text when it
// fits in MAXLINES lines, else an invitation to call them; calling one prints the text a page of MAXLINES lines
// at a time, asking with input() whether to go on. And breakpoint(), which calls sys.breakpointhook.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance, PyModule, PyStr } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { newNone, newStr } from '../runtime/factory';
import { decref } from '../runtime/heap';
import { NativeRaise } from '../errors';
import { callRequest } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { CUSTOM, defineMethods, resumableFunction } from './define';
import { LICENSE_TEXT } from './licenseText';

const MAXLINES = 23;
const PROMPT = 'Hit Return for more, or q (and Return) to quit: ';

/** sys.copyright, which site's copyright shows. */
export const SYS_COPYRIGHT = `Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.`;

const CREDITS = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`;

interface PrinterText {
  name: string;
  lines: string[];
}

/** The three shared _Printer instances. */
export function makePrinters(): Record<string, PyObject> {
  const printerType = makeShared(new PyType(T.type, '_Printer', [T.object], makeShared(new PyDict(T.dict))));
  printerType.module = '_sitebuiltins';
  const texts = new Map<PyObject, PrinterText>();
  defineMethods(printerType, {
    __repr__: (_vm, args) => {
      const { name, lines } = texts.get(args[0])!;
      return newStr(lines.length <= MAXLINES ? lines.join('\n') : `Type ${name}() to see the full ${name} text`);
    },
    __call__: {
      sig: CUSTOM,
      op: function* (vm, args, kwargs) {
        if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `_Printer.__call__() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
        if (args.length > 1) throw new NativeRaise('TypeError', `_Printer.__call__() takes 1 positional argument but ${args.length} were given`);
        return yield* printPages(vm, texts.get(args[0])!.lines);
      },
    },
  });
  const make = (name: string, text: string): PyObject => {
    const printer = makeShared(new PyInstance(printerType, null, 0));
    texts.set(printer, { name, lines: text.split('\n') });
    return printer;
  };
  return { copyright: make('copyright', SYS_COPYRIGHT), credits: make('credits', CREDITS), license: make('license', LICENSE_TEXT) };
}

/** _Printer.__call__: print() each line, and after each full page input() until the answer is '' or 'q'. */
function* printPages(vm: VM, lines: string[]): NativeOp<PyObject> {
  for (let lineno = 0; ; lineno += MAXLINES) {
    for (let i = lineno; i < lineno + MAXLINES; i++) {
      if (i >= lines.length) return newNone();
      decref(yield* callBuiltin(vm, 'print', lines[i]));
    }
    let key: string | null = null;
    while (key === null) {
      const answer = yield* callBuiltin(vm, 'input', PROMPT);
      key = answer instanceof PyStr && (answer.value === '' || answer.value === 'q') ? answer.value : null;
      decref(answer);
    }
    if (key === 'q') return newNone();
  }
}

/** builtins.name(text), looked up when called as _sitebuiltins' globals would find it. */
function* callBuiltin(vm: VM, name: string, text: string): NativeOp<PyObject> {
  const fn = vm.builtins.getStr(name);
  if (!fn) throw new NativeRaise('NameError', `name '${name}' is not defined`);
  const arg = newStr(text);
  try {
    return (yield callRequest(vm, fn, [arg], null)) as PyObject;
  } finally {
    decref(arg);
  }
}

/**
 * breakpoint(*args, **kws): sys.breakpointhook(*args, **kws) when the program has set one. There is no debugger
 * to enter, so without one it returns None, as with PYTHONBREAKPOINT=0.
 */
export function makeBreakpoint(): PyObject {
  return resumableFunction('breakpoint', function* (vm, args, kwargs) {
    const sys = vm.modules.get('sys');
    const hook = sys instanceof PyModule ? sys.dict.getStr('breakpointhook') : undefined;
    if (!hook) return newNone();
    return (yield callRequest(vm, hook, args, kwargs)) as PyObject;
  });
}
