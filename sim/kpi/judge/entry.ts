/** A raw score entry, before the block's squash rescales it (see rules.ts). */
import { formatClock } from '../../scenario/schema';
import type { ScoreEntry } from '../../snapshot';

/** The shape of a score entry, its points still raw (not yet on the block's scale). */
export type RawEntry = ScoreEntry;

/** "10:12" for a time in seconds since scenario start. */
export function clockOf(dayStart: number, at: number): string {
  return formatClock(dayStart + Math.max(0, at)).slice(0, 5);
}

/** A percentage with one decimal, as a number (for translations to format). */
export const pct = (share: number) => Math.round(share * 1000) / 10;
