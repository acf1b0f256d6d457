/**
 * Erlang A: the M/M/c+M queue (Palm's model): Poisson arrivals, exponential handle
 * time (mean AHT = 1/μ), c agents, first come first served, and exponential patience
 * (mean 1/θ): a waiting contact abandons at rate θ. Stable for any load, including
 * a > c.
 *
 * Method (Garnett, Mandelbaum & Reiman 2002). The number in system is a birth–death
 * chain with birth rate λ and death rate min(n, c)·μ + (n − c)⁺·θ. With s = cμ/θ and
 * y = λ/θ, the chance that an arrival finds k contacts already queued, relative to
 * π(c − 1), is Π_{j=0..k} y/(s + j). A contact that finds k queued reaches service
 * with probability s/(s + k + 1) (the ratios telescope) and, if served, waits
 * Σ_{i=0..k} 1/(θ(s + i + 1)) on average. The offered wait V (the wait of an
 * infinitely patient arrival) has density λ·π(c−1)·exp(λH(x) − cμx) on x > 0 with
 * H(x) = (1 − e^{−θx})/θ, whose tails are the same sums evaluated at y·e^{−θt}
 * (Baccelli & Hébuterne). All sums run in log-scaled float64: no factorials, no
 * overflow for thousands of agents.
 */
import { checkAgents, checkSeconds, erlangBBlocking, offeredLoadErlangs } from './erlangB';
import { DEFAULT_THRESHOLD_SECONDS, type QueueInput } from './erlangC';

/** Inputs of {@link erlangA}: {@link QueueInput} plus the mean patience. */
export interface ErlangAInput extends QueueInput {
  /** Mean patience 1/θ in seconds (> 0, finite): how long a contact waits before abandoning, on average. */
  patienceSeconds: number;
}

/**
 * Result of {@link erlangA}. Probabilities are fractions of all arrivals unless the
 * name says otherwise; times in seconds; T is `thresholdSeconds`.
 */
export interface ErlangAResult {
  /** Offered load a = λ·AHT in erlangs. */
  offeredLoad: number;
  /** a/c; may exceed 1 (the queue stays stable thanks to abandonment). */
  rho: number;
  /** P(an arrival waits), i.e. finds every agent busy. */
  pWait: number;
  /** P(an arrival abandons) = θ·E[queue length]/λ. */
  pAbandon: number;
  /** Mean time in queue over all arrivals (answered, abandoned and unqueued), seconds. */
  meanWaitAll: number;
  /** Mean time in queue of answered contacts: the ASA, in seconds. */
  meanWaitServed: number;
  /** Agent occupancy: carried load / c = (a/c)(1 − pAbandon). */
  occupancy: number;
  /** The project's default service level: {@link ErlangAResult.sl_answeredWithinT_overAllArrivals}. */
  serviceLevel: number;
  /** Threshold T used by the service-level fields, in seconds. */
  thresholdSeconds: number;
  /** P(answered with wait ≤ T), over all arrivals. */
  sl_answeredWithinT_overAllArrivals: number;
  /** P(min(offered wait, patience) ≤ T): answered or abandoned within T. */
  sl_PW_le_t_inclAbandons: number;
  /** Answered within T ÷ (arrivals − abandons before T). */
  sl_answeredWithinT_excludingAbandonsBeforeT: number;
  /** P(offered wait V ≤ T): the wait an infinitely patient arrival would have had. */
  p_offeredWait_le_t: number;
  /** P(abandon with wait ≤ T). */
  p_abandonWithinT: number;
}

/** Relative size below which the rest of a series is dropped. */
const TAIL_EPSILON = 1e-17;
/** Rescale partial sums past this size; the exponent is tracked separately. */
const RESCALE_AT = 1e280;
const LOG_RESCALE = Math.log(RESCALE_AT);
/** A guard against endless loops for absurd inputs (overload × patience beyond 1e7). */
const MAX_TERMS = 10_000_000;

/** Sums over k = queue length found on arrival, each equal to e^logScale × the field. */
interface QueueSums {
  logScale: number;
  /** Σ r_k, r_k = Π_{j=0..k} z/(s+j). */
  all: number;
  /** Σ r_k · s/(s+k+1): weight of contacts that will be served. */
  served: number;
  /** Σ r_k · (k+1)/(s+k+1): weight of contacts that will abandon. */
  abandoned: number;
  /** Σ r_k · s/(s+k+1) · Σ_{i=0..k} 1/(s+i+1): served contacts' waits, in units of 1/θ. */
  servedWait: number;
}

function queueSums(s: number, z: number): QueueSums {
  const sums: QueueSums = { logScale: 0, all: 0, served: 0, abandoned: 0, servedWait: 0 };
  let term = 1;
  let harmonic = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const next = s + k + 1;
    term *= z / (s + k);
    harmonic += 1 / next;
    const servedTerm = (term * s) / next;
    sums.all += term;
    sums.served += servedTerm;
    sums.abandoned += (term * (k + 1)) / next;
    sums.servedWait += servedTerm * harmonic;
    if (sums.all > RESCALE_AT) {
      term /= RESCALE_AT;
      sums.all /= RESCALE_AT;
      sums.served /= RESCALE_AT;
      sums.abandoned /= RESCALE_AT;
      sums.servedWait /= RESCALE_AT;
      sums.logScale += LOG_RESCALE;
    }
    // Past the peak the terms fall at least geometrically with ratio r; the weights
    // stay below 1 except the harmonic one, which grows by at most 1/next a step.
    const r = z / next;
    if (r < 1) {
      const tail = (term * r) / (1 - r);
      const harmonicBound = harmonic + 1 / ((1 - r) * next);
      if (tail <= TAIL_EPSILON * sums.all && tail * harmonicBound <= TAIL_EPSILON * sums.servedWait) return sums;
    }
  }
  throw new RangeError(
    'Erlang A: the queue is so overloaded and patience so long that the queue-length sum does not converge in 1e7 terms',
  );
}

/**
 * Erlang A (M/M/c+M) queue measures and service-level variants.
 *
 * @param input arrival rate per hour; AHT, patience and threshold in seconds; agents ≥ 1
 * @throws RangeError on a negative, zero (AHT, patience), non-finite or non-integer input
 */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const { arrivalsPerHour, ahtSeconds, agents, patienceSeconds } = input;
  const thresholdSeconds = input.thresholdSeconds ?? DEFAULT_THRESHOLD_SECONDS;
  const t = thresholdSeconds;
  checkAgents(agents, 1);
  checkSeconds('patience', patienceSeconds, false);
  checkSeconds('threshold', thresholdSeconds, true);
  const offeredLoad = offeredLoadErlangs(arrivalsPerHour, ahtSeconds);
  const rho = offeredLoad / agents;
  const b = erlangBBlocking(agents - 1, offeredLoad);
  if (offeredLoad === 0) return noQueue(rho, thresholdSeconds);

  const theta = 1 / patienceSeconds;
  const s = agents / ahtSeconds / theta;
  const y = (arrivalsPerHour / 3600) / theta;
  const atStart = queueSums(s, y);
  // omega = π(c−1)·e^logScale; π(j < c) sum to π(c−1)/B(c−1, a).
  const unqueuedWeight = b === 0 ? Infinity : Math.exp(-atStart.logScale) / b;
  const omega = 1 / (unqueuedWeight + atStart.all);
  const pWait = omega * atStart.all;
  const pAbandon = omega * atStart.abandoned;
  const pServed = 1 - pAbandon;

  // Offered-wait tail at T: P(V > T) and the served part of the wait beyond T.
  const thetaT = theta * t;
  const zT = y * Math.exp(-thetaT);
  const atT = queueSums(s, zT);
  const shift = -y * Math.expm1(-thetaT) - s * thetaT + atT.logScale - atStart.logScale;
  const pOfferedWaitAboveT = omega * Math.exp(shift + thetaT) * atT.all;
  const servedAfterT = omega * Math.exp(shift) * atT.served;

  const answeredWithinT = 1 - pWait + (omega * atStart.served - servedAfterT);
  const doneWithinT = 1 - pOfferedWaitAboveT * Math.exp(-thetaT);
  const abandonedWithinT = Math.max(0, doneWithinT - answeredWithinT);
  return {
    offeredLoad,
    rho,
    pWait,
    pAbandon,
    meanWaitAll: pAbandon / theta,
    meanWaitServed: (omega * atStart.servedWait) / theta / pServed,
    occupancy: rho * pServed,
    serviceLevel: answeredWithinT,
    thresholdSeconds,
    sl_answeredWithinT_overAllArrivals: answeredWithinT,
    sl_PW_le_t_inclAbandons: doneWithinT,
    sl_answeredWithinT_excludingAbandonsBeforeT: answeredWithinT / (1 - abandonedWithinT),
    p_offeredWait_le_t: 1 - pOfferedWaitAboveT,
    p_abandonWithinT: abandonedWithinT,
  };
}

/** No arrivals: nobody waits, every (hypothetical) arrival is answered at once. */
function noQueue(rho: number, thresholdSeconds: number): ErlangAResult {
  return {
    offeredLoad: 0,
    rho,
    pWait: 0,
    pAbandon: 0,
    meanWaitAll: 0,
    meanWaitServed: 0,
    occupancy: 0,
    serviceLevel: 1,
    thresholdSeconds,
    sl_answeredWithinT_overAllArrivals: 1,
    sl_PW_le_t_inclAbandons: 1,
    sl_answeredWithinT_excludingAbandonsBeforeT: 1,
    p_offeredWait_le_t: 1,
    p_abandonWithinT: 0,
  };
}
