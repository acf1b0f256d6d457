/** A raw score entry, before the block's squash rescales it (see rules.ts). */
import { formatClock } from '../../scenario/schema';
import type { ScoreBlock } from '../../snapshot';

export interface RawEntry {
  readonly at: number;
  readonly block: ScoreBlock;
  readonly points: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** "10:12" for a time in seconds since scenario start. */
export function clockOf(dayStart: number, at: number): string {
  return formatClock(dayStart + Math.max(0, at)).slice(0, 5);
}

/** A percentage with one decimal, as a number (for translations to format). */
export const pct = (share: number) => Math.round(share * 1000) / 10;
