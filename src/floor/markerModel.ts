/**
 * What an adviser's marker shows, as plain data (no PixiJS): its style, and the
 * ring's step for the time spent in the current state. The ring is quantised
 * so that a marker is only redrawn when its picture really changes.
 */
import type { AdviserSnapshot } from '../../sim/snapshot';
import { stateStyles, type StateCategory } from '../theme/stateStyle';

export const ringSteps = 24;

/** Time in state at which the ring is full; for hold and wrap-up a full ring is overdue (red). */
export const fullRingSeconds: Record<StateCategory, number> = {
  available: 300,
  handling: 600,
  hold: 180,
  wrapUp: 180,
  away: 900,
  offline: 3600,
  development: 1800,
};

const overdueCategories: ReadonlySet<StateCategory> = new Set(['hold', 'wrapUp']);

export interface RingState {
  /** 0…ringSteps */
  readonly step: number;
  readonly overdue: boolean;
}

export function ringState(adviser: AdviserSnapshot, time: number): RingState {
  const category = stateStyles[adviser.state].category;
  const full = fullRingSeconds[category];
  const inState = Math.max(0, time - adviser.stateSince);
  const step = Math.min(ringSteps, Math.floor((inState / full) * ringSteps));
  return { step, overdue: overdueCategories.has(category) && inState >= full };
}

/** A single number per ring picture, to compare cheaply. */
export function ringKey(ring: RingState): number {
  return ring.overdue ? -1 - ring.step : ring.step;
}
