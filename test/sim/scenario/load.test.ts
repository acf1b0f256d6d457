import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, ScenarioError } from '../../../sim/index';

const valid = JSON.parse(readFileSync('scenarios/validation/erlang-c-team11.json', 'utf8'));

function problemsOf(input: unknown): string[] {
  try {
    parseScenario(JSON.stringify(input), 'broken.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).message.split('\n');
  }
  throw new Error('expected the scenario to be rejected');
}

// Scenarios are mutated as raw JSON, on purpose into shapes the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const withChange = (change: (s: any) => void) => {
  const s = structuredClone(valid);
  change(s);
  return s;
};

describe('loading scenarios', () => {
  it('loads every shipped scenario', () => {
    for (const dir of ['scenarios/validation', 'scenarios/training', 'scenarios/exam']) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
        const file = join(dir, f);
        expect(() => parseScenario(readFileSync(file, 'utf8'), file), file).not.toThrow();
      }
    }
  });

  it('applies the documented defaults', () => {
    const s = parseScenario(JSON.stringify(withChange((x) => { delete x.mode; delete x.stats; delete x.channels[0].wrapUp; })), 'x.json');
    expect(s.mode).toBe('realistic');
    expect(s.stats).toEqual({ warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 5 });
    expect(s.channels[0].wrapUp).toEqual({ dist: 'constant', value: 0 });
  });

  it('names the file, the JSON path and the problem for a bad value', () => {
    const lines = problemsOf(withChange((s) => { s.channels[0].handleTime.mean = -3; }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^broken\.json: \$\.channels\[0\]\.handleTime\.mean: .*-3/);
  });

  it('reports every problem, one per line', () => {
    const lines = problemsOf(withChange((s) => {
      s.seed = 'seven';
      s.clock.start = '8h';
      s.channels[0].kind = 'fax';
    }));
    expect(lines.some((l) => l.startsWith('broken.json: $.seed:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('broken.json: $.clock.start:') && l.includes('HH:MM'))).toBe(true);
    expect(lines.some((l) => l.startsWith('broken.json: $.channels[0].kind:'))).toBe(true);
  });

  it('rejects unknown fields instead of ignoring a typo', () => {
    const lines = problemsOf(withChange((s) => { s.channels[0].handletime = s.channels[0].handleTime; }));
    expect(lines.join('\n')).toMatch(/\$\.channels\[0\]: unknown field\(s\): handletime/);
  });

  it('says where JSON syntax breaks', () => {
    expect(() => parseScenario('{ "schemaVersion": 1, ', 'cut.json')).toThrow(/^cut\.json: \$: not valid JSON/);
  });

  it('rejects a skill no channel provides and a queue nobody can answer', () => {
    const lines = problemsOf(withChange((s) => { s.team.generate.skills = { voix: 1 }; }));
    expect(lines).toContain('broken.json: $.team.generate.skills.voix: unknown skill "voix": no channel has this id (channels: voice)');
    expect(lines).toContain('broken.json: $.channels[0]: unreachable queue: no adviser has the skill "voice"');
  });

  it('rejects a clock that ends before it starts', () => {
    const lines = problemsOf(withChange((s) => { s.clock = { start: '18:00', end: '08:00' }; }));
    expect(lines).toEqual(['broken.json: $.clock.end: clock.end must be after clock.start']);
  });

  it('rejects a profile out of order or past closing time', () => {
    const lines = problemsOf(withChange((s) => {
      s.channels[0].arrivals = { profile: [{ from: '09:00', perHour: 10 }, { from: '08:30', perHour: 10 }, { from: '21:00', perHour: 5 }] };
    }));
    expect(lines).toContain('broken.json: $.channels[0].arrivals.profile[1].from: profile steps must be in increasing time order');
    expect(lines).toContain('broken.json: $.channels[0].arrivals.profile[2].from: step starts at or after the clock end (20:00)');
  });

  it('takes a survey response rate per channel, as a share, and not on an outbound channel', () => {
    expect(() => parseScenario(JSON.stringify(withChange((s) => { s.channels[0].survey = { responseRate: 0.2 }; })), 'ok.json')).not.toThrow();
    expect(problemsOf(withChange((s) => { s.channels[0].survey = { responseRate: 1.5 }; }))[0]).toMatch(/^broken\.json: \$\.channels\[0\]\.survey\.responseRate: /);
    const outbound = JSON.parse(readFileSync('scenarios/training/multichannel-tuesday.json', 'utf8'));
    const i = outbound.channels.findIndex((c: { kind: string }) => c.kind === 'outbound');
    outbound.channels[i].survey = { responseRate: 0.2 };
    expect(problemsOf(outbound)).toContain(`broken.json: $.channels[${i}].survey: "survey" does not apply to a outbound channel (only voice, callback, email, chat, messaging)`);
  });

  it('rejects duplicate ids', () => {
    const lines = problemsOf(withChange((s) => {
      s.team = { advisers: [{ id: 'a1', name: 'A B', skills: { voice: 1 } }, { id: 'a1', name: 'C D', skills: { voice: 1 } }] };
    }));
    expect(lines).toEqual(['broken.json: $.team.advisers[1].id: duplicate adviser id "a1"']);
  });
});
