/**
 * The lab's required-staff table. Analytic: Erlang C and A per interval from the
 * forecast, with shrinkage (sim/analytics/requiredStaff.ts, as on the command
 * line). Simulated, from a team-size sweep already run: per interval, the
 * smallest staffing on shift from which on every variant tried meets the target
 * with the lower bound of its 95 % interval. All variants ran on the same seeds
 * (common random numbers), so neighbouring staffings are compared on the same
 * customers, and each interval's figure carries the queue the day brought into it
 * at that team size. A sweep of another lever (volume, handling time) holds the
 * team still: its rows carry the analytic figures only.
 */
import { analyticRequiredStaff, type AnalyticRequirement } from '../../sim/analytics/requiredStaff';
import { lowerBound, type IntervalEstimates } from '../../sim/kpi/labSummary';
import type { Estimate } from '../../sim/kpi/replications';
import type { Scenario } from '../../sim/scenario/schema';
import type { LabResults } from './results';

export interface LabRequiredRow {
  readonly interval: string;
  readonly index: number;
  readonly channel: string;
  readonly forecast: number;
  readonly analytic: AnalyticRequirement;
  /** Smallest staffing tried that meets the target from there on; null when even the largest does not. */
  readonly simulated: number | null;
  /** Staffings the sweep tried in this interval, smallest and largest. */
  readonly tried: readonly [number, number];
  /** Service level at the simulated figure (or at the largest tried). */
  readonly achieved: Estimate | null;
}

/** Dimensions whose sweep is a sweep of staffing (a volume or AHT sweep holds the team still). */
export const STAFFING_DIMENSIONS: readonly string[] = ['advisers', 'staffing'];

const meets = (e: IntervalEstimates | undefined, target: number) => {
  if (!e || e.serviceLevel.n === 0) return true;
  const low = lowerBound(e.serviceLevel);
  return low !== null && low >= target - 1e-12;
};

export function labRequiredStaff(results: LabResults, base: Scenario, target: number, shrinkage: number): LabRequiredRow[] {
  const staffing = STAFFING_DIMENSIONS.includes(results.dimension);
  return analyticRequiredStaff(base, { targetServiceLevel: target, shrinkage }).map((row) => {
    if (!staffing) return { ...row, simulated: null, tried: [0, 0] as const, achieved: null };
    const points = results.variants
      .map((v) => ({ staff: v.onShift[row.channel]?.[row.index] ?? 0, e: v.summary.intervals[row.channel]?.[row.index] }))
      .sort((a, b) => a.staff - b.staff);
    let best: (typeof points)[number] | null = null;
    for (let i = points.length - 1; i >= 0 && meets(points[i].e, target); i--) best = points[i];
    const shown = best ?? points[points.length - 1];
    return {
      interval: row.interval,
      index: row.index,
      channel: row.channel,
      forecast: row.forecast,
      analytic: row.analytic,
      simulated: best ? best.staff : null,
      tried: [points[0]?.staff ?? 0, points[points.length - 1]?.staff ?? 0],
      achieved: shown?.e?.serviceLevel ?? null,
    };
  });
}
