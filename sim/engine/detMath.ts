/**
 * Deterministic `log` and `exp`: the same bits on every JavaScript engine.
 *
 * `Math.log`, `Math.exp`, `Math.cos`, `Math.pow` are only required to be
 * approximately right, and engines differ in the last bit: Node 20 and the
 * Chromium the console runs in disagree on ~all of 200 000 random arguments
 * (measured). A last-bit difference in a service time shifts every later event
 * by a hair, so a run in the browser would not replay bit for bit in Node, and
 * an exam result file would not verify. These are ports of fdlibm's e_log.c and
 * e_exp.c (Sun Microsystems, freely usable), using only +, −, ×, ÷ and bit
 * manipulation, which IEEE 754 makes exact everywhere; error < 1 ulp.
 *
 * Lint forbids the Math versions in sim/ (outside analytics and the CLI).
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: [0] low word, [1] high word

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * Natural logarithm (fdlibm __ieee754_log). The common case (x normal, positive,
 * finite, not within 2^-20 of a power of two) is the short path below, small
 * enough for the optimiser to inline into a sampler; everything else goes
 * through the full port, `logAll`. Both are the same operations as fdlibm.
 */
export function log(x: number): number {
  f64[0] = x;
  const hx0 = u32[1] | 0;
  if (hx0 < 0x00100000 || hx0 >= 0x7ff00000) return logAll(x); // 0, negative, subnormal, Infinity, NaN
  const hx = hx0 & 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  u32[1] = hx | (i ^ 0x3ff00000); // normalise x into [sqrt(2)/2, sqrt(2))
  if ((0x000fffff & (2 + hx)) < 3) return logAll(x); // −2^-20 ≤ f < 2^-20
  const k = (hx0 >> 20) - 1023 + (i >> 20);
  const f = f64[0] - 1.0;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

/** fdlibm's log with every case. */
function logAll(x: number): number {
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

const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;

/** The double whose high word is `hi` and low word 0 (thresholds of fdlibm's high-word tests). */
function fromHighWord(hi: number): number {
  f64[0] = 0;
  u32[1] = hi;
  return f64[0];
}
// fdlibm tests |x| through its high word hx; for non-negative doubles the bit
// pattern orders like the value, so `hx >= H` is exactly `|x| >= fromHighWord(H)`
// and `hx > H` is `|x| >= fromHighWord(H + 1)`. Comparing values keeps exp() off
// the typed-array aliasing (a store and a load per call).
const EXP_BIG = fromHighWord(0x40862e42); // hx ≥ 0x40862e42: |x| ≥ 709.78
const EXP_HALF_LN2 = fromHighWord(0x3fd62e43); // hx > 0x3fd62e42: |x| > ln2 / 2
const EXP_3_HALF_LN2 = fromHighWord(0x3ff0a2b2); // hx < 0x3ff0a2b2: |x| < 1.5 ln2
const EXP_TINY = fromHighWord(0x3e300000); // hx < 0x3e300000: |x| < 2^-28
/** POW2[k + 1100] = 2^k for −1074 ≤ k ≤ 1023, each exact (built by doubling and halving). */
const POW2 = new Float64Array(2124);
for (let k = 0, p = 1; k <= 1023; k++, p *= 2) POW2[k + 1100] = p;
for (let k = 0, p = 1; k >= -1074; k--, p /= 2) POW2[k + 1100] = p;

/**
 * e^x (fdlibm __ieee754_exp). The same operations as fdlibm, bit for bit; the
 * final y · 2^k multiplies by an exact power of two instead of adding k to the
 * exponent field, which is the same number while the result stays normal.
 */
export function exp(x: number): number {
  const negative = x < 0;
  const ax = negative ? -x : x;
  if (!(ax < EXP_BIG)) {
    // |x| ≥ 709.78, ±Infinity or NaN
    if (x !== x) return x + x;
    if (x === Infinity) return x;
    if (x === -Infinity) return 0;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= EXP_HALF_LN2) {
    // |x| > ln2 / 2: reduce x to r = x − k·ln2, |r| ≤ ln2 / 2
    if (ax < EXP_3_HALF_LN2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < EXP_TINY) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi); // in [0.7, 1.5): y · 2^k is exact while normal
  if (k >= -1021) return k === 1024 ? y * 2 * POW2[1023 + 1100] : y * POW2[k + 1100];
  return y * POW2[k + 1000 + 1100] * TWO_M1000;
}

/** x^y for x > 0, as e^(y·ln x) (enough for sampling; not for integer powers of negatives). */
export function pow(x: number, y: number): number {
  return exp(y * log(x));
}
