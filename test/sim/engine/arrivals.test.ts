import { describe, expect, it } from 'vitest';
import { PiecewisePoissonArrivals, type RateStep } from '../../../sim/engine/arrivals';
import { createStream, type RandomStream } from '../../../sim/engine/rng';
import { constantStream, sequenceStream } from './fakeStream';

const HOUR = 3600;

/** The uniform whose exponential transform −ln(1−u) is exactly e. */
function uFor(e: number): number {
  return 1 - Math.exp(-e);
}

function allArrivals(steps: RateStep[], end: number, rng: RandomStream): number[] {
  const process = new PiecewisePoissonArrivals(steps, end, rng);
  const times: number[] = [];
  for (let t = process.next(0); t !== Infinity; t = process.next(t)) times.push(t);
  return times;
}

describe('exact inversion, with a fake stream', () => {
  it('walks the cumulative intensity across a zero-rate step', () => {
    const steps = [
      { start: 0, ratePerSecond: 1 },
      { start: 10, ratePerSecond: 0 },
      { start: 20, ratePerSecond: 2 },
    ];
    // From t = 5, E = 7: 5 units in [5, 10), none in [10, 20), the last 2 at rate 2 → 21.
    const process = new PiecewisePoissonArrivals(steps, 30, constantStream(uFor(7)));
    expect(process.next(5)).toBeCloseTo(21, 9);
  });

  it('has rate 0 before the first step', () => {
    const process = new PiecewisePoissonArrivals([{ start: 100, ratePerSecond: 1 }], 200, constantStream(uFor(1)));
    expect(process.next(0)).toBeCloseTo(101, 9);
  });

  it('gives the same answer whatever was asked before (memoryless)', () => {
    const steps = [
      { start: 0, ratePerSecond: 1 },
      { start: 10, ratePerSecond: 0.5 },
    ];
    const process = new PiecewisePoissonArrivals(steps, 100, constantStream(uFor(2)));
    expect(process.next(25)).toBeCloseTo(29, 9);
    expect(process.next(5)).toBeCloseTo(7, 9);
  });

  it('is strictly after `after`, redrawing a zero gap', () => {
    const rng = sequenceStream([0, 0.5]);
    const process = new PiecewisePoissonArrivals([{ start: 0, ratePerSecond: 0.1 }], 1000, rng);
    expect(process.next(50)).toBeCloseTo(50 + 10 * Math.LN2, 9);
    expect(rng.draws).toBe(2);
  });

  it('returns Infinity when the intensity left before `end` is too small', () => {
    const process = new PiecewisePoissonArrivals([{ start: 0, ratePerSecond: 1 }], 10, constantStream(uFor(11)));
    expect(process.next(0)).toBe(Infinity);
  });

  it('returns Infinity when every remaining step has rate 0', () => {
    const steps = [
      { start: 0, ratePerSecond: 1 },
      { start: 10, ratePerSecond: 0 },
    ];
    const process = new PiecewisePoissonArrivals(steps, Infinity, constantStream(uFor(1)));
    expect(process.next(10)).toBe(Infinity);
  });

  it('lets the later of two steps with the same start win', () => {
    // As when several profile steps before the opening time are clamped to 0.
    const steps = [
      { start: 0, ratePerSecond: 5 },
      { start: 0, ratePerSecond: 1 },
    ];
    const process = new PiecewisePoissonArrivals(steps, 100, constantStream(uFor(3)));
    expect(process.next(-1)).toBeCloseTo(3, 9);
    expect(process.next(0)).toBeCloseTo(3, 9);
  });

  it('rejects unsorted steps and negative rates', () => {
    const rng = constantStream(0.5);
    expect(() => new PiecewisePoissonArrivals([{ start: 10, ratePerSecond: 1 }, { start: 0, ratePerSecond: 1 }], 20, rng)).toThrow(/sorted/);
    expect(() => new PiecewisePoissonArrivals([{ start: 0, ratePerSecond: -1 }], 20, rng)).toThrow(/rate/);
  });
});

describe('with a seeded stream', () => {
  it('is deterministic for a seed', () => {
    const steps = [{ start: 0, ratePerSecond: 0.05 }];
    const a = allArrivals(steps, 8 * HOUR, createStream(5, 'arrivals:voice'));
    const b = allArrivals(steps, 8 * HOUR, createStream(5, 'arrivals:voice'));
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
  });

  it('never arrives at or after `end`', () => {
    const end = 2.5 * HOUR; // mid-step, so the last step is cut short
    const steps = [
      { start: 0, ratePerSecond: 0.1 },
      { start: 2 * HOUR, ratePerSecond: 0.5 },
    ];
    const process = new PiecewisePoissonArrivals(steps, end, createStream(6, 'arrivals:end'));
    let last = 0;
    for (let t = process.next(0); t !== Infinity; t = process.next(t)) {
      expect(t).toBeGreaterThan(last);
      expect(t).toBeLessThan(end);
      last = t;
    }
    expect(last).toBeGreaterThan(end - 60); // the rate is high right up to the end
    expect(process.next(end)).toBe(Infinity);
    expect(process.next(end + 1)).toBe(Infinity);
    expect(process.next(Infinity)).toBe(Infinity);
  });

  it('has λT arrivals on a long homogeneous horizon', () => {
    const perHour = 200;
    const hours = 1000;
    const count = allArrivals([{ start: 0, ratePerSecond: perHour / HOUR }], hours * HOUR, createStream(7, 'arrivals:long')).length;
    // The count is Poisson(λT), sd = √(λT) ≈ 447; 4 sd gives a false-failure rate of
    // ~6e-5, and with a fixed seed the test is deterministic anyway.
    const expected = perHour * hours;
    expect(Math.abs(count - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('follows a 100/h, 0/h, 300/h profile hour by hour over many replications', () => {
    const steps = [
      { start: 0, ratePerSecond: 100 / HOUR },
      { start: HOUR, ratePerSecond: 0 },
      { start: 2 * HOUR, ratePerSecond: 300 / HOUR },
    ];
    const replications = 2000;
    const rng = createStream(8, 'arrivals:profile');
    const perHour = [0, 0, 0];
    const firstHour: number[] = [];
    for (let r = 0; r < replications; r++) {
      const counts = [0, 0, 0];
      for (const t of allArrivals(steps, 3 * HOUR, rng)) counts[Math.floor(t / HOUR)]++;
      counts.forEach((c, h) => (perHour[h] += c));
      firstHour.push(counts[0]);
    }
    // Totals over R replications are Poisson(R·λ·1h): 4 sd, as above.
    expect(Math.abs(perHour[0] - 100 * replications)).toBeLessThan(4 * Math.sqrt(100 * replications));
    expect(perHour[1]).toBe(0);
    expect(Math.abs(perHour[2] - 300 * replications)).toBeLessThan(4 * Math.sqrt(300 * replications));
    // Poisson counts have variance = mean (100). The sample variance's SE is
    // √((λ + 2λ²)/R) ≈ 3.2 for λ = 100, R = 2000; 4 SE again.
    const mean = firstHour.reduce((a, b) => a + b, 0) / replications;
    const variance = firstHour.reduce((a, c) => a + (c - mean) ** 2, 0) / (replications - 1);
    expect(Math.abs(variance - 100)).toBeLessThan(4 * Math.sqrt((100 + 2 * 100 * 100) / replications));
  });
});
