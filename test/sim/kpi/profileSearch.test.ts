/**
 * The interval-by-interval search on the stationary ideal validation days:
 * every interval is staffed at its own figure and inherits the queue the
 * earlier figures leave, which on a stationary day is about the queue of the
 * same figure all day, so the same one-adviser agreement with Erlang C / A
 * holds (the reasoning is in staffingSearch.test.ts: a lower bound of a 95 %
 * interval over 48 days of 60-minute intervals, ~3 points wide).
 */
import { describe, expect, it } from 'vitest';
import { analyticRequiredStaff } from '../../../sim/analytics/requiredStaff';
import { replicationSeeds } from '../../../sim/cli/runScenario';
import { searchStaffingProfile } from '../../../sim/kpi/profileSearch';
import type { Scenario } from '../../../sim/index';
import { shortDay } from '../helpers';

const REPLICATIONS = 48;


function check(path: string, model: 'erlangC' | 'erlangA') {
  const scenario = shortDay(path);
  const analytic = analyticRequiredStaff(scenario, { targetServiceLevel: 0.8, shrinkage: 0 });
  const figure = analytic[1].analytic[model]!;
  const progress: [number, number][] = [];
  const found = searchStaffingProfile(scenario, {
    channelId: 'voice', targetServiceLevel: 0.8, confidence: 0.95,
    seeds: replicationSeeds(scenario.seed, REPLICATIONS), analytic: analytic.map((r) => r.analytic[model]!), maxAgents: 2 * figure,
    onProgress: (done, total) => progress.push([done, total]),
  });
  expect(found.warmup).toEqual([true, false, false, false]);
  expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  for (let k = 1; k < 4; k++) {
    expect(analytic[k].analytic[model]).toBe(figure);
    expect(Math.abs(found.required[k]! - figure), `interval ${k}: simulated ${found.required[k]} vs ${figure}`).toBeLessThanOrEqual(1);
    expect(found.achieved[k].lower!).toBeGreaterThanOrEqual(0.8);
  }
  return found;
}

describe('simulated required staff, interval by interval', () => {
  it('agrees with Erlang C within one adviser on a stationary M/M/c day', () => {
    check('scenarios/validation/erlang-c-team11.json', 'erlangC');
  });

  it('agrees with Erlang A within one adviser on a stationary M/M/c+M day', () => {
    check('scenarios/validation/erlang-a-team14.json', 'erlangA');
  });

  it('meets the target in every interval of a day whose rate jumps, each hour inheriting the queue of the one before at its figure', () => {
    // 300 calls/h, then 100/h, and again: each hour starts with what the previous one's plan left waiting.
    const base = shortDay('scenarios/validation/erlang-c-team11.json');
    const scenario: Scenario = {
      ...base, stats: { ...base.stats, warmupMinutes: 0 },
      channels: base.channels.map((c) => ({ ...c, arrivals: { profile: [{ from: '08:00', perHour: 300 }, { from: '09:00', perHour: 100 }, { from: '10:00', perHour: 300 }, { from: '11:00', perHour: 100 }] } })),
    };
    const analytic = analyticRequiredStaff(scenario, { targetServiceLevel: 0.8, shrinkage: 0 }).map((r) => r.analytic.erlangC!);
    const found = searchStaffingProfile(scenario, {
      channelId: 'voice', targetServiceLevel: 0.8, confidence: 0.95, seeds: replicationSeeds(scenario.seed, 16), analytic, maxAgents: 40,
    });
    expect(found.required.every((n) => n !== null)).toBe(true);
    for (const e of found.achieved) expect(e.lower!).toBeGreaterThanOrEqual(0.8);
    // Each interval tried at least its analytic figure and one neighbour (to show it is the smallest, or too few).
    expect(found.candidates).toBeGreaterThanOrEqual(8);
    // The jumps stay within two advisers of the formula's figure, per interval (Erlang C's lower bound at 16 days).
    found.required.forEach((n, k) => expect(Math.abs(n! - analytic[k]), `interval ${k}`).toBeLessThanOrEqual(2));
  });
});
