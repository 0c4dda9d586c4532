// logging where python3 cannot record the expected output: a record that fails to format (CPython's frames in its
// logging package have paths no test can match) and record times (the differential corpus checks the rest).
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../interpreter';

function run(source: string): { stdout: string; stderr: string } {
  const interp = new Interpreter(source, { filename: 'main.py' });
  interp.run();
  return { stdout: interp.stdout, stderr: interp.stderr };
}

describe("logging", () => {
  it('reports the error, where the program logged it, the message and its arguments, then goes on', () => {
    const { stdout, stderr } = run('import logging\ndef f():\n    logging.warning("bad %d", "text")\nf()\nprint("still running")\n');
    expect(stdout).toBe('still running\n');
    expect(stderr.startsWith('--- Logging error ---\nTraceback (most recent call last):\n')).toBe(true);
    expect(stderr.endsWith(
      'TypeError: %d format: a real number is required, not str\nCall stack:\n'
      + '  File "main.py", line 4, in <module>\n    f()\n'
      + '  File "main.py", line 3, in f\n    logging.warning("bad %d", "text")\n'
      + "Message: 'bad %d'\nArguments: ('text',)\n",
    )).toBe(true);
  });

  it('writes nothing when logging.raiseExceptions is false', () => {
    const { stderr } = run('import logging\nlogging.raiseExceptions = False\nlogging.error("%s %s", 1)\n');
    expect(stderr).toBe('');
  });

  it('times records from the module import on the monotonic clock (relativeCreated, ms)', () => {
    const { stdout } = run('import logging, time\nr1 = logging.makeLogRecord({})\ntime.sleep(0.5)\n'
      + 'r2 = logging.LogRecord("n", 20, "p", 1, "m", (), None)\nprint(0 <= r2.relativeCreated - 500 < 100, r2.created > 1.7e9)\n');
    expect(stdout).toBe('True True\n');
  });
});
