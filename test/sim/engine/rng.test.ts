import { describe, expect, it } from 'vitest';
import { createStream, deriveSeed, hashString, RandomStreams, streamSeed } from '../../../sim/engine/rng';

function take(n: number, next: () => number): number[] {
  return Array.from({ length: n }, next);
}

describe('hashString', () => {
  it('is a 16-digit hex string whose value never changes', () => {
    // Pinned: golden runs and result verification rely on these values.
    expect(hashString('')).toBe('488bdcb81aee8d83');
    expect(hashString('hello')).toBe('bfb06f3a63cd7226');
  });

  it('agrees with the published cyrb53 values in its low 53 bits', () => {
    // Reference values from bryc's cyrb53 README, proving the port is faithful.
    const published: Record<string, number> = {
      a: 7929297801672961,
      b: 8684336938537663,
      revenge: 4051478007546757,
      revenue: 8309097637345594,
    };
    for (const [s, want] of Object.entries(published)) {
      const h = hashString(s);
      const hi = parseInt(h.slice(0, 8), 16);
      const lo = parseInt(h.slice(8), 16);
      expect(2 ** 32 * (hi & 0x1fffff) + lo).toBe(want);
    }
  });

  it('changes when one character changes', () => {
    expect(hashString('scenario-a')).not.toBe(hashString('scenario-b'));
  });
});

describe('streamSeed', () => {
  it('depends on both the scenario seed and the stream name', () => {
    expect(streamSeed(7, 'arrivals:voice')).toBe(streamSeed(7, 'arrivals:voice'));
    expect(streamSeed(7, 'arrivals:voice')).not.toBe(streamSeed(8, 'arrivals:voice'));
    expect(streamSeed(7, 'arrivals:voice')).not.toBe(streamSeed(7, 'arrivals:chat'));
  });

  it('does not confuse a digit moved between seed and name', () => {
    expect(streamSeed(71, 'x')).not.toBe(streamSeed(7, '1x'));
  });
});

describe('createStream', () => {
  it('gives the identical sequence for the same seed and name', () => {
    const a = createStream(42, 'work:voice');
    const b = createStream(42, 'work:voice');
    expect(take(1000, () => a.next())).toEqual(take(1000, () => b.next()));
  });

  it('gives different sequences for different names', () => {
    const wv = createStream(42, 'work:voice');
    const pv = createStream(42, 'patience:voice');
    const a = take(100, () => wv.next());
    const b = take(100, () => pv.next());
    expect(a).not.toEqual(b);
    expect(a.filter((x, i) => x === b[i]).length).toBeLessThan(3);
  });

  it('draws in [0, 1) with mean 0.5', () => {
    const s = createStream(1, 'uniform');
    const n = 200_000;
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = s.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // Uniform sd = 1/√12, so SE = 0.2887/√n ≈ 6.5e-4; 4 SE leaves a false-failure
    // rate of ~6e-5, and with a fixed seed the outcome is deterministic anyway.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan((4 / Math.sqrt(12)) / Math.sqrt(n));
  });
});

describe('RandomStreams', () => {
  it('returns the same stream object for a name, continuing its sequence', () => {
    const streams = new RandomStreams(9);
    const s = streams.stream('behaviour');
    expect(streams.stream('behaviour')).toBe(s);
    const fresh = createStream(9, 'behaviour');
    expect([s.next(), streams.stream('behaviour').next()]).toEqual([fresh.next(), fresh.next()]);
  });

  it('does not shift one stream when another is added or consumed', () => {
    const alone = new RandomStreams(3);
    const expected = take(50, () => alone.stream('arrivals:voice').next());

    const crowded = new RandomStreams(3);
    crowded.stream('work:voice').next();
    const got: number[] = [];
    for (let i = 0; i < 50; i++) {
      got.push(crowded.stream('arrivals:voice').next());
      crowded.stream(`extra:${i}`).next();
      crowded.stream('work:voice').next();
    }
    expect(got).toEqual(expected);
  });
});

describe('deriveSeed', () => {
  it('is a deterministic non-negative 31-bit integer', () => {
    for (let k = 0; k < 1000; k++) {
      const s = deriveSeed(7, 'replication', k);
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(2 ** 31);
      expect(deriveSeed(7, 'replication', k)).toBe(s);
    }
  });

  it('gives distinct seeds per index, label and base seed', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, k) => deriveSeed(7, 'replication', k)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(7, 'replication', 0)).not.toBe(deriveSeed(8, 'replication', 0));
    expect(deriveSeed(7, 'replication', 0)).not.toBe(deriveSeed(7, 'bootstrap', 0));
  });
});
