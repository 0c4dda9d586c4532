// _PyErr_WarnUnawaitedCoroutine: a coroutine freed before it ever ran is a RuntimeWarning at the line running
// when it is freed (warnings._warn_unawaited_coroutine with stacklevel 2), shown once per line and message as
// the default filter does. Written to stderr here rather than through the warnings module, whose import from a
// finalizer would change the program's own module and allocation counts.

import type { PyGenerator } from '../runtime/objects';
import type { VM } from './vm';
import { writeReport } from './stderrSink';
import { forkableWeakMap } from '../fork/graphClone';

/** Per interpreter, the warnings shown (the default filter's registry): a fork copies it, so a replay shows the same. */
const shown = forkableWeakMap<VM, Set<string>>();

export function warnUnawaitedCoroutine(vm: VM, coro: PyGenerator): void {
  const message = `RuntimeWarning: coroutine '${coro.qualname}' was never awaited`;
  const f = vm.frame;
  if (!f) {
    // At interpreter exit no frame runs: the C fallback of the warnings machinery names `sys`, line 1.
    writeReport(vm, [`sys:1: ${message}\n`], true);
    return;
  }
  const filename = f.code.filename;
  const line = f.code.lines[Math.max(0, f.pc - 1)];
  const key = `${filename}:${line}:${message}`;
  let seen = shown.get(vm);
  if (!seen) shown.set(vm, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const lines = filename === vm.filename ? vm.sourceLines : vm.moduleSourceLines.get(filename);
  const source = lines?.[line - 1]?.trim();
  writeReport(vm, [
    `${filename}:${line}: ${message}\n`,
    source ? `  ${source}\n` : '',
    'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n',
  ], true);
}
