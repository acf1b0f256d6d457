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

  it('log is bit for bit the single-function fdlibm log it replaced', () => {
    const rng = createStream(3, 'detMath-log');
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    const special = [0, -0, -1, NaN, Infinity, -Infinity, 1, 1 + 2 ** -52, 1 - 2 ** -53, 5e-324, 2.2250738585072014e-308, 0.5, 2, Math.SQRT2, Math.SQRT1_2];
    const misses: number[] = special.filter((x) => !same(log(x), fdlibmLog(x)));
    for (let i = 0; i < 200_000; i++) {
      const u = rng.next();
      let x: number;
      if (i % 3 === 0) x = 1 - u; // the samplers' argument
      else if (i % 3 === 1) x = 1 + (u - 0.5) * 2 ** (-15 - 30 * rng.next()); // near 1: the tiny-f branch
      else {
        words[1] = Math.floor(u * 2 ** 32); // any bit pattern
        words[0] = Math.floor(rng.next() * 2 ** 32);
        x = bits[0];
      }
      if (!same(log(x), fdlibmLog(x))) misses.push(x);
    }
    expect(misses).toEqual([]);
  });

  it('exp is bit for bit the high-word fdlibm exp it replaced', () => {
    const rng = createStream(2, 'detMath-exp');
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    const special = [0, -0, NaN, Infinity, -Infinity, 709.78, 709.782712893384, 709.79, -745.13, -745.2, -744, -708.4, -708.3,
      0.34657359, 0.3465736, -0.3465736, 1.0397, 1.0398, -1.0398, 2 ** -28, -(2 ** -28), 2 ** -29, 1e-300, -1e-300, 5e-324, 1.7976931348623157e308];
    const misses: number[] = special.filter((x) => !same(exp(x), fdlibmExp(x)));
    for (let i = 0; i < 200_000; i++) {
      const u = rng.next();
      let x: number;
      if (i % 4 === 0) x = (u - 0.5) * 1500; // the whole range, overflow and underflow included
      else if (i % 4 === 1) x = -3 * u; // the human factors' decays
      else if (i % 4 === 2) x = (u - 0.5) * 2 ** (-60 * rng.next()); // near 0
      else {
        words[1] = Math.floor(u * 2 ** 32); // any bit pattern
        words[0] = Math.floor(rng.next() * 2 ** 32);
        x = bits[0];
      }
      if (!same(exp(x), fdlibmExp(x))) misses.push(x);
    }
    expect(misses).toEqual([]);
  });
});

// The log and exp of commit cbb1f0e, verbatim: log in one function; exp reading |x|
// from the high word and scaling by adding k to the exponent field.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;

/** e^x (fdlibm __ieee754_exp). */
function fdlibmExp(x: number): number {
  f64[0] = x;
  let hx = u32[1];
  const negative = hx >>> 31;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78
    if (hx >= 0x7ff00000) return ((hx & 0xfffff) | u32[0]) !== 0 ? x + x : negative ? 0 : x;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: reduce x to r = x − k·ln2, |r| ≤ ln2 / 2
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  f64[0] = y;
  if (k >= -1021) {
    u32[1] = u32[1] + k * 0x100000; // y · 2^k
    return f64[0];
  }
  u32[1] = u32[1] + (k + 1000) * 0x100000;
  return f64[0] * TWO_M1000;
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

function fdlibmLog(x: number): number {
  f64[0] = x;
  let hx = u32[1] | 0;
  const lx = u32[0];
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity; // log(±0)
    if (hx < 0) return NaN; // log(negative)
    k -= 54; // subnormal: scale up
    x *= TWO54;
    f64[0] = x;
    hx = u32[1] | 0;
  }
  if (hx >= 0x7ff00000) return x + x; // Infinity or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  f64[0] = x;
  u32[1] = hx | (i ^ 0x3ff00000); // normalise x into [sqrt(2)/2, sqrt(2))
  x = f64[0];
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^-20 ≤ f < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  let i2 = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i2 |= j;
  const r = t2 + t1;
  if (i2 > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}
