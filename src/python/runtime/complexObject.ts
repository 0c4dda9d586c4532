// complex objects: two doubles, as PyComplexObject (sys.getsizeof 32).

import { PyObject } from './object';
import { activeHeap } from './heap';
import { T } from './builtinTypes';
import type { PyType } from './types';

export class PyComplex extends PyObject {
  constructor(type: PyType, readonly real: number, readonly imag: number) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
}

export function newComplex(real: number, imag: number): PyComplex {
  return activeHeap().register(new PyComplex(T.complex, real, imag));
}
