/**
 * The dialer's call list and what happens when a number is dialled: a seeded list of
 * consumers with their legal history, the outcome of one attempt, and the campaign's
 * retry policy. All pure; randomness comes from a caller-supplied stream or uniform.
 */
import type { RandomStream } from '../../engine/rng';
import { bernoulli } from '../../engine/distributions';
import { ATTEMPT_PERIOD_DAYS, MAX_ATTEMPTS_PER_PERIOD, type CallRecordState } from './callingRules';

/** Composition of a generated call list. Every share is a probability in [0, 1]. */
export interface CallListSpec {
  /** Number of records, a non-negative integer. */
  size: number;
  /** Share of numbers on the Bloctel opposition list. */
  bloctelShare: number;
  /** Share of consumers with a contract in progress (independent of Bloctel). */
  contractShare: number;
  /** Share of records with a refusal in the last 90 days (1–90 days before today). */
  recentRefusalShare: number;
  /** Share with 1..4 attempts already in the last 30 days (1–29 days before today). */
  priorAttemptsShare: number;
}

/** One consumer on the list. `id` is its index in the list, 0 … size − 1. */
export interface CallListRecord extends CallRecordState {
  readonly id: number;
}

/** How far back a generated refusal may lie, in days. */
export const RECENT_REFUSAL_DAYS = 90;

/** Uniforms consumed per record, whatever the spec (see {@link generateCallList}). */
export const DRAWS_PER_RECORD = 6 + MAX_ATTEMPTS_PER_PERIOD;

function checkShare(name: string, p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`call list: ${name} must be a share in [0, 1], got ${p}`);
}

/** Integer in [0, n) from one uniform; min() guards u·n rounding up to n. */
function below(rng: RandomStream, n: number): number {
  return Math.min(n - 1, Math.floor(rng.next() * n));
}

/**
 * A call list for a campaign starting on day `today` (a day number), drawn from `rng`.
 * Each attribute is an independent Bernoulli draw with its share; a prior refusal lies
 * uniformly 1–90 days back; prior attempts number uniformly 1–4, each on a day uniformly
 * 1–29 days back (so all fall in the rolling 30-day window of D223-9), sorted ascending.
 *
 * Every record consumes exactly {@link DRAWS_PER_RECORD} uniforms, drawn even when
 * unused, so record k depends only on the stream's position and not on the shares:
 * raising one share changes that attribute alone (common random numbers).
 */
export function generateCallList(spec: CallListSpec, today: number, rng: RandomStream): CallListRecord[] {
  if (!Number.isInteger(spec.size) || spec.size < 0) throw new RangeError(`call list: size must be a non-negative integer, got ${spec.size}`);
  if (!Number.isInteger(today)) throw new RangeError(`call list: today must be an integer day number, got ${today}`);
  checkShare('bloctelShare', spec.bloctelShare);
  checkShare('contractShare', spec.contractShare);
  checkShare('recentRefusalShare', spec.recentRefusalShare);
  checkShare('priorAttemptsShare', spec.priorAttemptsShare);

  const records: CallListRecord[] = [];
  for (let id = 0; id < spec.size; id++) {
    const bloctel = bernoulli(rng, spec.bloctelShare);
    const hasContract = bernoulli(rng, spec.contractShare);
    const refused = bernoulli(rng, spec.recentRefusalShare);
    const refusalAge = 1 + below(rng, RECENT_REFUSAL_DAYS);
    const hasPrior = bernoulli(rng, spec.priorAttemptsShare);
    const count = 1 + below(rng, MAX_ATTEMPTS_PER_PERIOD);
    const attemptDays: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS_PER_PERIOD; i++) {
      const age = 1 + below(rng, ATTEMPT_PERIOD_DAYS - 1);
      if (hasPrior && i < count) attemptDays.push(today - age);
    }
    attemptDays.sort((a, b) => a - b);
    records.push({ id, attemptDays, refusalDay: refused ? today - refusalAge : null, bloctel, hasContract });
  }
  return records;
}

/** Probabilities of each outcome of one dial; must sum to 1 (± 1e-9). */
export interface OutcomeShares {
  answered: number;
  noAnswer: number;
  busy: number;
  voicemail: number;
}

/** What one dial attempt led to. */
export type CallOutcome = keyof OutcomeShares;

/** Outcomes in the fixed order in which {@link drawOutcome} lays out the unit interval. */
export const CALL_OUTCOMES: readonly CallOutcome[] = ['answered', 'noAnswer', 'busy', 'voicemail'];

const SHARE_SUM_TOLERANCE = 1e-9;

/** Throws RangeError unless every share is finite and ≥ 0 and they sum to 1 (± 1e-9). */
export function validateOutcomeShares(shares: OutcomeShares): void {
  let sum = 0;
  for (const o of CALL_OUTCOMES) {
    const p = shares[o];
    if (!(p >= 0) || !Number.isFinite(p)) throw new RangeError(`outcome shares: ${o} must be a finite number ≥ 0, got ${p}`);
    sum += p;
  }
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    throw new RangeError(`outcome shares must sum to 1 (± ${SHARE_SUM_TOLERANCE}), got ${sum}`);
  }
}

/**
 * The outcome for a uniform `u` in [0, 1), by inversion over {@link CALL_OUTCOMES}:
 * answered for u < answered, noAnswer for the next noAnswer of the interval, and so on.
 * The caller draws `u` so that the same consumer meets the same luck in two runs that
 * differ only in policy (common random numbers). An outcome with share 0 is never
 * returned, even when rounding leaves the shares a hair under 1.
 */
export function drawOutcome(shares: OutcomeShares, u: number): CallOutcome {
  validateOutcomeShares(shares);
  if (!(u >= 0 && u < 1)) throw new RangeError(`drawOutcome: u must be in [0, 1), got ${u}`);
  let cumulative = 0;
  let lastPositive: CallOutcome = 'answered';
  for (const o of CALL_OUTCOMES) {
    if (shares[o] <= 0) continue;
    cumulative += shares[o];
    lastPositive = o;
    if (u < cumulative) return o;
  }
  return lastPositive;
}

/** The campaign's retry policy. Delays in minutes (finite, ≥ 0); maxAttempts an integer ≥ 1. */
export interface RetryRules {
  noAnswerMinutes: number;
  busyMinutes: number;
  voicemailMinutes: number;
  /**
   * Attempts per record over the campaign, the first included. This is policy; the
   * legal cap (4 per rolling 30 days) is checked separately by outboundBreaches.
   */
  maxAttempts: number;
}

function checkRetryRules(rules: RetryRules): void {
  for (const key of ['noAnswerMinutes', 'busyMinutes', 'voicemailMinutes'] as const) {
    const v = rules[key];
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`retry rules: ${key} must be a finite number ≥ 0, got ${v}`);
  }
  if (!Number.isInteger(rules.maxAttempts) || rules.maxAttempts < 1) {
    throw new RangeError(`retry rules: maxAttempts must be an integer ≥ 1, got ${rules.maxAttempts}`);
  }
}

/**
 * When to retry a record after an attempt ended with `outcome`: minutes to add to the
 * current time (the caller then moves the result to the next calling window), or null
 * when it must not be retried — the consumer answered, or `attemptsSoFar` (the attempt
 * just made included) has reached `maxAttempts`.
 */
export function retryDelayMinutes(outcome: CallOutcome, attemptsSoFar: number, rules: RetryRules): number | null {
  checkRetryRules(rules);
  if (!Number.isInteger(attemptsSoFar) || attemptsSoFar < 1) {
    throw new RangeError(`retryDelayMinutes: attemptsSoFar must be an integer ≥ 1 (the attempt just made), got ${attemptsSoFar}`);
  }
  if (outcome === 'answered' || attemptsSoFar >= rules.maxAttempts) return null;
  switch (outcome) {
    case 'noAnswer':
      return rules.noAnswerMinutes;
    case 'busy':
      return rules.busyMinutes;
    case 'voicemail':
      return rules.voicemailMinutes;
  }
}
