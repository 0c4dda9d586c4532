// time.strptime over the datetime module's parser, as CPython's goes through _strptime (which imports datetime):
// the fields and the weekday and day of the year they fall on, as a struct_time (seconds 60 and 61 kept).

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyInt, PyStr, PyTuple } from '../runtime/objects';
import { newStr } from '../runtime/factory';
import { activeHeap, decref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { findAndLoad } from './importSystem';
import type { VM } from '../vm/vm';
import { newStructTime } from './timeStruct';

const DEFAULT_FORMAT = '%a %b %d %H:%M:%S %Y';

/** time.strptime(string, format='%a %b %d %H:%M:%S %Y'): a new struct_time. */
export function strptime(vm: VM, args: PyObject[]): PyObject {
  // _strptime's own check, which names the class (`not <class 'int'>`).
  args.forEach((arg, i) => {
    if (!(arg instanceof PyStr)) throw new NativeRaise('TypeError', `strptime() argument ${i} must be str, not <class '${arg.type.name}'>`);
  });
  const format = args[1] ?? newStr(DEFAULT_FORMAT);
  const held: PyObject[] = args[1] === undefined ? [format] : [];
  try {
    const datetime = findAndLoad(vm, 'datetime');
    held.push(datetime);
    const parse = getAttr(vm, datetime, '_strptime_time');
    held.push(parse);
    const fields = vm.call(parse, [args[0], format]) as PyTuple;
    held.push(fields);
    const [year, mon, mday, hour, min, sec, wday, yday, isdst] = fields.items.map((o) => Number((o as PyInt).value));
    // _strptime_time builds it with time.struct_time(...), which gc-tracks it (gmtime's is not).
    const result = newStructTime({ year, mon, mday, hour, min, sec, wday, yday, isdst, zone: null, gmtoff: null });
    activeHeap().track(result);
    return result;
  } finally {
    for (const o of held.reverse()) decref(o);
  }
}
