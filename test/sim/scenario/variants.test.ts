/**
 * The what-if dimensions shared by the command line's sweeps and the lab: each
 * rewrites the scenario (or adds opening commands) exactly as its description
 * says, and nothing else. Pure rewrites, so every check is exact (no tolerance)
 * except the analytic AHT, a sum of scaled terms, compared to 1e-12 relative:
 * float64 rounding of three products, not a modelling error.
 */
import { describe, expect, it } from 'vitest';
import { channelAhtSeconds } from '../../../sim/analytics/channelModel';
import { commandSchema, validateScenario, type Scenario } from '../../../sim/index';
import { resolveTeam } from '../../../sim/model/team';
import { onShiftPerInterval } from '../../../sim/scenario/roster';
import {
  CROSS_TRAINED_PROFICIENCY, DIMENSIONS, MAX_VARIANTS, dimensionValueProblem, rangeValues, scaleHandlingTime, variantRun,
  withAbsenceRate, withMultiSkilled, withStaffingChange,
} from '../../../sim/scenario/variants';
import { DEFAULT_SCENARIO, loadScenario } from '../helpers';

const TEAM11 = 'scenarios/validation/erlang-c-team11.json';
const MULTI = 'scenarios/training/multichannel-tuesday.json';

describe('the aht dimension', () => {
  it('scales the talk, hold and wrap-up means, and the analytic AHT, by exactly 1 + percent/100', () => {
    const base = loadScenario(MULTI);
    // An empirical and a constant distribution too, so every branch of the rewrite is seen.
    const scenario: Scenario = {
      ...base,
      channels: base.channels.map((c, i) => (i === 0 ? { ...c, wrapUp: { dist: 'empirical', values: [10, 30, 50], weights: [1, 2, 1] } } : i === 1 ? { ...c, wrapUp: { dist: 'constant', value: 15 } } : c)),
    };
    expect(scenario.channels.some((c) => c.hold)).toBe(true);
    for (const percent of [-50, 12.5, 200]) {
      const f = 1 + percent / 100;
      const scaled = scaleHandlingTime(scenario, percent);
      expect(variantRun(scenario, { aht: percent }).scenario).toEqual(scaled);
      scenario.channels.forEach((c, i) => {
        const s = scaled.channels[i];
        const scaledDist = (d: typeof c.handleTime) => {
          switch (d.dist) {
            case 'constant': return { ...d, value: d.value * f };
            case 'empirical': return { ...d, values: d.values.map((v) => v * f) };
            default: return { ...d, mean: d.mean * f };
          }
        };
        expect(s.handleTime, `${c.id} talk`).toEqual(scaledDist(c.handleTime));
        expect(s.wrapUp, `${c.id} wrap-up`).toEqual(scaledDist(c.wrapUp));
        if (c.hold) {
          expect(s.hold!.probability, `${c.id} hold probability`).toBe(c.hold.probability);
          expect(s.hold!.duration, `${c.id} hold`).toEqual(scaledDist(c.hold.duration));
        } else {
          expect(s.hold).toBeUndefined();
        }
        // Nothing else of the channel moves (arrivals, patience, service level).
        const { handleTime: _a, wrapUp: _b, hold: _c, ...rest } = s;
        const { handleTime: _d, wrapUp: _e, hold: _f, ...was } = c;
        expect(rest).toEqual(was);
        const want = channelAhtSeconds(c) * f;
        expect(Math.abs(channelAhtSeconds(s) - want), `${c.id} AHT at ${percent} %`).toBeLessThanOrEqual(1e-12 * want);
      });
      expect({ ...scaled, channels: [] }).toEqual({ ...scenario, channels: [] });
    }
  });
});

describe('the absence dimension', () => {
  it('sets exactly one randomAbsence event with probability percent/100, replacing the scenario\'s own', () => {
    const base = loadScenario(DEFAULT_SCENARIO);
    const own = [...(base.events ?? []), { type: 'randomAbsence' as const, probability: 0.3 }];
    const scenario: Scenario = { ...base, events: own };
    const others = own.filter((e) => e.type !== 'randomAbsence');
    expect(others.length).toBeGreaterThan(0);
    for (const percent of [2.5, 40]) {
      const out = withAbsenceRate(scenario, percent);
      const random = (out.events ?? []).filter((e) => e.type === 'randomAbsence');
      expect(random).toEqual([{ type: 'randomAbsence', probability: percent / 100 }]);
      expect((out.events ?? []).filter((e) => e.type !== 'randomAbsence')).toEqual(others);
      // Applied twice, still one.
      expect(withAbsenceRate(out, percent).events).toEqual(out.events);
      expect(() => validateScenario(out, 'absence')).not.toThrow();
    }
    expect(withAbsenceRate(scenario, 0).events).toEqual(others);
    expect(variantRun(scenario, { absence: 10 }).scenario).toEqual(withAbsenceRate(scenario, 10));
  });
});

describe('the multiskill dimension', () => {
  const inboundSkills = (s: Scenario) => {
    const inbound = new Set(s.channels.filter((c) => c.kind !== 'outbound').map((c) => c.id));
    const all = resolveTeam(s).flatMap((a) => Object.keys(a.skills));
    return [...new Set(all)].filter((id) => inbound.has(id)).sort();
  };

  it('widens exactly the first k advisers of a listed team, keeping their own proficiencies', () => {
    const scenario = loadScenario(MULTI);
    const skills = inboundSkills(scenario);
    expect(skills.length).toBeGreaterThan(1);
    const before = 'advisers' in scenario.team ? scenario.team.advisers : [];
    for (const k of [0, 3, before.length, before.length + 5]) {
      const out = withMultiSkilled(scenario, k);
      const after = 'advisers' in out.team ? out.team.advisers : [];
      expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
      after.forEach((a, i) => {
        const was = before[i];
        if (i < k) {
          expect(Object.keys(a.skills).filter((id) => skills.includes(id)).sort(), a.id).toEqual(skills);
          for (const id of skills) expect(a.skills[id], `${a.id}.${id}`).toBe(was.skills[id] ?? CROSS_TRAINED_PROFICIENCY);
          // Skills outside the inbound set (outbound) are kept as they were.
          for (const [id, p] of Object.entries(was.skills)) expect(a.skills[id]).toBe(p);
          expect({ ...a, skills: null }).toEqual({ ...was, skills: null });
        } else {
          expect(a).toEqual(was);
        }
      });
    }
  });

  it('splits generated groups: the first k advisers widened, the total and the ids\' order unchanged', () => {
    const base = loadScenario(MULTI);
    const scenario: Scenario = {
      ...base,
      events: [],
      team: {
        generate: [
          { count: 3, skills: { voice: 1 } },
          { count: 4, skills: { chat: 0.9, email: 1 } },
          { count: 5, skills: { email: 1, outbound: 1 } },
        ],
      },
    };
    const skills = inboundSkills(scenario);
    expect(skills).toEqual(['chat', 'email', 'voice']);
    const before = resolveTeam(scenario);
    for (const k of [0, 2, 3, 5, 12, 20]) {
      const out = withMultiSkilled(scenario, k);
      const groups = 'generate' in out.team ? (Array.isArray(out.team.generate) ? out.team.generate : [out.team.generate]) : [];
      expect(groups.reduce((n, g) => n + g.count, 0), `k=${k}: total`).toBe(12);
      const after = resolveTeam(out);
      expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
      after.forEach((a, i) => {
        const was = before[i];
        if (i < k) {
          for (const id of skills) expect(a.skills[id], `k=${k} ${a.id}.${id}`).toBe(was.skills[id] ?? CROSS_TRAINED_PROFICIENCY);
          expect(a.skills.outbound).toBe(was.skills.outbound);
        } else {
          expect(a.skills, `k=${k} ${a.id}`).toEqual(was.skills);
        }
        // Shifts and planned breaks follow the index, so they do not move.
        expect({ ...a, skills: null }).toEqual({ ...was, skills: null });
      });
    }
    // k = 5 splits the second group into its widened head (2) and the rest (2).
    const five = withMultiSkilled(scenario, 5).team;
    expect('generate' in five && five.generate).toEqual([
      { count: 3, skills: { voice: 1, chat: CROSS_TRAINED_PROFICIENCY, email: CROSS_TRAINED_PROFICIENCY } },
      { count: 2, skills: { voice: CROSS_TRAINED_PROFICIENCY, chat: 0.9, email: 1 } },
      { count: 2, skills: { chat: 0.9, email: 1 } },
      { count: 5, skills: { email: 1, outbound: 1 } },
    ]);
  });
});

describe('the overflow and callback dimensions', () => {
  const parse = (cs: readonly Record<string, unknown>[]) => cs.map((c) => commandSchema.parse(c));

  it('open every overflow group at the opening only when the scenario has some', () => {
    const withGroups = loadScenario(MULTI);
    const ids = (withGroups.overflow ?? []).map((g) => g.id);
    expect(ids.length).toBeGreaterThan(0);
    const base = [{ at: 60, type: 'pause' }];
    const open = variantRun(withGroups, { overflow: 1 }, base);
    expect(open.commands).toEqual([...base, ...ids.map((groupId) => ({ at: 0, type: 'openOverflow', groupId }))]);
    expect(() => parse(open.commands.slice(1))).not.toThrow();
    expect(open.scenario).toBe(withGroups);
    expect(variantRun(withGroups, { overflow: 0 }, base).commands).toEqual(base);
    const none = loadScenario(DEFAULT_SCENARIO);
    expect(none.overflow ?? []).toEqual([]);
    expect(variantRun(none, { overflow: 1 }).commands).toEqual([]);
  });

  it('set the callback offer on every voice channel that has one, and only then', () => {
    const withOffer = loadScenario(MULTI);
    const voice = withOffer.channels.filter((c) => c.kind === 'voice' && 'callback' in c && c.callback).map((c) => c.id);
    expect(voice.length).toBeGreaterThan(0);
    const on = variantRun(withOffer, { callback: 1 });
    expect(on.commands).toEqual(voice.map((channelId) => ({ at: 0, type: 'setCallbackOffer', channelId, enabled: true })));
    expect(() => parse(on.commands)).not.toThrow();
    expect(variantRun(withOffer, { callback: 0 }).commands).toEqual(voice.map((channelId) => ({ at: 0, type: 'setCallbackOffer', channelId, enabled: false })));
    const none = loadScenario(DEFAULT_SCENARIO);
    expect(none.channels.some((c) => 'callback' in c && c.callback)).toBe(false);
    expect(variantRun(none, { callback: 1 }).commands).toEqual([]);
    expect(variantRun(none, { callback: 0 }).commands).toEqual([]);
  });
});

describe('the staffing dimension', () => {
  const cases: [string, number[]][] = [
    [DEFAULT_SCENARIO, [-3, 0, 2]],
    ['scenarios/training/monday-morning-peak.json', [-11, -10, 1]],
    [MULTI, [-11, 4]],
    [TEAM11, [-10, -1, 3]],
  ];
  it.each(cases)('changes the advisers on shift of %s by exactly N in every interval, never below 0', (path, deltas) => {
    const scenario = loadScenario(path);
    const before = onShiftPerInterval(scenario);
    for (const n of deltas) {
      const out = withStaffingChange(scenario, n);
      expect(onShiftPerInterval(out), `N=${n}`).toEqual(before.map((x) => Math.max(0, x + n)));
      // A deep cut of a mixed team may leave a queue nobody can take (validation says so, as the lab shows): checked on the others.
      if (n >= 0 || path !== MULTI) expect(() => validateScenario(out, `staffing=${n}`)).not.toThrow();
      expect(variantRun(scenario, { staffing: n }).scenario).toEqual(out);
    }
    // The clamp was exercised somewhere among the cases above.
    if (path.includes('monday')) expect(before.some((x) => x - 11 < 0) && before.some((x) => x - 11 > 0)).toBe(true);
  });
});

describe('dimension values and ranges', () => {
  it('names what is wrong with a value', () => {
    expect(dimensionValueProblem('advisers', 12)).toBeNull();
    expect(dimensionValueProblem('volume', -12.5)).toBeNull();
    expect(dimensionValueProblem('teams', 3)).toBe(`unknown dimension "teams" (known: ${Object.keys(DIMENSIONS).join(', ')})`);
    expect(dimensionValueProblem('teams', 3)).toContain('advisers, staffing, volume, aht, absence, multiskill, overflow, callback');
    expect(dimensionValueProblem('aht', Number.NaN)).toBe('aht must be a number');
    expect(dimensionValueProblem('advisers', 10.5)).toBe('advisers must be whole numbers, got 10.5');
    expect(dimensionValueProblem('advisers', 0)).toBe('advisers must be a team size between 1 and 5000, got 0');
    expect(dimensionValueProblem('absence', 95)).toBe('absence must be a share of advisers absent for the day in percent between 0 and 90, got 95');
    expect(dimensionValueProblem('overflow', 2)).toBe('overflow must be 0 (closed) or 1 (open from the opening) between 0 and 1, got 2');
    expect(dimensionValueProblem('staffing', -1001)).toContain('between -1000 and 1000');
    // The bounds themselves are allowed.
    for (const [name, d] of Object.entries(DIMENSIONS)) {
      expect(dimensionValueProblem(name, d.min), `${name} min`).toBeNull();
      expect(dimensionValueProblem(name, d.max), `${name} max`).toBeNull();
    }
  });

  it('lists a range\'s values, or says why not', () => {
    expect(rangeValues(8, 12, 1)).toEqual([8, 9, 10, 11, 12]);
    expect(rangeValues(0, 1, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(rangeValues(-10, 10, 7.5)).toEqual([-10, -2.5, 5]);
    expect(rangeValues(5, 5, 1)).toEqual([5]);
    expect(rangeValues(1, 2, 0)).toBe('the step must be positive, got 0');
    expect(rangeValues(1, 2, -1)).toBe('the step must be positive, got -1');
    expect(rangeValues(1, 2, Number.NaN)).toBe('the step must be positive, got NaN');
    expect(rangeValues(14, 8, 1)).toBe('the range runs backwards (14 > 8)');
    expect(rangeValues(1, MAX_VARIANTS, 1)).toHaveLength(MAX_VARIANTS);
    expect(rangeValues(0, MAX_VARIANTS, 1)).toBe(`${MAX_VARIANTS + 1} variants; a sweep may have at most ${MAX_VARIANTS}`);
  });
});
