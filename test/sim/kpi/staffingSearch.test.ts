/**
 * The simulated requirement on stationary ideal validation scenarios (Poisson
 * arrivals, exponential handling and patience, no breaks) must agree with
 * Erlang C / Erlang A within one adviser in steady-state intervals.
 *
 * Why one adviser is sound: the search asks the lower bound of a 95 %
 * interval, not the mean, to meet the target, so where the theory's SL at
 * its figure c sits within a half-width of the target (Erlang A here: 80.2 %
 * at c = 12) it rightly picks c + 1. With 60-minute intervals of ~200 calls
 * and 48 replications the half-width is ~3 points (the SE ~1.5), while the
 * theory puts c + 1 at 87.5 % (A) and 94 % (C): its lower bound misses 80 %
 * only if the mean is ~3 SE low (~0.1 %). Picking c − 1 would need its SL,
 * which the theory puts below 80 % (79.6 % C, 70.5 % A), to look ≥ 3 SE
 * higher than it is, so its lower bound clears the target. Seeds
 * are fixed, so the test is deterministic; the means at c and c + 1 were
 * checked to sit within 1 SE of the theory's.
 * The day is cut to 08:00–12:00 with a 60-minute warm-up to keep it quick.
 */
import { describe, expect, it } from 'vitest';
import { analyticRequiredStaff } from '../../../sim/analytics/requiredStaff';
import { replicationSeeds } from '../../../sim/cli/runScenario';
import { searchRequiredStaff, withTeamOf } from '../../../sim/kpi/staffingSearch';
import { loadScenario, shortDay } from '../helpers';

const REPLICATIONS = 48;


function check(path: string, model: 'erlangC' | 'erlangA') {
  const scenario = shortDay(path);
  const analytic = analyticRequiredStaff(scenario, { targetServiceLevel: 0.8, shrinkage: 0 });
  const figure = analytic[1].analytic[model]!;
  const found = searchRequiredStaff(scenario, {
    channelId: 'voice', targetServiceLevel: 0.8, confidence: 0.95,
    seeds: replicationSeeds(scenario.seed, REPLICATIONS), start: figure, maxAgents: 2 * figure,
  });
  expect(found.warmup).toEqual([true, false, false, false]);
  for (let k = 1; k < 4; k++) {
    expect(analytic[k].analytic[model]).toBe(figure);
    expect(Math.abs(found.required[k]! - figure), `interval ${k}: simulated ${found.required[k]} vs ${figure}`).toBeLessThanOrEqual(1);
    expect(found.achieved[k].lower!).toBeGreaterThanOrEqual(0.8);
  }
  // The search brackets the answer: it ran a team that misses the target in every interval.
  expect(found.tried[0]).toBeLessThan(Math.min(...found.required.slice(1).map((n) => n!)));
  return found;
}

describe('simulated required staff', () => {
  it('agrees with Erlang C within one adviser on a stationary M/M/c day', () => {
    check('scenarios/validation/erlang-c-team11.json', 'erlangC');
  });

  it('agrees with Erlang A within one adviser on a stationary M/M/c+M day', () => {
    check('scenarios/validation/erlang-a-team14.json', 'erlangA');
  });

  it('puts a listed team on shift all day, keeping breaks', () => {
    const scenario = loadScenario('scenarios/training/night-shift.json');
    const listed = 'advisers' in scenario.team ? scenario.team.advisers : [];
    expect(listed.every((a) => a.shift)).toBe(true);
    const team = withTeamOf(scenario, listed.length).team;
    const advisers = 'advisers' in team ? team.advisers : [];
    expect(advisers.map((a) => a.shift)).toEqual(listed.map(() => undefined));
    expect(advisers.map((a) => a.breaks)).toEqual(listed.map((a) => a.breaks));
  });

  it('resizes a listed team by cycling its advisers and drops events about advisers no longer there', () => {
    const scenario = loadScenario('scenarios/training/default-weekday-morning.json');
    const listed = 'advisers' in scenario.team ? scenario.team.advisers : [];
    const small = withTeamOf(scenario, 3);
    expect('advisers' in small.team && small.team.advisers.map((a) => a.id)).toEqual(listed.slice(0, 3).map((a) => a.id));
    expect(small.events!.some((e) => 'adviserId' in e)).toBe(false);
    const big = withTeamOf(scenario, listed.length + 2);
    const ids = 'advisers' in big.team ? big.team.advisers.map((a) => a.id) : [];
    expect(new Set(ids).size).toBe(listed.length + 2);
    expect(big.events).toEqual(scenario.events);
  });
});
