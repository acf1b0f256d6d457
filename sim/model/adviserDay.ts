/**
 * An adviser's day: logging in at the start of the shift, off-queue activities
 * (breaks, coaching, training, offline tasks), logging out, and each time they
 * come free what they do next: what was promised first, then the best waiting
 * contact for their routing profile, then an outbound call, else the idle pool.
 */
import { log } from '../engine/detMath';
import type { EventQueue } from '../engine/eventQueue';
import type { RandomStream } from '../engine/rng';
import type { Router } from '../routing/router';
import { E as machineEvents, inGroup, S as machineStates } from './adviserMachine';
import { Pending as pendingCodes, type AdviserStore } from './advisers';
import type { ShiftBooks } from './books';
import type { ChannelRuntime } from './channelRuntime';
import { Ev as eventKinds } from './eventKinds';
import type { Clock, DayFrame } from './frame';
import type { Supervisor } from './supervisor';
import type { AdviserPlan } from './team';

const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const AWAY = inGroup.away;

/** The machine event that starts each pending activity, and the one that ends each away state. */
const startEvent = [-1, E.START_BREAK, E.START_COACHING, E.START_TRAINING, E.START_OFFLINE_TASK, -1];
const endEvent = new Int8Array(AWAY.length).fill(-1);
endEvent[S.break] = E.END_BREAK;
endEvent[S.coaching] = E.END_COACHING;
endEvent[S.training] = E.END_TRAINING;
endEvent[S.offlineTask] = E.END_OFFLINE_TASK;

export interface AdviserDayParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly channels: readonly ChannelRuntime[];
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly router: Router;
  readonly queue: EventQueue;
  readonly supervisor: Supervisor;
  readonly books: ShiftBooks;
  /** Draws for the advisers' behaviour (lateness back from breaks). */
  readonly peopleRng: RandomStream;
  /** Advisers who will not turn up (a random absence, decided up front). */
  readonly absentAtStart: Uint8Array;
}

export interface AdviserDayPorts {
  readonly service: { answer(slot: number, adviser: number): void };
  readonly dialling: { readonly active: boolean; dial(adviser: number): boolean };
  readonly waiting: { closeIfNobodyCanServeAny(): void };
  readonly presence: { markAbsent(adviser: number): void };
  /** Planned breaks: when one actually starts and ends (the schedule the console shows). */
  readonly breaks: { started(adviser: number): void; ended(adviser: number): void; takeOverdue(adviser: number): void };
  /** Told each time an adviser leaves the floor: after closing, the day may be over. */
  readonly floor: { loggedOut(): void };
  readonly coaching: { coachingStarted(adviser: number, seconds: number): void; coachingEnded(adviser: number): void };
}

export class AdviserDay {
  constructor(private readonly parts: AdviserDayParts, private readonly ports: AdviserDayPorts) {}

  /** An adviser just reached `available`: decides what they do next. */
  becameFree(adviser: number): void {
    const { clock, advisers, router } = this.parts;
    if (advisers.pending[adviser] !== Pending.none) {
      const what = advisers.pending[adviser];
      advisers.pending[adviser] = Pending.none;
      this.startActivity(adviser, what, advisers.pendingSeconds[adviser]);
      return;
    }
    const shiftOver = advisers.shiftOver[adviser];
    if (!shiftOver && advisers.breakDueAt[adviser] <= clock.now) {
      // A break came due while they were busy with something else: it starts now.
      this.ports.breaks.takeOverdue(adviser);
      if (advisers.state[adviser] !== S.available) return;
    }
    if (shiftOver && !this.shouldStayForQueue(adviser)) {
      this.logOutNow(adviser);
      return;
    }
    const slot = router.takeContact(adviser, clock.now);
    if (slot >= 0) this.ports.service.answer(slot, adviser);
    else if (!shiftOver && this.ports.dialling.active && this.ports.dialling.dial(adviser)) return;
    else if (shiftOver) this.logOutNow(adviser);
    else router.markIdle(adviser);
  }

  logOutNow(adviser: number): void {
    const { clock, advisers, books } = this.parts;
    const now = clock.now;
    if (advisers.state[adviser] === S.break) this.ports.breaks.ended(adviser);
    advisers.transition(adviser, E.LOG_OUT, now);
    if (advisers.calledInAt[adviser] >= 0) {
      books.addOvertimeHours((now - advisers.calledInAt[adviser]) / 3600);
      advisers.calledInAt[adviser] = -1;
    }
    if (advisers.absentAfterLogout[adviser]) {
      advisers.absentAfterLogout[adviser] = 0;
      advisers.transition(adviser, E.MARK_ABSENT, now);
    }
    this.ports.waiting.closeIfNobodyCanServeAny();
    this.ports.floor.loggedOut();
  }

  /** After closing time, advisers whose shift ends at close stay until their real-time queues are empty. */
  private shouldStayForQueue(adviser: number): boolean {
    const { clock, frame, plans, advisers, channels, router } = this.parts;
    if (clock.now < frame.closeTime || plans[adviser].shiftEnd < frame.closeTime) return false;
    const skills = advisers.skills[adviser];
    for (const ch of channels) if (ch.realTime && skills[ch.index] > 0 && router.waiting[ch.index] > 0) return true;
    return false;
  }

  /** Starts an off-queue activity (or logs out) for an `available` adviser. */
  startActivity(adviser: number, what: number, seconds: number): void {
    const { clock, frame, advisers, queue, peopleRng, books } = this.parts;
    if (what === Pending.logOut) {
      this.logOutNow(adviser);
      return;
    }
    const now = clock.now;
    advisers.transition(adviser, startEvent[what], now);
    let duration = seconds;
    if (what === Pending.break && frame.realistic) {
      // Coming back late from a break: more likely, and later, under stress.
      const stress = advisers.stress[adviser];
      const u = peopleRng.next();
      const late = peopleRng.next();
      if (u < 0.1 + 0.5 * stress) {
        const overrun = -log(1 - late) * 180 * (1 + 2 * stress);
        duration += overrun;
        books.observedLateness(adviser, overrun);
      }
    }
    if (what === Pending.coaching) this.ports.coaching.coachingStarted(adviser, seconds);
    if (what === Pending.break) this.ports.breaks.started(adviser);
    queue.schedule(now + duration, Ev.activityEnd, adviser, ++advisers.activityToken[adviser]);
  }

  /** Requests an activity: now if the adviser is available, else once their contacts end. */
  requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' {
    const advisers = this.parts.advisers;
    if (advisers.state[adviser] === S.available) {
      this.startActivity(adviser, what, seconds);
      return 'now';
    }
    advisers.pending[adviser] = what;
    advisers.pendingSeconds[adviser] = seconds;
    advisers.version[adviser]++;
    return 'deferred';
  }

  /** Ends the adviser's day: now when not handling a contact, else after it. */
  logOut(adviser: number): 'now' | 'deferred' {
    const { advisers, supervisor } = this.parts;
    // A coaching session waiting for this adviser will not happen: the supervisor is free again.
    if (supervisor.adviser === adviser && supervisor.until === Infinity) supervisor.release(supervisor.token);
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available || AWAY[s]) {
      advisers.pending[adviser] = Pending.none;
      this.logOutNow(adviser);
      return 'now';
    }
    advisers.pending[adviser] = Pending.logOut;
    return 'deferred';
  }

  /** Brings a logged-out or absent adviser onto the floor (overtime, late arrival). */
  logIn(adviser: number): void {
    const advisers = this.parts.advisers;
    advisers.shiftOver[adviser] = 0;
    advisers.transition(adviser, E.LOG_IN, this.parts.clock.now);
    this.becameFree(adviser);
  }

  /** Replaces an adviser's skills (and optionally profile); a free adviser may pick up work at once. */
  setSkills(adviser: number, skills: Record<string, number>, profile?: Record<string, number>): void {
    const { clock, advisers, router } = this.parts;
    advisers.skills[adviser] = advisers.skillRow(skills);
    advisers.staffingVersion++;
    if (profile) advisers.routingProfile[adviser] = { ...profile };
    advisers.version[adviser]++;
    router.refreshProfile(adviser);
    if (advisers.state[adviser] === S.available) {
      const slot = router.takeContact(adviser, clock.now);
      if (slot >= 0) this.ports.service.answer(slot, adviser);
    }
  }

  onActivityEnd(adviser: number, token: number): void {
    const advisers = this.parts.advisers;
    if (advisers.activityToken[adviser] !== token) return; // that activity was already ended
    const s = advisers.state[adviser];
    const event = endEvent[s];
    if (event < 0) return; // logged out meanwhile
    advisers.transition(adviser, event, this.parts.clock.now);
    if (s === S.coaching) this.ports.coaching.coachingEnded(adviser);
    if (s === S.break) this.ports.breaks.ended(adviser);
    if (s === S.training && advisers.briefing[adviser]) {
      advisers.briefing[adviser] = 0;
      advisers.briefed[adviser] = 1;
    }
    this.becameFree(adviser);
  }

  /** The shift starts: the adviser logs in (or, decided up front, does not turn up). */
  onShiftStart(adviser: number): void {
    const advisers = this.parts.advisers;
    if (advisers.state[adviser] !== S.offline || advisers.shiftOver[adviser]) return;
    if (this.parts.absentAtStart[adviser]) {
      this.ports.presence.markAbsent(adviser);
      return;
    }
    advisers.transition(adviser, E.LOG_IN, this.parts.clock.now);
    this.becameFree(adviser);
  }

  onShiftEnd(adviser: number): void {
    const advisers = this.parts.advisers;
    if (this.parts.clock.now < advisers.shiftEndAt[adviser]) return; // overtime moved it back
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available) {
      if (!this.shouldStayForQueue(adviser)) this.logOutNow(adviser);
    } else if (AWAY[s]) {
      this.logOutNow(adviser);
    }
    // Handling: logs out from becameFree() once their contacts are done.
  }
}
