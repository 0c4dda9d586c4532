// complex objects: two doubles, as PyComplexObject (sys.getsizeof 32).

import { PyObject } from './object';
import { activeHeap } from './heap';
import { T } from './builtinTypes';
import type { PyType } from './types';
import { clearAttributes, traverseAttributes } from './instanceAttributes';

export class PyComplex extends PyObject {
  constructor(type: PyType, readonly real: number, readonly imag: number) {
    super(type);
  }
  override get isGcType(): boolean {
    return this.type.isHeapType;
  }
  // An instance of a Python subclass (`class B(bytes)`) has its attributes and holds its class.
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    if (clearAttributes(this, release)) release(this.type);
  }
}

export function newComplex(real: number, imag: number): PyComplex {
  return activeHeap().register(new PyComplex(T.complex, real, imag));
}
