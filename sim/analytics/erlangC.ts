/**
 * Erlang C: the M/M/c delay system (infinite patience, first come first served).
 * Formulas as in DOMAIN.md §5.
 */
import { checkAgents, checkSeconds, erlangBBlocking, offeredLoadErlangs } from './erlangB';

/** Default service-level threshold T, in seconds (DOMAIN.md §2: 80 % within 20 s). */
export const DEFAULT_THRESHOLD_SECONDS = 20;

/** Inputs shared by the delay models. Times in seconds, arrival rate per hour. */
export interface QueueInput {
  /** Arrival rate λ in contacts per hour (≥ 0). */
  arrivalsPerHour: number;
  /** Mean handle time AHT = 1/μ in seconds (> 0). */
  ahtSeconds: number;
  /** Number of agents c, a whole number ≥ 1. */
  agents: number;
  /** Service-level threshold T in seconds (≥ 0); defaults to 20. */
  thresholdSeconds?: number;
}

/** Result of {@link erlangC}. Probabilities in [0, 1], times in seconds. */
export interface ErlangCResult {
  /**
   * False when the offered load a ≥ c: the queue grows without bound, so
   * pWait = 1, asa = Infinity, serviceLevel = 0 and occupancy = 1 (never NaN).
   */
  stable: boolean;
  /** Offered load a = λ·AHT in erlangs. */
  offeredLoad: number;
  /** P(wait > 0) = C(c, a). */
  pWait: number;
  /** Mean wait of all contacts (all are answered), ASA = C·AHT/(c − a), in seconds. */
  asa: number;
  /** P(wait ≤ T) = 1 − C·e^{−(c−a)T/AHT}. */
  serviceLevel: number;
  /** Threshold T used for serviceLevel, in seconds. */
  thresholdSeconds: number;
  /** Agent occupancy a/c. */
  occupancy: number;
}

/**
 * Erlang C probability of waiting C(c, a), from Erlang B:
 * C = B / (1 − (a/c)(1 − B)), with the denominator written as (c − a + a·B)/c
 * so that heavy loads (a close to c) keep their precision.
 *
 * @param agents number of agents c, a whole number ≥ 1
 * @param offeredLoad offered load a in erlangs, 0 ≤ a
 * @returns C(c, a) when a < c, else 1 (every contact waits in an unstable queue)
 */
export function erlangCProbability(agents: number, offeredLoad: number): number {
  checkAgents(agents, 1);
  const b = erlangBBlocking(agents, offeredLoad);
  if (offeredLoad >= agents) return 1;
  return (agents * b) / (agents - offeredLoad + offeredLoad * b);
}

/**
 * Erlang C (M/M/c) queue measures.
 *
 * @param input arrival rate per hour, AHT and threshold in seconds, agents
 * @throws RangeError on a negative, non-finite or non-integer input
 */
export function erlangC(input: QueueInput): ErlangCResult {
  const { arrivalsPerHour, ahtSeconds, agents } = input;
  const thresholdSeconds = input.thresholdSeconds ?? DEFAULT_THRESHOLD_SECONDS;
  checkSeconds('threshold', thresholdSeconds, true);
  const offeredLoad = offeredLoadErlangs(arrivalsPerHour, ahtSeconds);
  const pWait = erlangCProbability(agents, offeredLoad);
  if (offeredLoad >= agents) {
    return { stable: false, offeredLoad, pWait: 1, asa: Infinity, serviceLevel: 0, thresholdSeconds, occupancy: 1 };
  }
  const spare = agents - offeredLoad;
  return {
    stable: true,
    offeredLoad,
    pWait,
    asa: (pWait * ahtSeconds) / spare,
    serviceLevel: 1 - pWait * Math.exp((-spare * thresholdSeconds) / ahtSeconds),
    thresholdSeconds,
    occupancy: offeredLoad / agents,
  };
}
