/**
 * Scenarios too large to run, unsafe keys and junk are refused on load with
 * one clear problem each, before anything is simulated.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedDayContacts, LIMITS, parseScenario, ScenarioError, validateScenario } from '../../../sim/index';
import { MAX_DEPTH } from '../../../sim/scenario/jsonSafety';

const base = (over: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  id: 'x',
  title: { fr: 'x', en: 'x' },
  seed: 1,
  clock: { start: '08:00', end: '12:00' },
  channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 100 }, handleTime: { dist: 'exponential', mean: 180 } }],
  team: { generate: { count: 10, skills: { voice: 1 } } },
  ...over,
});
const problemsOf = (input: unknown) => {
  try {
    validateScenario(input, 'f.json');
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
};

/** The enormous scenario of the issue: 5 000 advisers, 100 million calls an hour for 24 hours. */
const enormous = base({
  clock: { start: '00:00', end: '24:00' },
  channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 100_000_000 }, handleTime: { dist: 'exponential', mean: 180 } }],
  team: { generate: { count: 5000, skills: { voice: 1 } } },
});

describe('limits', () => {
  it('counts the expected contacts from rates × hours, surges, backlogs and call lists', () => {
    const s = validateScenario(base({
      channels: [
        { id: 'voice', kind: 'voice', arrivals: { perHour: 100 }, handleTime: { dist: 'exponential', mean: 180 } },
        { id: 'mail', kind: 'email', arrivals: { profile: [{ from: '10:00', perHour: 10 }] }, handleTime: { dist: 'exponential', mean: 300 }, backlog: { count: 50, ageHours: { dist: 'constant', value: 5 } } },
      ],
      team: { generate: { count: 10, skills: { voice: 1, mail: 1 } } },
      events: [{ type: 'incident', at: '09:00', minutes: 60, channelId: 'voice', surge: 1.5 }],
    }), 'f.json');
    // voice 4 h × 100 = 400, incident +50 % of one hour = 50, email 2 h × 10 = 20, backlog 50.
    expect(expectedDayContacts(s)).toBeCloseTo(520, 9);
  });

  it('refuses the enormous scenario naming each limit it breaks', () => {
    const problems = problemsOf(enormous);
    expect(problems.map((p) => p.message)).toEqual([
      '5,000 advisers: the limit is 1,000 advisers',
      `about 2,400,000,000 contacts expected over the day (rates × hours): the limit is ${LIMITS.expectedContacts.toLocaleString('en-US')} expected contacts`,
    ]);
  });

  it.each([
    ['advisers', base({ team: { generate: [{ count: 600, skills: { voice: 1 } }, { count: 401, skills: { voice: 1 } }] } }), /1,001 advisers: the limit is 1,000/],
    ['channels', base({ channels: Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, kind: 'voice', arrivals: { perHour: 1 }, handleTime: { dist: 'constant', value: 60 } })) }), /25 channels: the limit is 24 channels/],
    ['hours', base({ clock: { start: '00:00', end: '30:00' } }), /a 30-hour day: the limit is 24 hours/],
    ['events', base({ events: Array.from({ length: 501 }, () => ({ type: 'vipComplaint', at: '09:00', channelId: 'voice' })) }), /501 events: the limit is 500 events/],
    ['contacts', base({ channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 40_000 }, handleTime: { dist: 'constant', value: 60 } }] }), /about 160,000 contacts expected/],
  ])('names the %s limit', (_name, input, message) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
  });

  it('lets only a caller that asks for it (the bench) past the limits', () => {
    expect(() => validateScenario(enormous, 'bench.json', { limits: false })).not.toThrow();
    expect(() => validateScenario(enormous, 'bench.json')).toThrow(ScenarioError);
  });

  it('accepts a scenario just inside every limit', () => {
    expect(problemsOf(base({
      clock: { start: '00:00', end: '24:00' },
      channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: LIMITS.expectedContacts / 24 }, handleTime: { dist: 'constant', value: 60 } }],
      team: { generate: { count: LIMITS.advisers, skills: { voice: 1 } } },
    }))).toEqual([]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = JSON.stringify(base({ briefing: { fr: 'x'.repeat(LIMITS.fileBytes), en: '' } }));
    expect(() => parseScenario(text, 'huge.json')).toThrow(/^huge\.json: \$: 5\.0 MB: a scenario file may be at most 5 MB$/);
  });
});

describe('events name what exists (found by the fuzz test: an incident on no channel crashed the run)', () => {
  it.each([
    [{ type: 'incident', at: '09:00', minutes: 10, channelId: '', surge: 2 }, '$.events[0].channelId', 'unknown channel "" (channels: voice)'],
    [{ type: 'vipComplaint', at: '09:00', channelId: 'fax' }, '$.events[0].channelId', 'unknown channel "fax" (channels: voice)'],
    [{ type: 'campaignStart', at: '09:00', channelId: 'voice' }, '$.events[0].channelId', 'a campaign starts on an outbound channel, not voice "voice"'],
    [{ type: 'absence', at: '09:00', adviserId: 'a11' }, '$.events[0].adviserId', 'unknown adviser "a11"'],
    [{ type: 'newHire', at: '09:00', adviserId: 'zoe' }, '$.events[0].adviserId', 'unknown adviser "zoe"'],
  ])('%j', (event, path, message) => {
    expect(problemsOf(base({ events: [event] }))).toEqual([{ path, message }]);
  });
  it('knows the generated ids', () => {
    expect(problemsOf(base({ events: [{ type: 'absence', at: '09:00', adviserId: 'a10' }] }))).toEqual([]);
  });
});

describe('unsafe keys and junk', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" at any depth, naming where', (key) => {
    const text = JSON.stringify(base()).replace('"handleTime":{', `"handleTime":{"${key}":{"polluted":true},`);
    expect(() => parseScenario(text, 'p.json')).toThrow(`p.json: $.channels[0].handleTime.${key}: the key "${key}" is not allowed in a scenario`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than any scenario, without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const message = (() => {
      try {
        parseScenario(`{"schemaVersion":2,"x":${deep}}`, 'deep.json');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(new RegExp(`^deep\\.json: \\$(\\.x(\\[0\\])*)?: (nested more than ${MAX_DEPTH} levels deep|not valid JSON)`));
  });

  it.each([
    ['binary junk', Array.from({ length: 2_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['text', 'Bonjour, ceci n\'est pas un scénario.\n'.repeat(50_000)],
    ['a cut file', JSON.stringify(base()).slice(0, 100)],
  ])('answers %s with one clear line', (_name, text) => {
    expect(() => parseScenario(text, 'junk.json')).toThrow(/^junk\.json: \$: not valid JSON: [^\n]{1,170}$/);
  });

  it('lists the first 20 problems of valid JSON junk and counts the rest', () => {
    const junk = base({ channels: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, kind: 'fax' })), ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])) });
    try {
      validateScenario(junk, 'junk.json');
      expect.unreachable();
    } catch (e) {
      const lines = (e as Error).message.split('\n');
      expect(lines).toHaveLength(21);
      expect(lines[20]).toMatch(/^junk\.json: … and \d+ more problems$/);
      expect((e as ScenarioError).problems.length).toBeGreaterThan(20);
      expect((e as ScenarioError).problems.find((p) => p.path === '$')?.message).toMatch(/^unknown field\(s\): k0, k1, k2, k3, k4, k5, k6, k7 and 22 more$/);
    }
  });
});

describe('npm run sim on a scenario too large to run', () => {
  // How long the refusal takes is measured by `npm run bench` (refuseEnormousMs), not here.
  it('refuses it on load, and the command exits 2 naming the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limits-'));
    const file = join(dir, 'enormous.json');
    const text = JSON.stringify(enormous);
    writeFileSync(file, text);
    expect(() => parseScenario(text, file)).toThrow(ScenarioError);
    const cli = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', file, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trim().split('\n')).toEqual([
      `${file}: $.team: 5,000 advisers: the limit is 1,000 advisers`,
      expect.stringMatching(/^.*enormous\.json: \$\.channels: about 2,400,000,000 contacts expected/),
    ]);
  });
});
