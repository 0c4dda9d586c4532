// The reprs a picture writes in its boxes: cut to 60 characters, built from the start of a long value only.
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';

/** The display repr and value of the object a global names, at the program's last line. */
function shown(source: string, name: string): { repr: string; value?: string } {
  const interp = new Interpreter(source);
  while (interp.step() === 'paused' && interp.snapshot().line !== source.split('\n').length);
  const snap = interp.snapshot();
  const id = snap.frames[0].variables.find((v) => v.label === name)!.targetId;
  const o = snap.objects.find((x) => x.id === id)!;
  return { repr: o.repr, value: o.value };
}

describe('display repr', () => {
  it("quotes a long str by the whole string's quotes, though only its start is shown", () => {
    const { repr, value } = shown(`s = "a" * 100 + "'"\npass`, 's');
    expect(repr).toBe('"' + 'a'.repeat(58) + '…');
    expect(value).toBe(repr);
  });
  it('shows a short str whole, escapes included', () => {
    expect(shown(`s = "it's\\n"\npass`, 's').repr).toBe(`"it's\\n"`);
  });
  it('cuts long bytes and bytearrays at 60 characters', () => {
    expect(shown(`b = b"\\x00" * 50 + b"'"\npass`, 'b').repr).toBe('b"' + '\\x00'.repeat(14) + '\\…');
    expect(shown(`b = bytearray(b"xy" * 40)\npass`, 'b').repr).toBe("bytearray(b'" + 'xy'.repeat(23) + 'x…');
  });
});
