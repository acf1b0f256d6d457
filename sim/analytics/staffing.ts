/**
 * Staffing: the fewest agents that meet a service-level target. Service level grows
 * with the number of agents in every model here, so the answer is found by doubling
 * then bisecting, O(log c) model evaluations.
 */
import { erlangA } from './erlangA';
import { erlangBBlocking } from './erlangB';
import { erlangC, type QueueInput } from './erlangC';

/** Largest staff {@link requiredAgents} will consider unless told otherwise. */
export const DEFAULT_MAX_AGENTS = 100_000;

/** Inputs of {@link requiredAgents}. Times in seconds, arrival rate per hour. */
export interface StaffingInput extends Omit<QueueInput, 'agents'> {
  /** Target service level, a fraction strictly between 0 and 1 (0.8 for 80 %). */
  targetServiceLevel: number;
  /**
   * Mean patience in seconds. Given: Erlang A, and the service level is "answered
   * within T over all arrivals". Omitted: Erlang C (nobody abandons).
   */
  patienceSeconds?: number;
  /** Give up above this many agents (RangeError). Defaults to 100 000. */
  maxAgents?: number;
}

/**
 * Smallest number of agents c whose service level within `thresholdSeconds`
 * (default 20 s) is at least the target: Erlang C, or Erlang A when
 * `patienceSeconds` is given. With Erlang C the answer always exceeds the offered load.
 *
 * @throws RangeError on bad input, or when even `maxAgents` agents miss the target
 */
export function requiredAgents(input: StaffingInput): number {
  const { targetServiceLevel, patienceSeconds, maxAgents = DEFAULT_MAX_AGENTS, ...queue } = input;
  checkTarget('target service level', targetServiceLevel);
  const serviceLevel =
    patienceSeconds === undefined
      ? (agents: number) => erlangC({ ...queue, agents }).serviceLevel
      : (agents: number) => erlangA({ ...queue, agents, patienceSeconds }).serviceLevel;
  return smallestMeeting((agents) => serviceLevel(agents) >= targetServiceLevel, maxAgents);
}

/**
 * Smallest number of servers c (trunks or agents) whose Erlang B blocking is at most
 * `maxBlocking`, for a loss system without a queue.
 *
 * @param offeredLoad offered load in erlangs (arrivals per second × AHT in seconds)
 * @param maxBlocking largest acceptable blocking probability, strictly between 0 and 1
 * @param maxAgents give up above this many servers (RangeError); defaults to 100 000
 */
export function requiredAgentsForBlocking(
  offeredLoad: number,
  maxBlocking: number,
  maxAgents: number = DEFAULT_MAX_AGENTS,
): number {
  checkTarget('maximum blocking', maxBlocking);
  return smallestMeeting((agents) => erlangBBlocking(agents, offeredLoad) <= maxBlocking, maxAgents);
}

/** Smallest c in [1, maxAgents] with meets(c), given that meets is monotone in c. */
function smallestMeeting(meets: (agents: number) => boolean, maxAgents: number): number {
  let low = 0; // known to miss (or the floor of the range)
  let high = 1;
  while (!meets(high)) {
    if (high >= maxAgents) {
      throw new RangeError(`the target is not met even with ${maxAgents} agents`);
    }
    low = high;
    high = Math.min(2 * high, maxAgents);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (meets(mid)) high = mid;
    else low = mid;
  }
  return high;
}

function checkTarget(name: string, value: number): void {
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`${name} must be a fraction strictly between 0 and 1 (e.g. 0.8 for 80 %), got ${value}`);
  }
}
