// A float's sign bit, NaN's included: JavaScript's comparisons can't see a NaN's sign, CPython's copysign can.

const view = new DataView(new ArrayBuffer(8));

/** Whether the sign bit of x is set (-0.0, negative numbers, and NaNs such as float('-nan') or inf * 0). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

/** A quiet NaN with the sign bit set, as C's strtod makes for "-nan". */
export const NEGATIVE_NAN: number = (() => {
  view.setUint32(0, 0xfff80000);
  view.setUint32(4, 0);
  return view.getFloat64(0);
})();

/** C's copysign: |x| with y's sign bit. */
export function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}
