import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, toSeconds, validateScenario, type Scenario } from '../../../sim/index';
import { resolveTeam } from '../../../sim/model/team';
import { withDedicatedTeam } from '../../../sim/scenario/dedicatedTeam';
import { intervalCount as countIntervals } from '../../../sim/scenario/forecast';
import { onShiftPerInterval } from '../../../sim/scenario/roster';
import { profileShifts, withStaffingProfile } from '../../../sim/scenario/staffingProfile';
import { loadScenario } from '../helpers';

const intervalCount = (s: Scenario) => countIntervals(s.clock, s.stats.intervalMinutes);

/** Advisers on shift per interval as the engine plans them (its own reading of the shifts). */
function plannedOnShift(scenario: Scenario): number[] {
  const step = scenario.stats.intervalMinutes * 60;
  const day = toSeconds(scenario.clock.end) - toSeconds(scenario.clock.start);
  const plans = resolveTeam(scenario);
  return Array.from({ length: intervalCount(scenario) }, (_, k) =>
    plans.filter((p) => p.shiftStart <= k * step && p.shiftEnd >= Math.min((k + 1) * step, day)).length);
}

const training = readdirSync('scenarios/training').map((f) => `scenarios/training/${f}`);

describe('a staffing profile as a scenario', () => {
  it('decomposes a profile into contiguous shifts, the latest started ending first', () => {
    expect(profileShifts([1, 3, 2, 2, 0, 1], 2)).toEqual([
      { template: 0, from: 0, to: 4 },
      { template: 1, from: 1, to: 4 },
      { template: 0, from: 1, to: 2 },
      { template: 1, from: 5, to: 6 },
    ]);
  });

  it.each(training)('%s: random profiles give exactly their count per interval and validate', (path) => {
    const scenario = loadScenario(path);
    const n = intervalCount(scenario);
    fc.assert(
      fc.property(fc.array(fc.nat(25), { minLength: n, maxLength: n }).filter((p) => p.some((x) => x > 0)), (profile) => {
        const planned = withStaffingProfile(scenario, profile);
        const valid = validateScenario(JSON.parse(JSON.stringify(planned)), path);
        expect(onShiftPerInterval(valid)).toEqual(profile);
        expect(plannedOnShift(valid)).toEqual(profile);
        // Kept breaks lie within their adviser's shift.
        const listed = 'advisers' in valid.team ? valid.team.advisers : [];
        for (const a of listed) for (const b of a.breaks ?? []) {
          expect(toSeconds(b.at)).toBeGreaterThanOrEqual(toSeconds(a.shift!.start));
          expect(toSeconds(b.at) + b.minutes * 60).toBeLessThanOrEqual(toSeconds(a.shift!.end));
        }
      }),
      { seed: 20261202, numRuns: 15 },
    );
  });

  it('runs: advisers logged in mid-interval follow the profile on an ideal day', () => {
    const scenario = loadScenario('scenarios/validation/erlang-c-team11.json');
    const profile = Array.from({ length: intervalCount(scenario) }, (_, k) => [3, 8, 12, 5, 0, 2][k % 6]);
    const sim = createSimulation(withStaffingProfile(scenario, profile), { seed: 7 });
    const step = scenario.stats.intervalMinutes * 60;
    profile.forEach((count, k) => {
      sim.advanceTo(k * step + step / 2);
      const on = sim.snapshot({ score: false }).advisers.filter((a) => a.state !== 'offline').length;
      expect(on, `interval ${k}`).toBe(count);
    });
  });

  it('keeps one channel and its dedicated advisers, skills restricted to it', () => {
    const day = loadScenario('scenarios/training/multichannel-tuesday.json');
    const voice = withDedicatedTeam(day, 'voice');
    const valid = validateScenario(JSON.parse(JSON.stringify(voice)), 'voice');
    const kept = valid.channels.map((c) => c.id);
    expect(kept).toContain('voice');
    expect(kept).not.toContain('email');
    const skills = 'advisers' in valid.team ? valid.team.advisers.map((a) => a.skills) : [valid.team.generate].flat().map((g) => g.skills);
    for (const s of skills) {
      expect(s.voice).toBeGreaterThan(0);
      expect(Object.keys(s).every((k) => kept.includes(k))).toBe(true);
    }
  });
});
