/**
 * The lab's form turned into a sweep: the problems it refuses (each named), and
 * the variants and seeds it plans, which must be the command line's for the same
 * sweep. Pure: no simulation runs here.
 */
import { describe, expect, it } from 'vitest';
import { replicationSeeds } from '../../../sim/cli/runScenario';
import { applyVariant } from '../../../sim/cli/vary';
import { LAB_DIMENSIONS, MAX_LAB_REPLICATIONS, MAX_LAB_TASKS, planLab, type LabSettings } from '../../../src/lab/plan';
import { DEFAULT_SCENARIO, loadScenario } from '../../sim/helpers';

const scenario = loadScenario(DEFAULT_SCENARIO);
const settings = (more: Partial<LabSettings> = {}): LabSettings => ({
  scenario, file: 'default.json', dimension: 'advisers', from: 10, to: 14, step: 1, fixed: {}, replications: 10, ...more,
});
const problems = (more: Partial<LabSettings>) => {
  const p = planLab(settings(more));
  expect(p.ok, JSON.stringify(more)).toBe(false);
  return p.ok ? [] : p.problems;
};

describe('planLab refuses', () => {
  it('a backwards range, a zero step', () => {
    expect(problems({ from: 14, to: 8 })).toEqual(['advisers: the range runs backwards (14 > 8)']);
    expect(problems({ step: 0 })).toEqual(['advisers: the step must be positive, got 0']);
  });

  it('a swept value the dimension does not take', () => {
    expect(problems({ from: 0, to: 3 })).toEqual(['advisers must be a team size between 1 and 5000, got 0']);
    expect(problems({ from: 10, to: 12, step: 0.5 })).toEqual(['advisers must be whole numbers, got 10.5']);
    expect(problems({ dimension: 'absence', from: 80, to: 100, step: 10 })).toEqual(['absence must be a share of advisers absent for the day in percent between 0 and 90, got 100']);
  });

  it('a bad fixed value, naming the lever', () => {
    expect(problems({ fixed: { aht: 600 } })).toEqual(['aht must be a change of the handling time in percent between -90 and 500, got 600']);
    expect(problems({ fixed: { overflow: 0.5 } })).toEqual(['overflow must be whole numbers, got 0.5']);
    expect(problems({ fixed: { volume: Number.NaN } })).toEqual(['volume must be a number']);
    // A lever left undefined is a lever left out, not a problem.
    expect(planLab(settings({ fixed: { volume: undefined } })).ok).toBe(true);
  });

  it('fewer than two replications, or too many', () => {
    const why = `replications must be a whole number between 2 and ${MAX_LAB_REPLICATIONS} (a confidence interval needs two days)`;
    for (const r of [1, 0, -3, 2.5, MAX_LAB_REPLICATIONS + 1, Number.NaN]) expect(problems({ replications: r }), String(r)).toEqual([why]);
    expect(planLab(settings({ replications: 2 })).ok).toBe(true);
  });

  it('every problem at once, in the form\'s order', () => {
    expect(problems({ from: 14, to: 8, fixed: { aht: 600 }, replications: 1 })).toHaveLength(3);
  });

  it('more tasks than the lab runs, saying how many', () => {
    // 1000 team sizes × 21 days = 21 000 runs, over the 20 000 the lab holds; checked before any variant is built.
    expect(MAX_LAB_TASKS).toBe(20_000);
    expect(problems({ from: 1, to: 1000, replications: 21 })).toEqual([
      `1000 variants × 21 replications = 21000 runs; the lab runs at most ${MAX_LAB_TASKS} (use the command line's --shard for more)`,
    ]);
    // Exactly at the limit it plans.
    const p = planLab(settings({ from: 1, to: 40, replications: 500 }));
    expect(p.ok).toBe(true);
  });

  it('a variant the scenario cannot take, naming it', () => {
    // Twenty fewer advisers on shift in every interval leaves nobody all day.
    const out = problems({ dimension: 'staffing', from: -20, to: -19 });
    expect(out).toHaveLength(1);
    expect(out[0]).toBe('default.json (staffing=-20): a profile needs at least one adviser in some interval');
  });
});

describe('planLab plans', () => {
  it('the command line\'s seeds for the scenario', () => {
    const p = planLab(settings({ replications: 17 }));
    expect(p.ok && p.seeds).toEqual(replicationSeeds(scenario.seed, 17));
    expect(p.ok && new Set(p.seeds).size).toBe(17);
  });

  it('one variant per value, the fixed levers in the form\'s order, each the command line\'s rewrite', () => {
    const p = planLab(settings({ dimension: 'volume', from: -10, to: 10, step: 10, fixed: { aht: 5, advisers: 9, volume: 50 } }));
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.variants.map((v) => v.value)).toEqual([-10, 0, 10]);
    // The swept lever wins over a fixed value of the same lever; team size comes before volume, volume before AHT.
    expect(p.variants.map((v) => v.variant)).toEqual([-10, 0, 10].map((volume) => ({ advisers: 9, volume, aht: 5 })));
    expect(p.variants.map((v) => Object.keys(v.variant))).toEqual([-10, 0, 10].map(() => ['advisers', 'volume', 'aht']));
    expect(LAB_DIMENSIONS.indexOf('advisers')).toBeLessThan(LAB_DIMENSIONS.indexOf('multiskill'));
    for (const v of p.variants) expect(v.run).toEqual(applyVariant(scenario, v.variant, 'default.json'));
    expect(p.settings.dimension).toBe('volume');
  });

  it('opening commands for the levers that are commands', () => {
    const multi = loadScenario('scenarios/training/multichannel-tuesday.json');
    const p = planLab(settings({ scenario: multi, dimension: 'overflow', from: 0, to: 1, fixed: { callback: 1 } }));
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.variants.map((v) => v.run.commands.map((c) => c.type))).toEqual([['setCallbackOffer'], ['openOverflow', 'setCallbackOffer']]);
  });
});
