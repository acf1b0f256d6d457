/** Driving a worker session from a test as the page's timer would. */
import type { SimSession } from '../../../src/worker/session';
import type { WorkerEvent } from '../../../src/worker/protocol';

/** Plays `minutes` of simulated time at 120×, in 250 ms ticks. */
export function play(s: SimSession, minutes: number): void {
  s.speed = 120;
  s.playing = true;
  for (let i = 0; i < (minutes * 60) / 30; i++) s.tick(250);
  s.playing = false;
}

/** Plays the day to its end. */
export function toEnd(s: SimSession): void {
  s.speed = 'end';
  s.playing = true;
  while (!s.finished) s.tick(250);
}

/** The session's next snapshot event (a failure or nothing is an error). */
export function snapshotEvent(s: SimSession): Extract<WorkerEvent, { kind: 'snapshot' }> {
  const event = s.emit();
  if (event?.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(event)}`);
  return event;
}
