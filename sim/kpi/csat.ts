/**
 * CSAT (DOMAIN.md §2 and §6): the post-contact satisfaction survey, 1–5. A pure
 * function of what the customer lived through, plus their own mood on the day
 * (a uniform drawn when the contact was generated, so the same customers answer
 * the same way whatever the supervisor does: common random numbers).
 *
 * The score is a latent value, rounded to the nearest whole point and kept in 1..5:
 *
 * | factor                                   | effect on the latent score                                  |
 * |------------------------------------------|-------------------------------------------------------------|
 * | start                                    | 4.6                                                         |
 * | wait beyond the threshold T (excess e)   | − 1.5 × min(1, e ÷ ramp), ramp = max(120 s, 5 × T); none ≤ T |
 * | not resolved (the customer will call back)| − 1.2                                                      |
 * | this contact is a repeat or a retrial    | − 0.5                                                       |
 * | quality grade q (0–100) below 75         | − 1.0 × min(1, (75 − q) ÷ 25); ungraded (ideal mode): none  |
 * | a complaint                              | − 2.0                                                       |
 * | the customer's own noise, u uniform      | + 0.45 × ln(u ÷ (1 − u))  (logistic, SD ≈ 0.82)              |
 *
 * So a contact answered at once, resolved and well handled scores 5 for ~56 % of
 * customers and 4 for ~37 % (mean ≈ 4.5); a wait maxing the penalty gives ≈ 3.1,
 * an unresolved contact ≈ 3.4, a complaint ≈ 2.6; the logistic tails leave a few
 * 1s and 5s anywhere, as real surveys do. Who answers at all is a separate draw (response rate).
 */
import { log } from '../engine/detMath';

/** DOMAIN.md §6: a survey answers for 10–20 % of contacts. */
export const DEFAULT_RESPONSE_RATE = 0.15;

export const CSAT = {
  start: 4.6,
  waitPenaltyMax: 1.5,
  waitRampMinSeconds: 120,
  waitRampThresholds: 5,
  unresolved: 1.2,
  repeat: 0.5,
  qualityFloor: 75,
  qualitySpan: 25,
  qualityPenaltyMax: 1,
  complaint: 2,
  noiseScale: 0.45,
} as const;

export interface SurveyInputs {
  /** Queue wait of the contact (s) and its channel's service-level threshold T (s). */
  readonly wait: number;
  readonly thresholdSeconds: number;
  readonly resolved: boolean;
  /** The contact is itself a repeat (after an unresolved one) or a retrial (after an abandon). */
  readonly repeat: boolean;
  /** Grade on the quality grid (0–100), or null when contacts are not graded. */
  readonly quality: number | null;
  readonly complaint: boolean;
  /** The customer's own uniform in [0, 1), drawn when the contact was generated. */
  readonly noise: number;
}

/** Penalty for waiting beyond the threshold: grows linearly over the ramp, then stays capped. */
export function waitPenalty(wait: number, thresholdSeconds: number): number {
  const excess = wait - thresholdSeconds;
  if (!(excess > 0)) return 0;
  const ramp = Math.max(CSAT.waitRampMinSeconds, CSAT.waitRampThresholds * thresholdSeconds);
  return CSAT.waitPenaltyMax * Math.min(1, excess / ramp);
}

/** The customer's noise: a logistic variate from the uniform (clamped away from 0 and 1). */
export function surveyNoise(u: number): number {
  const v = Math.min(1 - 1e-9, Math.max(1e-9, u));
  return CSAT.noiseScale * log(v / (1 - v));
}

/** The latent score before rounding (see the table above). */
export function latentScore(s: SurveyInputs): number {
  let score = CSAT.start - waitPenalty(s.wait, s.thresholdSeconds);
  if (!s.resolved) score -= CSAT.unresolved;
  if (s.repeat) score -= CSAT.repeat;
  if (s.quality !== null && s.quality < CSAT.qualityFloor) {
    score -= CSAT.qualityPenaltyMax * Math.min(1, (CSAT.qualityFloor - s.quality) / CSAT.qualitySpan);
  }
  if (s.complaint) score -= CSAT.complaint;
  return score + surveyNoise(s.noise);
}

/** The survey answer: a whole number 1..5. */
export function surveyScore(s: SurveyInputs): number {
  return Math.min(5, Math.max(1, Math.round(latentScore(s))));
}

/** Whether the customer answers the survey (their own uniform against the channel's response rate). */
export function responds(u: number, responseRate: number): boolean {
  return u < responseRate;
}
