/**
 * The simulated required staff, interval by interval, with the queue each
 * interval inherits from the plan the search recommends. Intervals before k
 * are staffed at the figures already found; for interval k, candidates N
 * (from the analytic figure, stepping down while the target is met, else up)
 * are run on the same replication seeds (common random numbers), each only
 * until interval k's contacts have had their threshold (end of k + threshold),
 * and N_k is the smallest whose lower confidence bound of interval k's service
 * level meets the target. Intervals after k are staffed at their analytic
 * figure during the search: they cannot change interval k's figure except
 * through the few contacts of k still waiting at its end, which are counted
 * as missed (they have waited longer than the threshold by then).
 *
 * Greedy, as a planner staffing the day in order would be: an interval is
 * never given more advisers to relieve a later one. Cost: the run of the
 * analytic candidate goes on from one interval to the next (its later
 * intervals are already at the analytic figure), every other candidate is a
 * run from the start of the day to the end of its interval.
 */
import { createSimulation, type IntervalResult, type Scenario, type SimulationHandle } from '../index';
import { toSeconds } from '../scenario/schema';
import { intervalCount } from '../scenario/forecast';
import { withStaffingProfile } from '../scenario/staffingProfile';
import { serviceLevel } from './serviceLevel';
import { intervalEstimate, meets, type IntervalEstimate } from './staffingSearch';

export interface ProfileSearchOptions {
  readonly channelId: string;
  readonly targetServiceLevel: number;
  /** Two-sided confidence of the bound that must meet the target, e.g. 0.95. */
  readonly confidence: number;
  readonly seeds: readonly number[];
  /** Per interval: the first figure tried, and the staffing of the intervals not yet searched. */
  readonly analytic: readonly number[];
  /** Largest figure tried in an interval. */
  readonly maxAgents: number;
  /** Called with each figure run (for the table's list of figures tried). */
  readonly onTried?: (n: number) => void;
  /** Called after each interval is decided: intervals done, intervals in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ProfileSearchResult {
  /** Per interval: the smallest N meeting the target, null when none up to maxAgents does (then staffed at maxAgents). */
  readonly required: readonly (number | null)[];
  /** Per interval: the service level estimate at the figure the plan keeps. */
  readonly achieved: readonly IntervalEstimate[];
  readonly warmup: readonly boolean[];
  /** Candidate runs (one per candidate and interval, over all seeds), for the cost. */
  readonly candidates: number;
}

/**
 * Interval k's service level as far as the run has gone (at least the
 * threshold past the interval's end): contacts still waiting count as missed,
 * as they have waited past the threshold; they leave as answered or abandoned
 * later (exact), or as a callback or an overflow (then the figure is a little low).
 */
function serviceLevelSoFar(r: IntervalResult): number | null {
  const pending = Math.max(0, r.offered - r.answered - r.abandoned - r.callbacksAccepted - r.overflowed);
  return serviceLevel(r.answeredWithinThreshold, r.answered + pending, r.abandoned, r.shortAbandoned);
}

export function searchStaffingProfile(scenario: Scenario, opts: ProfileSearchOptions): ProfileSearchResult {
  const intervals = intervalCount(scenario.clock, scenario.stats.intervalMinutes);
  if (opts.analytic.length !== intervals) throw new RangeError(`one analytic figure per interval: ${intervals}, got ${opts.analytic.length}`);
  const channel = scenario.channels.find((c) => c.id === opts.channelId);
  if (!channel) throw new RangeError(`unknown channel "${opts.channelId}"`);
  const step = scenario.stats.intervalMinutes * 60;
  const dayLength = toSeconds(scenario.clock.end) - toSeconds(scenario.clock.start);
  // Every contact of the interval has had its threshold (and the short-abandon window) by then.
  const lag = Math.max(channel.serviceLevel.thresholdSeconds, scenario.stats.shortAbandonSeconds);
  const readAt = (k: number) => Math.min((k + 1) * step, dayLength) + lag;
  const clamp = (n: number) => Math.max(0, Math.min(Math.round(n), opts.maxAgents));
  const plan = opts.analytic.map(clamp);
  const required: (number | null)[] = [];
  const achieved: IntervalEstimate[] = [];
  const warmup: boolean[] = [];
  let candidates = 0;
  // The runs of the plan so far, with the later intervals at the analytic figure (advanced to the last interval read).
  let carried: SimulationHandle[] | null = null;

  for (let k = 0; k < intervals; k++) {
    const runs = new Map<number, { sims: SimulationHandle[]; estimate: IntervalEstimate }>();
    let warm = false;
    const at = (n: number) => {
      let r = runs.get(n);
      if (r) return r;
      candidates++;
      opts.onTried?.(n);
      const profile = plan.map((p, i) => (i === k ? n : p));
      const sims = n === plan[k] && carried ? carried : opts.seeds.map((seed) => createSimulation(withStaffingProfile(scenario, profile), { seed }));
      const values = sims.map((sim) => {
        sim.advanceTo(readAt(k));
        const row = sim.kpis().byInterval.find((x) => x.channelId === opts.channelId && x.index === k);
        warm = row?.warmup ?? false;
        return row ? serviceLevelSoFar(row) : null;
      });
      r = { sims, estimate: intervalEstimate(values, opts.confidence, opts.seeds.length) };
      runs.set(n, r);
      return r;
    };
    // A plan with nobody at all is no scenario: then an interval keeps at least one adviser.
    const floor = plan.some((p, i) => i !== k && p > 0) ? 0 : 1;
    const start = Math.max(floor, plan[k]);
    const ok = (n: number) => meets(at(n).estimate, opts.targetServiceLevel);
    let found: number | null = null;
    if (ok(start)) {
      found = start;
      while (found > floor && ok(found - 1)) found--;
    } else {
      for (let n = start + 1; n <= opts.maxAgents && found === null; n++) if (ok(n)) found = n;
    }
    const kept = found ?? Math.max(start, opts.maxAgents);
    plan[k] = kept;
    required.push(found);
    achieved.push(at(kept).estimate);
    warmup.push(warm);
    carried = at(kept).sims;
    opts.onProgress?.(k + 1, intervals);
  }
  return { required, achieved, warmup, candidates };
}
