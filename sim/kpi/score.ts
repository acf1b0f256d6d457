/**
 * The score (DOMAIN.md §6): three blocks as the title assesses them —
 * resources, people, improvement — each 0–100, the total their weighted mean.
 * Outcomes are judged against the ghost run (same customers, nothing done);
 * process as a jury's grid (the right lever at the right moment, admin data
 * recorded, rules kept). Every point is an entry the debrief shows. Rules and
 * figures: judge/rules.ts.
 */
import type { ScoreBlock, ScoreByBlock, ScoreEntry, ScoreIntervalPoint, ScoreSnapshot } from '../snapshot';
import type { RawEntry } from './judge/entry';
import { improvementEntries } from './judge/improvement';
import { missedMoments } from './judge/missed';
import { outcomeEntries } from './judge/outcomes';
import { peopleEntries } from './judge/people';
import { preparationEntries } from './judge/preparation';
import { resourceEntries } from './judge/resources';
import { BLOCKS, blockValue, round1 } from './judge/rules';
import type { ShiftFacts } from './shiftFacts';

/** Every raw entry up to `until`, with the outcomes of intervals 0..last. */
function judge(facts: ShiftFacts, last: number, until: number, current: boolean): RawEntry[] {
  return [
    ...outcomeEntries(facts, last, until, current),
    ...resourceEntries(facts, until),
    ...preparationEntries(facts),
    ...peopleEntries(facts, until),
    ...improvementEntries(facts, until),
  ];
}

function blocksOf(entries: readonly RawEntry[]): { raw: Record<ScoreBlock, number>; byBlock: Record<ScoreBlock, number> } {
  const raw = { resources: 0, people: 0, improvement: 0 };
  for (const e of entries) raw[e.block] += e.points;
  const byBlock = { resources: 0, people: 0, improvement: 0 };
  for (const b of BLOCKS) byBlock[b] = blockValue(raw[b]);
  return { raw, byBlock };
}

const totalOf = (byBlock: ScoreByBlock, w: ScoreByBlock) => BLOCKS.reduce((s, b) => s + w[b] * byBlock[b], 0);

const rounded = (byBlock: ScoreByBlock): ScoreByBlock => ({ resources: round1(byBlock.resources), people: round1(byBlock.people), improvement: round1(byBlock.improvement) });

/**
 * Interval points already judged, by index. A point is kept once its interval has
 * been over for a whole further interval (its contacts have mostly left by then);
 * a finished run recomputes every point, so results never depend on the cache.
 */
export type ScoreTrendCache = Map<number, ScoreIntervalPoint>;

export function computeScore(facts: ShiftFacts, cache: ScoreTrendCache | null = null): ScoreSnapshot {
  const counters = facts.live.counters;
  const now = facts.now;
  const entries = judge(facts, counters.intervalCount - 1, now, true);
  const { raw, byBlock } = blocksOf(entries);
  // Shown on the block's own scale: an entry's share of the block's distance from 50.
  const shown: ScoreEntry[] = entries
    .map((e) => ({ ...e, points: round1(raw[e.block] !== 0 ? (e.points * (byBlock[e.block] - 50)) / raw[e.block] : 0) }))
    .sort((a, b) => a.at - b.at);
  const byInterval: ScoreIntervalPoint[] = [];
  const current = Math.min(Math.floor(now / facts.intervalSeconds), counters.intervalCount - 1);
  for (let k = 0; k < current; k++) {
    const kept = facts.finished ? undefined : cache?.get(k);
    if (kept) { byInterval.push(kept); continue; }
    const end = (k + 1) * facts.intervalSeconds;
    const blocks = blocksOf(judge(facts, k, end, false)).byBlock;
    const point = { index: k, start: k * facts.intervalSeconds, total: round1(totalOf(blocks, facts.weights)), byBlock: rounded(blocks) };
    if (cache && !facts.finished && now >= end + facts.intervalSeconds) cache.set(k, point);
    byInterval.push(point);
  }
  byInterval.push({ index: current, start: current * facts.intervalSeconds, total: round1(totalOf(byBlock, facts.weights)), byBlock: rounded(byBlock) });
  return {
    total: round1(totalOf(byBlock, facts.weights)),
    byBlock: rounded(byBlock),
    weights: facts.weights,
    byInterval,
    entries: shown,
    entryCount: shown.length,
    missed: missedMoments(facts, entries, now),
  };
}
