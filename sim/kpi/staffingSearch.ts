/**
 * The simulated half of the required-staff table. The whole day is staffed
 * with a constant team of N advisers and each statistics interval's service
 * level is read; per interval, the requirement is the smallest N from which
 * on (among the N tried) the lower confidence bound of that service level
 * meets the target. Every N (all on shift all day) is run on the same
 * replication seeds (common random numbers), so neighbouring teams meet the
 * same customers and their difference is not buried in day-to-day noise.
 *
 * What it models, and not: a team of N all day means an interval's figure is
 * that of a day staffed at N throughout, queue carried in from the previous
 * interval at the same N included; a plan staffing each interval at its own
 * figure carries a different queue from one interval to the next.
 */
import { createSimulation, type Scenario } from '../index';
import { withoutMissingAdvisersEvents } from '../scenario/team';
import { estimate } from './replications';
import { tQuantile } from './studentT';

export interface IntervalEstimate {
  readonly mean: number | null;
  /** Half-width of the 95 % interval (null below two replications with contacts). */
  readonly ci95: number | null;
  /** Lower bound of the two-sided interval at the requested confidence. */
  readonly lower: number | null;
  readonly n: number;
}

export interface SearchOptions {
  readonly channelId: string;
  readonly targetServiceLevel: number;
  /** Two-sided confidence of the bound that must meet the target, e.g. 0.95. */
  readonly confidence: number;
  readonly seeds: readonly number[];
  /** First team size to try (e.g. the analytic figure). */
  readonly start: number;
  /** Largest team tried. */
  readonly maxAgents: number;
}

export interface SearchResult {
  /** Per interval: the smallest N meeting the target, null when none tried does. */
  readonly required: readonly (number | null)[];
  /** Per interval: the service level estimate at the required N (or at the largest tried). */
  readonly achieved: readonly IntervalEstimate[];
  /** Team sizes run, ascending. */
  readonly tried: readonly number[];
  readonly warmup: readonly boolean[];
}

/**
 * The scenario with a team of `n` on shift all day (shifts dropped; breaks kept):
 * listed advisers cycled (copies get new ids), a generated team's first group
 * resized. Events about advisers no longer there are dropped.
 */
export function withTeamOf(scenario: Scenario, n: number): Scenario {
  const source = scenario.team;
  let team: Scenario['team'];
  if ('advisers' in source) {
    const list = source.advisers;
    team = {
      advisers: Array.from({ length: n }, (_, i) => {
        const { shift: _shift, ...a } = list[i % list.length];
        const copy = Math.floor(i / list.length);
        return copy === 0 ? a : { ...a, id: `${a.id}-${copy + 1}`, name: `${a.name} (${copy + 1})` };
      }),
    };
  } else {
    const { shift: _shift, ...group } = Array.isArray(source.generate) ? source.generate[0] : source.generate;
    team = { generate: { ...group, count: n } };
  }
  return withoutMissingAdvisersEvents({ ...scenario, team });
}

/**
 * Mean, 95 % half-width and the lower bound of the two-sided interval at
 * `confidence` of one interval's service levels over `replications` days (null
 * where a day had no contacts). One replication is its own bound: no spread to widen it by.
 */
export function intervalEstimate(values: readonly (number | null)[], confidence: number, replications: number): IntervalEstimate {
  const e = estimate(values);
  const t = e.n >= 2 ? tQuantile((1 + confidence) / 2, e.n - 1) : NaN;
  const halfWidth = e.ci95 === null ? null : (e.ci95 / tQuantile(0.975, e.n - 1)) * t;
  const lower = e.mean === null ? null : halfWidth === null ? (replications === 1 ? e.mean : null) : e.mean - halfWidth;
  return { mean: e.mean, ci95: e.ci95, lower, n: e.n };
}

/** Per interval of the channel, the service level over the replications at team size n. */
function evaluate(scenario: Scenario, n: number, opts: SearchOptions): { estimates: IntervalEstimate[]; warmup: boolean[] } {
  const perInterval: (number | null)[][] = [];
  let warmup: boolean[] = [];
  for (const seed of opts.seeds) {
    const sim = createSimulation(withTeamOf(scenario, n), { seed });
    sim.runToEnd();
    const rows = sim.kpis().byInterval.filter((r) => r.channelId === opts.channelId);
    warmup = rows.map((r) => r.warmup);
    rows.forEach((r, k) => (perInterval[k] ??= []).push(r.serviceLevel));
  }
  const estimates = perInterval.map((values) => intervalEstimate(values, opts.confidence, opts.seeds.length));
  return { estimates, warmup };
}

/** Meets the target: its lower bound does, or the interval had no contacts in any replication. */
export const meets = (e: IntervalEstimate, target: number) => e.n === 0 || (e.lower !== null && e.lower >= target - 1e-12);

/** Steps down from `start` until no interval meets, then up until every interval does (or `maxAgents`). */
export function searchRequiredStaff(scenario: Scenario, opts: SearchOptions): SearchResult {
  const runs = new Map<number, IntervalEstimate[]>();
  let warmup: boolean[] = [];
  const at = (n: number) => {
    let e = runs.get(n);
    if (!e) {
      const r = evaluate(scenario, n, opts);
      e = r.estimates;
      warmup = r.warmup;
      runs.set(n, e);
    }
    return e;
  };
  const active = (e: IntervalEstimate) => e.n > 0;
  const start = Math.max(1, Math.min(opts.start, opts.maxAgents));
  for (let n = start; n >= 1; n--) if (!at(n).some((e) => active(e) && meets(e, opts.targetServiceLevel))) break;
  for (let n = start; n <= opts.maxAgents; n++) if (at(n).every((e) => meets(e, opts.targetServiceLevel))) break;
  const tried = [...runs.keys()].sort((a, b) => a - b);
  const intervals = runs.get(tried[0])!.length;
  const required: (number | null)[] = [];
  const achieved: IntervalEstimate[] = [];
  for (let k = 0; k < intervals; k++) {
    let best: number | null = null;
    for (let i = tried.length - 1; i >= 0 && meets(runs.get(tried[i])![k], opts.targetServiceLevel); i--) best = tried[i];
    const lowest = runs.get(tried[0])![k];
    required.push(best === tried[0] && !active(lowest) ? 0 : best);
    achieved.push(runs.get(best ?? tried[tried.length - 1])![k]);
  }
  return { required, achieved, tried, warmup };
}
