/**
 * Planned breaks as the day unfolds: due at their time (taken when the adviser
 * is free), delayed or cancelled by the supervisor (stress; the labour rules
 * may then be broken, see people.ts).
 */
import type { EventQueue } from '../engine/eventQueue';
import { Pending as pendingCodes, type AdviserStore } from './advisers';
import { Ev as eventKinds } from './eventKinds';
import type { Clock } from './frame';
import { clamp01 } from './humanFactors';
import { inGroup, S as machineStates } from './adviserMachine';
import { defaultBreaks, type AdviserPlan } from './team';

const Ev = { ...eventKinds };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const AWAY = inGroup.away;
const OFF = inGroup.off;

/** A planned break: delayed, cancelled or taken. */
export interface BreakPlan {
  at: number;
  readonly seconds: number;
  readonly kind: 'pause' | 'lunch';
  state: 'planned' | 'taken' | 'cancelled';
  /** When the adviser went on it and came back (null until then). */
  startedAt: number | null;
  endedAt: number | null;
  /** Set once `planBreaks` rewrote the day's plan: the time it was planned for (before any delay). */
  plannedAt?: number;
}

export interface BreakParts {
  readonly clock: Clock;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly queue: EventQueue;
}

export interface BreakPorts {
  readonly day: { requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' };
}

export class Breaks {
  /** Per adviser, the day's planned breaks in order. */
  readonly plans: BreakPlan[][];

  constructor(private readonly parts: BreakParts, private readonly ports: BreakPorts) {
    this.plans = parts.plans.map((p) => p.breaks.map((b) => ({ at: b.at, seconds: b.seconds, kind: b.kind, state: 'planned' as const, startedAt: null, endedAt: null })));
    for (let a = 0; a < this.plans.length; a++) this.refreshDue(a);
  }

  /** Keeps the adviser's next planned break time current (routing drains chats ahead of it). */
  private refreshDue(adviser: number): void {
    let due = Infinity;
    for (const plan of this.plans[adviser]) if (plan.state === 'planned' && plan.at < due) due = plan.at;
    this.parts.advisers.breakDueAt[adviser] = due;
  }

  /** Pauses for hours worked beyond the plan (a call-in), as the default plan would give them. */
  planExtraHours(adviser: number, from: number, to: number): void {
    const plans = this.plans[adviser];
    for (const b of defaultBreaks(from, to, adviser)) {
      plans.push({ at: b.at, seconds: b.seconds, kind: b.kind, state: 'planned', startedAt: null, endedAt: null });
      this.parts.queue.schedule(b.at, Ev.breakDue, adviser, plans.length - 1);
    }
    this.refreshDue(adviser);
    this.parts.advisers.version[adviser]++;
  }

  /** The adviser goes on a break: the planned one whose time came and has not begun, if any (a sent one is unplanned). */
  started(adviser: number): void {
    const now = this.parts.clock.now;
    const plans = this.plans[adviser];
    for (let k = plans.length - 1; k >= 0; k--) {
      if (plans[k].state === 'taken' && plans[k].startedAt === null && plans[k].at <= now) {
        plans[k].startedAt = now;
        this.parts.advisers.version[adviser]++;
        return;
      }
    }
  }

  /** Back from a break: closes the planned one in progress. */
  ended(adviser: number): void {
    for (const plan of this.plans[adviser]) {
      if (plan.startedAt !== null && plan.endedAt === null) {
        plan.endedAt = this.parts.clock.now;
        this.parts.advisers.version[adviser]++;
      }
    }
  }

  /**
   * Replaces the breaks not yet due or begun with `breaks` (planBreaks). Those already
   * taken, cancelled or waiting for the adviser's contact to end stay as they were.
   * The day's timetable still holds the old plan's due events by index: each is checked
   * against the entry it now points at (its state and time), so a stale one changes nothing.
   */
  replan(adviser: number, breaks: readonly { at: number; seconds: number; kind: 'pause' | 'lunch' }[], originalAt: (k: number) => number): void {
    const { advisers, queue } = this.parts;
    const plans = this.plans[adviser];
    const kept = plans
      .map((b, k) => ({ ...b, plannedAt: b.plannedAt ?? originalAt(k) }))
      .filter((b) => b.state !== 'planned');
    plans.length = 0;
    plans.push(...kept);
    for (const b of [...breaks].sort((x, y) => x.at - y.at)) {
      plans.push({ at: b.at, seconds: b.seconds, kind: b.kind, state: 'planned', startedAt: null, endedAt: null, plannedAt: b.at });
      queue.schedule(b.at, Ev.breakDue, adviser, plans.length - 1);
    }
    this.refreshDue(adviser);
    advisers.version[adviser]++;
  }

  onBreakDue(adviser: number, index: number): void {
    const { clock, advisers } = this.parts;
    const plan = this.plans[adviser][index];
    if (plan === undefined) return; // a due event of a plan since rewritten (replan)
    if (plan.state !== 'planned' || clock.now < plan.at) return; // cancelled, or delayed to later
    const s = advisers.state[adviser];
    // Busy with another activity (coaching, training…) or with one planned: the break waits
    // for them to be free (takeOverdue), rather than being lost.
    const atWork = !OFF[s] && !advisers.shiftOver[adviser];
    if (atWork && s !== S.break && (advisers.pending[adviser] !== Pending.none || AWAY[s])) return;
    plan.state = 'taken';
    this.refreshDue(adviser);
    advisers.version[adviser]++;
    if (!atWork) return;
    if (s === S.break) return; // already on one: it counts
    this.ports.day.requestActivity(adviser, Pending.break, plan.seconds);
  }

  /**
   * The adviser's next break not yet begun: the one waiting for their contact to end
   * (the latest whose time came and that has not started), else the next planned; −1.
   */
  next(adviser: number): number {
    const plans = this.plans[adviser];
    const now = this.parts.clock.now;
    if (this.parts.advisers.pending[adviser] === Pending.break) {
      for (let k = plans.length - 1; k >= 0; k--) if (plans[k].state === 'taken' && plans[k].startedAt === null && plans[k].at <= now) return k;
    }
    for (let k = 0; k < plans.length; k++) if (plans[k].state === 'planned') return k;
    return -1;
  }

  /** Called when the adviser is free with nothing else planned: a break that came due meanwhile starts now. */
  takeOverdue(adviser: number): void {
    const plans = this.plans[adviser];
    const now = this.parts.clock.now;
    for (let k = 0; k < plans.length; k++) if (plans[k].state === 'planned' && plans[k].at <= now) return this.onBreakDue(adviser, k);
  }

  /** Pushes break `k` back by `minutes` (stress). */
  delay(adviser: number, k: number, minutes: number): void {
    const { clock, advisers, queue } = this.parts;
    const plan = this.plans[adviser][k];
    if (advisers.pending[adviser] === Pending.break) advisers.pending[adviser] = Pending.none;
    plan.state = 'planned';
    plan.at = Math.max(plan.at, clock.now) + minutes * 60;
    queue.schedule(plan.at, Ev.breakDue, adviser, k);
    this.refreshDue(adviser);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.05);
    advisers.version[adviser]++;
  }

  /** Cancels break `k` (stress; fatigue keeps growing without it). */
  cancel(adviser: number, k: number): void {
    const advisers = this.parts.advisers;
    if (advisers.pending[adviser] === Pending.break) advisers.pending[adviser] = Pending.none;
    this.plans[adviser][k].state = 'cancelled';
    this.refreshDue(adviser);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.1);
    advisers.version[adviser]++;
  }
}
