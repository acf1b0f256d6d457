/**
 * Scenario format migrations, one test group per step. The v1 fixtures are the
 * shipped files as they were before version 2: migrated on load, they must be
 * exactly today's shipped files and run to exactly the same result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, SCHEMA_VERSION } from '../../../sim/index';
import { migrateScenario, migrations } from '../../../sim/scenario/migrations';

const read = (file: string) => readFileSync(file, 'utf8');
const v1 = (over: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'x',
  title: { fr: 'x', en: 'x' },
  seed: 1,
  clock: { start: '08:00', end: '09:15' },
  channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 60 }, handleTime: { dist: 'exponential', mean: 180 } }],
  team: { generate: { count: 2, skills: { voice: 1 } } },
  ...over,
});
const up = (doc: unknown) => {
  const m = migrateScenario(doc);
  if ('problem' in m) throw new Error(m.problem.message);
  return m.doc as { schemaVersion: number; purpose: string; channels: { forecast?: number[] }[] };
};

describe('the steps form a chain up to the current version', () => {
  it('has one step from each version below the current one', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('version 1 → 2: purpose and the forecast per interval', () => {
  it('derives the purpose from the id', () => {
    expect(up(v1({ id: 'exam-a' })).purpose).toBe('exam');
    expect(up(v1({ id: 'validation-mm1' })).purpose).toBe('validation');
    expect(up(v1({ id: 'monday-peak' })).purpose).toBe('training');
    expect(up(v1()).schemaVersion).toBe(2);
  });

  it('writes the forecast per interval from a flat rate, the last interval short', () => {
    // 08:00–09:15 in 30-minute intervals: 30, 30 and 15 minutes at 60 an hour.
    expect(up(v1()).channels[0].forecast).toEqual([30, 30, 15]);
  });

  it('writes it from a profile, with the interval length of the file', () => {
    const doc = up(v1({
      stats: { intervalMinutes: 15 },
      clock: { start: '08:00', end: '09:00' },
      channels: [{ id: 'voice', kind: 'voice', arrivals: { profile: [{ from: '08:00', perHour: 40 }, { from: '08:20', perHour: 100 }] }, handleTime: { dist: 'constant', value: 60 } }],
    }));
    // 08:00–08:15: 10; 08:15–08:30: 5 min at 40 + 10 min at 100; then 25 each.
    expect(doc.channels[0].forecast).toEqual([10, 20, 25, 25]);
  });

  it('leaves channels without arrivals, and a malformed day, for the schema to judge', () => {
    const doc = up(v1({ clock: { start: 'soon', end: '09:00' } }));
    expect(doc.channels[0].forecast).toBeUndefined();
    expect(() => parseScenario(JSON.stringify(v1({ clock: { start: 'soon', end: '09:00' } })), 'bad.json')).toThrow(/\$\.clock\.start/);
    const withCallback = up(v1({ channels: [{ id: 'cb', kind: 'callback', handleTime: { dist: 'constant', value: 60 } }] }));
    expect(withCallback.channels[0].forecast).toBeUndefined();
  });

  it('keeps what the author wrote', () => {
    const doc = up(v1({ purpose: 'exam', channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 60 }, forecast: [1, 2, 3], handleTime: { dist: 'constant', value: 60 } }] }));
    expect(doc.purpose).toBe('exam');
    expect(doc.channels[0].forecast).toEqual([1, 2, 3]);
  });

  it.each(['exam/exam-standard-morning', 'training/multichannel-tuesday'])('a version-1 file of %s loads as today\'s shipped file and runs the same', (name) => {
    const file = name.split('/')[1];
    const old = parseScenario(read(`test/fixtures/v1/${file}.json`), 'v1.json');
    const current = parseScenario(read(`scenarios/${name}.json`), 'v2.json');
    expect(old).toEqual(current);
    const run = (s: typeof old) => {
      const sim = createSimulation(s);
      sim.runToEnd();
      return sim.result().resultHash;
    };
    expect(run(old)).toBe(run(current));
  });
});

describe('versions the loader cannot read', () => {
  it.each([
    [{ id: 'x' }, /\$\.schemaVersion: missing \(expected a version from 1 to 2\)/],
    [{ schemaVersion: 3 }, /version 3 is newer than this simulator reads \(2\): update the simulator/],
    [{ schemaVersion: '1' }, /expected a version from 1 to 2, got "1"/],
    [{ schemaVersion: 1.5 }, /expected a version from 1 to 2, got 1.5/],
  ])('%j', (doc, message) => {
    expect(() => parseScenario(JSON.stringify(doc), 'f.json')).toThrow(message);
  });
});

describe('the forecast in version 2', () => {
  const v2 = (forecast: unknown) => JSON.stringify({ ...up(v1()), channels: [{ ...up(v1()).channels[0], forecast }] });
  it('must have one value per interval', () => {
    expect(() => parseScenario(v2([30, 30]), 'f.json')).toThrow(/\$\.channels\[0\]\.forecast: expected 3 values, one per 30-minute interval from 08:00 to 09:15, got 2/);
    expect(() => parseScenario(v2([30, -1, 2]), 'f.json')).toThrow(/\$\.channels\[0\]\.forecast\[1\]/);
  });
  it('is what the briefing and the dashboard show, apart from the arrivals', () => {
    const s = parseScenario(v2([20, 40, 10]), 'f.json');
    const sim = createSimulation(s);
    sim.advanceTo(3600); // into the third interval
    expect(sim.snapshot().intervals.voice.map((p) => p.forecast)).toEqual([20, 40, 10]);
  });
});
