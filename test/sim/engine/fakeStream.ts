/**
 * Fake random streams for unit tests: the value of each draw is chosen by the test,
 * so a sampler's output can be checked against a hand-computed formula.
 */
import type { RandomStream } from '../../../sim/engine/rng';

/** A stream that records how many draws were taken. */
export interface FakeStream extends RandomStream {
  readonly draws: number;
}

/** Always returns `u` (must be in [0, 1)). */
export function constantStream(u: number): FakeStream {
  return sequenceStream([u], { cycle: true });
}

/**
 * Returns `values` in order. With `cycle`, starts over after the last one; otherwise
 * running past the end throws, so a test notices a sampler drawing more than expected.
 */
export function sequenceStream(values: readonly number[], opts: { cycle?: boolean } = {}): FakeStream {
  for (const u of values) {
    if (!(u >= 0 && u < 1)) throw new Error(`fake stream value ${u} is outside [0, 1)`);
  }
  if (values.length === 0) throw new Error('fake stream needs at least one value');
  let i = 0;
  return {
    get draws() {
      return i;
    },
    next() {
      if (i >= values.length && !opts.cycle) {
        throw new Error(`fake stream exhausted after ${values.length} draws`);
      }
      return values[i++ % values.length];
    },
  };
}
