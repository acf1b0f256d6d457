/**
 * The live score out of 100: what a centre manager would judge a shift on.
 *
 * | part         | max | how |
 * |--------------|-----|-----|
 * | serviceLevel | 30  | per channel min(1, SL ÷ target), weighted by volume offered |
 * | abandons     | 15  | 1 − abandon rate ÷ 10 % (real-time channels), floored at 0 |
 * | occupancy    | 10  | 1 from 75 % to 90 %; linear to 0 at 50 % and at 100 % (burn-out) |
 * | quality      | 10  | mean quality grid: 50 → 0, 90 → full |
 * | fcr          | 10  | first-contact resolution: 60 % → 0, 95 % → full |
 * | people       | 10  | share of raised hands answered in time |
 * | compliance   | 10  | − 2.5 per rule broken (labour rules, outbound calling rules) |
 * | cost         | 5   | 1 − (overflow + overtime) ÷ the scenario's budget |
 *
 * A part with nothing to measure yet scores full marks, so an empty morning is
 * not punished.
 */
import type { ChannelRuntime } from '../model/channelRuntime';
import type { ScoreBlock, ScoreSnapshot } from '../snapshot';
import { Field, type KpiCounters } from './counters';

/** What the score reads: the counters, adviser time, the rules broken and the money spent. */
export interface ScoreInputs {
  readonly counters: KpiCounters;
  readonly channels: readonly ChannelRuntime[];
  readonly accounts: { readonly totalHandling: number; readonly totalIdle: number };
  readonly breaches: number;
  /** € spent so far: overflow contacts and overtime. */
  readonly costs: { readonly overflow: number; readonly overtime: number };
  readonly budget: number;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function occupancyFit(occupancy: number): number {
  if (occupancy >= 0.75 && occupancy <= 0.9) return 1;
  if (occupancy < 0.75) return clamp01((occupancy - 0.5) / 0.25);
  return clamp01((1 - occupancy) / 0.1);
}

export const SCORE_MAX = { serviceLevel: 30, abandons: 15, occupancy: 10, quality: 10, fcr: 10, people: 10, compliance: 10, cost: 5 } as const;

export function computeScore(inputs: ScoreInputs): ScoreSnapshot {
  const c = inputs.counters;
  let slWeighted = 0;
  let slWeight = 0;
  let offeredRealTime = 0;
  let abandoned = 0;
  let qualitySum = 0;
  let qualityCount = 0;
  let resolved = 0;
  let handled = 0;
  let handsAnswered = 0;
  let handsUnanswered = 0;
  for (const ch of inputs.channels) {
    const row = c.totalRow(ch.index);
    const get = (f: number) => c.get(row, f);
    const offered = get(Field.offered);
    const answered = get(Field.answered);
    const ab = get(Field.abandoned);
    const denominator = answered + ab - get(Field.shortAbandoned);
    if (offered > 0 && denominator > 0 && ch.kind !== 'outbound') {
      const sl = get(Field.answeredWithinThreshold) / denominator;
      const target = ch.spec.serviceLevel.target;
      slWeighted += offered * (target > 0 ? Math.min(1, sl / target) : 1);
      slWeight += offered;
    }
    if (ch.realTime) {
      offeredRealTime += offered;
      abandoned += ab;
    }
    qualitySum += get(Field.qualitySum);
    qualityCount += get(Field.qualityCount);
    resolved += get(Field.resolved);
    handled += get(Field.handled) + get(Field.externalHandled);
    handsAnswered += get(Field.handsAnswered);
    handsUnanswered += get(Field.handsUnanswered);
  }
  const handling = inputs.accounts.totalHandling;
  const idle = inputs.accounts.totalIdle;
  const cost = inputs.costs.overflow + inputs.costs.overtime;
  const budget = inputs.budget;
  const fractions: Record<keyof typeof SCORE_MAX, number> = {
    serviceLevel: slWeight > 0 ? slWeighted / slWeight : 1,
    abandons: offeredRealTime > 0 ? clamp01(1 - abandoned / offeredRealTime / 0.1) : 1,
    occupancy: handling + idle > 0 ? occupancyFit(handling / (handling + idle)) : 1,
    quality: qualityCount > 0 ? clamp01((qualitySum / qualityCount - 50) / 40) : 1,
    fcr: handled > 0 ? clamp01((resolved / handled - 0.6) / 0.35) : 1,
    people: handsAnswered + handsUnanswered > 0 ? handsAnswered / (handsAnswered + handsUnanswered) : 1,
    compliance: clamp01(1 - inputs.breaches * 0.25),
    cost: budget > 0 ? clamp01(1 - cost / budget) : cost > 0 ? 0 : 1,
  };
  // Interim: the former parts grouped into the three blocks, each scaled to 0–100.
  // The ghost-relative score replaces this (see the next commits).
  const groups: Record<ScoreBlock, (keyof typeof SCORE_MAX)[]> = {
    resources: ['serviceLevel', 'abandons', 'occupancy', 'cost'],
    people: ['people'],
    improvement: ['quality', 'fcr', 'compliance'],
  };
  const byBlock = {} as Record<ScoreBlock, number>;
  for (const [block, keys] of Object.entries(groups) as [ScoreBlock, (keyof typeof SCORE_MAX)[]][]) {
    const max = keys.reduce((m, k) => m + SCORE_MAX[k], 0);
    byBlock[block] = Math.round((1000 * keys.reduce((m, k) => m + SCORE_MAX[k] * fractions[k], 0)) / max) / 10;
  }
  const weights = { resources: 0.6, people: 0.1, improvement: 0.3 };
  const total = Math.round(10 * (byBlock.resources * weights.resources + byBlock.people * weights.people + byBlock.improvement * weights.improvement)) / 10;
  return { total, byBlock, weights, byInterval: [], entries: [], missed: [] };
}
