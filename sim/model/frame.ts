/**
 * What every module of the centre shares, read-only: the day's frame and the
 * simulated clock, and the narrow view of the event queue they schedule on.
 * Modules take these (and each other's ports) as plain records: none of them
 * sees the whole simulation.
 */
import type { EventHandle } from '../engine/eventQueue';
import { toSeconds, type Scenario } from '../scenario/schema';

/** The day's fixed frame (simulated seconds since the scenario start). */
export interface DayFrame {
  /** Seconds since midnight at simulated time 0. */
  readonly dayStart: number;
  /** Arrivals stop at this time (clock.end − clock.start). */
  readonly closeTime: number;
  /** Contacts arriving before this are left out of the day's KPIs. */
  readonly warmupEnd: number;
  readonly shortAbandonSeconds: number;
  /** Realistic mode: human factors, difficult contacts, breaks, labour rules. */
  readonly realistic: boolean;
}

/** The frame of a scenario's day. */
export function dayFrameOf(scenario: Scenario): DayFrame {
  const dayStart = toSeconds(scenario.clock.start);
  const closeTime = toSeconds(scenario.clock.end) - dayStart;
  return {
    dayStart, closeTime, realistic: scenario.mode === 'realistic',
    warmupEnd: Math.min(scenario.stats.warmupMinutes * 60, closeTime),
    shortAbandonSeconds: scenario.stats.shortAbandonSeconds,
  };
}

/** The simulated clock, as the run loop keeps it. */
export interface Clock {
  readonly now: number;
}

/** Scheduling on the event queue (kinds: eventKinds.ts). */
export interface Scheduler {
  schedule(time: number, kind: number, a?: number, b?: number): EventHandle;
  cancel(handle: EventHandle): boolean;
}
