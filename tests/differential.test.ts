// Differential tests: every tests/corpus program must print what CPython 3.11 printed (recorded by
// scripts/regen_expected.py): the same stdout, the same stderr byte for byte, the same exit status.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../src/cli/runProgram';

const corpusDir = join(__dirname, 'corpus');
const programs = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();

interface Expected {
  stdout: string;
  /** The whole of stderr: tracebacks with their source lines and position markers, syntax errors. */
  stderr: string;
  status: number;
}

describe('differential corpus against python3', () => {
  it('has at least 80 programs, each with output recorded from python3', () => {
    expect(programs.length).toBeGreaterThanOrEqual(80);
    for (const p of programs) expect(existsSync(join(corpusDir, p.replace(/\.py$/, '.expected.json'))), p).toBe(true);
  });

  for (const file of programs) {
    it(`prints what python3 prints for ${file}`, () => {
      const source = readFileSync(join(corpusDir, file), 'utf8');
      const stdinPath = join(corpusDir, file.replace(/\.py$/, '.stdin'));
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '';
      const expected = JSON.parse(readFileSync(join(corpusDir, file.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
      const result = runProgram(source, { stdin, filename: 'main.py', instructionBudget: 200_000_000 });
      expect(result.stdout).toBe(expected.stdout);
      expect(result.stderr).toBe(expected.stderr);
      expect(result.status).toBe(expected.status);
    }, 20_000);
  }
});
