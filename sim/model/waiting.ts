/**
 * Waiting: a contact arrives (new, a retrial, a repeat, a callback, carried in),
 * is deflected by the IVR, or routed to an adviser, or queued with its timers
 * (abandon, callback offer, estimated-wait announcement, skill tiers, overflow);
 * it hangs up (perhaps to try again), or the line closes, or, at the end of the
 * run, it is carried over.
 */
import { compileSampler } from '../engine/distributions';
import type { EventQueue } from '../engine/eventQueue';
import type { RandomStreams } from '../engine/rng';
import type { KpiRecorder } from '../kpi/recorder';
import { announcementPlan, callbackPlan, estimatedWait } from '../routing/queuePlans';
import type { Router } from '../routing/router';
import type { ChannelRuntime } from './channelRuntime';
import { dueTime } from './channelRuntime';
import { drawCustomer, drawSurvey, drawWork, setUpContact } from './contactSetup';
import { ContactState as contactStates, Flag as contactFlags, Origin as origins, type ContactStore } from './contacts';
import { Ev as eventKinds, serialTag } from './eventKinds';
import type { Clock, DayFrame } from './frame';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop).
const Ev = { ...eventKinds };
const ContactState = { ...contactStates };
const Origin = { ...origins };
const Flag = { ...contactFlags };
/** Share of an incident's callers the IVR incident message answers. */
const IVR_INCIDENT_DEFLECTION = 0.35;

export interface WaitingParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly channels: readonly ChannelRuntime[];
  readonly contacts: ContactStore;
  readonly router: Router;
  readonly recorder: KpiRecorder;
  readonly queue: EventQueue;
}

/** What waiting hands on: a contact to an adviser; a queued contact to the open overflow groups. */
export interface WaitingPorts {
  readonly service: { answer(slot: number, adviser: number): void };
  readonly overflow: { queued(slot: number, channel: number): void };
}

export class Waiting {
  private readonly clock: Clock;
  private readonly frame: DayFrame;
  private readonly channels: readonly ChannelRuntime[];
  private readonly contacts: ContactStore;
  private readonly router: Router;
  private readonly recorder: KpiRecorder;
  private readonly queue: EventQueue;

  constructor(parts: WaitingParts, private readonly ports: WaitingPorts) {
    this.clock = parts.clock;
    this.frame = parts.frame;
    this.channels = parts.channels;
    this.contacts = parts.contacts;
    this.router = parts.router;
    this.recorder = parts.recorder;
    this.queue = parts.queue;
  }

  /** Emails already waiting at opening, carried over from the day before (ages drawn from their own stream). */
  carryIn(streams: RandomStreams): void {
    for (const ch of this.channels) {
      const backlog = ch.spec.backlog;
      if (!backlog) continue;
      const ages = compileSampler(backlog.ageHours);
      const rng = streams.stream(`backlog:${ch.id}`);
      const arrivals = Array.from({ length: backlog.count }, () => -ages(rng) * 3600).sort((x, y) => x - y);
      for (const arrival of arrivals) this.generate(ch.index, Origin.carriedIn, arrival);
    }
  }

  onArrival(channel: number): void {
    const now = this.clock.now;
    const next = this.channels[channel].arrivals!.next(now);
    if (next < Infinity) this.queue.schedule(next, Ev.arrival, channel);
    this.generate(channel, Origin.new, now);
  }

  /** A retrial (after an abandon) or a repeat (after an unresolved contact) arrives. */
  onReturn(channel: number, origin: number): void {
    if (this.clock.now >= this.frame.closeTime && this.channels[channel].realTime) return; // the line is closed
    this.generate(channel, origin, this.clock.now);
  }

  /** Creates a contact with its intrinsic draws, then deflects, routes or queues it; its slot, or −1 if deflected. */
  generate(channel: number, origin: number, arrival: number, due = -1, flags = 0): number {
    const ch = this.channels[channel];
    const contacts = this.contacts;
    const recorder = this.recorder;
    const slot = setUpContact(contacts, recorder, channel, origin, arrival);
    drawWork(ch, contacts, slot);
    flags = drawCustomer(ch, contacts, slot, flags);
    drawSurvey(ch, contacts, slot, origin);
    contacts.due[slot] = due >= 0 ? due : ch.dueSeconds === Infinity ? Infinity : dueTime(ch, arrival, this.frame.closeTime);
    if (origin === Origin.retrial) recorder.retrial(slot);
    else if (origin === Origin.repeat) recorder.repeat(slot);
    if (ch.deflection > 0 || flags & Flag.incident) {
      if (this.deflected(ch, slot, flags)) return -1;
    }
    recorder.offered(slot);
    this.route(slot);
    return slot;
  }

  /** The IVR answers the contact (self-service, never queued); the IVR incident message answers a share of the incident's callers. */
  private deflected(ch: ChannelRuntime, slot: number, flags: number): boolean {
    const deflection = flags & Flag.incident && ch.ivrIncident ? Math.max(ch.deflection, IVR_INCIDENT_DEFLECTION) : ch.deflection;
    if (!(deflection > 0 && this.contacts.uDeflect[slot] < deflection)) return false;
    this.recorder.deflected(slot); // served by self-service: never queued
    this.contacts.release(slot);
    return true;
  }

  /** Gives a new contact to an adviser, or queues it with its timers. */
  private route(slot: number): void {
    const contacts = this.contacts;
    const now = this.clock.now;
    const adviser = this.router.findAdviser(contacts.channel[slot], now - contacts.arrival[slot], now);
    if (adviser >= 0) this.ports.service.answer(slot, adviser);
    else this.enqueue(slot);
  }

  /** Nobody free: the contact waits, with its abandon timer and the channel's queue timers. */
  private enqueue(slot: number): void {
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = this.channels[channel];
    const now = this.clock.now;
    this.recorder.queued(slot);
    contacts.setState(slot, ContactState.waiting);
    const patience = contacts.patience[slot];
    if (patience < Infinity) {
      contacts.abandonHandle[slot] = this.queue.schedule(Math.max(now, contacts.arrival[slot] + patience), Ev.abandon, slot);
    }
    this.router.enqueue(slot);
    if (ch.hasQueueTimers && this.startQueueTimers(slot, ch, now)) return;
    this.ports.overflow.queued(slot, channel);
    if (now >= this.frame.closeTime) this.closeIfNobodyCanServe(channel);
  }

  /** Callback offer, announcement, skill tiers; true if the caller took a callback and left. */
  private startQueueTimers(slot: number, ch: ChannelRuntime, now: number): boolean {
    const contacts = this.contacts;
    const tag = serialTag(contacts.serial[slot]);
    if (ch.callbackOn && this.offerCallback(slot)) return true;
    if (ch.spec.announcement) this.queue.schedule(now + ch.spec.announcement.afterSeconds, Ev.announcement, slot, tag);
    for (let t = 1; t < ch.tierWaits.length; t++) {
      const at = contacts.arrival[slot] + ch.tierWaits[t];
      if (at > now) this.queue.schedule(at, Ev.widen, slot, tag);
    }
    return false;
  }

  private estimatedWait(channel: number): number {
    return estimatedWait(this.router.waiting[channel], this.channels[channel].meanHandle, this.router.staffed(channel));
  }

  /** Offers a callback when the estimated wait is long; true if the caller took it and left. */
  private offerCallback(slot: number): boolean {
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = this.channels[channel];
    const spec = ch.spec.callback!;
    const plan = callbackPlan(this.estimatedWait(channel), ch.callbackThreshold, contacts.uCallback[slot], spec.acceptShare);
    if (plan === 'none') return false;
    this.recorder.callbackOffered(slot);
    if (plan === 'declined') return false;
    this.recorder.calledBack(slot);
    this.leaveQueue(slot);
    contacts.release(slot);
    const now = this.clock.now;
    this.generate(ch.callbackChannel, Origin.callback, now, now + spec.dueWithinMinutes * 60);
    return true;
  }

  /** Takes a waiting contact out of its queue (cancelling its abandon timer). */
  leaveQueue(slot: number): void {
    const contacts = this.contacts;
    if (contacts.abandonHandle[slot] >= 0) {
      this.queue.cancel(contacts.abandonHandle[slot]);
      contacts.abandonHandle[slot] = -1;
    }
    contacts.setState(slot, ContactState.free);
    this.router.dequeued(contacts.channel[slot]);
  }

  /** True while the contact whose serial tag is `tag` is still waiting in `slot`. */
  stillWaiting(slot: number, tag: number): boolean {
    const contacts = this.contacts;
    return contacts.state[slot] === ContactState.waiting && serialTag(contacts.serial[slot]) === tag;
  }

  onAbandon(slot: number): void {
    if (this.contacts.state[slot] !== ContactState.waiting) return; // defensive: timers are cancelled on answer
    this.contacts.abandonHandle[slot] = -1;
    this.abandon(slot);
  }

  /** The customer hangs up (or the line closes): counted, and perhaps calls again later. */
  abandon(slot: number): void {
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = this.channels[channel];
    const now = this.clock.now;
    this.recorder.abandoned(slot, now - contacts.arrival[slot], this.frame.shortAbandonSeconds, ch.threshold);
    if (ch.retrialDelay !== null && contacts.uRetrial[slot] < ch.retrialShare && now < this.frame.closeTime) {
      this.queue.schedule(now + ch.retrialDelay(ch.behaviourRng), Ev.contactReturn, channel, Origin.retrial);
    }
    this.leaveQueue(slot);
    contacts.release(slot);
  }

  /** The estimated-wait announcement: callers who will not wait that long hang up now. */
  onAnnouncement(slot: number, tag: number): void {
    if (!this.stillWaiting(slot, tag)) return;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const patienceLeft = contacts.arrival[slot] + contacts.patience[slot] - this.clock.now;
    const plan = announcementPlan(this.estimatedWait(channel), this.positionOf(slot), this.router.waiting[channel], patienceLeft);
    if (plan === 'hangUp') this.abandon(slot);
  }

  /** 1-based position of a waiting contact in its queue (older waiting contacts + 1). */
  private positionOf(slot: number): number {
    const contacts = this.contacts;
    const q = this.router.queues[contacts.channel[slot]];
    let position = 0;
    for (let i = 0; i < q.length; i++) {
      const s = q.itemAt(i);
      const live = contacts.state[s] === ContactState.waiting && contacts.serial[s] === q.tagAt(i);
      if (live) position++;
      // A stale entry may hold the same slot (reused by a later contact): stop at this contact's own entry.
      if (live && s === slot) break;
    }
    return position;
  }

  /** The contact has waited long enough for the next skill tier: try again. */
  onWiden(slot: number, tag: number): void {
    if (!this.stillWaiting(slot, tag)) return;
    const now = this.clock.now;
    const adviser = this.router.findAdviser(this.contacts.channel[slot], now - this.contacts.arrival[slot], now);
    if (adviser < 0) return;
    this.leaveQueue(slot);
    this.ports.service.answer(slot, adviser);
  }

  /**
   * After closing time, a contact still waiting when nobody who could answer it
   * is logged in or due back is lost: counted as abandoned (the line closed).
   */
  closeIfNobodyCanServe(channel: number): void {
    if (this.clock.now < this.frame.closeTime || !this.channels[channel].realTime) return; // deferred work carries over
    if (this.router.staffed(channel) > 0) return;
    for (let slot = this.router.head(channel); slot >= 0; slot = this.router.head(channel)) this.abandon(slot);
  }

  closeIfNobodyCanServeAny(): void {
    for (let c = 0; c < this.channels.length; c++) if (this.router.waiting[c] > 0) this.closeIfNobodyCanServe(c);
  }

  /** Deferred contacts still waiting at the end (emails, callbacks): what a multi-day run hands to the next day. */
  readonly leftOver: { readonly channel: number; readonly arrival: number; readonly due: number }[] = [];

  /** End of the run: contacts still waiting are lost (real time) or carried over to the next day (emails, callbacks). */
  carryOver(): void {
    this.channels.forEach((ch, c) => {
      for (let slot = this.router.head(c); slot >= 0; slot = this.router.head(c)) {
        this.recorder.leftAtEnd(slot, ch.realTime);
        if (!ch.realTime) this.leftOver.push({ channel: c, arrival: this.contacts.arrival[slot], due: this.contacts.due[slot] });
        this.leaveQueue(slot);
        this.contacts.release(slot);
      }
    });
  }
}
