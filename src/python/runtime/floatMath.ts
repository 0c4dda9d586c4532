// Float arithmetic with CPython's results and errors: float_divmod's snapping, float_rem, float_pow.

import { NativeRaise } from '../errors';
import { libmPow } from './libm';

/** _float_div_mod: floor quotient from fmod, snapped to the nearest integral value. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw new NativeRaise('ZeroDivisionError', 'float divmod()');
  return divMod(vx, wx);
}

function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // JS % is C's fmod: exact, sign of the dividend
  let div = (vx - mod) / wx;
  // C's `if (mod)` and `if (div)`: NaN counts as non-zero.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw new NativeRaise('ZeroDivisionError', 'float floor division by zero');
  return divMod(vx, wx)[0];
}

/** float_rem: the remainder has the sign of the divisor. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw new NativeRaise('ZeroDivisionError', 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x % 2) === 1;
}

/** ERANGE from a libm result: OverflowError with errno's text, as PyErr_SetFromErrno prints it. */
export function rangeError(): NativeRaise {
  return new NativeRaise('OverflowError', "(34, 'Numerical result out of range')", undefined, [34, 'Numerical result out of range']);
}

/** float_pow without a modulus; null for a negative base to a fractional power (a complex result). */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((iw > 0) === (av > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw new NativeRaise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = libmPow(iv, iw);
  if (!Number.isFinite(ix)) throw rangeError();
  return negate ? -ix : ix;
}
