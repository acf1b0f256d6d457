/**
 * The snapshot's interval points (one per channel and finished or current
 * interval): volume against forecast, service level, ASA, AHT, abandons, team
 * occupancy and backlog. A point keeps its identity while the figures it shows
 * do not move, so the UI (and the worker's deltas) can compare with ===.
 */
import { Field, FIELD_COUNT } from './kpi/counters';
import { channelKpis, occupancy } from './kpi/serviceLevel';
import { inGroup } from './model/adviserMachine';
import type { IntervalPoint } from './snapshot';
import type { Simulation } from './simulation';

type Sources = Pick<Simulation, 'time' | 'frame' | 'channels' | 'counters' | 'accounts' | 'advisers' | 'router'>;

/** Expected arrivals in [from, to) for a piecewise-constant rate. */
export function expectedArrivals(steps: readonly { start: number; ratePerSecond: number }[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < steps.length; i++) {
    const a = Math.max(from, steps[i].start);
    const b = Math.min(to, i + 1 < steps.length ? steps[i + 1].start : Infinity);
    if (b > a) total += (b - a) * steps[i].ratePerSecond;
  }
  return total;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Occupancy rounded so that moving time from "in progress" to "accrued" (same total) keeps a point's identity. */
const rounded = (x: number | null): number => (x === null ? -1 : Math.round(x * 1e6) / 1e6);

export class IntervalPoints {
  private pointCache = new Map<number, IntervalPoint>();
  /** The figures each cached point was built from (a point changes only when they do). */
  private pointSources = new Map<number, Float64Array>();
  private readonly scratch = new Float64Array(FIELD_COUNT + 2);
  /** Per counter row: contacts waiting at the last snapshot taken within that interval. */
  private backlogSeen = new Map<number, number>();
  private cache: Record<string, readonly IntervalPoint[]> = {};
  private openHandling = new Float64Array(0);
  private openIdle = new Float64Array(0);

  constructor(private readonly sim: Sources) {}

  /** Handling and idle time in progress (states not yet left), per interval. */
  private openTime(last: number): void {
    const sim = this.sim;
    const width = sim.counters.intervalSeconds;
    if (this.openHandling.length < last + 1) {
      this.openHandling = new Float64Array(last + 1);
      this.openIdle = new Float64Array(last + 1);
    } else {
      this.openHandling.fill(0);
      this.openIdle.fill(0);
    }
    const a = sim.advisers;
    for (let i = 0; i < a.count; i++) {
      const s = a.state[i];
      const target = inGroup.handling[s] ? this.openHandling : inGroup.idle[s] ? this.openIdle : null;
      if (target === null) continue;
      let t = a.since[i];
      while (t < sim.time) {
        const k = Math.min(Math.floor(t / width), last);
        const end = k === last ? sim.time : Math.min(sim.time, (k + 1) * width);
        target[k] += end - t;
        t = end;
      }
    }
  }

  build(): Record<string, readonly IntervalPoint[]> {
    const sim = this.sim;
    const counters = sim.counters;
    const last = counters.intervalOf(Math.min(sim.time, sim.frame.closeTime - 1e-9));
    this.openTime(last);
    const teamOccupancy: number[] = [];
    for (let k = 0; k <= last; k++) {
      teamOccupancy.push(rounded(occupancy(sim.accounts.handling[k] + this.openHandling[k], sim.accounts.idle[k] + this.openIdle[k])));
    }
    let changed = false;
    const result: Record<string, IntervalPoint[]> = {};
    sim.channels.forEach((c, ch) => {
      this.backlogSeen.set(counters.row(ch, last), sim.router.waiting[ch]);
      const points: IntervalPoint[] = [];
      for (let k = 0; k <= last; k++) {
        const row = counters.row(ch, k);
        const backlog = this.backlogSeen.get(row) ?? null;
        // One scratch array for the comparison; a copy is kept only when the point changes.
        const source = this.scratch;
        source.set(counters.values.subarray(row * FIELD_COUNT, (row + 1) * FIELD_COUNT));
        source[FIELD_COUNT] = teamOccupancy[k];
        source[FIELD_COUNT + 1] = backlog ?? -1;
        let point = this.pointCache.get(row);
        const previous = this.pointSources.get(row);
        if (!point || !previous || !sameValues(previous, source)) {
          const kpis = channelKpis(counters.values, row);
          const start = k * counters.intervalSeconds;
          point = {
            index: k,
            start,
            offered: counters.get(row, Field.offered),
            forecast: c.spec.forecast?.[k] ?? expectedArrivals(c.steps, start, Math.min(start + counters.intervalSeconds, sim.frame.closeTime)),
            serviceLevel: kpis.serviceLevel,
            answered: kpis.answered,
            abandoned: kpis.abandoned,
            abandonRate: kpis.abandonRate,
            asa: kpis.asa,
            aht: kpis.aht,
            occupancy: teamOccupancy[k] < 0 ? null : teamOccupancy[k],
            backlog,
          };
          this.pointCache.set(row, point);
          this.pointSources.set(row, source.slice());
          changed = true;
        }
        points.push(point);
      }
      if (!changed && this.cache[c.id]?.length !== points.length) changed = true;
      result[c.id] = points;
    });
    if (changed) this.cache = result;
    return this.cache;
  }
}
