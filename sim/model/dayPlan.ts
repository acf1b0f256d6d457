/**
 * The day as planned, and when its work is over: the events known before the day
 * starts (closing, shift starts and ends, planned breaks), the last planned arrival
 * on the floor, and the test that ends the run after closing.
 */
import { inGroup } from './adviserMachine';
import type { AdviserStore } from './advisers';
import { Ev } from './eventKinds';
import type { OverflowGroup } from './overflow';
import type { EventInstance } from './scenarioEvents';
import type { AdviserPlan } from './team';

export interface TimetableEntry {
  readonly time: number;
  readonly kind: number;
  readonly a: number;
  readonly b: number;
}

/** Closing, then each adviser's shift start, shift end and planned breaks (a: adviser, b: break index). */
export function plannedEvents(plans: readonly AdviserPlan[], closeTime: number): TimetableEntry[] {
  const entries: TimetableEntry[] = [{ time: closeTime, kind: Ev.close, a: 0, b: 0 }];
  plans.forEach((p, a) => {
    entries.push({ time: Math.max(0, p.shiftStart), kind: Ev.shiftStart, a, b: 0 });
    entries.push({ time: Math.max(0, p.shiftEnd), kind: Ev.shiftEnd, a, b: 0 });
    p.breaks.forEach((br, k) => entries.push({ time: Math.max(0, br.at), kind: Ev.breakDue, a, b: k }));
  });
  return entries;
}

/** The latest planned arrival on the floor: a shift start, or a new hire joining. */
export function lastStaffArrival(plans: readonly AdviserPlan[], events: readonly EventInstance[]): number {
  return Math.max(...plans.map((p) => p.shiftStart), ...events.filter((e) => e.spec.type === 'newHire').map((e) => e.start));
}

/**
 * After closing, the day's work is over when nobody is on the floor or due (a later
 * shift, a new hire, a called-in adviser) and no overflow group is still serving.
 */
export function dayIsOver(now: number, lastArrival: number, callInsPending: number, advisers: AdviserStore, groups: readonly OverflowGroup[]): boolean {
  if (now < lastArrival || callInsPending > 0) return false;
  for (let a = 0; a < advisers.count; a++) if (inGroup.loggedIn[advisers.state[a]]) return false;
  return !groups.some((g) => g.busy > 0);
}
