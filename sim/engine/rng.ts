/**
 * Named, seeded random streams (DESIGN.md §2, "Randomness and common random numbers").
 *
 * Every source of randomness (`arrivals:<channel>`, `work:<channel>`, `behaviour`, …)
 * gets its own stream whose seed is a hash of (scenario seed, stream name). Streams
 * never share state, so adding, removing or consuming more from one stream leaves
 * every other stream's sequence unchanged — the basis of common random numbers.
 */
import seedrandom from 'seedrandom';

/** A source of uniform variates. The only randomness `sim/` may use. */
export interface RandomStream {
  /** Uniform in [0, 1). Never returns 1; may (rarely) return 0. */
  next(): number;
}

/**
 * cyrb53 (bryc, public domain) extended to emit both 32-bit halves: fast, well mixed,
 * and identical on every JS engine because it only uses `Math.imul` and `charCodeAt`.
 * Not cryptographic: it detects accidental change, not tampering.
 */
function cyrb64(s: string, seed = 0): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/**
 * Stable 64-bit hex hash (16 lower-case hex digits) of a string. Used for stream seeds
 * and to fingerprint scenario files and results, so its output must never change:
 * golden runs and result verification depend on it.
 */
export function hashString(s: string): string {
  const [h1, h2] = cyrb64(s);
  return hex32(h2) + hex32(h1);
}

/** Seed string for the stream `streamName` of a scenario seeded with `scenarioSeed`. */
export function streamSeed(scenarioSeed: number, streamName: string): string {
  // The separator cannot occur in a number's decimal form, so (7, "1x") and (71, "x")
  // hash different strings.
  return hashString(`${scenarioSeed}|${streamName}`);
}

/**
 * A fresh stream, independent of every other name. Alea (Baagøe): small state, fast,
 * passes BigCrush; 32 bits of resolution per draw, ample for simulated durations.
 */
export function createStream(scenarioSeed: number, streamName: string): RandomStream {
  // Alea's generator ignores `this`, so its function can serve as `next` directly:
  // one call per draw, no wrapper and no allocation.
  return { next: seedrandom.alea(streamSeed(scenarioSeed, streamName)) };
}

/**
 * The streams of one run. `stream(name)` returns the same stream object each time for
 * a name, so callers may look streams up lazily without restarting a sequence.
 */
export class RandomStreams {
  private readonly byName = new Map<string, RandomStream>();

  constructor(readonly seed: number) {}

  stream(name: string): RandomStream {
    let s = this.byName.get(name);
    if (!s) {
      s = createStream(this.seed, name);
      this.byName.set(name, s);
    }
    return s;
  }
}

/**
 * A derived integer seed, e.g. `deriveSeed(scenario.seed, 'replication', k)`: a
 * non-negative 31-bit integer (0 … 2³¹−1), valid wherever a scenario seed is.
 */
export function deriveSeed(seed: number, label: string, index: number): number {
  const [h1] = cyrb64(`${seed}|${label}|${index}`);
  return h1 >>> 1;
}
