import { describe, expect, it } from 'vitest';
import { erlangB, erlangBBlocking, offeredLoadErlangs } from '../../../sim/analytics';

describe('erlangB', () => {
  it('blocks everything with no servers and a/(1+a) with one', () => {
    expect(erlangBBlocking(0, 3)).toBe(1);
    expect(erlangBBlocking(1, 0.5)).toBeCloseTo(1 / 3, 15);
  });

  it('blocks nothing when no load is offered', () => {
    expect(erlangB(5, 0)).toEqual({ agents: 5, offeredLoad: 0, blocking: 0, carriedLoad: 0 });
  });

  it('blocks less with every extra server', () => {
    let previous = 1;
    for (let c = 1; c <= 60; c++) {
      const b = erlangBBlocking(c, 40);
      expect(b).toBeLessThan(previous);
      previous = b;
    }
  });

  it('gives finite, non-zero blocking for 2000 servers', () => {
    const { blocking, carriedLoad } = erlangB(2000, 1950);
    expect(Number.isFinite(blocking) && blocking > 0 && blocking < 1).toBe(true);
    expect(carriedLoad).toBeLessThan(1950);
  });

  it('converts arrivals per hour and AHT in seconds into erlangs', () => {
    expect(offeredLoadErlangs(200, 180)).toBe(10);
  });

  it('rejects a fractional number of servers, a negative load and a zero AHT', () => {
    expect(() => erlangBBlocking(2.5, 1)).toThrow(RangeError);
    expect(() => erlangBBlocking(2, -1)).toThrow(RangeError);
    expect(() => offeredLoadErlangs(100, 0)).toThrow(RangeError);
    expect(() => offeredLoadErlangs(-1, 100)).toThrow(RangeError);
  });
});
