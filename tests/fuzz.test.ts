// Differential fuzzing in the test suite: a few hundred seeded random programs (tests/fuzz/) must print what
// python3 prints, byte for byte (stdout, the whole stderr, exit status). Run more with `npm run fuzz`.
//
// Only the features whose programs are all identical today run here. Left out, with what still differs
// (tests/fuzz/FINDINGS.md has each difference with a minimal program):
// FEATURES_LEFT_OUT_START
// FEATURES_LEFT_OUT_END
import { describe, expect, it } from 'vitest';
import { runCampaign } from './fuzz/campaign';
import { generateProgram } from './fuzz/generate';
import { renderProgram } from './fuzz/program';

export const FEATURES_IDENTICAL_TODAY: string[] = [];

const PROGRAMS = 240;
const CHUNK = 40;
const FIRST_SEED = 100_000;

describe('random programs print what python3 prints', () => {
  it('generates the same program from the same seed, and different ones from different seeds', () => {
    const a = renderProgram(generateProgram(7, { features: FEATURES_IDENTICAL_TODAY }).body);
    expect(renderProgram(generateProgram(7, { features: FEATURES_IDENTICAL_TODAY }).body)).toBe(a);
    expect(renderProgram(generateProgram(8, { features: FEATURES_IDENTICAL_TODAY }).body)).not.toBe(a);
  });

  for (let start = 0; start < PROGRAMS; start += CHUNK) {
    const seeds = Array.from({ length: CHUNK }, (_, i) => FIRST_SEED + start + i);
    it(`seeds ${seeds[0]}..${seeds[seeds.length - 1]}`, async () => {
      const outcomes = await runCampaign({ seeds, features: FEATURES_IDENTICAL_TODAY, statements: [15, 40] });
      // A failure names the seed: `npm run fuzz -- --show SEED --features ...` prints the program.
      const differing = outcomes.filter((o) => o.diff).map((o) => `seed ${o.seed}: ${o.diff!.fingerprint}\n  python3: ${o.diff!.python}\n  ours:    ${o.diff!.ours}`);
      expect(differing).toEqual([]);
    }, 60_000);
  }
});
