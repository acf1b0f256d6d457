/**
 * detMath's log and exp are fdlibm ports: pure IEEE arithmetic, so the same
 * bits on every engine. Here: they agree with the platform's Math (itself
 * within ~1 ulp) to 2 ulp, and give the exact answers where there is one.
 */
import { describe, expect, it } from 'vitest';
import { exp, log, pow } from '../../../sim/engine/detMath';
import { createStream } from '../../../sim/engine/rng';

const ulpClose = (a: number, b: number) => Math.abs(a - b) <= 2 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);

describe('deterministic log and exp', () => {
  it('agree with Math.log and Math.exp to 2 ulp over a wide range', () => {
    const rng = createStream(1, 'detMath');
    const misses: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      const x = Math.pow(10, -300 + 600 * u); // 1e-300 … 1e300
      if (!ulpClose(log(x), Math.log(x))) misses.push(`log(${x})`);
      if (!ulpClose(log(1 - u), Math.log(1 - u))) misses.push(`log(${1 - u})`);
      const y = -745 + 1454 * u; // the whole finite range of exp
      if (!ulpClose(exp(y), Math.exp(y)) && Math.abs(exp(y) - Math.exp(y)) >= 1e-320) misses.push(`exp(${y})`);
      const z = -2 + 4 * u;
      if (!ulpClose(exp(z), Math.exp(z))) misses.push(`exp(${z})`);
    }
    expect(misses).toEqual([]);
  });

  it('gives exact answers at the special points', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Math.E)).toBeCloseTo(1, 15);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12); // the smallest subnormal
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
    expect(exp(1)).toBeCloseTo(Math.E, 15);
    expect(pow(8, 1 / 3)).toBeCloseTo(2, 14);
  });
});
