// Where stderr's text falls among stdout's: the marks a run records as it writes, and the pieces in program order.

/** A stretch of output from one stream, as the program wrote it. */
export interface OutputPiece {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * The run's stderr marks, flat pairs `[stdoutLength, stderrEnd, ...]`: stderr up to `stderrEnd` (from the
 * previous pair's end) was written when stdout was `stdoutLength` characters long. Snapshots take the array
 * itself (no copy per step); the next write after that copies it first, so a snapshot's marks never change.
 */
export class StderrMarks {
  private marks: number[] = [];
  private shared = false;

  /** Stderr has reached `stderrEnd` characters while stdout is `stdoutLength` long. */
  note(stdoutLength: number, stderrEnd: number): void {
    if (this.shared) {
      this.marks = this.marks.slice();
      this.shared = false;
    }
    const n = this.marks.length;
    // Writes with no stdout between them are one piece.
    if (n > 0 && this.marks[n - 2] === stdoutLength) this.marks[n - 1] = stderrEnd;
    else this.marks.push(stdoutLength, stderrEnd);
  }

  /** The marks so far, for a snapshot to keep: later writes leave the returned array as it is. */
  share(): readonly number[] {
    this.shared = true;
    return this.marks;
  }
}

/** A stream's text between two offsets, kept when not empty. */
interface Segment {
  readonly stream: 'stdout' | 'stderr';
  readonly start: number;
  readonly end: number;
}

/** The streams' stretches in program order; stdout and stderr after the last mark come last, in that order. */
function segments(stdoutLength: number, stderrLength: number, marks: readonly number[]): Segment[] {
  const out: Segment[] = [];
  let atOut = 0;
  let atErr = 0;
  for (let i = 0; i < marks.length; i += 2) {
    const outEnd = Math.min(marks[i], stdoutLength);
    const errEnd = Math.min(marks[i + 1], stderrLength);
    if (outEnd > atOut) out.push({ stream: 'stdout', start: atOut, end: outEnd });
    if (errEnd > atErr) out.push({ stream: 'stderr', start: atErr, end: errEnd });
    atOut = Math.max(atOut, outEnd);
    atErr = Math.max(atErr, errEnd);
  }
  if (stdoutLength > atOut) out.push({ stream: 'stdout', start: atOut, end: stdoutLength });
  if (stderrLength > atErr) out.push({ stream: 'stderr', start: atErr, end: stderrLength });
  return out;
}

/** All of the output as pieces in the order the program wrote them. */
export function outputPieces(stdout: string, stderr: string, marks: readonly number[]): OutputPiece[] {
  return segments(stdout.length, stderr.length, marks).map((s) => ({ stream: s.stream, text: (s.stream === 'stdout' ? stdout : stderr).slice(s.start, s.end) }));
}

/**
 * The last `keep` lines of the output as ordered pieces, how many lines were dropped before them, and where
 * the kept text starts in each stream. A final newline does not start another line.
 */
export function outputTail(stdout: string, stderr: string, marks: readonly number[], keep: number): { pieces: OutputPiece[]; dropped: number; stdoutFrom: number } {
  const all = segments(stdout.length, stderr.length, marks);
  const kept: OutputPiece[] = [];
  const from = { stdout: stdout.length, stderr: stderr.length };
  let remaining = keep;
  for (let k = all.length - 1; k >= 0; k--) {
    const { stream, start, end } = all[k];
    const text = stream === 'stdout' ? stdout : stderr;
    let bound = end;
    if (k === all.length - 1 && text.charCodeAt(end - 1) === 10) bound--;
    let cut = start;
    while (bound > start) {
      const i = text.lastIndexOf('\n', bound - 1);
      if (i < start) break;
      bound = i;
      if (--remaining === 0) {
        cut = i + 1;
        break;
      }
    }
    if (cut < end) kept.push({ stream, text: text.slice(cut, end) });
    from[stream] = cut;
    if (remaining === 0) break;
  }
  kept.reverse();
  return { pieces: kept, dropped: countNewlines(stdout, from.stdout) + countNewlines(stderr, from.stderr), stdoutFrom: from.stdout };
}

function countNewlines(text: string, before: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < before; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
