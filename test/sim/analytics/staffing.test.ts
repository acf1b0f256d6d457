import { describe, expect, it } from 'vitest';
import {
  erlangA,
  erlangBBlocking,
  erlangC,
  requiredAgents,
  requiredAgentsForBlocking,
} from '../../../sim/analytics';

const loads = [
  { arrivalsPerHour: 200, ahtSeconds: 180 },
  { arrivalsPerHour: 35, ahtSeconds: 300 },
  { arrivalsPerHour: 5700, ahtSeconds: 300 },
];

describe('requiredAgents', () => {
  it('staffs 14 agents for 80 % within 20 s at 200 calls/h of 180 s (the published example)', () => {
    expect(requiredAgents({ arrivalsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 })).toBe(14);
  });

  it.each(loads)('meets the Erlang C target while one agent fewer does not ($arrivalsPerHour/h)', (load) => {
    for (const targetServiceLevel of [0.5, 0.8, 0.95]) {
      const c = requiredAgents({ ...load, thresholdSeconds: 20, targetServiceLevel });
      expect(erlangC({ ...load, agents: c }).serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
      if (c > 1) expect(erlangC({ ...load, agents: c - 1 }).serviceLevel).toBeLessThan(targetServiceLevel);
    }
  });

  it.each(loads)('meets the Erlang A target while one agent fewer does not ($arrivalsPerHour/h)', (load) => {
    for (const targetServiceLevel of [0.5, 0.8, 0.95]) {
      const input = { ...load, patienceSeconds: 120, thresholdSeconds: 20 };
      const c = requiredAgents({ ...input, targetServiceLevel });
      expect(erlangA({ ...input, agents: c }).serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
      if (c > 1) expect(erlangA({ ...input, agents: c - 1 }).serviceLevel).toBeLessThan(targetServiceLevel);
    }
  });

  it('never needs more agents with abandonment than without', () => {
    const input = { arrivalsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 };
    expect(requiredAgents({ ...input, patienceSeconds: 60 })).toBeLessThanOrEqual(requiredAgents(input));
  });

  it('rejects a target of 0 %, of 100 % and a target out of reach', () => {
    const input = { arrivalsPerHour: 200, ahtSeconds: 180 };
    expect(() => requiredAgents({ ...input, targetServiceLevel: 0 })).toThrow(RangeError);
    expect(() => requiredAgents({ ...input, targetServiceLevel: 1 })).toThrow(RangeError);
    expect(() => requiredAgents({ ...input, targetServiceLevel: 0.99, maxAgents: 5 })).toThrow(/5 agents/);
  });
});

describe('requiredAgentsForBlocking', () => {
  it('finds the fewest trunks whose blocking is within the limit', () => {
    const c = requiredAgentsForBlocking(25, 0.01);
    expect(erlangBBlocking(c, 25)).toBeLessThanOrEqual(0.01);
    expect(erlangBBlocking(c - 1, 25)).toBeGreaterThan(0.01);
  });
});
