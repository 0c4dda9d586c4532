// help() beyond what the differential corpus can record (python3's tracebacks through its own pydoc differ from
// ours): errors raised while rendering reach the program, and the docs table covers what it claims to.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../interpreter';
import { MODULE_DOCS, TYPE_DOCS } from './callableDocs';

function run(source: string, stdin = ''): { stdout: string; stderr: string } {
  const interp = new Interpreter(source, { stdin });
  interp.run();
  return { stdout: interp.stdout, stderr: interp.stderr };
}

describe('help()', () => {
  it('lets an exception from a class attribute\'s __repr__ reach the program, printing nothing', () => {
    const r = run([
      'class Loud:',
      '    def __repr__(self):',
      '        raise ValueError("no repr today")',
      'class Holder:',
      '    item = Loud()',
      'try:',
      '    help(Holder)',
      'except ValueError as e:',
      '    print("caught:", e)',
    ].join('\n') + '\n');
    expect(r.stdout).toBe('caught: no repr today\n');
  });

  it('says so for a name it cannot find, and leaves the program\'s globals alone', () => {
    const r = run('help("no_such_thing")\nprint(sorted(k for k in globals() if not k.startswith("__")))\n');
    expect(r.stdout).toBe("No Python documentation found for 'no_such_thing'.\nUse help() to get the interactive help utility.\n"
      + 'Use help(str) for help on the str class.\n\n[]\n');
  });

  it('passes a wrong number of arguments on to pydoc.Helper.__call__, as _sitebuiltins does', () => {
    const r = run('help(1, 2)\n');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('TypeError: Helper.__call__() takes from 1 to 2 positional arguments but 3 were given');
  });
});

describe('the docs table', () => {
  it('gives every builtin function of the table its doc through __doc__', () => {
    const names = Object.keys(MODULE_DOCS.builtins).filter((n) => n !== '__doc__' && !n.startsWith('_'));
    const r = run(`import builtins\nfor n in ${JSON.stringify(names)}:\n    print(getattr(builtins, n).__doc__ is not None)\n`);
    expect(r.stdout.trim().split('\n').every((line) => line === 'True')).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it('has the methods of the builtin types most programs use', () => {
    for (const [type, name] of [['builtins.list', 'append'], ['builtins.dict', 'get'], ['builtins.str', 'join'], ['builtins.int', 'bit_length']]) {
      expect(TYPE_DOCS[type][name][0], `${type}.${name}`).toBeTruthy();
    }
  });
});

describe('interactive help\'s topics', () => {
  it('says, as python3 without pydoc_data does, that keyword and topic texts are not available', () => {
    const r = run('help("if")\nhelp("+")\nhelp("LISTS")\n');
    const sorry = '\nSorry, topic and keyword documentation is not available because the\nmodule "pydoc_data.topics" could not be found.\n\n';
    expect(r.stdout).toBe(sorry.repeat(3));
  });
});
