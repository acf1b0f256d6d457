/**
 * Raised hands: on a difficult contact the adviser gets stuck and raises a hand,
 * with a budget of time to wait for the supervisor (shorter for a VIP). Answered
 * in time (whisper, barge, take over), the adviser is relieved; left unanswered,
 * they handle it alone: longer, less often resolved, a complaint risk, more stress.
 */
import type { EventQueue } from '../engine/eventQueue';
import type { KpiRecorder } from '../kpi/recorder';
import type { ActivityLog } from './activityLog';
import type { AdviserStore } from './advisers';
import { Flag as contactFlags, type ContactStore } from './contacts';
import { Ev as eventKinds, serialTag } from './eventKinds';
import type { Clock } from './frame';
import { clamp01, HUMAN } from './humanFactors';
import type { AdviserPlan } from './team';

const Ev = { ...eventKinds };
const Flag = { ...contactFlags };

export interface RaisedHandParts {
  readonly clock: Clock;
  readonly contacts: ContactStore;
  readonly advisers: AdviserStore;
  readonly plans: readonly AdviserPlan[];
  readonly recorder: KpiRecorder;
  readonly queue: EventQueue;
  readonly activity: ActivityLog;
}

/** The talking phase's end, which an unanswered hand pushes back. */
export interface RaisedHandPorts {
  readonly service: { rescheduleTalkEnd(adviser: number, at: number): boolean };
}

export class RaisedHands {
  constructor(private readonly parts: RaisedHandParts, private readonly ports: RaisedHandPorts) {}

  /** True while the adviser's hand is up. */
  isRaised(adviser: number): boolean {
    return this.parts.advisers.handDeadline[adviser] !== Infinity;
  }

  onRaiseHand(adviser: number, tag: number): void {
    const { clock, contacts, advisers, recorder, queue, activity, plans } = this.parts;
    const slot = advisers.contact[adviser];
    if (slot < 0 || serialTag(contacts.serial[slot]) !== tag || advisers.talkEndHandle[adviser] < 0) return;
    const now = clock.now;
    const vip = (contacts.flags[slot] & Flag.vip) !== 0;
    advisers.handSince[adviser] = now;
    advisers.handDeadline[adviser] = now + (vip ? HUMAN.vipHandBudget : HUMAN.handBudget);
    advisers.handSerial[adviser] = contacts.serial[slot];
    advisers.handVip[adviser] = vip ? 1 : 0;
    advisers.version[adviser]++;
    recorder.handRaised(slot);
    queue.schedule(advisers.handDeadline[adviser], Ev.handDeadline, adviser, tag);
    const who = plans[adviser];
    activity.add(now, vip ? 'vipHandRaised' : 'handRaised', `${who.name} raises a hand${vip ? ' (VIP complaint)' : ''}`, { adviser: who.name }, 'warning', who.id);
  }

  /** Nobody came: the adviser handles it alone. */
  onHandDeadline(adviser: number, tag: number): void {
    const { clock, contacts, advisers, recorder, activity, plans } = this.parts;
    if (!this.isRaised(adviser) || serialTag(advisers.handSerial[adviser]) !== tag) return;
    this.clear(adviser);
    const now = clock.now;
    const slot = advisers.contact[adviser];
    contacts.flags[slot] |= Flag.handUnanswered;
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.15);
    recorder.handUnanswered(slot);
    const remaining = advisers.talkEndAt[adviser] - now;
    this.ports.service.rescheduleTalkEnd(adviser, now + remaining * 1.5 + 60);
    const who = plans[adviser];
    activity.add(now, 'handExpired', `${who.name}'s raised hand was not answered: handling it alone`, { adviser: who.name }, 'warning', who.id);
  }

  /** The supervisor answered the raised hand (whisper, barge, take over); false when no hand is up. */
  answer(adviser: number): boolean {
    const { advisers, recorder } = this.parts;
    if (!this.isRaised(adviser)) return false;
    this.clear(adviser);
    const slot = advisers.contact[adviser];
    recorder.handAnswered(slot);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.1);
    return true;
  }

  /** The contact ended before anyone came: the hand goes down. */
  clearIfRaised(adviser: number): void {
    if (this.isRaised(adviser)) this.clear(adviser);
  }

  private clear(adviser: number): void {
    this.parts.advisers.handDeadline[adviser] = Infinity;
    this.parts.advisers.version[adviser]++;
  }
}
