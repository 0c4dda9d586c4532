// Synchronous output to a file descriptor from the interpreter's worker thread: ordered, and few system calls.

import { writeSync } from 'node:fs';

/** Output sent within this long of the previous flush may wait in the buffer (up to BUFFER_LIMIT). */
const FLUSH_INTERVAL_MS = 30;
const BUFFER_LIMIT = 1 << 16;

/** Thrown when the reader went away (`| head`): the run ends quietly, as CPython's does on a closed pipe. */
export class ReaderGone extends Error {}

/**
 * Buffers text for `fd` and writes it with writeSync: at most FLUSH_INTERVAL_MS late (the interpreter runs
 * synchronously, so there is no timer: the check happens on the next write) and always before the other
 * stream is written, so stdout and stderr interleave as they were produced.
 */
export class FdWriter {
  private pending = '';
  private lastFlush = Date.now();
  private static readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= BUFFER_LIMIT || Date.now() - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
  }

  flush(): void {
    this.lastFlush = Date.now();
    if (this.pending === '') return;
    const data = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset, data.length - offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') throw new ReaderGone();
        // A non-blocking pipe that is full: wait a moment for the reader.
        if (code === 'EAGAIN') Atomics.wait(FdWriter.pause, 0, 0, 1);
        else throw e;
      }
    }
  }
}
