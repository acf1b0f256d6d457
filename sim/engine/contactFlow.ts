/**
 * A contact's life: generated (its intrinsic attributes drawn once, from its
 * channel's own streams), deflected by the IVR, routed or queued, offered a
 * callback, told the estimated wait, widened to lower skill tiers, overflowed,
 * abandoned (perhaps to call again), answered, handled alone or concurrently,
 * resolved or not (a repeat contact), or carried over at the end of the day.
 */
import { bernoulli } from './distributions';
import { Ev as eventKinds, serialTag } from './events';
import { E as machineEvents, S as machineStates } from '../model/adviserMachine';
import { dueTime } from '../model/channelRuntime';
import { ContactState as contactStates, Flag as contactFlags, Origin as origins } from '../model/contacts';
import { HUMAN, clamp01, effectiveProficiency, fcrFactor, handleMultiplier, quality, type Factors } from '../model/humanFactors';
import { Field as kpiFields } from '../kpi/counters';
import { openGroupsFor, type OverflowGroup } from '../routing/overflow';
import type { Simulation } from './simulation';
import type { ContactStore } from '../model/contacts';
import type { KpiCounters } from '../kpi/counters';
import type { EventQueue } from './eventQueue';
import type { Router } from '../routing/router';
import type { AdviserStore } from '../model/advisers';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const ContactState = { ...contactStates };
const Origin = { ...origins };
const Field = { ...kpiFields };
const Flag = { ...contactFlags };
/** Share of an incident's callers the IVR incident message answers. */
const IVR_INCIDENT_DEFLECTION = 0.35;
const factors: Factors = { fatigue: 0, stress: 0, mood: 0 };

export class ContactFlow {
  // The simulation's parts, held directly: this is the hot path.
  private readonly contacts: ContactStore;
  private readonly counters: KpiCounters;
  private readonly queue: EventQueue;
  private readonly router: Router;
  private readonly advisers: AdviserStore;

  constructor(private readonly sim: Simulation) {
    this.contacts = sim.contacts;
    this.counters = sim.counters;
    this.queue = sim.queue;
    this.router = sim.router;
    this.advisers = sim.advisers;
  }

  // ── Arrival ─────────────────────────────────────────────────────────────

  onArrival(channel: number): void {
    const sim = this.sim;
    const ch = sim.channels[channel];
    const next = ch.arrivals!.next(sim.time);
    if (next < Infinity) this.queue.schedule(next, Ev.arrival, channel);
    this.generate(channel, Origin.new, sim.time);
  }

  /** A retrial (after an abandon) or a repeat (after an unresolved contact) arrives. */
  onReturn(channel: number, origin: number): void {
    if (this.sim.time >= this.sim.closeTime && this.sim.channels[channel].realTime) return; // the line is closed
    this.generate(channel, origin, this.sim.time);
  }

  /**
   * Creates a contact with its intrinsic attributes, drawn in a fixed order from
   * the channel's own streams, then deflects, routes or queues it.
   */
  generate(channel: number, origin: number, arrival: number, due = -1, flags = 0): number {
    const sim = this.sim;
    const ch = sim.channels[channel];
    const contacts = this.contacts;
    const counters = this.counters;
    const slot = contacts.allocate();
    contacts.channel[slot] = channel;
    contacts.origin[slot] = origin;
    contacts.arrival[slot] = arrival;
    if (ch.exchanges !== null) {
      // Messaging: several exchanges, each a burst of work, with the customer idle in between.
      const n = Math.max(1, Math.round(ch.exchanges(ch.workRng)));
      let work = 0;
      let gap = 0;
      for (let i = 0; i < n; i++) work += ch.talk(ch.workRng);
      for (let i = 1; i < n && ch.gap !== null; i++) gap += ch.gap(ch.workRng);
      contacts.talk[slot] = work;
      contacts.gap[slot] = gap;
    } else {
      contacts.talk[slot] = ch.talk(ch.workRng);
      contacts.gap[slot] = 0;
    }
    const holds = ch.holdDuration !== null && bernoulli(ch.workRng, ch.holdProbability);
    contacts.hold[slot] = holds ? ch.holdDuration!(ch.workRng) : 0;
    contacts.wrapUp[slot] = ch.wrapUp(ch.workRng);
    contacts.patience[slot] = ch.patience ? ch.patience(ch.patienceRng) : Infinity;
    if (ch.needsBehaviourDraws) {
      const rng = ch.behaviourRng;
      contacts.uRetrial[slot] = rng.next();
      contacts.uResolved[slot] = rng.next();
      contacts.uCallback[slot] = rng.next();
      contacts.uDeflect[slot] = rng.next();
      if (rng.next() < ch.difficultShare) flags |= Flag.difficult;
    }
    contacts.flags[slot] = flags;
    contacts.due[slot] = due >= 0 ? due : ch.dueSeconds === Infinity ? Infinity : dueTime(ch, arrival, sim.closeTime);
    contacts.ref[slot] = -1;

    // Carried-in work counts on today's first interval.
    const countedAt = arrival > 0 ? arrival : 0;
    const row = counters.row(channel, counters.intervalOf(countedAt));
    const total = countedAt >= sim.warmupEnd ? counters.totalRow(channel) : -1;
    contacts.kpiRow[slot] = row;
    contacts.kpiTotal[slot] = total;
    if (origin === Origin.retrial) counters.addAt(row, total, Field.retrials, 1);
    else if (origin === Origin.repeat) counters.addAt(row, total, Field.repeats, 1);

    // The IVR incident message answers a share of the incident's callers.
    const deflection = flags & Flag.incident && ch.ivrIncident ? Math.max(ch.deflection, IVR_INCIDENT_DEFLECTION) : ch.deflection;
    if (deflection > 0 && contacts.uDeflect[slot] < deflection) {
      counters.addAt(row, total, Field.deflected, 1); // served by self-service: never queued
      contacts.release(slot);
      return -1;
    }
    counters.addAt(row, total, Field.offered, 1);
    this.route(slot);
    return slot;
  }

  /** Gives a new contact to an adviser, or queues it with its timers. */
  private route(slot: number): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = sim.channels[channel];
    const now = sim.time;
    const adviser = this.router.findAdviser(channel, now - contacts.arrival[slot]);
    if (adviser >= 0) {
      this.answer(slot, adviser);
      return;
    }
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    this.counters.addAt(row, total, Field.waited, 1);
    this.counters.addAt(row, total, Field.queued, 1);
    contacts.setState(slot, ContactState.waiting);
    const patience = contacts.patience[slot];
    if (patience < Infinity) {
      contacts.abandonHandle[slot] = this.queue.schedule(Math.max(now, contacts.arrival[slot] + patience), Ev.abandon, slot);
    }
    this.router.enqueue(slot);
    if (ch.hasQueueTimers) {
      const tag = serialTag(contacts.serial[slot]);
      if (ch.callbackOn && this.offerCallback(slot)) return;
      if (ch.spec.announcement) this.queue.schedule(now + ch.spec.announcement.afterSeconds, Ev.announcement, slot, tag);
      for (let t = 1; t < ch.tierWaits.length; t++) {
        const at = contacts.arrival[slot] + ch.tierWaits[t];
        if (at > now) this.queue.schedule(at, Ev.widen, slot, tag);
      }
    }
    if (sim.overflow.length > 0) for (const g of openGroupsFor(sim.overflow, channel)) this.scheduleOverflow(slot, g);
    if (now >= sim.closeTime) sim.closeIfNobodyCanServe(channel);
  }

  /** Estimated wait for a newly queued contact: position × mean handle ÷ skilled advisers logged in. */
  estimatedWait(channel: number): number {
    const sim = this.sim;
    const a = sim.advisers;
    let staffed = 0;
    for (let i = 0; i < a.count; i++) {
      const s = a.state[i];
      if (a.skills[i][channel] > 0 && s !== S.offline && s !== S.absent) staffed++;
    }
    return staffed === 0 ? Infinity : (this.router.waiting[channel] * sim.channels[channel].meanHandle) / staffed;
  }

  /** Offers a callback when the estimated wait is long; true if the caller took it and left. */
  private offerCallback(slot: number): boolean {
    const sim = this.sim;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const spec = sim.channels[channel].spec.callback!;
    if (this.estimatedWait(channel) <= sim.channels[channel].callbackThreshold) return false;
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    this.counters.addAt(row, total, Field.callbacksOffered, 1);
    if (contacts.uCallback[slot] >= spec.acceptShare) return false;
    this.counters.addAt(row, total, Field.calledBack, 1);
    this.leaveQueue(slot);
    contacts.release(slot);
    const now = sim.time;
    this.generate(sim.channels[channel].callbackChannel, Origin.callback, now, now + spec.dueWithinMinutes * 60);
    return true;
  }

  /** Takes a waiting contact out of its queue (cancelling its abandon timer). */
  private leaveQueue(slot: number): void {
    const contacts = this.contacts;
    if (contacts.abandonHandle[slot] >= 0) {
      this.queue.cancel(contacts.abandonHandle[slot]);
      contacts.abandonHandle[slot] = -1;
    }
    contacts.setState(slot, ContactState.free);
    this.router.dequeued(contacts.channel[slot]);
  }

  private stillWaiting(slot: number, tag: number): boolean {
    const contacts = this.contacts;
    return contacts.state[slot] === ContactState.waiting && serialTag(contacts.serial[slot]) === tag;
  }

  // ── Waiting ─────────────────────────────────────────────────────────────

  onAbandon(slot: number): void {
    if (this.contacts.state[slot] !== ContactState.waiting) return; // defensive: timers are cancelled on answer
    this.contacts.abandonHandle[slot] = -1;
    this.abandon(slot);
  }

  /** The customer hangs up (or the line closes): counted, and perhaps calls again later. */
  abandon(slot: number): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = sim.channels[channel];
    const waited = sim.time - contacts.arrival[slot];
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    this.counters.addAt(row, total, Field.abandoned, 1);
    if (waited < sim.shortAbandonSeconds) this.counters.addAt(row, total, Field.shortAbandoned, 1);
    if (waited <= ch.threshold) this.counters.addAt(row, total, Field.abandonedWithinThreshold, 1);
    if (ch.retrialDelay !== null && contacts.uRetrial[slot] < ch.retrialShare && sim.time < sim.closeTime) {
      this.queue.schedule(sim.time + ch.retrialDelay(ch.behaviourRng), Ev.contactReturn, channel, Origin.retrial);
    }
    this.leaveQueue(slot);
    contacts.release(slot);
  }

  /** The estimated-wait announcement: callers who will not wait that long hang up now. */
  onAnnouncement(slot: number, tag: number): void {
    if (!this.stillWaiting(slot, tag)) return;
    const sim = this.sim;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const position = this.positionOf(slot);
    const staffedWait = this.estimatedWait(channel);
    const announced = this.router.waiting[channel] > 0 ? (staffedWait * position) / this.router.waiting[channel] : 0;
    const patienceLeft = contacts.arrival[slot] + contacts.patience[slot] - sim.time;
    if (announced > patienceLeft) this.abandon(slot);
  }

  /** 1-based position of a waiting contact in its queue (older waiting contacts + 1). */
  private positionOf(slot: number): number {
    const contacts = this.contacts;
    const q = this.router.queues[contacts.channel[slot]];
    let position = 0;
    for (let i = 0; i < q.length; i++) {
      const s = q.itemAt(i);
      if (contacts.state[s] === ContactState.waiting && contacts.serial[s] === q.tagAt(i)) position++;
      if (s === slot) break;
    }
    return position;
  }

  /** The contact has waited long enough for the next skill tier: try again. */
  onWiden(slot: number, tag: number): void {
    if (!this.stillWaiting(slot, tag)) return;
    const sim = this.sim;
    const channel = this.contacts.channel[slot];
    const adviser = this.router.findAdviser(channel, sim.time - this.contacts.arrival[slot]);
    if (adviser < 0) return;
    this.leaveQueue(slot);
    this.answer(slot, adviser);
  }

  // ── Overflow ────────────────────────────────────────────────────────────

  scheduleOverflow(slot: number, group: OverflowGroup): void {
    const sim = this.sim;
    const at = Math.max(sim.time, this.contacts.arrival[slot] + group.spec.afterWaitSeconds);
    this.queue.schedule(at, Ev.overflowDue, slot, serialTag(this.contacts.serial[slot]) * 64 + group.index);
  }

  onOverflowDue(slot: number, payload: number): void {
    const group = this.sim.overflow[payload % 64];
    const tag = (payload - (payload % 64)) / 64;
    if (!this.stillWaiting(slot, tag) || !group.open) return;
    if (group.busy < group.spec.capacity) this.sendToOverflow(slot, group);
    else group.waiting.push(slot, this.contacts.serial[slot]);
  }

  /** Hands a waiting contact to an external group: answered there, at a cost. */
  private sendToOverflow(slot: number, group: OverflowGroup): void {
    const sim = this.sim;
    const contacts = this.contacts;
    this.leaveQueue(slot);
    contacts.setState(slot, ContactState.inService);
    contacts.ref[slot] = group.index;
    contacts.answeredAt[slot] = sim.time;
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    this.countAnswer(slot, row, total);
    this.counters.addAt(row, total, Field.overflowed, 1);
    this.counters.addAt(row, total, Field.overflowCost, group.spec.costPerContact);
    group.busy++;
    group.cost += group.spec.costPerContact;
    const duration = (contacts.talk[slot] + contacts.hold[slot] + contacts.gap[slot]) * group.spec.handleTimeFactor + contacts.wrapUp[slot];
    this.queue.schedule(sim.time + duration, Ev.externalEnd, group.index, slot);
  }

  onExternalEnd(groupIndex: number, slot: number): void {
    const sim = this.sim;
    const group = sim.overflow[groupIndex];
    group.busy--;
    group.handled++;
    const contacts = this.contacts;
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.externalHandled, 1);
    this.resolveOrRepeat(slot, contacts.uResolved[slot] < group.spec.fcr);
    contacts.release(slot);
    this.pullIntoOverflow(group);
  }

  /** A free place in the group: the oldest contact that was due to overflow and is still waiting. */
  pullIntoOverflow(group: OverflowGroup): void {
    const contacts = this.contacts;
    while (group.open && group.busy < group.spec.capacity && group.waiting.length > 0) {
      const slot = group.waiting.itemAt(0);
      const serial = group.waiting.tagAt(0);
      group.waiting.shift();
      if (contacts.state[slot] === ContactState.waiting && contacts.serial[slot] === serial) this.sendToOverflow(slot, group);
    }
  }

  // ── Service ─────────────────────────────────────────────────────────────

  private countAnswer(slot: number, row: number, total: number): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const wait = sim.time - contacts.arrival[slot];
    this.counters.addAt(row, total, Field.answered, 1);
    this.counters.addAt(row, total, Field.waitSumAnswered, wait);
    if (wait <= sim.channels[contacts.channel[slot]].threshold) this.counters.addAt(row, total, Field.answeredWithinThreshold, 1);
    const due = contacts.due[slot];
    if (due < Infinity) {
      this.counters.addAt(row, total, Field.answeredWithDue, 1);
      if (sim.time <= due) this.counters.addAt(row, total, Field.answeredBeforeDue, 1);
    }
  }

  /** Connects a contact (not waiting: new, or just taken from its queue) to an adviser. */
  answer(slot: number, adviser: number): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const advisers = this.advisers;
    const now = sim.time;
    const channel = contacts.channel[slot];
    if (contacts.abandonHandle[slot] >= 0) {
      this.queue.cancel(contacts.abandonHandle[slot]);
      contacts.abandonHandle[slot] = -1;
    }
    contacts.setState(slot, ContactState.inService);
    contacts.adviser[slot] = adviser;
    contacts.answeredAt[slot] = now;
    this.countAnswer(slot, contacts.kpiRow[slot], contacts.kpiTotal[slot]);
    const ch = sim.channels[channel];
    if (sim.realistic) contacts.talk[slot] *= this.speedOf(slot, adviser);
    if (ch.concurrent) {
      if (advisers.state[adviser] === S.available) advisers.transition2(adviser, E.OFFER, E.ACCEPT, now);
      const k = ++advisers.concurrent[adviser];
      advisers.contactChannel[adviser] = channel;
      advisers.contactSerial[adviser] = contacts.serial[slot];
      advisers.version[adviser]++;
      this.router.concurrencyChanged(adviser);
      const stretch = 1 + ch.concurrencyStretch * (k - 1);
      this.queue.schedule(now + contacts.talk[slot] * stretch + contacts.gap[slot] + contacts.wrapUp[slot], Ev.concurrentEnd, slot);
      return;
    }
    advisers.contact[adviser] = slot;
    advisers.contactChannel[adviser] = channel;
    advisers.contactSerial[adviser] = contacts.serial[slot];
    advisers.transition2(adviser, E.OFFER, E.ACCEPT, now); // offered and accepted at once
    const talk = contacts.talk[slot];
    if (contacts.hold[slot] > 0) this.queue.schedule(now + talk / 2, Ev.holdStart, adviser);
    else this.scheduleTalkEnd(adviser, now + talk);
    if (contacts.flags[slot] & Flag.difficult) {
      advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.05);
      // The adviser gets stuck a while into the conversation (after the hold, if any).
      if (contacts.hold[slot] === 0) this.queue.schedule(now + 0.3 * talk, Ev.raiseHand, adviser, serialTag(contacts.serial[slot]));
    }
  }

  /**
   * How long this adviser takes over this contact's work (realistic mode):
   * proficiency with its coaching boost, fatigue, stress, an IT slowdown, and
   * for an incident's contacts whether the adviser was briefed.
   */
  private speedOf(slot: number, adviser: number): number {
    const sim = this.sim;
    const advisers = this.advisers;
    const channel = this.contacts.channel[slot];
    const p = effectiveProficiency(advisers.skills[adviser][channel], advisers.coachingBoost[adviser], sim.time - advisers.coachingAt[adviser]);
    advisers.refreshFactors(adviser, sim.time);
    factors.fatigue = advisers.fatigue[adviser];
    factors.stress = advisers.stress[adviser];
    factors.mood = advisers.mood[adviser];
    let m = handleMultiplier(p, factors) * sim.scenarioEvents.slowdown;
    if (this.contacts.flags[slot] & Flag.incident) m *= advisers.briefed[adviser] ? 0.8 : 1.2;
    return m;
  }

  /** Schedules the end of the talking phase, keeping its handle so the supervisor can change it. */
  scheduleTalkEnd(adviser: number, at: number): void {
    this.advisers.talkEndHandle[adviser] = this.queue.schedule(at, Ev.talkEnd, adviser);
    this.advisers.talkEndAt[adviser] = at;
  }

  /** Moves the end of the talking phase to `at` (barge, whisper, a hand left unanswered…). */
  rescheduleTalkEnd(adviser: number, at: number): boolean {
    const handle = this.advisers.talkEndHandle[adviser];
    if (handle < 0 || !this.queue.cancel(handle)) return false;
    this.scheduleTalkEnd(adviser, Math.max(this.sim.time, at));
    return true;
  }

  // ── Raised hands ────────────────────────────────────────────────────────

  onRaiseHand(adviser: number, tag: number): void {
    const sim = this.sim;
    const advisers = this.advisers;
    const slot = advisers.contact[adviser];
    if (slot < 0 || serialTag(this.contacts.serial[slot]) !== tag || advisers.talkEndHandle[adviser] < 0) return;
    const vip = (this.contacts.flags[slot] & Flag.vip) !== 0;
    advisers.handSince[adviser] = sim.time;
    advisers.handDeadline[adviser] = sim.time + (vip ? HUMAN.vipHandBudget : HUMAN.handBudget);
    advisers.handSerial[adviser] = this.contacts.serial[slot];
    advisers.handVip[adviser] = vip ? 1 : 0;
    advisers.version[adviser]++;
    this.counters.addAt(this.contacts.kpiRow[slot], this.contacts.kpiTotal[slot], Field.handsRaised, 1);
    this.queue.schedule(advisers.handDeadline[adviser], Ev.handDeadline, adviser, tag);
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, vip ? 'vipHandRaised' : 'handRaised', `${who.name} raises a hand${vip ? ' (VIP complaint)' : ''}`, { adviser: who.name }, 'warning', who.id);
  }

  /** Nobody came: the adviser handles it alone — longer, less often resolved, a complaint risk, more stress. */
  onHandDeadline(adviser: number, tag: number): void {
    const sim = this.sim;
    const advisers = this.advisers;
    if (advisers.handDeadline[adviser] === Infinity || serialTag(advisers.handSerial[adviser]) !== tag) return;
    this.clearHand(adviser);
    const slot = advisers.contact[adviser];
    this.contacts.flags[slot] |= Flag.handUnanswered;
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.15);
    this.counters.addAt(this.contacts.kpiRow[slot], this.contacts.kpiTotal[slot], Field.handsUnanswered, 1);
    const remaining = advisers.talkEndAt[adviser] - sim.time;
    this.rescheduleTalkEnd(adviser, sim.time + remaining * 1.5 + 60);
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, 'handExpired', `${who.name}'s raised hand was not answered: handling it alone`, { adviser: who.name }, 'warning', who.id);
  }

  /** The supervisor answered the raised hand (whisper, barge, take over). */
  answerHand(adviser: number): boolean {
    const advisers = this.advisers;
    if (advisers.handDeadline[adviser] === Infinity) return false;
    this.clearHand(adviser);
    const slot = advisers.contact[adviser];
    this.counters.addAt(this.contacts.kpiRow[slot], this.contacts.kpiTotal[slot], Field.handsAnswered, 1);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.1);
    return true;
  }

  private clearHand(adviser: number): void {
    this.advisers.handDeadline[adviser] = Infinity;
    this.advisers.version[adviser]++;
  }

  generateIncident(channel: number): void {
    this.generate(channel, Origin.new, this.sim.time, -1, Flag.incident);
  }

  generateVip(channel: number): void {
    this.generate(channel, Origin.new, this.sim.time, -1, Flag.vip | Flag.difficult);
  }

  onHoldStart(adviser: number): void {
    const sim = this.sim;
    this.advisers.transition(adviser, E.HOLD, sim.time);
    this.queue.schedule(sim.time + this.contacts.hold[this.advisers.contact[adviser]], Ev.holdEnd, adviser);
  }

  onHoldEnd(adviser: number): void {
    const sim = this.sim;
    this.advisers.transition(adviser, E.RESUME, sim.time);
    const slot = this.advisers.contact[adviser];
    const rest = this.contacts.talk[slot] / 2;
    this.scheduleTalkEnd(adviser, sim.time + rest);
    if (this.contacts.flags[slot] & Flag.difficult) this.queue.schedule(sim.time + 0.3 * rest, Ev.raiseHand, adviser, serialTag(this.contacts.serial[slot]));
  }

  onTalkEnd(adviser: number): void {
    const sim = this.sim;
    this.advisers.talkEndHandle[adviser] = -1;
    if (this.advisers.handDeadline[adviser] !== Infinity) this.clearHand(adviser); // the contact ended before anyone came
    this.advisers.transition(adviser, E.END_CONTACT, sim.time);
    const wrap = this.contacts.wrapUp[this.advisers.contact[adviser]];
    if (wrap > 0) this.queue.schedule(sim.time + wrap, Ev.wrapEnd, adviser);
    else this.onWrapEnd(adviser);
  }

  onWrapEnd(adviser: number): void {
    const sim = this.sim;
    const advisers = this.advisers;
    const slot = advisers.contact[adviser];
    this.finish(slot, adviser);
    advisers.contact[adviser] = -1;
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.END_WRAP_UP, sim.time);
    this.contacts.release(slot);
    sim.day.becameFree(adviser);
  }

  /** A chat or messaging conversation ends; the adviser may take another, or is free. */
  onConcurrentEnd(slot: number): void {
    const sim = this.sim;
    const advisers = this.advisers;
    const adviser = this.contacts.adviser[slot];
    this.finish(slot, adviser);
    this.contacts.release(slot);
    advisers.concurrent[adviser]--;
    advisers.version[adviser]++;
    this.router.concurrencyChanged(adviser);
    if (advisers.concurrent[adviser] > 0) {
      // Room for another conversation, unless a break or the end of the shift is waiting.
      if (advisers.pending[adviser] !== 0 || advisers.shiftOver[adviser]) return;
      const next = this.router.takeContact(adviser, sim.time, true);
      if (next >= 0) this.answer(next, adviser);
      return;
    }
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.END_CONTACT, sim.time);
    advisers.transition(adviser, E.END_WRAP_UP, sim.time);
    sim.day.becameFree(adviser);
  }

  /** Books a handled contact: handling time, and whether the customer will come back. */
  private finish(slot: number, adviser: number): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const handling = sim.time - contacts.answeredAt[slot];
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    this.counters.addAt(row, total, Field.handled, 1);
    this.counters.addAt(row, total, Field.handleSum, handling);
    this.counters.addAt(row, total, Field.talkSum, contacts.talk[slot]);
    this.advisers.handled[adviser]++;
    this.advisers.handlingSeconds[adviser] += handling;
    const ch = sim.channels[contacts.channel[slot]];
    if (!sim.realistic) {
      this.resolveOrRepeat(slot, ch.fcr >= 1 || contacts.uResolved[slot] < ch.fcr);
      return;
    }
    const advisers = this.advisers;
    const p = effectiveProficiency(advisers.skills[adviser][ch.index], advisers.coachingBoost[adviser], sim.time - advisers.coachingAt[adviser]);
    factors.fatigue = advisers.fatigue[adviser];
    factors.stress = advisers.stress[adviser];
    factors.mood = advisers.mood[adviser];
    const flags = contacts.flags[slot];
    const unanswered = (flags & Flag.handUnanswered) !== 0;
    const supported = (flags & Flag.supported) !== 0;
    let fcr = ch.fcr * fcrFactor(p, factors) * (unanswered ? 0.6 : 1);
    if (supported) fcr = Math.max(fcr, 0.95);
    if (flags & Flag.incident && advisers.briefed[adviser]) fcr = Math.min(1, fcr * 1.1);
    this.resolveOrRepeat(slot, contacts.uResolved[slot] < fcr);
    // Quality grid: the adviser's level, give or take the contact (±10), worse when left alone on a difficult one.
    const q = Math.max(0, Math.min(100, quality(p, factors) + (contacts.uDeflect[slot] - 0.5) * 20 - (unanswered ? 15 : 0) + (supported ? 5 : 0)));
    this.counters.addAt(row, total, Field.qualitySum, q);
    this.counters.addAt(row, total, Field.qualityCount, 1);
    if (unanswered && (flags & Flag.vip || contacts.uRetrial[slot] < 0.3)) this.counters.addAt(row, total, Field.complaints, 1);
  }

  private resolveOrRepeat(slot: number, resolved: boolean): void {
    const sim = this.sim;
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = sim.channels[channel];
    if (resolved) this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.resolved, 1);
    else if (ch.repeatDelay !== null) this.queue.schedule(sim.time + ch.repeatDelay(ch.behaviourRng), Ev.contactReturn, channel, Origin.repeat);
  }

  /** End of the run: deferred work still waiting (emails, callbacks) carries over to the next day. */
  carryOver(): void {
    const sim = this.sim;
    const contacts = this.contacts;
    sim.channels.forEach((ch, c) => {
      for (let slot = this.router.head(c); slot >= 0; slot = this.router.head(c)) {
        this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], ch.realTime ? Field.abandoned : Field.carriedOver, 1);
        this.leaveQueue(slot);
        contacts.release(slot);
      }
    });
  }
}
