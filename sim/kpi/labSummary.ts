/**
 * The staffing lab's figures: what one replication keeps (small enough to post
 * from a worker), and the mean and 95 % confidence interval of each KPI per
 * variant, for the day and per statistics interval. Replications are i.i.d.
 * days (seeds derived from the scenario seed), so the Student t interval of
 * sim/kpi/replications.ts applies; every variant uses the same seeds (common
 * random numbers), so neighbouring variants meet the same customers.
 */
import type { ChannelKpis } from '../snapshot';
import { estimate, estimateChannel, type ChannelEstimates, type Estimate } from './replications';
import type { ResultKpis } from './result';

/** Per interval of one channel: the figures the lab charts. */
export interface IntervalFigures {
  readonly offered: number;
  readonly serviceLevel: number | null;
  readonly abandonRate: number | null;
  readonly asa: number | null;
  readonly occupancy: number | null;
  readonly warmup: boolean;
}

/** One replication as the lab keeps it. */
export interface LabReplication {
  readonly byChannel: Readonly<Record<string, ChannelKpis>>;
  readonly occupancy: number | null;
  /** Channel id → its intervals, in order. */
  readonly intervals: Readonly<Record<string, readonly IntervalFigures[]>>;
}

export function labReplication(kpis: ResultKpis): LabReplication {
  const intervals: Record<string, IntervalFigures[]> = {};
  for (const r of kpis.byInterval) {
    (intervals[r.channelId] ??= [])[r.index] = {
      offered: r.offered, serviceLevel: r.serviceLevel, abandonRate: r.abandonRate, asa: r.asa, occupancy: r.occupancy, warmup: r.warmup,
    };
  }
  return { byChannel: kpis.byChannel, occupancy: kpis.occupancy, intervals };
}

export interface IntervalEstimates {
  readonly index: number;
  readonly offered: Estimate;
  readonly serviceLevel: Estimate;
  readonly abandonRate: Estimate;
  readonly asa: Estimate;
  readonly occupancy: Estimate;
  readonly warmup: boolean;
}

export interface LabSummary {
  readonly replications: number;
  readonly byChannel: Readonly<Record<string, ChannelEstimates>>;
  readonly occupancy: Estimate;
  readonly intervals: Readonly<Record<string, readonly IntervalEstimates[]>>;
}

/** Mean and 95 % CI of each KPI of one variant, for the channels given, over its replications. */
export function summariseLab(channelIds: readonly string[], runs: readonly LabReplication[]): LabSummary {
  const byChannel = Object.fromEntries(channelIds.map((id) => [id, estimateChannel(runs.map((r) => r.byChannel[id]))]));
  const intervals = Object.fromEntries(channelIds.map((id) => {
    const count = Math.max(0, ...runs.map((r) => r.intervals[id]?.length ?? 0));
    const rows: IntervalEstimates[] = [];
    for (let k = 0; k < count; k++) {
      const at = runs.map((r) => r.intervals[id]?.[k]).filter((x): x is IntervalFigures => x !== undefined);
      const of = (f: (x: IntervalFigures) => number | null) => estimate(at.map(f));
      rows.push({
        index: k,
        offered: of((x) => x.offered),
        serviceLevel: of((x) => x.serviceLevel),
        abandonRate: of((x) => x.abandonRate),
        asa: of((x) => x.asa),
        occupancy: of((x) => x.occupancy),
        warmup: at.some((x) => x.warmup),
      });
    }
    return [id, rows];
  }));
  return { replications: runs.length, byChannel, occupancy: estimate(runs.map((r) => r.occupancy)), intervals };
}

/** Lower bound of the 95 % interval; the mean itself with one replication; null without data. */
export function lowerBound(e: Estimate): number | null {
  if (e.mean === null) return null;
  return e.ci95 === null ? (e.n === 1 ? e.mean : null) : e.mean - e.ci95;
}
