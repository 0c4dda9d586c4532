// queue's waits that CPython would never end (one thread: nothing else can change the queue) raise RuntimeError
// here; python3 cannot record these, so they are checked against our own words.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../interpreter';

function lastErrorLine(source: string): string {
  const interp = new Interpreter(source, { filename: 'main.py' });
  interp.run();
  return interp.stderr.trimEnd().split('\n').pop()!;
}

describe('queue without other threads', () => {
  it('refuses a get() on an empty queue without a timeout', () => {
    for (const q of ['queue.Queue()', 'queue.LifoQueue()', 'queue.PriorityQueue()', 'queue.SimpleQueue()']) {
      expect(lastErrorLine(`import queue\n${q}.get()\n`), q).toBe(
        'RuntimeError: get() on an empty queue would wait forever: no other thread runs here to put an item');
    }
  });

  it('refuses a put() on a full queue without a timeout, and a join() with unfinished tasks', () => {
    expect(lastErrorLine('import queue\nq = queue.Queue(1)\nq.put(1)\nq.put(2)\n')).toBe(
      'RuntimeError: put() on a full queue would wait forever: no other thread runs here to get an item');
    expect(lastErrorLine('import queue\nq = queue.Queue()\nq.put(1)\nq.put(2)\nq.get()\nq.task_done()\nq.join()\n')).toBe(
      'RuntimeError: join() would wait forever: 1 unfinished tasks and no other thread runs here to call task_done()');
  });
});
