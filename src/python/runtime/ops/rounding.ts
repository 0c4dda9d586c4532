// round(): float.__round__ and int.__round__ as CPython computes them, and __round__ of user classes.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyFloat } from '../objects';
import { newFloat, newInt } from '../factory';
import { big } from '../intMath';
import { floatToIntTruncate, roundFloat, roundFloatToIntegral, roundInt } from '../../format';
import { exactIntOf, indexOf, pythonNumberMethod } from './numbers';
import type { VM } from '../../vm/vm';

/** PyNumber_AsSsize_t(o, NULL): an index clipped to the C ssize_t range. */
function clippedIndex(vm: VM, o: PyObject): number {
  const v = big(indexOf(vm, o));
  if (v > 9223372036854775807n) return Number.MAX_SAFE_INTEGER;
  if (v < -9223372036854775808n) return -Number.MAX_SAFE_INTEGER;
  return Number(v);
}

/** round(x) or round(x, ndigits); ndigits null for the one-argument form. */
export function roundNumber(vm: VM, x: PyObject, ndigits: PyObject | null): PyObject {
  const own = pythonNumberMethod(x, '__round__');
  if (own) return vm.callSpecial(own, x, ndigits === null ? [] : [ndigits]);
  return roundOwnKind(vm, x, ndigits);
}

/** float's and int's own __round__, whatever a subclass overrides (`super().__round__(n)`). */
export function roundOwnKind(vm: VM, x: PyObject, ndigits: PyObject | null): PyObject {
  if (x instanceof PyFloat) {
    if (ndigits === null) return newInt(floatToIntTruncate(roundFloatToIntegral(x.value)));
    return newFloat(roundFloat(x.value, clippedIndex(vm, ndigits)));
  }
  const v = exactIntOf(x);
  if (v !== null) {
    if (ndigits === null) return newInt(v);
    const nd = big(indexOf(vm, ndigits));
    if (nd >= 0n) return newInt(v);
    const value = big(v);
    // 10**-nd beyond twice |value| rounds it to zero; CPython computes the power regardless.
    if (-nd > BigInt(value.toString().length + 1)) return newInt(0);
    return newInt(roundInt(value, Number(nd)));
  }
  throw new NativeRaise('TypeError', `type ${x.type.name} doesn't define __round__ method`);
}
