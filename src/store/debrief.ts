/**
 * What the debrief shows, as plain data: the score's trend, the missed moments
 * that cost most, and the timelines of your shift beside the ghost run's
 * (same customers, no command), with your actions as marks.
 */
import type { IntervalResult } from '../../sim/index';
import type { ReportResult } from '../../sim/report/index';
import type { MissedMoment, ScoreBlock, ScoreSnapshot } from '../../sim/snapshot';

export const scoreBlocks: readonly ScoreBlock[] = ['resources', 'people', 'improvement'];

/** Up or down against the previous interval's score (cumulative points), or flat. */
export function scoreTrend(score: ScoreSnapshot): { direction: 'up' | 'down' | 'flat'; delta: number } {
  const points = score.byInterval;
  if (points.length < 2) return { direction: 'flat', delta: 0 };
  const delta = points[points.length - 1].total - points[points.length - 2].total;
  return { direction: delta > 0.05 ? 'up' : delta < -0.05 ? 'down' : 'flat', delta };
}

/** The missed moments that cost most time first, at most `count`. */
export function biggestMissed(missed: readonly MissedMoment[], count = 5): MissedMoment[] {
  return [...missed].sort((a, b) => b.minutes - a.minutes || a.at - b.at).slice(0, count);
}

export type DebriefMetric = 'serviceLevel' | 'abandons' | 'asa' | 'occupancy';
type Metric = DebriefMetric;
export const debriefMetrics: readonly Metric[] = ['serviceLevel', 'abandons', 'asa', 'occupancy'];
const metrics = debriefMetrics;

function value(i: IntervalResult | undefined, metric: Metric): number | null {
  if (!i) return null;
  if (metric === 'serviceLevel') return i.serviceLevel === null ? null : i.serviceLevel * 100;
  if (metric === 'abandons') return i.abandoned;
  if (metric === 'asa') return i.asa;
  return i.occupancy === null ? null : i.occupancy * 100;
}

export interface TimelineData {
  readonly xs: number[];
  readonly yours: Record<Metric, (number | null)[]>;
  readonly ghost: Record<Metric, (number | null)[]> | null;
  /** Times of day (s) of the applied commands. */
  readonly marks: number[];
}

/** Columns for the charts of `channelId`: one point per interval, at its middle. */
export function timelineData(result: ReportResult, channelId: string, dayStart: number, intervalSeconds: number): TimelineData {
  const mine = result.kpis.byInterval.filter((i) => i.channelId === channelId);
  const theirs = result.baseline?.kpis.byInterval.filter((i) => i.channelId === channelId) ?? null;
  const byIndex = new Map(theirs?.map((i) => [i.index, i]) ?? []);
  const column = (rows: (IntervalResult | undefined)[]) => Object.fromEntries(metrics.map((m) => [m, rows.map((r) => value(r, m))])) as Record<Metric, (number | null)[]>;
  return {
    xs: mine.map((i) => dayStart + i.index * intervalSeconds + intervalSeconds / 2),
    yours: column(mine),
    ghost: theirs ? column(mine.map((i) => byIndex.get(i.index))) : null,
    marks: result.commands.filter((c) => c.status === 'applied').map((c) => dayStart + c.at),
  };
}
