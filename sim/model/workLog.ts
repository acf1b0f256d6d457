/**
 * Each adviser's time on the floor, as the timesheet (HR, payroll) needs it:
 * log-in sessions, breaks, and when they were marked absent. The adviser store
 * feeds it at the few transitions that matter (logging in or out, a break
 * starting or ending); the engine never reads it, so keeping it changes no run.
 * Times are simulated seconds since scenario start.
 */
export class WorkLog {
  /** Per adviser, log-in and log-out times in turn: an odd length means still logged in. */
  readonly sessions: number[][];
  /** Per adviser, break start and end times in turn: an odd length means still on a break. */
  readonly breaks: number[][];
  /** When the adviser was first marked absent (NaN: never). */
  readonly absentAt: Float64Array;

  /**
   * Fatigue, stress and mood as the adviser last left the floor (NaN: never logged in), three
   * per adviser: what a multi-day run carries overnight. Read here because once off the
   * floor the day's model relaxes them as fast as a break would (see people.ts).
   */
  readonly factorsAtLogout: Float64Array;

  constructor(count: number) {
    this.factorsAtLogout = new Float64Array(count * 3).fill(NaN);
    this.sessions = Array.from({ length: count }, () => []);
    this.breaks = Array.from({ length: count }, () => []);
    this.absentAt = new Float64Array(count).fill(NaN);
  }

  /** A change that involves an off state (offline, absent): logging in, out, or being marked absent. */
  floorChange(adviser: number, wasOff: boolean, isOff: boolean, absent: boolean, now: number): void {
    if (wasOff !== isOff) this.sessions[adviser].push(now);
    if (absent && Number.isNaN(this.absentAt[adviser])) this.absentAt[adviser] = now;
  }

  leftFloor(adviser: number, fatigue: number, stress: number, mood: number): void {
    this.factorsAtLogout.set([fatigue, stress, mood], adviser * 3);
  }

  /** A break starts (or ends: back on the floor, or logged out from it). */
  breakChange(adviser: number, now: number): void {
    this.breaks[adviser].push(now);
  }
}

/** [from, to) intervals from a list of alternating times, an open one closed at `end`. */
export function intervalsOf(times: readonly number[], end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < times.length; k += 2) out.push([times[k], k + 1 < times.length ? times[k + 1] : Math.max(end, times[k])]);
  return out;
}
