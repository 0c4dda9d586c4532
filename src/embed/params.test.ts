// Embed URL parameters and the validation of host messages.
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, embedSnippet } from './params';
import { validateHostMessage } from './protocol';
import { allStrings } from '../app/i18n';
import { LESSONS } from '../app/lessons';

describe('parseEmbedOptions', () => {
  it('reads every parameter, with repeatable origins', () => {
    const o = parseEmbedOptions('?embed=1&autorun=1&readonly=1&step=4&panes=graph,output&theme=dark&lang=id&channel=c1&origin=https://a.example&origin=https://b.example&step-limit=5000&stdin=Ada%0A42');
    expect(o).toEqual({
      embed: true, autorun: true, readonly: true, step: 4, panes: ['graph', 'output'], theme: 'dark', lang: 'id',
      channel: 'c1', origins: ['https://a.example', 'https://b.example'], stepLimit: 5000, stdin: 'Ada\n42',
    });
  });

  it('falls back to safe defaults and drops malformed origins', () => {
    const o = parseEmbedOptions('?panes=nothing&theme=neon&lang=fr&step=-2&origin=javascript:alert(1)&step-limit=3');
    expect(o).toMatchObject({ embed: false, panes: ['editor', 'graph', 'output', 'timeline'], theme: 'light', lang: 'en', step: 0, origins: [], stepLimit: null, stdin: '' });
  });

  it('writes an iframe snippet whose src carries the program and options', () => {
    const html = embedSnippet('https://host.example/index.html?x=1#old', 'a = []\n', 'COMPRESSED', { lang: 'id' });
    expect(html).toContain('src="https://host.example/index.html?embed=1&lang=id#code=COMPRESSED"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin"');
  });
});

describe('validateHostMessage', () => {
  const base = { source: 'pymem', version: 1, channel: '' };
  it('accepts each message type of version 1', () => {
    for (const m of [
      { type: 'load', code: 'x = 1', run: true }, { type: 'load', code: 'input()', stdin: 'Ada\n' }, { type: 'run' }, { type: 'step', delta: -1 }, { type: 'goto', step: 3 },
      { type: 'gc-collect' }, { type: 'gc-set-enabled', enabled: false }, { type: 'get-state' }, { type: 'set-options', lang: 'id' },
    ]) expect(validateHostMessage({ ...base, ...m }).ok, m.type).toBe(true);
  });

  it('rejects foreign, old and malformed messages with a reason', () => {
    expect(validateHostMessage({ ...base, source: 'other', type: 'run' })).toMatchObject({ ok: false });
    expect(validateHostMessage({ ...base, version: 2, type: 'run' })).toMatchObject({ ok: false, reason: 'unsupported version 2' });
    expect(validateHostMessage({ ...base, type: 'goto', step: 'end' })).toMatchObject({ ok: false });
    expect(validateHostMessage({ ...base, type: 'eval', code: 'alert(1)' })).toMatchObject({ ok: false, reason: 'unknown type eval' });
    expect(validateHostMessage('run')).toMatchObject({ ok: false });
    expect(validateHostMessage({ ...base, type: 'load', code: '', stdin: ['Ada'] })).toMatchObject({ ok: false, reason: 'stdin must be a string up to 100000 characters' });
  });
});

describe('translations', () => {
  it('has every UI string and every lesson in English and Bahasa Indonesia', () => {
    for (const [key, v] of Object.entries(allStrings())) {
      expect(v.en, key).not.toBe('');
      expect(v.id, key).not.toBe('');
    }
    for (const l of LESSONS) {
      expect(l.title.id).not.toBe(l.title.en);
      expect(l.explanation.id.length).toBeGreaterThan(40);
    }
  });
});
