/**
 * The adviser as a person (DOMAIN.md §4), realistic mode only. Pure functions
 * of a small state (fatigue, stress, mood, coaching boost), integrated lazily:
 * each value is brought up to date, in closed form, when the adviser changes
 * state, so nothing ticks.
 *
 *  - fatigue rises while handling contacts (toward 1, time constant 8 h of
 *    work), falls on breaks (20 min) and slowly when idle (2 h);
 *  - stress rises with difficult contacts, unanswered raised hands and refused
 *    breaks, falls with support, recognition and breaks; relaxes toward 0.15;
 *  - mood rises with recognition, falls with stress; relaxes toward 0.6;
 *  - proficiency (per skill) plus a coaching boost that fades (time constant 6 h)
 *    sets handle time, first-contact resolution and quality.
 */
import { exp } from '../engine/detMath';

export const HUMAN = {
  fatigueWorkTau: 8 * 3600,
  fatigueRestTau: 20 * 60,
  fatigueIdleTau: 2 * 3600,
  stressBaseline: 0.15,
  stressTau: 90 * 60,
  stressBreakTau: 20 * 60,
  moodBaseline: 0.6,
  moodTau: 3 * 3600,
  coachingFadeTau: 6 * 3600,
  coachingGainMax: 0.15,
  /** Raised hand: how long the adviser waits for the supervisor (s). */
  handBudget: 90,
  vipHandBudget: 60,
} as const;

/** What the adviser was doing over the interval being integrated. */
export const Activity = { working: 1, resting: 2, idle: 3, off: 0 } as const;

export interface Factors {
  fatigue: number;
  stress: number;
  mood: number;
}

/** Advances fatigue, stress and mood over `dt` seconds of an activity (closed form). */
export function evolve(f: Factors, dt: number, activity: number): void {
  if (!(dt > 0)) {
    if (dt <= 0) return;
    evolveAll(f, dt, activity); // NaN: every value becomes NaN, as the formulas say
    return;
  }
  // A value at its fixed point stays there: x·e^(−dt/τ) with x = 0 is exactly 0
  // for dt > 0 (e^(−dt/τ) is finite), so the exp, ~40 % of a realistic day's
  // bookkeeping, is skipped. Mood only leaves its baseline by recognition; stress
  // stays at its baseline until the first difficult contact; fatigue at 0 until work.
  if (activity === Activity.working) f.fatigue = 1 - (1 - f.fatigue) * exp(-dt / HUMAN.fatigueWorkTau);
  else if (f.fatigue !== 0) f.fatigue *= exp(-dt / (activity === Activity.resting || activity === Activity.off ? HUMAN.fatigueRestTau : HUMAN.fatigueIdleTau));
  if (f.stress !== HUMAN.stressBaseline) {
    const stressTau = activity === Activity.resting || activity === Activity.off ? HUMAN.stressBreakTau : HUMAN.stressTau;
    f.stress = HUMAN.stressBaseline + (f.stress - HUMAN.stressBaseline) * exp(-dt / stressTau);
  }
  if (f.mood !== HUMAN.moodBaseline) f.mood = HUMAN.moodBaseline + (f.mood - HUMAN.moodBaseline) * exp(-dt / HUMAN.moodTau);
}

/** The formulas without shortcuts (reference; and for a NaN interval). */
export function evolveAll(f: Factors, dt: number, activity: number): void {
  if (dt <= 0) return;
  if (activity === Activity.working) f.fatigue = 1 - (1 - f.fatigue) * exp(-dt / HUMAN.fatigueWorkTau);
  else if (activity === Activity.resting || activity === Activity.off) f.fatigue *= exp(-dt / HUMAN.fatigueRestTau);
  else f.fatigue *= exp(-dt / HUMAN.fatigueIdleTau);
  const stressTau = activity === Activity.resting || activity === Activity.off ? HUMAN.stressBreakTau : HUMAN.stressTau;
  f.stress = HUMAN.stressBaseline + (f.stress - HUMAN.stressBaseline) * exp(-dt / stressTau);
  f.mood = HUMAN.moodBaseline + (f.mood - HUMAN.moodBaseline) * exp(-dt / HUMAN.moodTau);
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Proficiency with the coaching boost as it stands `elapsed` seconds after coaching. */
export function effectiveProficiency(skill: number, boost: number, elapsed: number): number {
  // No boost (no coaching yet): boost·e^(…) is boost·0, signed zero included, for any elapsed ≥ 0.
  if (boost === 0 && elapsed >= 0) return clamp01(skill + boost * 0);
  return clamp01(skill + boost * exp(-elapsed / HUMAN.coachingFadeTau));
}

/** Handle-time multiplier: a novice (p = 0) takes 1.6×, an expert 1×; fatigue and stress slow everyone. */
export function handleMultiplier(p: number, f: Factors): number {
  return (1.6 - 0.6 * p) * (1 + 0.2 * f.fatigue) * (1 + 0.15 * Math.max(0, f.stress - HUMAN.stressBaseline));
}

/** Factor on the channel's first-contact resolution. */
export function fcrFactor(p: number, f: Factors): number {
  return clamp01(0.75 + 0.25 * p - 0.1 * f.fatigue);
}

/** Quality of a contact on the 0–100 grid, before the contact's own variation. */
export function quality(p: number, f: Factors): number {
  return 100 * clamp01(0.45 + 0.4 * p + 0.1 * f.mood - 0.15 * f.fatigue - 0.1 * f.stress);
}

/** Proficiency gained from `minutes` of side-by-side coaching (saturates at 30 min; doubled for new hires). */
export function coachingGain(p: number, minutes: number, newHire: boolean): number {
  return HUMAN.coachingGainMax * Math.min(1, minutes / 30) * (1 - p) * (newHire ? 2 : 1);
}
