/**
 * Outbound dialling: a free adviser on an outbound campaign gets the dialer's
 * next call (when calling hours, the campaign and blending allow), the consumer
 * answers (a conversation, perhaps a sale) or not (the adviser is free again).
 * The calling rules themselves are the dialer's (routing/dialer.ts).
 */
import type { EventQueue } from '../engine/eventQueue';
import type { KpiRecorder } from '../kpi/recorder';
import type { Dialer } from '../routing/dialer';
import type { Router } from '../routing/router';
import { E as machineEvents, S as machineStates } from './adviserMachine';
import type { AdviserStore } from './advisers';
import type { ShiftBooks } from './books';
import { drawWork, setUpContact } from './contactSetup';
import { ContactState, Origin as origins, type ContactStore } from './contacts';
import { Ev as eventKinds } from './eventKinds';
import type { Clock, DayFrame } from './frame';
import { drawOutcome } from './outbound';

const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const Origin = { ...origins };

export interface DiallingParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly contacts: ContactStore;
  readonly advisers: AdviserStore;
  readonly router: Router;
  readonly recorder: KpiRecorder;
  readonly queue: EventQueue;
  readonly dialers: readonly Dialer[];
  readonly books: ShiftBooks;
  /** Outbound channel index → when its campaign starts (absent: from the start). */
  readonly campaignStarts: ReadonlyMap<number, number>;
}

export interface DiallingPorts {
  readonly service: { assign(adviser: number, slot: number): void; startTalk(adviser: number, slot: number): void };
  readonly day: { becameFree(adviser: number): void };
}

export class Dialling {
  constructor(private readonly parts: DiallingParts, private readonly ports: DiallingPorts) {}

  get active(): boolean {
    return this.parts.dialers.length > 0;
  }

  /** Gives a free adviser the dialer's next call, if they work an outbound campaign; true if they got one. */
  dial(adviser: number): boolean {
    const { clock, advisers, router, campaignStarts, dialers } = this.parts;
    const now = clock.now;
    for (const dialer of dialers) {
      const c = dialer.channel.index;
      if (!(advisers.skills[adviser][c] > 0) || !router.open(c)) continue;
      if (now < (campaignStarts.get(c) ?? 0)) continue; // the campaign has not started
      const plan = dialer.next(now);
      if (plan === null) continue;
      if ('wakeAt' in plan) {
        this.wakeDialerAt(dialer, plan.wakeAt);
        continue;
      }
      this.startCall(adviser, dialer, plan.record.id, plan.breaches);
      return true;
    }
    return false;
  }

  private wakeDialerAt(dialer: Dialer, at: number): void {
    // Nothing to wake for after closing: the campaign resumes another day.
    if (at >= dialer.wakeAt || at >= this.parts.frame.closeTime) return;
    dialer.wakeAt = at;
    this.parts.queue.schedule(Math.max(at, this.parts.clock.now), Ev.dialerWake, dialer.channel.index);
  }

  /** Calling hours open, a retry comes due, or the campaign starts: free outbound advisers start dialling. */
  onDialerWake(channel: number): void {
    const { clock, advisers, dialers } = this.parts;
    const dialer = dialers.find((d) => d.channel.index === channel)!;
    if (clock.now < dialer.wakeAt) return; // superseded by an earlier wake
    dialer.wakeAt = Infinity;
    for (let a = 0; a < advisers.count; a++) {
      if (advisers.state[a] === S.available && advisers.skills[a][channel] > 0 && !advisers.shiftOver[a]) {
        if (!this.dial(a)) break;
      }
    }
  }

  private startCall(adviser: number, dialer: Dialer, recordId: number, breaches: readonly string[]): void {
    const { clock, contacts, advisers, recorder, queue, books } = this.parts;
    const ch = dialer.channel;
    const now = clock.now;
    const slot = setUpContact(contacts, recorder, ch.index, Origin.outbound, now);
    contacts.ref[slot] = recordId;
    contacts.due[slot] = Infinity;
    contacts.patience[slot] = Infinity;
    drawWork(ch, contacts, slot);
    contacts.uCallback[slot] = dialer.outcomeRng.next(); // the outcome draw
    contacts.uResolved[slot] = dialer.outcomeRng.next(); // the conversion draw
    contacts.setState(slot, ContactState.inService); // the adviser is on it
    contacts.adviser[slot] = adviser;
    recorder.dialled(slot);
    for (const rule of breaches) {
      recorder.dialerBreach(slot);
      books.dialerBreach(rule, ch.id, recordId);
    }
    this.ports.service.assign(adviser, slot);
    advisers.transition(adviser, E.OFFER, now);
    const spec = dialer.spec;
    queue.schedule(now + (spec.mode === 'preview' ? spec.previewSeconds : 0) + spec.ringSeconds, Ev.dialerConnect, adviser);
  }

  /** The dialled consumer answers (a conversation) or not (no answer, busy, voicemail). */
  onDialerConnect(adviser: number): void {
    const { clock, contacts, advisers, recorder, dialers } = this.parts;
    const now = clock.now;
    const slot = advisers.contact[adviser];
    const dialer = dialers.find((d) => d.channel.index === contacts.channel[slot])!;
    const record = dialer.records[contacts.ref[slot]];
    const outcome = drawOutcome(dialer.spec.outcomes, contacts.uCallback[slot]);
    const converted = outcome === 'answered' && contacts.uResolved[slot] < dialer.spec.conversion;
    dialer.recordOutcome(record, outcome, converted, now);
    if (outcome === 'answered') {
      recorder.reached(slot, converted);
      contacts.answeredAt[slot] = now;
      contacts.uResolved[slot] = 0; // a reached consumer is done with: no repeat contact
      advisers.transition(adviser, E.ACCEPT, now);
      this.ports.service.startTalk(adviser, slot);
      return;
    }
    recorder.unreached(slot);
    advisers.contact[adviser] = -1;
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.DECLINE, now);
    contacts.release(slot);
    this.ports.day.becameFree(adviser);
  }
}
