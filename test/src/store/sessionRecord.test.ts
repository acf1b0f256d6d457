import { describe, expect, it } from 'vitest';
import { parseSessionFile, SESSION_FORMAT, sessionFileName, sessionFileText, type SessionRecord } from '../../../src/store/sessionRecord';

const record: SessionRecord = {
  format: SESSION_FORMAT,
  id: 'abc',
  title: { fr: 'Matinée', en: 'Morning' },
  scenario: { id: 'default-weekday-morning', file: 'training/default-weekday-morning.json', text: '{"id":"x"}' },
  seed: 7,
  dayStart: 8 * 3600,
  clock: 5530.25,
  ended: false,
  commands: [{ type: 'coach', adviserId: 'a03', minutes: 20, at: 1200.5 }],
  savedAt: '2026-12-02T01:50:00.000Z',
};

const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...record, ...patch });

describe('session files', () => {
  it('reads back exactly what it writes', () => {
    const parsed = parseSessionFile(sessionFileText(record));
    expect(parsed).toEqual({ ok: true, record });
  });

  it('names the file after the scenario and the clock reached', () => {
    expect(sessionFileName(record)).toBe('session-default-weekday-morning-0932.json');
  });

  it('says when the text is not JSON', () => {
    const parsed = parseSessionFile('{ nope');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^not JSON: /);
  });

  it('refuses another format, naming the one expected', () => {
    const parsed = parseSessionFile(withField({ format: 'superviseur-sim/result@1' }));
    expect(parsed).toEqual({ ok: false, problems: [`$.format: expected "${SESSION_FORMAT}", got "superviseur-sim/result@1"`] });
    expect(parseSessionFile('[]')).toEqual({ ok: false, problems: [`$.format: expected "${SESSION_FORMAT}", got nothing`] });
  });

  it('names the JSON path of a wrong field and of an unknown one', () => {
    const parsed = parseSessionFile(withField({ clock: 'late', extra: 1 }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.some((p) => p.startsWith('$.clock: '))).toBe(true);
    expect(parsed.problems.some((p) => p.includes('extra'))).toBe(true);
  });

  it('checks each command against the engine: a misspelt field is named with its index', () => {
    const parsed = parseSessionFile(withField({ commands: [record.commands[0], { type: 'coach', adviser: 'a03', minutes: 20, at: 1300 }] }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.every((p) => p.startsWith('$.commands[1]'))).toBe(true);
    expect(parsed.problems.join('\n')).toMatch(/adviser/);
  });

  it('wants every command stamped with a time in seconds', () => {
    const parsed = parseSessionFile(withField({ commands: [{ type: 'coach', adviserId: 'a03', minutes: 20 }] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^\$\.commands\[0\]\.at: /);
  });
});
