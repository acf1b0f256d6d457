/**
 * How well a contact goes, as pure functions of the adviser (proficiency with
 * its coaching boost, fatigue, stress, mood) and the contact (incident, support
 * received, a raised hand left unanswered). Realistic mode only.
 */
import { fcrFactor, handleMultiplier, quality, type Factors } from './humanFactors';

/** What happened around a contact that changes its outcome. */
export interface ContactCircumstances {
  /** A contact about the current incident; `briefed`: the adviser attended the team briefing. */
  readonly incident: boolean;
  readonly briefed: boolean;
  /** The adviser raised a hand and nobody came. */
  readonly unanswered: boolean;
  /** The supervisor helped (whisper, barge, take over). */
  readonly supported: boolean;
}

/**
 * Multiplier on the contact's work: proficiency, fatigue and stress, an IT
 * slowdown, and for an incident's contacts whether the adviser was briefed.
 */
export function speedFactor(p: number, f: Factors, slowdown: number, incident: boolean, briefed: boolean): number {
  let m = handleMultiplier(p, f) * slowdown;
  if (incident) m *= briefed ? 0.8 : 1.2;
  return m;
}

/** Chance the contact is resolved first time, from the channel's base rate. */
export function resolutionChance(baseFcr: number, p: number, f: Factors, c: ContactCircumstances): number {
  let fcr = baseFcr * fcrFactor(p, f) * (c.unanswered ? 0.6 : 1);
  if (c.supported) fcr = Math.max(fcr, 0.95);
  if (c.incident && c.briefed) fcr = Math.min(1, fcr * 1.1);
  return fcr;
}

/**
 * The contact's grade on the quality grid (0–100): the adviser's level, give or
 * take the contact (±10 from the uniform `u`), worse when left alone on a
 * difficult one, better when supported.
 */
export function gradedQuality(p: number, f: Factors, u: number, unanswered: boolean, supported: boolean): number {
  return Math.max(0, Math.min(100, quality(p, f) + (u - 0.5) * 20 - (unanswered ? 15 : 0) + (supported ? 5 : 0)));
}

/** A difficult contact left without support ends in a complaint: always for a VIP, else for 30 % (uniform `u`). */
export function complains(unanswered: boolean, vip: boolean, u: number): boolean {
  return unanswered && (vip || u < 0.3);
}
