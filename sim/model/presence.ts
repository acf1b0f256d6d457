/**
 * Who is on the floor, beyond the planned shifts: a sick call, a new hire
 * joining, overtime asked for, an adviser called in (paid with a premium).
 */
import type { EventQueue } from '../engine/eventQueue';
import type { RandomStream } from '../engine/rng';
import { E as machineEvents, S as machineStates } from './adviserMachine';
import type { ActivityLog } from './activityLog';
import type { AdviserStore } from './advisers';
import type { ShiftBooks } from './books';
import { Ev as eventKinds } from './eventKinds';
import type { Clock, DayFrame } from './frame';
import type { AdviserPlan } from './team';

const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };

export interface PresenceParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly queue: EventQueue;
  readonly books: ShiftBooks;
  readonly activity: ActivityLog;
  /** Draws for the advisers' behaviour (accepting overtime). */
  readonly peopleRng: RandomStream;
  readonly callInDelayMinutes: number;
}

export interface PresencePorts {
  readonly day: { logOut(adviser: number): 'now' | 'deferred'; logIn(adviser: number): void; becameFree(adviser: number): void };
  readonly breaks: { planExtraHours(adviser: number, from: number, to: number): void };
}

export class Presence {
  /** Called-in advisers not yet arrived. */
  callInsPending = 0;

  constructor(private readonly parts: PresenceParts, private readonly ports: PresencePorts) {}

  /** A sick call: absent from now (after the current contact if busy). */
  markAbsent(adviser: number): void {
    const { clock, plans, advisers, activity } = this.parts;
    if (adviser < 0) return;
    const who = plans[adviser];
    activity.add(clock.now, 'absence', `${who.name} is absent`, { adviser: who.name }, 'warning', who.id);
    advisers.shiftOver[adviser] = 1;
    if (advisers.state[adviser] === S.offline) {
      advisers.transition(adviser, E.MARK_ABSENT, clock.now);
      return;
    }
    if (advisers.state[adviser] === S.absent) return;
    advisers.absentAfterLogout[adviser] = 1;
    this.ports.day.logOut(adviser);
  }

  /** A new hire joins the floor now (whatever their planned shift start). */
  joinNow(adviser: number): void {
    const { clock, plans, advisers, activity } = this.parts;
    if (adviser < 0) return;
    const who = plans[adviser];
    activity.add(clock.now, 'newHire', `${who.name} joins the team (new hire)`, { adviser: who.name }, 'info', who.id);
    if (advisers.state[adviser] !== S.offline) return;
    advisers.shiftOver[adviser] = 0;
    advisers.transition(adviser, E.LOG_IN, clock.now);
    this.ports.day.becameFree(adviser);
  }

  /** Asked to stay longer: the shift end moves back (they may decline when their mood is low). */
  askOvertime(adviser: number, minutes: number): boolean {
    const { clock, frame, advisers, queue, books, peopleRng } = this.parts;
    const now = clock.now;
    advisers.refreshFactors(adviser, now);
    if (frame.realistic && peopleRng.next() > 0.35 + advisers.mood[adviser] - 0.5 * advisers.fatigue[adviser]) return false;
    advisers.shiftEndAt[adviser] = Math.max(advisers.shiftEndAt[adviser], now) + minutes * 60;
    advisers.version[adviser]++;
    queue.schedule(advisers.shiftEndAt[adviser], Ev.shiftEnd, adviser);
    books.addOvertimeHours(minutes / 60);
    return true;
  }

  /** Calls in an adviser who is off: they arrive after the scenario's delay; paid as overtime. Returns the arrival time. */
  callIn(adviser: number): number {
    const arrival = this.parts.clock.now + this.parts.callInDelayMinutes * 60;
    this.parts.queue.schedule(arrival, Ev.calledInArrival, adviser);
    this.callInsPending++;
    return arrival;
  }

  onCalledInArrival(adviser: number): void {
    const { clock, frame, plans, advisers, queue, activity } = this.parts;
    this.callInsPending--;
    if (advisers.state[adviser] !== S.offline && advisers.state[adviser] !== S.absent) return;
    const now = clock.now;
    advisers.calledInAt[adviser] = now;
    advisers.shiftEndAt[adviser] = Math.max(frame.closeTime, now + 4 * 3600);
    queue.schedule(advisers.shiftEndAt[adviser], Ev.shiftEnd, adviser);
    // The extra hours get their own pauses, as a planned shift would: the call-in must keep the labour rules.
    this.ports.breaks.planExtraHours(adviser, now, advisers.shiftEndAt[adviser]);
    const who = plans[adviser];
    activity.add(now, 'calledInArrived', `${who.name} arrives (called in)`, { adviser: who.name }, 'info', who.id);
    this.ports.day.logIn(adviser);
  }
}
