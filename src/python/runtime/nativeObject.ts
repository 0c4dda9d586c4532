// Objects of the types modules define in TypeScript (operator.itemgetter, tee's buffers...): the references
// they hold, visible to the collector and the ledger, and their own data.

import { PyObject, PyGcObject } from './object';
import type { PyType } from './types';

export class PyNativeObject<D = unknown> extends PyGcObject {
  constructor(type: PyType, public refs: PyObject[], public data: D, private readonly gcType = true) {
    super(type);
  }
  override get isGcType(): boolean {
    return this.gcType;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    const refs = this.refs;
    for (let i = 0; i < refs.length; i++) visit(refs[i], `[${i}]`);
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    for (const r of this.refs) visit(r);
  }
  override clear(release: (t: PyObject) => void): void {
    const refs = this.refs;
    this.refs = [];
    for (const r of refs) release(r);
  }
}
