// Stepping through async code: the lines of coroutines and of async generators are stepped one by one, as a
// generator's are (an async generator runs in the eval loop under the await of its asend awaitable).
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';

const PROGRAM = `class Tick:
    def __await__(self):
        yield "tick"

async def numbers():
    for i in range(2):
        await Tick()
        yield i

async def main():
    total = 0
    async for n in numbers():
        total += n
    return total

coro = main()
while True:
    try:
        coro.send(None)
    except StopIteration as stop:
        print(stop.value)
        break
`;

function steppedLines(source: string): number[] {
  const interp = new Interpreter(source);
  const lines: number[] = [];
  while (interp.step() === 'paused') lines.push(interp.snapshot().line ?? 0);
  expect(interp.stdout).toBe('1\n');
  return lines;
}

describe('stepping async code', () => {
  it("pauses on every line of an async generator's body, each time the async for asks it for a value", () => {
    const lines = steppedLines(PROGRAM);
    const count = (line: number) => lines.filter((l) => l === line).length;
    // The generator's for, await and yield lines, for each of the two values (a yield also pauses as it leaves).
    for (const line of [6, 7, 8]) expect(count(line)).toBeGreaterThanOrEqual(2);
    // The awaited Tick runs inside, and each value reaches the consumer's body after its yield.
    expect(count(3)).toBeGreaterThanOrEqual(4);
    expect(lines.indexOf(8)).toBeLessThan(lines.indexOf(13));
  });
});
