/**
 * An interim, honest score out of 100 (the engine's own score will replace it):
 *
 *   50 × min(1, SL ÷ target)                       service level against its target
 * + 30 × max(0, 1 − abandon rate ÷ 10 %)           abandons cost, 10 % or more is 0
 * + 20 × occupancy fit                             1 from 75 % to 90 %, linear to 0 at 50 % and 100 %
 *
 * Whole day so far, first channel (its target). Missing figures (nothing
 * measured yet) give full marks for that part, so an empty morning is not punished.
 */
import type { Snapshot } from '../../sim/snapshot';

export interface ScoreParts {
  readonly total: number;
  readonly serviceLevel: number;
  readonly abandons: number;
  readonly occupancy: number;
}

export const scoreWeights = { serviceLevel: 50, abandons: 30, occupancy: 20 } as const;

export function occupancyFit(occupancy: number): number {
  if (occupancy >= 0.75 && occupancy <= 0.9) return 1;
  if (occupancy < 0.75) return Math.max(0, (occupancy - 0.5) / 0.25);
  return Math.max(0, (1 - occupancy) / 0.1);
}

export function scoreOf(input: { serviceLevel: number | null; target: number; abandonRate: number | null; occupancy: number | null }): ScoreParts {
  const sl = input.serviceLevel === null ? 1 : input.target > 0 ? Math.min(1, input.serviceLevel / input.target) : 1;
  const ab = input.abandonRate === null ? 1 : Math.max(0, 1 - input.abandonRate / 0.1);
  const oc = input.occupancy === null ? 1 : occupancyFit(input.occupancy);
  const parts = {
    serviceLevel: scoreWeights.serviceLevel * sl,
    abandons: scoreWeights.abandons * ab,
    occupancy: scoreWeights.occupancy * oc,
  };
  return { ...parts, total: parts.serviceLevel + parts.abandons + parts.occupancy };
}

export function snapshotScore(snapshot: Snapshot): ScoreParts | null {
  const c = snapshot.channels[0];
  if (!c) return null;
  return scoreOf({ serviceLevel: c.today.serviceLevel, target: c.target, abandonRate: c.today.abandonRate, occupancy: snapshot.occupancy });
}
