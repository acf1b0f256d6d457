import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../sim/scenario/schema';
import { createStream } from '../../../sim/engine/rng';
import {
  bernoulli,
  compileDiscreteIndex,
  compileSampler,
  discreteSampler,
  distributionMean,
  exponential,
  gammaSample,
  lognormalParams,
  standardNormal,
} from '../../../sim/engine/distributions';
import { constantStream, sequenceStream } from './fakeStream';

describe('with a fake stream', () => {
  it('exponential is −mean·ln(1−u)', () => {
    expect(exponential(constantStream(0.5), 180)).toBeCloseTo(180 * Math.LN2, 12);
    expect(compileSampler({ dist: 'exponential', mean: 180 })(constantStream(0.5))).toBeCloseTo(180 * Math.LN2, 12);
  });

  it('exponential gives 0, not Infinity, for u = 0', () => {
    expect(exponential(constantStream(0), 100)).toBe(0);
  });

  // Polar method: u = 2·u1 − 1, v = 2·u2 − 1, s = u² + v², z = u·√(−2 ln s / s).
  // With v = 0 (u2 = 0.5), z = sign(u)·√(−4 ln|u|): |u| = e^(−z²/4) gives z.
  const u1For = (z: number) => (Math.sign(z) * Math.exp((-z * z) / 4) + 1) / 2;

  it('standardNormal is the polar method: a pair of draws, rejected outside the unit disc', () => {
    expect(standardNormal(sequenceStream([u1For(1), 0.5]))).toBeCloseTo(1, 12);
    expect(standardNormal(sequenceStream([u1For(-1), 0.5]))).toBeCloseTo(-1, 12);
    const zero = sequenceStream([0.5, 0.75]); // u = 0, v = 0.5
    expect(standardNormal(zero)).toBe(0);
    expect(zero.draws).toBe(2);
    const retried = sequenceStream([0.99, 0.99, 0.5, 0.75]); // s = 1.92 ≥ 1: rejected, then 0
    expect(standardNormal(retried)).toBe(0);
    expect(retried.draws).toBe(4);
  });

  it('lognormal is exp(mu + sigma·z)', () => {
    const { mu, sigma } = lognormalParams(240, 0.5);
    const rng = sequenceStream([u1For(1), 0.5]); // z = 1
    expect(compileSampler({ dist: 'lognormal', mean: 240, cv: 0.5 })(rng)).toBeCloseTo(Math.exp(mu + sigma), 9);
  });

  it('gamma accepts x = 0 at once, returning (shape − 1/3)·scale', () => {
    const rng = sequenceStream([0.5, 0.75, 0.5]); // normal 0, then the acceptance uniform
    expect(gammaSample(rng, 1, 30)).toBeCloseTo((2 / 3) * 30, 12);
    expect(rng.draws).toBe(3);
  });

  it('gamma rejects a candidate with v ≤ 0 and tries again', () => {
    // x = −3 < −1/c ≈ −2.45, so v ≤ 0; then x = 0 is accepted.
    const rng = sequenceStream([u1For(-3), 0.5, 0.5, 0.75, 0.5]);
    expect(gammaSample(rng, 1, 30)).toBeCloseTo(20, 12);
    expect(rng.draws).toBe(5);
  });

  it('gamma with shape < 1 boosts Gamma(shape + 1) by U^(1/shape)', () => {
    const rng = sequenceStream([0.75, 0.5, 0.75, 0.5]);
    // (1 − 0.75)^(1/0.5) = 0.0625; Gamma(1.5) with x = 0 gives 1.5 − 1/3 = 7/6.
    expect(gammaSample(rng, 0.5, 10)).toBeCloseTo(0.0625 * (7 / 6) * 10, 12);
  });

  it('constant returns its value and takes no draw', () => {
    const rng = sequenceStream([0.5]);
    expect(compileSampler({ dist: 'constant', value: 42 })(rng)).toBe(42);
    expect(rng.draws).toBe(0);
  });

  it('bernoulli is u < p, so p = 0 is never and p = 1 always', () => {
    expect(bernoulli(constantStream(0.3), 0.3)).toBe(false);
    expect(bernoulli(constantStream(0.3), 0.31)).toBe(true);
    expect(bernoulli(constantStream(0), 0)).toBe(false);
    expect(bernoulli(constantStream(0.999999), 1)).toBe(true);
  });

  it('discrete picks by cumulative weight and never a zero-weight index', () => {
    const pick = compileDiscreteIndex([1, 0, 3]); // cumulative 1, 1, 4
    expect(pick(constantStream(0))).toBe(0);
    expect(pick(constantStream(0.2499))).toBe(0);
    expect(pick(constantStream(0.25))).toBe(2);
    expect(pick(constantStream(0.9999999))).toBe(2);
    expect(compileDiscreteIndex([0, 2, 0])(constantStream(0))).toBe(1);
    expect(compileDiscreteIndex([0, 2, 0])(constantStream(0.9999999))).toBe(1);
  });

  it('empirical without weights is uniform over the values', () => {
    const sample = discreteSampler([5, 6, 7]);
    expect([0, 0.34, 0.67, 0.9999999].map((u) => sample(constantStream(u)))).toEqual([5, 6, 7, 7]);
  });

  it('discrete rejects weights that cannot form a distribution', () => {
    expect(() => compileDiscreteIndex([0, 0])).toThrow(/positive/);
    expect(() => compileDiscreteIndex([1, -1])).toThrow(/≥ 0/);
    expect(() => compileDiscreteIndex([])).toThrow();
    expect(() => discreteSampler([1, 2], [1])).toThrow(/one weight per value/);
  });
});

describe('lognormalParams', () => {
  it('recovers the mean and cv it was given', () => {
    const { mu, sigma } = lognormalParams(240, 0.7);
    expect(Math.exp(mu + (sigma * sigma) / 2)).toBeCloseTo(240, 9);
    expect(Math.sqrt(Math.exp(sigma * sigma) - 1)).toBeCloseTo(0.7, 12);
  });
});

describe('distributionMean', () => {
  it('is exact for every kind', () => {
    expect(distributionMean({ dist: 'exponential', mean: 3 })).toBe(3);
    expect(distributionMean({ dist: 'lognormal', mean: 4, cv: 2 })).toBe(4);
    expect(distributionMean({ dist: 'gamma', mean: 5, cv: 0.1 })).toBe(5);
    expect(distributionMean({ dist: 'constant', value: 6 })).toBe(6);
    expect(distributionMean({ dist: 'empirical', values: [1, 2, 3] })).toBe(2);
    expect(distributionMean({ dist: 'empirical', values: [10, 20, 30], weights: [1, 0, 3] })).toBe(25);
  });
});

/** Sample mean and cv of n draws. */
function moments(sample: () => number, n: number): { mean: number; cv: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = sample();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  const variance = (sumSq - n * mean * mean) / (n - 1);
  return { mean, cv: Math.sqrt(variance) / mean };
}

describe('sample moments from a seeded stream', () => {
  const n = 200_000;
  // Each case gives its true cv and kurtosis κ = E[(X−μ)⁴]/σ⁴, from which the
  // tolerances follow (see the test body).
  const cases: { d: Distribution; cv: number; kurtosis: number }[] = [
    { d: { dist: 'exponential', mean: 180 }, cv: 1, kurtosis: 9 },
    ...[0.5, 1].map((cv) => {
      const s2 = Math.log(1 + cv * cv);
      const k = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
      return { d: { dist: 'lognormal', mean: 240, cv } as Distribution, cv, kurtosis: k };
    }),
    // cv 1.5 makes shape 0.44 < 1, exercising the boost; cv 1 is shape exactly 1.
    ...[0.5, 1, 1.5].map((cv) => ({
      d: { dist: 'gamma', mean: 200, cv } as Distribution,
      cv,
      kurtosis: 3 + 6 * cv * cv, // excess kurtosis of Gamma(k) is 6/k = 6·cv²
    })),
  ];

  for (const { d, cv, kurtosis } of cases) {
    it(`matches mean and cv of ${JSON.stringify(d)}`, () => {
      const sample = compileSampler(d);
      const rng = createStream(2024, `moments:${JSON.stringify(d)}`);
      const got = moments(() => sample(rng), n);
      const mean = distributionMean(d);
      // Mean: SE = sd/√n = cv·mean/√n. 4 SE gives a false-failure rate of ~6e-5 for a
      // correct sampler; with a fixed seed the test is deterministic anyway.
      expect(Math.abs(got.mean - mean)).toBeLessThan((4 * cv * mean) / Math.sqrt(n));
      // cv: by the delta method the relative SE of the sample sd is ½√((κ−1)/n), and
      // the sample mean adds cv/√n; allow 4 of the sum (1.2 %–3.8 % for these cases).
      const relSe = 0.5 * Math.sqrt((kurtosis - 1) / n) + cv / Math.sqrt(n);
      expect(Math.abs(got.cv / cv - 1)).toBeLessThan(4 * relSe);
    });
  }

  it('standardNormal has mean 0 and sd 1', () => {
    const rng = createStream(2024, 'moments:normal');
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = standardNormal(rng);
      sum += z;
      sumSq += z * z;
    }
    // SE of the mean is 1/√n; SE of the sd is √((κ−1)/n)/2 = 1/√(2n) with κ = 3.
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(Math.sqrt(sumSq / n) - 1)).toBeLessThan(4 / Math.sqrt(2 * n));
  });

  it('empirical frequencies match the weights, and a zero weight is never drawn', () => {
    const values = [10, 20, 30, 40];
    const weights = [1, 0, 3, 6];
    const sample = compileSampler({ dist: 'empirical', values, weights });
    const rng = createStream(2024, 'moments:empirical');
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = sample(rng);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect(counts.get(20)).toBeUndefined();
    values.forEach((v, i) => {
      const p = weights[i] / 10;
      // Binomial count: SE of the frequency is √(p(1−p)/n); 4 SE as above.
      expect(Math.abs((counts.get(v) ?? 0) / n - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n));
    });
  });

  it('constant always returns its value', () => {
    const sample = compileSampler({ dist: 'constant', value: 7.5 });
    const rng = createStream(2024, 'moments:constant');
    for (let i = 0; i < 1000; i++) expect(sample(rng)).toBe(7.5);
  });
});
