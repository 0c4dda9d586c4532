// time.strptime over the datetime module's parser, as CPython's goes through _strptime (which imports datetime):
// the fields and the weekday and day of the year they fall on, as a struct_time with tm_isdst -1.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyStr, PyTuple } from '../runtime/objects';
import { newStr } from '../runtime/factory';
import { decref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { findAndLoad } from './importSystem';
import type { VM } from '../vm/vm';

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
    const parse = getAttr(vm, datetime, '_strptime');
    held.push(parse);
    const fields = vm.call(parse, [args[0], format]) as PyTuple;
    held.push(fields);
    const datetimeClass = getAttr(vm, datetime, 'datetime');
    held.push(datetimeClass);
    const moment = vm.call(datetimeClass, fields.items);
    held.push(moment);
    const timetuple = getAttr(vm, moment, 'timetuple');
    held.push(timetuple);
    return vm.call(timetuple, []);
  } finally {
    for (const o of held.reverse()) decref(o);
  }
}
