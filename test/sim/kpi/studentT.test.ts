import { describe, expect, it } from 'vitest';
import { tQuantile975 as t975Table } from '../../../sim/kpi/replications';
import { logGamma, tQuantile } from '../../../sim/kpi/studentT';

describe("Student's t quantiles", () => {
  it('agree with the printed 97.5 % table to its 3 decimals', () => {
    for (let df = 1; df <= 30; df++) expect(tQuantile(0.975, df)).toBeCloseTo(t975Table(df), 3);
  });

  it('agree with textbook values at other levels and tend to the normal', () => {
    expect(tQuantile(0.95, 5)).toBeCloseTo(2.015, 3);
    expect(tQuantile(0.995, 3)).toBeCloseTo(5.841, 3);
    expect(tQuantile(0.9, 10)).toBeCloseTo(1.372, 3);
    expect(tQuantile(0.975, 100_000)).toBeCloseTo(1.96, 3);
  });

  it('rejects orders outside (0.5, 1) and fewer than one degree of freedom', () => {
    expect(tQuantile(0.5, 5)).toBeNaN();
    expect(tQuantile(1, 5)).toBeNaN();
    expect(tQuantile(0.975, 0)).toBeNaN();
  });

  it('uses an accurate ln Γ', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
  });
});
