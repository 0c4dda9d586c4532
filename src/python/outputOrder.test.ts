// The output's order: marks recorded as a run writes, pieces read back in program order, the page's tail of them.
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';
import { outputPieces, outputTail, StderrMarks } from './outputOrder';

const ORDERED = 'import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\nprint("d", file=sys.stderr)\nprint("e", file=sys.stderr)\n';

describe('stderr marks', () => {
  it('put each stderr piece after the stdout written before it', () => {
    const it = new Interpreter(ORDERED);
    it.run();
    const snap = it.snapshot();
    expect(outputPieces(snap.stdout, snap.stderr, snap.stderrMarks)).toEqual([
      { stream: 'stdout', text: 'a\n' },
      { stream: 'stderr', text: 'b\n' },
      { stream: 'stdout', text: 'c\n' },
      { stream: 'stderr', text: 'd\ne\n' },
    ]);
  });

  it('a traceback after output comes after it, a syntax error alone', () => {
    const run = new Interpreter('print("x")\n1/0\n');
    run.run();
    const snap = run.snapshot();
    const pieces = outputPieces(snap.stdout, snap.stderr, snap.stderrMarks);
    expect(pieces.map((p) => p.stream)).toEqual(['stdout', 'stderr']);
    expect(pieces[1].text).toMatch(/^Traceback[^]*ZeroDivisionError: division by zero\n$/);
    const bad = new Interpreter('x = (\n').snapshot();
    expect(outputPieces(bad.stdout, bad.stderr, bad.stderrMarks)).toEqual([{ stream: 'stderr', text: bad.stderr }]);
    expect(bad.stderr).toContain('SyntaxError');
  });

  it('a snapshot keeps its marks while the run goes on writing', () => {
    const it = new Interpreter(ORDERED);
    let early = it.snapshot();
    while (it.step() === 'paused') if (it.snapshot().stderr === 'b\n') early = it.snapshot();
    expect(early.stderrMarks).toEqual([2, 2]);
    expect(it.snapshot().stderrMarks).toEqual([2, 2, 4, 6]);
  });

  it('writes with no stdout between them extend one mark; a shared array is copied before the next write', () => {
    const marks = new StderrMarks();
    marks.note(0, 3);
    marks.note(0, 5);
    const shared = marks.share();
    marks.note(4, 7);
    expect(shared).toEqual([0, 5]);
    expect(marks.share()).toEqual([0, 5, 4, 7]);
  });
});

describe('outputTail', () => {
  it('keeps the last lines of one stream and counts the dropped ones', () => {
    expect(outputTail('1\n2\n3\n4\n', '', [], 2)).toEqual({ pieces: [{ stream: 'stdout', text: '3\n4\n' }], dropped: 2, stdoutFrom: 4 });
    expect(outputTail('1\n2\n', '', [], 5)).toEqual({ pieces: [{ stream: 'stdout', text: '1\n2\n' }], dropped: 0, stdoutFrom: 0 });
    expect(outputTail('1\n2', '', [], 1)).toEqual({ pieces: [{ stream: 'stdout', text: '2' }], dropped: 1, stdoutFrom: 2 });
  });

  it('counts lines across both streams in program order', () => {
    // stdout a b c, stderr X Y: a X b c Y
    const stdout = 'a\nb\nc\n';
    const stderr = 'X\nY\n';
    const marks = [2, 2, 6, 4];
    expect(outputTail(stdout, stderr, marks, 3)).toEqual({
      pieces: [{ stream: 'stdout', text: 'b\nc\n' }, { stream: 'stderr', text: 'Y\n' }], dropped: 2, stdoutFrom: 2,
    });
    expect(outputTail(stdout, stderr, marks, 4).pieces.map((p) => p.text)).toEqual(['X\n', 'b\nc\n', 'Y\n']);
    expect(outputTail(stdout, stderr, marks, 9).pieces.map((p) => p.text)).toEqual(['a\n', 'X\n', 'b\nc\n', 'Y\n']);
    expect(outputTail(stdout, stderr, marks, 1)).toEqual({ pieces: [{ stream: 'stderr', text: 'Y\n' }], dropped: 4, stdoutFrom: 6 });
  });
});
