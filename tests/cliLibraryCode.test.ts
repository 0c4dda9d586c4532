// The CLI imports the library's modules from the code cache made when it is bundled (src/cli/libraryCodeCache.ts):
// programs that import them print, through the CLI, exactly what python3 printed (refcounts, sizes, gc counts).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const corpus = join(__dirname, 'corpus');

/** Corpus programs that import library modules written in Python, each printing nothing on stderr. */
const PROGRAMS = [
  '1040_copy_probe', '1042_functools_probe', '1045_dataclasses_probe', '1047_abc_probe', '1048_enum_probe', '1051_typing_probe',
  '1053_json_probe', '1055_textwrap_probe', '1090_tracemalloc', '1094_ordereddict_sizes', '1240_re_probe', '1262_sys_modules',
  '1403_contextlib_probe', '1481_pprint_strings_collections', '1483_fractions_arithmetic', '1485_statistics_averages',
  '1487_csv_stringio', '1490_datetime_basics',
];

describe('the CLI with the library compiled ahead of time', () => {
  it('has the cache: one compiled file per library module beside the bundle', () => {
    // Any CLI run builds the bundle and the cache when they are out of date.
    spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), join(corpus, `${PROGRAMS[0]}.py`)], { encoding: 'utf8' });
    const files = readdirSync(join(root, '.cache', 'library-code'));
    expect(files).toContain('collections.py.json');
    expect(files).toContain('datetime.py.json');
  }, 120_000);

  it('prints what python3 printed for programs importing library modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-library-'));
    for (const name of PROGRAMS) {
      const expected = JSON.parse(readFileSync(join(corpus, `${name}.expected.json`), 'utf8'));
      expect(expected.stderr, name).toBe('');
      expect(existsSync(join(corpus, `${name}.stdin`)), name).toBe(false);
      copyFileSync(join(corpus, `${name}.py`), join(dir, 'main.py'));
      const ours = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), 'main.py'], { cwd: dir, encoding: 'utf8' });
      expect([ours.stdout, ours.stderr, ours.status], name).toEqual([expected.stdout, '', expected.status]);
    }
  }, 120_000);
});
