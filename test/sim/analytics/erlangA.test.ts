import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, type ErlangAResult } from '../../../sim/analytics';

const base = { arrivalsPerHour: 200, ahtSeconds: 180, patienceSeconds: 180, thresholdSeconds: 20 };

function expectAllFinite(r: ErlangAResult): void {
  for (const [key, value] of Object.entries(r)) {
    expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
  }
}

describe('erlangA', () => {
  it('raises the service level and lowers abandonment with every extra agent', () => {
    let previous = erlangA({ ...base, agents: 1 });
    for (let agents = 2; agents <= 25; agents++) {
      const next = erlangA({ ...base, agents });
      expect(next.serviceLevel).toBeGreaterThan(previous.serviceLevel);
      expect(next.pAbandon).toBeLessThan(previous.pAbandon);
      previous = next;
    }
  });

  it('keeps its own identities: Little, abandonment rate and the service-level split', () => {
    const r = erlangA({ ...base, agents: 9 });
    expect(r.meanWaitAll).toBeCloseTo(r.pAbandon * base.patienceSeconds, 10);
    expect(r.occupancy).toBeCloseTo((r.offeredLoad / 9) * (1 - r.pAbandon), 14);
    expect(r.sl_PW_le_t_inclAbandons).toBeCloseTo(r.sl_answeredWithinT_overAllArrivals + r.p_abandonWithinT, 14);
    expect(r.sl_answeredWithinT_excludingAbandonsBeforeT).toBeCloseTo(
      r.sl_answeredWithinT_overAllArrivals / (1 - r.p_abandonWithinT),
      14,
    );
    expect(r.p_offeredWait_le_t).toBeGreaterThan(r.sl_answeredWithinT_overAllArrivals);
  });

  it('stays finite when overloaded and loses at least the excess load', () => {
    const r = erlangA({ ...base, arrivalsPerHour: 600, agents: 10 });
    expectAllFinite(r);
    expect(r.rho).toBe(3);
    expect(r.pAbandon).toBeGreaterThan(1 - 1 / 3);
    expect(r.occupancy).toBeLessThanOrEqual(1);
  });

  it('gives finite numbers for 2000 agents, underloaded and overloaded', () => {
    for (const arrivalsPerHour of [23_700, 24_500]) {
      const r = erlangA({ arrivalsPerHour, ahtSeconds: 300, patienceSeconds: 120, agents: 2000 });
      expectAllFinite(r);
      expect(r.pWait).toBeGreaterThan(0);
      expect(r.pWait).toBeLessThan(1);
    }
  });

  it('approaches Erlang C when patience is very long', () => {
    // The gap shrinks in proportion to θ = 1/patience: about 5e-4 s of ASA at 1e8 s.
    const a = erlangA({ ...base, agents: 12, patienceSeconds: 1e10 });
    const c = erlangC({ ...base, agents: 12 });
    expect(a.pWait).toBeCloseTo(c.pWait, 7);
    expect(a.meanWaitServed).toBeCloseTo(c.asa, 4);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 7);
  });

  it('matches the M/M/∞ count when patience equals the handle time', () => {
    // θ = μ: the number in system is Poisson(a), so P(wait) = P(Poisson(9) ≥ 10).
    let term = Math.exp(-9);
    let below = 0;
    for (let k = 0; k < 10; k++) {
      below += term;
      term *= 9 / (k + 1);
    }
    expect(erlangA({ ...base, arrivalsPerHour: 180, agents: 10 }).pWait).toBeCloseTo(1 - below, 13);
  });

  it('has nobody waiting when nothing arrives', () => {
    expect(erlangA({ ...base, arrivalsPerHour: 0, agents: 1 })).toMatchObject({ pWait: 0, pAbandon: 0, serviceLevel: 1 });
  });

  it('rejects a zero patience and a fractional number of agents', () => {
    expect(() => erlangA({ ...base, agents: 10, patienceSeconds: 0 })).toThrow(RangeError);
    expect(() => erlangA({ ...base, agents: 10.5 })).toThrow(RangeError);
  });
});
