// Synchronous output to a file descriptor from the interpreter's worker thread: ordered, and few system calls.

import { writeSync } from 'node:fs';
import { NativeRaise } from '../python/errors';

/** Output sent within this long of the previous flush may wait in the buffer (up to BUFFER_LIMIT). */
const FLUSH_INTERVAL_MS = 30;
const BUFFER_LIMIT = 1 << 16;

/** What CPython's unbuffered write raises once the reader closed the pipe (`| head`): EPIPE, errno 32. */
function brokenPipe(): NativeRaise {
  return new NativeRaise('BrokenPipeError', '[Errno 32] Broken pipe', undefined, [32, 'Broken pipe']);
}

/**
 * Buffers text for `fd` and writes it with writeSync: at most FLUSH_INTERVAL_MS late (the interpreter runs
 * synchronously, so there is no timer: the check happens on the next write). Once the reader has gone, every
 * write raises BrokenPipeError, as each of CPython's unbuffered writes to a closed pipe does; which write is
 * the first to see it depends on timing in CPython too.
 */
export class FdWriter {
  private pending = '';
  private lastFlush = Date.now();
  /** The reader closed the pipe: what was pending is dropped and nothing more can be written. */
  broken = false;
  private static readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly fd: number) {}

  /** Queues text; throws BrokenPipeError (a NativeRaise) when the pipe is found closed. */
  write(text: string): void {
    if (this.broken) throw brokenPipe();
    this.pending += text;
    if (this.pending.length >= BUFFER_LIMIT || Date.now() - this.lastFlush >= FLUSH_INTERVAL_MS) {
      this.flush();
      if (this.broken) throw brokenPipe();
    }
  }

  /** Writes what is pending; a closed pipe only marks the writer broken (the next write reports it). */
  flush(): void {
    this.lastFlush = Date.now();
    if (this.pending === '' || this.broken) return;
    const data = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset, data.length - offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          this.broken = true;
          return;
        }
        // A non-blocking pipe that is full: wait a moment for the reader.
        if (code === 'EAGAIN') Atomics.wait(FdWriter.pause, 0, 0, 1);
        else throw e;
      }
    }
  }
}
