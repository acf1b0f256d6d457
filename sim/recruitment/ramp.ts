/**
 * How fast a new hire ramps up, and what a buddy costs. The carry-over's rule
 * (sim/model/carryOver.ts) moves a new hire each day worked by a rate times what
 * they still lack; this file gives that rate when the run has recruitment:
 *
 *   rate = RAMP_PER_DAY × learningRate × (1 + buddy + coaching + training)
 *
 * learningRate is the candidate's hidden aptitude (1 for the scenario's own new
 * hires); buddy adds BUDDY_BOOST on each day a buddy was paired; coaching and
 * training minutes received that day add COACHING_PER_MINUTE and
 * TRAINING_PER_MINUTE, each capped. A buddy, for their part, works at
 * BUDDY_SLOWDOWN of their proficiency on those days (they answer the new hire's
 * questions), without losing what they know: the slowdown is not carried over.
 */
import { RAMP_PER_DAY } from '../model/carryOver';

export const BUDDY_BOOST = 0.6;
export const COACHING_PER_MINUTE = 0.01;
export const COACHING_BOOST_MAX = 0.9;
export const TRAINING_PER_MINUTE = 0.005;
export const TRAINING_BOOST_MAX = 0.6;
export const BUDDY_SLOWDOWN = 0.9;
/** A hire's proficiency on their first day, as a share of the candidate's true (trained) proficiency. */
export const START_FACTOR = 0.55;

export interface RampInputs {
  readonly learningRate: number;
  readonly buddy: boolean;
  readonly coachingMinutes: number;
  readonly trainingMinutes: number;
}

export function rampRate(r: RampInputs): number {
  const boost = (r.buddy ? BUDDY_BOOST : 0)
    + Math.min(COACHING_BOOST_MAX, COACHING_PER_MINUTE * r.coachingMinutes)
    + Math.min(TRAINING_BOOST_MAX, TRAINING_PER_MINUTE * r.trainingMinutes);
  return RAMP_PER_DAY * r.learningRate * (1 + boost);
}

/** Proficiency after `days` worked with nothing done (rate RAMP_PER_DAY × learningRate): the score's yardstick. */
export function untouchedRamp(start: number, learningRate: number, days: number): number {
  return 1 - (1 - start) * (1 - Math.min(1, RAMP_PER_DAY * learningRate)) ** days;
}
