// Checkpoint spacing: a fork that one pause stretched (a major GC, a busy machine) must not leave a long stretch
// without checkpoints, which a jump into it would replay in full.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Interpreter } from '../python/interpreter';
import { Checkpoints, ForkCost, WARM_UP_FORKS } from './checkpoints';
import { Scout } from './scout';

describe('ForkCost', () => {
  it('estimates from the median cost per slot, so one slow fork does not move it', () => {
    const cost = new ForkCost();
    expect(cost.estimate(1000)).toBe(0);
    // The first (cold) forks are not counted.
    for (let i = 0; i < WARM_UP_FORKS; i++) cost.note(30 / (i + 1), 5000);
    expect(cost.estimate(1000)).toBe(0);
    for (let i = 0; i < 5; i++) cost.note(1, 5000);
    cost.note(400, 5000);
    expect(cost.estimate(10_000)).toBeCloseTo(2);
    // A lasting change (a machine that stays slower) is followed once it is most of the samples.
    for (let i = 0; i < 5; i++) cost.note(10, 5000);
    expect(cost.estimate(5000)).toBeCloseTo(10);
  });
});

describe('ForkCost, first samples', () => {
  it('takes the faster of two samples', () => {
    const cost = new ForkCost();
    for (let i = 0; i < WARM_UP_FORKS; i++) cost.note(30, 1000);
    cost.note(1, 1000);
    cost.note(20, 1000);
    expect(cost.estimate(1000)).toBeCloseTo(1);
  });
});

describe('Checkpoints', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The steps of the checkpoints kept, ascending. */
  function keptSteps(c: Checkpoints, last: number): number[] {
    const steps: number[] = [];
    for (let s = c.stepBefore(last); s >= 0; s = c.stepBefore(s - 1)) steps.unshift(s);
    return steps;
  }

  it('spaces the first checkpoints by replay time although the first forks (cold code) are slow', () => {
    let now = 0;
    const clock = () => (now += 0.001);
    const fork = Interpreter.prototype.fork;
    let forks = 0;
    vi.spyOn(Interpreter.prototype, 'fork').mockImplementation(function (this: Interpreter) {
      // As measured in a 10^6-step loop: 29.6 ms, then 14.7 ms, then about 1 ms each.
      if (++forks <= WARM_UP_FORKS) now += 30 / forks;
      return fork.call(this);
    });
    const checkpoints = new Checkpoints(8, clock);
    const scout = new Scout('total = 0\nfor i in range(40000):\n    total += i\n', {}, [], checkpoints);
    while (!scout.runSlice(Date.now() + 1000));
    const total = scout.overview().totalSteps!;
    const steps = keptSteps(checkpoints, total);
    const gaps = steps.map((s, i) => s - (i > 0 ? steps[i - 1] : 0));
    expect(steps.length).toBeGreaterThan(3);
    expect(Math.max(...gaps, total - steps[steps.length - 1])).toBeLessThanOrEqual(3200 + 256);
  });

  it('keeps spacing checkpoints by replay time after one fork took far longer than the others', () => {
    // A clock that barely moves while stepping, so only the fork-cost rule can hold a checkpoint back.
    let now = 0;
    const clock = () => (now += 0.001);
    const fork = Interpreter.prototype.fork;
    let forks = 0;
    vi.spyOn(Interpreter.prototype, 'fork').mockImplementation(function (this: Interpreter) {
      // The first fork counted (after the warm-up ones) is caught by a 500 ms pause.
      if (++forks === WARM_UP_FORKS + 1) now += 500;
      return fork.call(this);
    });
    const checkpoints = new Checkpoints(8, clock);
    const source = 'total = 0\nfor i in range(40000):\n    total += i\n';
    const scout = new Scout(source, {}, [], checkpoints);
    while (!scout.runSlice(Date.now() + 1000));
    const total = scout.overview().totalSteps!;
    const steps = keptSteps(checkpoints, total);
    expect(forks).toBeGreaterThan(3);
    // 8 ms of replay at the assumed 400 steps per ms: one every 3,200 steps or so (forks land on multiples of 64, counted from the first step offered), to the end.
    const gaps = steps.map((s, i) => s - (i > 0 ? steps[i - 1] : 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3200 + 256);
    expect(total - steps[steps.length - 1]).toBeLessThanOrEqual(3200 + 256);
  });

  it('takes an overdue checkpoint at a higher fork cost when the run steps much faster than forks', () => {
    // The clock moves as a run stepping 7,000 steps per ms (it is read once per 64 steps past the planned
    // spacing), and every fork costs 1 ms: 3,200 steps of planned spacing are under half a millisecond of stepping.
    let now = 0;
    const clock = () => (now += 64 / 7000);
    const fork = Interpreter.prototype.fork;
    vi.spyOn(Interpreter.prototype, 'fork').mockImplementation(function (this: Interpreter) {
      now += 1;
      return fork.call(this);
    });
    const checkpoints = new Checkpoints(8, clock);
    const scout = new Scout('total = 0\nfor i in range(100000):\n    total += i\n', {}, [], checkpoints);
    while (!scout.runSlice(Date.now() + 1000));
    const total = scout.overview().totalSteps!;
    const steps = keptSteps(checkpoints, total);
    const gaps = steps.slice(1).map((s, i) => s - steps[i]);
    // Fork cost within 30% of stepping time would space them 26,500 steps apart; within 60%, 14,900.
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps.slice(WARM_UP_FORKS + 2))).toBeLessThanOrEqual(15_000);
  });
});
