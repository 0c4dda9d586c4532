// input() in the page: the session asks once at the step that reads, the answer joins the replayed stdin, and
// without askForInput (the CLI's way) an empty stdin still raises EOFError.
import { describe, expect, it } from 'vitest';
import { Session, stdinLines } from './session';
import { Scout } from './scout';
import { inspectObject } from './inspect';

const GREET = "name = input('Name? ')\nprint('Hi', name)\n";
const run = (s: Session) => {
  while (!s.runSlice(Date.now() + 5000, new Set()));
};

describe('Session with askForInput', () => {
  it('asks for help()\'s requests as input() does, from inside pydoc', () => {
    const s = new Session('help()\nprint("back")\n', { askForInput: true });
    run(s);
    expect(s.waitingForInput?.prompt).toMatch(/help> $/);
    s.answer('len');
    run(s);
    expect(s.view().snapshot.stdout).toContain('help> Help on built-in function len in module builtins:\n\nlen(obj, /)\n');
    expect(s.waitingForInput?.prompt).toMatch(/help> $/);
    s.answer('q');
    run(s);
    expect(s.waitingForInput).toBeNull();
    expect(s.view().snapshot.stdout).toMatch(/prompt\.\nback\n$/);
  });

  it('stops a Run at the step before input() and shows the prompt, then goes on with the answer', () => {
    const s = new Session(GREET, { askForInput: true });
    run(s);
    expect(s.waitingForInput).toEqual({ prompt: 'Name? ', pendingOutput: 'Name? ' });
    const view = s.view();
    expect(view.waitingForInput).toEqual({ prompt: 'Name? ' });
    expect(view.snapshot.line).toBe(1);
    expect(view.snapshot.stdout).toBe('Name? ');
    expect(view.narration.en).toMatch(/input\(\): type a line in the box.$/);
    // Stepping on without an answer stays where it is.
    s.forward(1);
    expect(s.step).toBe(view.snapshot.step);
    expect(s.waitingForInput).not.toBeNull();

    s.answer('Ada');
    expect(s.view().waitingForInput).toBeNull();
    run(s);
    expect(s.view().snapshot.stdout).toBe('Name? Hi Ada\n');
    expect(s.view().snapshot.frames[0].variables.map((v) => v.label)).toEqual(['name']);
  });

  it('replays the answer going back and forward, and asks again only for a new input()', () => {
    const s = new Session("a = input('a? ')\nb = input('b? ')\nprint(a + b)\n", { askForInput: true });
    run(s);
    const first = s.step;
    s.answer('x');
    run(s);
    expect(s.waitingForInput?.prompt).toBe('a? b? ');
    expect(s.step).toBe(first + 1);
    s.answer('y');
    run(s);
    const end = s.view().snapshot;
    expect(end.stdout).toBe('a? b? xy\n');
    s.goto(0);
    run(s);
    expect(s.waitingForInput).toBeNull();
    expect(s.view().snapshot.stdout).toBe('a? b? xy\n');
    s.goto(first);
    s.forward(1);
    expect(s.waitingForInput).toBeNull();
    expect(s.view().snapshot.stdout).toBe('a? ');
    expect(s.inputHistory).toEqual(['x', 'y']);
  });

  it('shows what the asking step printed before input(), and the unfinished line as the prompt', () => {
    const s = new Session("print('one'); print('two', end=' '); x = input('> ')\n", { askForInput: true });
    run(s);
    // Step 0 is the program about to run line 1: the asking step is the first.
    expect(s.step).toBe(0);
    expect(s.waitingForInput).toEqual({ prompt: 'two > ', pendingOutput: 'one\ntwo > ' });
    expect(s.view().snapshot.stdout).toBe('one\ntwo > ');
    s.answer('z');
    s.forward(1);
    expect(s.view().snapshot.stdout).toBe('one\ntwo > ');
    expect(s.view().snapshot.event).toBe('return');
  });

  it('lays the waiting step out again (a replay) without losing its place or the question', () => {
    const s = new Session("x = [1]\nname = input('Name? ')\n", { askForInput: true });
    run(s);
    expect(s.step).toBe(1);
    const before = s.view().changes;
    s.setViewOptions({ showShared: true, expanded: new Set() });
    expect(s.step).toBe(1);
    expect(s.view().waitingForInput).toEqual({ prompt: 'Name? ' });
    expect(s.view().changes).toEqual(before);
    s.forward(3);
    expect(s.step).toBe(1);
    expect(s.view().changes).toEqual(before);
    s.goto(0);
    s.goto(5);
    expect([s.step, s.waitingForInput?.prompt]).toEqual([1, 'Name? ']);
    expect(s.view().changes).toEqual(before);
  });

  it('takes the host\'s stdin lines as the first answers and asks when they run out', () => {
    const s = new Session("for i in range(3):\n    print(input())\n", { askForInput: true, stdin: 'p\nq\n' });
    run(s);
    expect(s.waitingForInput).toEqual({ prompt: '', pendingOutput: '' });
    expect(s.view().snapshot.stdout).toBe('p\nq\n');
    s.answer('r');
    run(s);
    expect(s.view().snapshot.stdout).toBe('p\nq\nr\n');
  });

  it('is not an exception Python can catch: except EOFError and finally wait with the program', () => {
    const src = "try:\n    v = input('v? ')\nexcept BaseException:\n    v = 'caught'\nfinally:\n    print('finally')\nprint(v)\n";
    const s = new Session(src, { askForInput: true });
    run(s);
    expect(s.waitingForInput?.prompt).toBe('v? ');
    expect(s.view().snapshot.stdout).toBe('v? ');
    s.answer('given');
    run(s);
    expect(s.view().snapshot.stdout).toBe('v? finally\ngiven\n');
  });

  it('asks inside a function and keeps the frames and refcounts of a replay', () => {
    const src = "def ask(items):\n    items.append(input('? '))\n    return items\nr = ask([])\nprint(r)\n";
    const s = new Session(src, { askForInput: true });
    run(s);
    expect(s.view().snapshot.frames.map((f) => f.name)).toEqual(['<module>', 'ask']);
    s.answer('w');
    run(s);
    const live = s.view().snapshot.objects.map((o) => [o.id, o.type, o.refcount]);
    expect(s.view().snapshot.stdout).toBe("? ['w']\n");
    const replayed = new Session(src, { askForInput: true, stdin: 'w' });
    run(replayed);
    expect(replayed.view().snapshot.objects.map((o) => [o.id, o.type, o.refcount])).toEqual(live);
  });

  it('gives the scout and the inspector the answers as stdin', () => {
    const s = new Session(GREET, { askForInput: true });
    const waiting = new Scout(s.source, s.interpreterOptions, s.history);
    while (!waiting.runSlice(Date.now() + 1000));
    expect(waiting.overview()).toMatchObject({ totalSteps: null, inputNeeded: true });
    run(s);
    s.answer('Ada');
    run(s);
    const scout = new Scout(s.source, s.interpreterOptions, s.history);
    while (!scout.runSlice(Date.now() + 1000));
    expect(scout.overview()).toMatchObject({ lastStateStep: s.step, inputNeeded: false });
    const snap = s.view().snapshot;
    const name = snap.frames[0].variables.find((v) => v.label === 'name')!;
    expect(snap.objects.find((o) => o.id === name.targetId)?.repr).toBe("'Ada'");
    expect(inspectObject(s.source, s.interpreterOptions, s.history, name.targetId!, s.step).holders).toContain('global `name`');
  });
});

describe('input() without askForInput (the CLI)', () => {
  it('raises EOFError at the end of stdin, catchable as before', () => {
    const s = new Session("try:\n    input('? ')\nexcept EOFError as e:\n    print(repr(e))\ninput()\n");
    run(s);
    expect(s.waitingForInput).toBeNull();
    const snap = s.view().snapshot;
    expect(snap.stdout).toBe("? EOFError('EOF when reading a line')\n");
    expect(snap.event).toBe('exception');
    expect(s.interpreter.error?.type).toBe('EOFError');
  });
});

describe('stdinLines', () => {
  it('splits as input() reads: a final newline ends the last line', () => {
    expect(stdinLines('a\nb\n')).toEqual(['a', 'b']);
    expect(stdinLines('a\n\n')).toEqual(['a', '']);
    expect(stdinLines('a')).toEqual(['a']);
    expect(stdinLines('')).toEqual([]);
  });
});
