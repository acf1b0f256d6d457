/**
 * A result's score as an assessor reads it, for one day or several: the total, the blocks,
 * the entries and the missed moments. A multi-day run's entries are its days' (each with
 * its `day` in the params, on that day's clock) and its own campaign-level ones.
 */
import type { CampaignResult, ScoreByBlock, ScoreEntry, SimulationResult } from '../index';
import type { MissedMoment } from '../snapshot';

export interface ScoreView {
  readonly total: number;
  readonly byBlock: ScoreByBlock;
  readonly entries: readonly ScoreEntry[];
  readonly missed: readonly MissedMoment[];
}

const onDay = <T extends { params: Readonly<Record<string, string | number>> }>(x: T, day: number): T => ({ ...x, params: { ...x.params, day } });

export function scoreView(result: SimulationResult | CampaignResult): ScoreView {
  if (!('byDay' in result)) return result.score;
  const { total, byBlock, entries } = result.score;
  const days = result.byDay.flatMap((d) => (d.score ? [{ day: d.day, score: d.score }] : []));
  return {
    total: total ?? 0,
    byBlock: byBlock ?? { resources: 0, people: 0, improvement: 0 },
    entries: [
      ...days.flatMap(({ day, score }) => score.entries.map((e) => onDay(e, day))),
      ...entries.map(({ day, ...e }) => onDay(e, day)),
    ],
    missed: days.flatMap(({ day, score }) => score.missed.map((m) => onDay(m, day))),
  };
}
