/**
 * Erlang B: the M/M/c/c loss system (blocked contacts are cleared, nobody waits).
 * Also home of the offered-load helper every Erlang model shares.
 *
 * Units: offered load in erlangs (arrivals per second × mean handle time in seconds);
 * agents (servers, trunks) is a whole number.
 */

/** Result of {@link erlangB}. */
export interface ErlangBResult {
  /** Number of servers (agents or trunks), c ≥ 0. */
  agents: number;
  /** Offered load in erlangs, a = λ·AHT. */
  offeredLoad: number;
  /** Probability that an arriving contact finds every server busy and is lost, B(c, a). */
  blocking: number;
  /** Carried load in erlangs, a·(1 − B): mean number of busy servers. */
  carriedLoad: number;
}

/**
 * Offered load in erlangs from an hourly arrival rate and a mean handle time.
 *
 * @param arrivalsPerHour arrival rate λ in contacts per hour (≥ 0)
 * @param ahtSeconds mean handle time in seconds (> 0)
 * @returns a = (arrivalsPerHour / 3600) · ahtSeconds, in erlangs
 * @throws RangeError when the rate is negative or the AHT is not positive (or either is not finite)
 */
export function offeredLoadErlangs(arrivalsPerHour: number, ahtSeconds: number): number {
  if (!Number.isFinite(arrivalsPerHour) || arrivalsPerHour < 0) {
    throw new RangeError(`arrivals per hour must be a finite number ≥ 0, got ${arrivalsPerHour}`);
  }
  checkSeconds('AHT', ahtSeconds, false);
  return (arrivalsPerHour / 3600) * ahtSeconds;
}

/**
 * Erlang B blocking probability B(c, a), by the recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
 *
 * Every step is a ratio of numbers ≤ 1, so there is no factorial overflow for any c;
 * values below ~1e-308 underflow to 0 (correct to double precision).
 *
 * @param agents number of servers c, a whole number ≥ 0
 * @param offeredLoad offered load a in erlangs, ≥ 0
 * @throws RangeError when c is not a whole number ≥ 0 or a is negative or not finite
 */
export function erlangBBlocking(agents: number, offeredLoad: number): number {
  checkAgents(agents, 0);
  checkLoad(offeredLoad);
  let b = 1;
  for (let k = 1; k <= agents; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * Erlang B loss system: blocking probability and carried load.
 *
 * @param agents number of servers c, a whole number ≥ 0
 * @param offeredLoad offered load a in erlangs, ≥ 0 (see {@link offeredLoadErlangs})
 */
export function erlangB(agents: number, offeredLoad: number): ErlangBResult {
  const blocking = erlangBBlocking(agents, offeredLoad);
  return { agents, offeredLoad, blocking, carriedLoad: offeredLoad * (1 - blocking) };
}

/** @internal Shared argument checks for the Erlang modules. */
export function checkAgents(agents: number, min: number): void {
  if (!Number.isInteger(agents) || agents < min) {
    throw new RangeError(`agents must be a whole number ≥ ${min}, got ${agents}`);
  }
}

function checkLoad(offeredLoad: number): void {
  if (!Number.isFinite(offeredLoad) || offeredLoad < 0) {
    throw new RangeError(`offered load must be a finite number of erlangs ≥ 0, got ${offeredLoad}`);
  }
}

/** @internal */
export function checkSeconds(name: string, value: number, allowZero: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new RangeError(`${name} must be a finite number of seconds ${allowZero ? '≥' : '>'} 0, got ${value}`);
  }
}
