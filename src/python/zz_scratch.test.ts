import { it } from 'vitest';
import { Interpreter } from './interpreter';
import { Heap } from './runtime/heap';
import { writeFileSync } from 'node:fs';

it('dump', () => {
  const proto = Heap.prototype as any;
  const orig = proto.admit;
  let log: string[] = [];
  proto.admit = function (o: any, bytes: number) {
    orig.call(this, o, bytes);
    let extra = '';
    try { extra = o.value !== undefined ? String(o.value).slice(0, 30) : ''; } catch { /* */ }
    log.push(`${o.type?.name} ${extra} ${new Error().stack!.split('\n').slice(3, 9).map((l) => l.trim().split(' ')[1]).join('<')}`);
  };
  for (const k of [1, 2]) {
    log = [];
    const interp = new Interpreter('import decimal\nx = object()\n');
    interp.run();
    writeFileSync(`/tmp/dec_${k}.txt`, log.join('\n'));
  }
});
