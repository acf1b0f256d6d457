/**
 * Non-homogeneous Poisson arrivals with a piecewise-constant rate, by exact inversion
 * of the cumulative intensity Λ(t) = ∫ λ: the next arrival after `a` is the t with
 * Λ(t) − Λ(a) = E, E ~ Exp(1). Unlike thinning, this uses exactly one uniform per
 * arrival, so the number of draws does not depend on the profile's peak rate, and a
 * zero-rate step is simply crossed.
 */
import type { RandomStream } from './rng';
import { log } from './detMath';

/** The rate from `start` until the next step's start (or the end of the run). */
export interface RateStep {
  /** Seconds since scenario start. */
  start: number;
  ratePerSecond: number;
}

/**
 * Arrival times for one stream of contacts. The rate is 0 before the first step and
 * the last step's rate holds until `end`.
 *
 * Because a Poisson process is memoryless, `next(after)` is correct for any `after`,
 * not only the previous arrival; calling it with increasing times is merely fastest.
 */
export class PiecewisePoissonArrivals {
  private readonly starts: Float64Array;
  private readonly rates: Float64Array;
  /** Index of the step where the last search ended; arrivals mostly move forwards. */
  private cursor = 0;

  constructor(
    steps: readonly RateStep[],
    private readonly end: number,
    private readonly rng: RandomStream,
  ) {
    if (Number.isNaN(end)) throw new Error('arrivals: end must be a number');
    this.starts = new Float64Array(steps.length);
    this.rates = new Float64Array(steps.length);
    for (let i = 0; i < steps.length; i++) {
      const { start, ratePerSecond } = steps[i];
      if (!Number.isFinite(start)) throw new Error(`arrivals: step ${i} start must be finite`);
      if (i > 0 && start < steps[i - 1].start) throw new Error('arrivals: steps must be sorted by start');
      if (!(ratePerSecond >= 0) || !Number.isFinite(ratePerSecond)) {
        throw new Error(`arrivals: step ${i} rate must be finite and ≥ 0`);
      }
      this.starts[i] = start;
      this.rates[i] = ratePerSecond;
    }
  }

  /** Next arrival time strictly after `after`, or Infinity when none before `end`. */
  next(after: number): number {
    const { starts, rates } = this;
    for (;;) {
      const e = -log(1 - this.rng.next());
      // Fast path, same arithmetic as walk(): the arrival falls in the cursor's step.
      const i = this.cursor;
      if (i < starts.length && starts[i] <= after && rates[i] > 0) {
        const stepEnd = Math.min(i + 1 < starts.length ? starts[i + 1] : Infinity, this.end);
        const t = after + e / rates[i];
        if (t < stepEnd) {
          if (t > after) return t;
          continue;
        }
      }
      const t = this.walk(after, e);
      // A zero (or float-rounded-away) gap would break "strictly after"; it has
      // probability ~2⁻³² per call, so redrawing costs nothing in practice.
      // Infinity is final even when `after` is itself Infinity.
      if (t > after || t === Infinity) return t;
    }
  }

  /** The time where the intensity accumulated from `from` reaches `e`. */
  private walk(from: number, e: number): number {
    const { starts, rates, end } = this;
    const n = starts.length;
    if (from >= end || n === 0) return Infinity;
    let i = this.locate(from);
    let t = from;
    let remaining = e;
    // i = −1 is the zero-rate stretch before the first step.
    if (i < 0) {
      t = starts[0];
      i = 0;
    }
    for (; i < n; i++) {
      const segEnd = Math.min(i + 1 < n ? starts[i + 1] : Infinity, end);
      const rate = rates[i];
      if (rate > 0 && segEnd > t) {
        const capacity = rate * (segEnd - t);
        if (remaining < capacity) {
          this.cursor = i;
          const arrival = t + remaining / rate;
          // Rounding can land exactly on `end`, which is excluded.
          return arrival < end ? arrival : Infinity;
        }
        remaining -= capacity;
      }
      if (segEnd >= end) return Infinity;
      t = segEnd;
    }
    return Infinity;
  }

  /** Index of the last step starting at or before `t` (−1 if none), from the cursor. */
  private locate(t: number): number {
    const { starts } = this;
    let i = this.cursor;
    if (i >= starts.length || starts[i] > t) i = -1;
    while (i + 1 < starts.length && starts[i + 1] <= t) i++;
    return i;
  }
}
