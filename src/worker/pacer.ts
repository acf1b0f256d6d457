/**
 * Pacing: how far simulated time moves for a slice of wall time. Pure functions,
 * no timers: the worker calls them on each tick with the measured wall delta.
 */

/** Real-time multipliers offered to the user; 'end' runs to the end of the shift. */
export const speeds = [1, 2, 5, 15, 30, 60, 120, 'end'] as const;
export type Speed = (typeof speeds)[number];

/** A backgrounded tab may not tick for seconds: never jump more than this much wall time. */
export const maxWallDeltaMs = 250;

/** Simulated seconds per tick in 'end' mode: fast, yet the page still sees progress. */
export const endChunkSeconds = 1800;

/** Snapshot rate: one tick every `tickMs` (15 per second). */
export const tickMs = 66;

/** The simulated time to advance to after `wallDeltaMs` of wall time at `speed`. */
export function paceTarget(simTime: number, wallDeltaMs: number, speed: Speed): number {
  if (speed === 'end') return simTime + endChunkSeconds;
  const wall = Math.min(Math.max(0, wallDeltaMs), maxWallDeltaMs);
  return simTime + (wall / 1000) * speed;
}

/** The next faster (+1) or slower (−1) speed, staying within the list. */
export function stepSpeed(speed: Speed, direction: 1 | -1): Speed {
  const i = speeds.indexOf(speed);
  const j = Math.min(speeds.length - 1, Math.max(0, i + direction));
  return speeds[j];
}

export function isSpeed(value: unknown): value is Speed {
  return (speeds as readonly unknown[]).includes(value);
}
