/**
 * The lab's per-variant summary: replications run in this process as the lab's
 * worker runs them (createSimulation → runToEnd → labReplication), summarised
 * by summariseLab. Stationary ideal validation days, cut to 08:00–12:00 with
 * 60-minute intervals and a 60-minute warm-up to keep the runs quick. Seeds are
 * fixed, so each test is deterministic; the comments say why the assertions
 * would also hold for other seeds with high probability.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../../../sim/index';
import { labReplication, lowerBound, summariseLab, type LabReplication } from '../../../sim/kpi/labSummary';
import { replicationSeeds, tQuantile975 } from '../../../sim/kpi/replications';
import { variantRun } from '../../../sim/scenario/variants';
import { shortDay } from '../helpers';


function replicate(scenario: Scenario, seeds: readonly number[]): LabReplication[] {
  return seeds.map((seed) => {
    const sim = createSimulation(scenario, { seed });
    sim.runToEnd();
    return labReplication(sim.result().kpis);
  });
}

const TEAM11 = 'scenarios/validation/erlang-c-team11.json';

describe('labReplication', () => {
  it('keeps the day\'s KPIs and each channel\'s intervals in order', () => {
    const scenario = shortDay(TEAM11);
    const sim = createSimulation(scenario, { seed: 7 });
    sim.runToEnd();
    const kpis = sim.result().kpis;
    const rep = labReplication(kpis);
    expect(rep.byChannel).toEqual(kpis.byChannel);
    expect(rep.occupancy).toBe(kpis.occupancy);
    expect(rep.intervals.voice.map((x) => x.offered)).toEqual(kpis.byInterval.filter((r) => r.channelId === 'voice').sort((a, b) => a.index - b.index).map((r) => r.offered));
    expect(rep.intervals.voice.map((x) => x.warmup)).toEqual([true, false, false, false]);
  });
});

describe('summariseLab', () => {
  it('gives per-interval estimates equal to a hand computation', () => {
    const scenario = shortDay(TEAM11);
    const runs = replicate(scenario, replicationSeeds(scenario.seed, 6));
    const summary = summariseLab(['voice'], runs);
    expect(summary.replications).toBe(6);
    const k = 2;
    const hand = (xs: number[]) => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
      // Student t with 5 degrees of freedom: 2.571.
      return { mean, ci95: 2.571 * sd / Math.sqrt(xs.length), n: xs.length };
    };
    const row = summary.intervals.voice[k];
    expect(row.index).toBe(k);
    expect(row.warmup).toBe(false);
    for (const field of ['offered', 'serviceLevel', 'abandonRate', 'asa', 'occupancy'] as const) {
      const want = hand(runs.map((r) => r.intervals.voice[k][field]!));
      expect(row[field].n, field).toBe(6);
      expect(row[field].mean, field).toBeCloseTo(want.mean, 12);
      expect(row[field].ci95, field).toBeCloseTo(want.ci95, 12);
    }
    expect(row.serviceLevel.ci95).toBeGreaterThan(0);
    expect(summary.intervals.voice[0].warmup).toBe(true);
    // The day: the same formula over the day's figures.
    const day = hand(runs.map((r) => r.byChannel.voice.serviceLevel!));
    expect(summary.byChannel.voice.serviceLevel.mean).toBeCloseTo(day.mean, 12);
    expect(summary.byChannel.voice.serviceLevel.ci95).toBeCloseTo(day.ci95, 12);
    expect(summary.occupancy.mean).toBeCloseTo(runs.reduce((s, r) => s + r.occupancy!, 0) / 6, 12);
  });

  it('skips the replications without a figure in an interval, even when the first lacks it', () => {
    const scenario = shortDay(TEAM11);
    const runs = replicate(scenario, replicationSeeds(scenario.seed, 3));
    // No contact answered or abandoned: no service level that day (null), the others still count.
    const patched = runs.map((r, i) => (i === 0 ? { ...r, intervals: { voice: r.intervals.voice.map((x, k) => (k === 1 ? { ...x, serviceLevel: null } : x)) } } : r));
    const row = summariseLab(['voice'], patched);
    const sl = row.intervals.voice[1].serviceLevel;
    expect(sl.n).toBe(2);
    expect(sl.mean).toBeCloseTo((runs[1].intervals.voice[1].serviceLevel! + runs[2].intervals.voice[1].serviceLevel!) / 2, 12);
    expect(row.intervals.voice[1].offered.n).toBe(3);
  });
});

describe('lowerBound', () => {
  it('is mean − half-width, the mean with one replication, null without data', () => {
    expect(lowerBound({ mean: 0.8, ci95: 0.05, n: 4 })).toBeCloseTo(0.75, 15);
    expect(lowerBound({ mean: 0.8, ci95: 0, n: 4 })).toBe(0.8);
    expect(lowerBound({ mean: 0.8, ci95: null, n: 1 })).toBe(0.8);
    expect(lowerBound({ mean: null, ci95: null, n: 0 })).toBeNull();
  });
});

describe('confidence intervals of the lab', () => {
  it('shrink as the replications grow (R = 4 against R = 32)', () => {
    // 12 advisers for 10 erlangs: Erlang C puts the SL near 0.64, where days vary most.
    // The half-width is t(R−1)·s/√R: 1.59 s at R = 4 against 0.36 s at R = 32, a
    // fourfold shrink. It fails to shrink only if the 4-day deviation s₄ falls below
    // ~0.23 σ (3 s₄²/σ² ~ χ²₃ < 0.16: under 2 %) — and it is asked of the day and of
    // the sum of the three steady intervals' half-widths, not of one noisy figure.
    const scenario = variantRun(shortDay(TEAM11), { advisers: 12 }).scenario;
    const seeds = replicationSeeds(scenario.seed, 32);
    const runs = replicate(scenario, seeds);
    const small = summariseLab(['voice'], runs.slice(0, 4));
    const large = summariseLab(['voice'], runs);
    // The first four seeds of 32 are the seeds of 4: a run with R = 4 is a prefix of one with R = 32.
    expect(replicationSeeds(scenario.seed, 4)).toEqual(seeds.slice(0, 4));
    expect(large.byChannel.voice.serviceLevel.ci95!).toBeLessThan(small.byChannel.voice.serviceLevel.ci95!);
    expect(large.occupancy.ci95!).toBeLessThan(small.occupancy.ci95!);
    const sum = (s: typeof small) => [1, 2, 3].reduce((t, k) => t + s.intervals.voice[k].serviceLevel.ci95!, 0);
    expect(sum(large)).toBeLessThan(sum(small) / 2);
    expect(tQuantile975(31)).toBeLessThan(tQuantile975(3));
  });

  it.each([
    [TEAM11, [11, 12, 13, 14, 15]],
    ['scenarios/validation/erlang-a-team11.json', [9, 10, 11, 12, 13]],
  ])('show the day\'s service level rising with staffing on %s', (path, teams) => {
    // Common random numbers: every team size meets the same customers. Erlang C puts
    // the SL at 0.39 / 0.64 / 0.80 / 0.89 / 0.94 for 11–15 advisers, Erlang A at
    // 0.46 / 0.59 / 0.71 / 0.80 / 0.88 for 9–13: steps of 0.05–0.25. With 8 four-hour
    // days the half-widths come out at 0.02–0.11, so asking each step not to fall by
    // more than the two half-widths together is loose (it would take both means ~1.4 SE
    // off, in opposite directions, against a rise of the same order), and the ends of the
    // range, 0.4–0.55 apart against half-widths of at most ~0.1, must differ beyond
    // their intervals.
    const base = shortDay(path);
    const seeds = replicationSeeds(base.seed, 8);
    const sl = teams.map((n) => summariseLab(['voice'], replicate(variantRun(base, { advisers: n }).scenario, seeds)).byChannel.voice.serviceLevel);
    for (let i = 1; i < sl.length; i++) {
      expect(sl[i].mean!, `${teams[i]} vs ${teams[i - 1]}`).toBeGreaterThanOrEqual(sl[i - 1].mean! - (sl[i - 1].ci95! + sl[i].ci95!));
    }
    const first = sl[0];
    const last = sl[sl.length - 1];
    expect(last.mean! - last.ci95!).toBeGreaterThan(first.mean! + first.ci95!);
  });
});
