import { describe, expect, it } from 'vitest';
import { erlangC, erlangCProbability } from '../../../sim/analytics';

const base = { arrivalsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20 };

describe('erlangC', () => {
  it('raises the service level and lowers the ASA with every extra agent', () => {
    let previous = erlangC({ ...base, agents: 11 });
    for (let agents = 12; agents <= 30; agents++) {
      const next = erlangC({ ...base, agents });
      expect(next.serviceLevel).toBeGreaterThan(previous.serviceLevel);
      expect(next.asa).toBeLessThan(previous.asa);
      previous = next;
    }
  });

  it('reports an overloaded queue as unstable instead of returning NaN', () => {
    for (const agents of [9, 10]) {
      const r = erlangC({ ...base, agents });
      expect(r).toMatchObject({ stable: false, pWait: 1, asa: Infinity, serviceLevel: 0, occupancy: 1 });
      expect(Object.values(r).some((v) => Number.isNaN(v))).toBe(false);
    }
  });

  it('gives finite numbers for 2000 agents', () => {
    const r = erlangC({ arrivalsPerHour: 23_700, ahtSeconds: 300, agents: 2000 });
    expect(r.stable).toBe(true);
    for (const v of [r.pWait, r.asa, r.serviceLevel, r.occupancy]) expect(Number.isFinite(v)).toBe(true);
    expect(r.pWait).toBeGreaterThan(0);
    expect(r.pWait).toBeLessThan(1);
  });

  it('has nobody waiting when nothing arrives', () => {
    expect(erlangC({ ...base, arrivalsPerHour: 0, agents: 1 })).toMatchObject({ pWait: 0, asa: 0, serviceLevel: 1 });
  });

  it('uses a 20 s threshold by default and 1 − P(wait) at a zero threshold', () => {
    const r = erlangC({ ...base, agents: 12 });
    expect(erlangC({ arrivalsPerHour: 200, ahtSeconds: 180, agents: 12 })).toEqual(r);
    expect(erlangC({ ...base, agents: 12, thresholdSeconds: 0 }).serviceLevel).toBeCloseTo(1 - r.pWait, 15);
  });

  it('matches the M/M/1 formula P(wait) = ρ', () => {
    expect(erlangCProbability(1, 0.3)).toBeCloseTo(0.3, 15);
  });

  it('rejects zero agents and a negative threshold', () => {
    expect(() => erlangC({ ...base, agents: 0 })).toThrow(RangeError);
    expect(() => erlangC({ ...base, agents: 12, thresholdSeconds: -1 })).toThrow(RangeError);
  });
});
