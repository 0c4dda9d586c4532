// Each lesson's program is in the differential corpus, so what it prints is checked against python3.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS } from './lessons';

const corpus = join(__dirname, '..', '..', 'tests', 'corpus');

describe('lessons', () => {
  it('has one lesson per tutorial section, each with its program in the corpus', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(['heap-stack', 'refcount', 'cycles', 'gc-disable', 'generators', 'slots', 'globals']);
    const files = readdirSync(corpus);
    for (const l of LESSONS) {
      const file = files.find((f) => f.endsWith(`_lesson_${l.id.replace('-', '_')}.py`));
      expect(file, l.id).toBeDefined();
      expect(readFileSync(join(corpus, file!), 'utf8')).toBe(l.code);
    }
  });
});
