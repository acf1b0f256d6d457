/**
 * The score of a multi-day run (DOMAIN.md §6–7): each block is the days' mean, plus what
 * only the run as a whole can judge (hiring, the week's report): entries with a day and
 * raw points like a day's entries. They are added on the blocks' raw scale (the mean
 * taken back through the squash), as a day adds its own: an entry weighs what it would
 * weigh in a day at that level, and nothing caps or floors the sum (no free harm).
 */
import { BLOCKS, blockValue, round1, SPREAD } from './judge/rules';
import type { ScoreByBlock, ScoreEntry } from '../snapshot';

/** A campaign-level entry: a score entry of the day it happened, its points raw (as a day's entries before the squash). */
export interface CampaignEntry extends ScoreEntry {
  readonly day: number;
}

export interface CampaignScore {
  /** Weighted mean of the blocks; null when no day was open. */
  readonly total: number | null;
  readonly byBlock: ScoreByBlock | null;
  readonly weights: ScoreByBlock;
  /** The campaign-level entries, each shown on its block's scale (its share of the block's distance from the days' mean). */
  readonly entries: readonly CampaignEntry[];
}

/** The raw points that give a block value (blockValue's inverse; a day's rounded 0 or 100 stays finite). */
function rawOf(value: number): number {
  const x = Math.min(0.999, Math.max(-0.999, (value - 50) / 50));
  return SPREAD * Math.atanh(x);
}

export function campaignScore(days: readonly ScoreByBlock[], entries: readonly CampaignEntry[], weights: ScoreByBlock): CampaignScore {
  if (days.length === 0) return { total: null, byBlock: null, weights, entries };
  const byBlock = { resources: 0, people: 0, improvement: 0 };
  const shown: CampaignEntry[] = [];
  for (const b of BLOCKS) {
    const mean = rawOf(days.reduce((t, d) => t + d[b], 0) / days.length);
    const own = entries.filter((e) => e.block === b);
    const added = own.reduce((t, e) => t + e.points, 0);
    byBlock[b] = blockValue(mean + added);
    const moved = byBlock[b] - blockValue(mean);
    for (const e of own) shown.push({ ...e, points: round1(added !== 0 ? (e.points * moved) / added : 0) });
  }
  const total = BLOCKS.reduce((t, b) => t + weights[b] * byBlock[b], 0);
  return {
    total: round1(total),
    byBlock: { resources: round1(byBlock.resources), people: round1(byBlock.people), improvement: round1(byBlock.improvement) },
    weights,
    entries: shown.sort((a, b) => a.day - b.day || a.at - b.at),
  };
}
