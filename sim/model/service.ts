/**
 * Service: a contact is answered (one at a time, or concurrently for chat and
 * messaging), talked through (with a hold in the middle, perhaps), wrapped up
 * and finished: booked, resolved or not (an unresolved customer comes back
 * later), and surveyed if the customer answers the satisfaction survey. Then the adviser is free again (adviserDay.ts decides what next).
 */
import type { EventQueue } from '../engine/eventQueue';
import { responds, surveyScore, type SurveyInputs } from '../kpi/csat';
import type { KpiRecorder } from '../kpi/recorder';
import type { Router } from '../routing/router';
import { E as machineEvents, S as machineStates } from './adviserMachine';
import type { AdviserStore } from './advisers';
import type { ChannelRuntime } from './channelRuntime';
import { ContactState as contactStates, Flag as contactFlags, Origin as origins, type ContactStore } from './contacts';
import { Ev as eventKinds, serialTag } from './eventKinds';
import type { Clock, DayFrame } from './frame';
import { clamp01, effectiveProficiency, type Factors } from './humanFactors';
import { complains, gradedQuality, resolutionChance, speedFactor } from './serviceQuality';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop).
const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const ContactState = { ...contactStates };
const Flag = { ...contactFlags };
const Origin = { ...origins };
const factors: Factors = { fatigue: 0, stress: 0, mood: 0 };
const circumstances = { incident: false, briefed: false, unanswered: false, supported: false };
/** How the contact being finished went (filled by finish and its helpers), and the survey's inputs (reused: no allocation). */
const outcome: { resolved: boolean; quality: number | null; complaint: boolean } = { resolved: true, quality: null, complaint: false };
const survey: { -readonly [K in keyof SurveyInputs]: SurveyInputs[K] } = {
  wait: 0, thresholdSeconds: 0, resolved: true, repeat: false, quality: null, complaint: false, noise: 0.5,
};

export interface ServiceParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly channels: readonly ChannelRuntime[];
  readonly contacts: ContactStore;
  readonly advisers: AdviserStore;
  readonly router: Router;
  readonly recorder: KpiRecorder;
  readonly queue: EventQueue;
  /** Product of the active IT slowdowns' handle-time factors. */
  readonly conditions: { readonly slowdown: number };
}

/** Who takes over when a contact ends: the adviser's day (what next), and raised hands (one still up is dropped). */
export interface ServicePorts {
  readonly day: { becameFree(adviser: number): void };
  readonly hands: { clearIfRaised(adviser: number): void };
}

export class Service {
  private readonly clock: Clock;
  private readonly realistic: boolean;
  private readonly channels: readonly ChannelRuntime[];
  private readonly contacts: ContactStore;
  private readonly advisers: AdviserStore;
  private readonly router: Router;
  private readonly recorder: KpiRecorder;
  private readonly queue: EventQueue;
  private readonly conditions: { readonly slowdown: number };

  constructor(parts: ServiceParts, private readonly ports: ServicePorts) {
    this.clock = parts.clock;
    this.realistic = parts.frame.realistic;
    this.channels = parts.channels;
    this.contacts = parts.contacts;
    this.advisers = parts.advisers;
    this.router = parts.router;
    this.recorder = parts.recorder;
    this.queue = parts.queue;
    this.conditions = parts.conditions;
  }

  /** Connects a contact (new, or just taken from its queue) to an adviser. */
  answer(slot: number, adviser: number): void {
    const contacts = this.contacts;
    const now = this.clock.now;
    if (contacts.abandonHandle[slot] >= 0) this.cancelAbandon(slot);
    contacts.setState(slot, ContactState.inService);
    contacts.adviser[slot] = adviser;
    contacts.answeredAt[slot] = now;
    const ch = this.channels[contacts.channel[slot]];
    this.recorder.answered(slot, now - contacts.arrival[slot], ch.threshold, now);
    if (this.realistic) contacts.talk[slot] *= this.speedOf(slot, adviser);
    if (ch.concurrent) {
      this.answerConcurrent(slot, adviser, ch);
      return;
    }
    this.assign(adviser, slot);
    this.advisers.transition2(adviser, E.OFFER, E.ACCEPT, now); // offered and accepted at once
    this.startTalk(adviser, slot);
  }

  private cancelAbandon(slot: number): void {
    const contacts = this.contacts;
    this.queue.cancel(contacts.abandonHandle[slot]);
    contacts.abandonHandle[slot] = -1;
  }

  /** One more conversation for an adviser who can hold several (chat, messaging). */
  private answerConcurrent(slot: number, adviser: number, ch: ChannelRuntime): void {
    const contacts = this.contacts;
    const advisers = this.advisers;
    const now = this.clock.now;
    if (advisers.state[adviser] === S.available) advisers.transition2(adviser, E.OFFER, E.ACCEPT, now);
    const k = ++advisers.concurrent[adviser];
    advisers.contactChannel[adviser] = ch.index;
    advisers.contactSerial[adviser] = contacts.serial[slot];
    advisers.version[adviser]++;
    this.router.concurrencyChanged(adviser);
    const stretch = 1 + ch.concurrencyStretch * (k - 1);
    this.queue.schedule(now + contacts.talk[slot] * stretch + contacts.gap[slot] + contacts.wrapUp[slot], Ev.concurrentEnd, slot);
  }

  /** The adviser's one contact (voice, callback, email, outbound). */
  assign(adviser: number, slot: number): void {
    const advisers = this.advisers;
    advisers.contact[adviser] = slot;
    advisers.contactChannel[adviser] = this.contacts.channel[slot];
    advisers.contactSerial[adviser] = this.contacts.serial[slot];
  }

  /** The conversation starts: a hold in the middle, or straight to its end; a difficult one makes the adviser raise a hand. */
  startTalk(adviser: number, slot: number): void {
    const contacts = this.contacts;
    const now = this.clock.now;
    const talk = contacts.talk[slot];
    if (contacts.hold[slot] > 0) this.queue.schedule(now + talk / 2, Ev.holdStart, adviser);
    else this.scheduleTalkEnd(adviser, now + talk);
    if (contacts.flags[slot] & Flag.difficult) {
      this.advisers.stress[adviser] = clamp01(this.advisers.stress[adviser] + 0.05);
      // The adviser gets stuck a while into the conversation (after the hold, if any).
      if (contacts.hold[slot] === 0) this.queue.schedule(now + 0.3 * talk, Ev.raiseHand, adviser, serialTag(contacts.serial[slot]));
    }
  }

  /** The adviser's proficiency on this contact's channel, with the coaching boost as it stands now. */
  proficiency(adviser: number, channel: number): number {
    const a = this.advisers;
    return effectiveProficiency(a.skills[adviser][channel], a.coachingBoost[adviser], this.clock.now - a.coachingAt[adviser]);
  }

  private readFactors(adviser: number): Factors {
    const a = this.advisers;
    factors.fatigue = a.fatigue[adviser];
    factors.stress = a.stress[adviser];
    factors.mood = a.mood[adviser];
    return factors;
  }

  /** How long this adviser takes over this contact's work (realistic mode). */
  private speedOf(slot: number, adviser: number): number {
    const advisers = this.advisers;
    const p = this.proficiency(adviser, this.contacts.channel[slot]);
    advisers.refreshFactors(adviser, this.clock.now);
    const incident = (this.contacts.flags[slot] & Flag.incident) !== 0;
    return speedFactor(p, this.readFactors(adviser), this.conditions.slowdown, incident, advisers.briefed[adviser] === 1);
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
    this.scheduleTalkEnd(adviser, Math.max(this.clock.now, at));
    return true;
  }

  onHoldStart(adviser: number): void {
    const now = this.clock.now;
    this.advisers.transition(adviser, E.HOLD, now);
    this.queue.schedule(now + this.contacts.hold[this.advisers.contact[adviser]], Ev.holdEnd, adviser);
  }

  onHoldEnd(adviser: number): void {
    const now = this.clock.now;
    this.advisers.transition(adviser, E.RESUME, now);
    const slot = this.advisers.contact[adviser];
    const rest = this.contacts.talk[slot] / 2;
    this.scheduleTalkEnd(adviser, now + rest);
    if (this.contacts.flags[slot] & Flag.difficult) this.queue.schedule(now + 0.3 * rest, Ev.raiseHand, adviser, serialTag(this.contacts.serial[slot]));
  }

  onTalkEnd(adviser: number): void {
    const now = this.clock.now;
    this.advisers.talkEndHandle[adviser] = -1;
    this.ports.hands.clearIfRaised(adviser); // the contact ended before anyone came
    this.advisers.transition(adviser, E.END_CONTACT, now);
    const wrap = this.contacts.wrapUp[this.advisers.contact[adviser]];
    if (wrap > 0) this.queue.schedule(now + wrap, Ev.wrapEnd, adviser);
    else this.onWrapEnd(adviser);
  }

  onWrapEnd(adviser: number): void {
    const advisers = this.advisers;
    const slot = advisers.contact[adviser];
    this.finish(slot, adviser);
    advisers.contact[adviser] = -1;
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.END_WRAP_UP, this.clock.now);
    this.contacts.release(slot);
    this.ports.day.becameFree(adviser);
  }

  /** A chat or messaging conversation ends; the adviser may take another, or is free. */
  onConcurrentEnd(slot: number): void {
    const advisers = this.advisers;
    const adviser = this.contacts.adviser[slot];
    const now = this.clock.now;
    this.finish(slot, adviser);
    this.contacts.release(slot);
    advisers.concurrent[adviser]--;
    advisers.version[adviser]++;
    this.router.concurrencyChanged(adviser);
    if (advisers.concurrent[adviser] > 0) {
      // Room for another conversation, unless a break or the end of the shift is waiting.
      if (advisers.pending[adviser] !== 0 || advisers.shiftOver[adviser]) return;
      const next = this.router.takeContact(adviser, now, true);
      if (next >= 0) this.answer(next, adviser);
      return;
    }
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.END_CONTACT, now);
    advisers.transition(adviser, E.END_WRAP_UP, now);
    this.ports.day.becameFree(adviser);
  }

  /** Books a handled contact: handling time, quality, and whether the customer will come back. */
  private finish(slot: number, adviser: number): void {
    const contacts = this.contacts;
    const advisers = this.advisers;
    const handling = this.clock.now - contacts.answeredAt[slot];
    this.recorder.handled(slot, handling, contacts.talk[slot]);
    advisers.handled[adviser]++;
    advisers.handlingSeconds[adviser] += handling;
    const ch = this.channels[contacts.channel[slot]];
    outcome.quality = null;
    outcome.complaint = false;
    if (this.realistic) this.finishAsPeople(slot, adviser, ch);
    else this.resolveOrRepeat(slot, ch.fcr >= 1 || contacts.uResolved[slot] < ch.fcr);
    if (contacts.origin[slot] !== Origin.outbound && responds(contacts.uRespond[slot], ch.responseRate)) this.survey(slot, adviser, ch);
  }

  /** The customer answers the satisfaction survey: booked for the channel and the adviser. */
  private survey(slot: number, adviser: number, ch: ChannelRuntime): void {
    const contacts = this.contacts;
    const origin = contacts.origin[slot];
    survey.wait = contacts.answeredAt[slot] - contacts.arrival[slot];
    survey.thresholdSeconds = ch.threshold;
    survey.resolved = outcome.resolved;
    survey.repeat = origin === Origin.repeat || origin === Origin.retrial;
    survey.quality = outcome.quality;
    survey.complaint = outcome.complaint;
    survey.noise = contacts.uSurvey[slot];
    const score = surveyScore(survey);
    this.recorder.surveyed(slot, score);
    this.advisers.csatSum[adviser] += score;
    this.advisers.csatCount[adviser]++;
  }

  /** Realistic mode: resolution and quality depend on the adviser's proficiency and state. */
  private finishAsPeople(slot: number, adviser: number, ch: ChannelRuntime): void {
    const contacts = this.contacts;
    const advisers = this.advisers;
    const p = this.proficiency(adviser, ch.index);
    const f = this.readFactors(adviser);
    const flags = contacts.flags[slot];
    circumstances.incident = (flags & Flag.incident) !== 0;
    circumstances.briefed = advisers.briefed[adviser] === 1;
    circumstances.unanswered = (flags & Flag.handUnanswered) !== 0;
    circumstances.supported = (flags & Flag.supported) !== 0;
    this.resolveOrRepeat(slot, contacts.uResolved[slot] < resolutionChance(ch.fcr, p, f, circumstances));
    const quality = gradedQuality(p, f, contacts.uGrade[slot], circumstances.unanswered, circumstances.supported);
    this.recorder.graded(slot, quality);
    outcome.quality = quality;
    if (complains(circumstances.unanswered, (flags & Flag.vip) !== 0, contacts.uRetrial[slot])) {
      this.recorder.complaint(slot);
      outcome.complaint = true;
    }
  }

  /** Resolved, or the customer will come back after the channel's repeat delay. */
  resolveOrRepeat(slot: number, resolved: boolean): void {
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const ch = this.channels[channel];
    outcome.resolved = resolved;
    if (resolved) this.recorder.resolved(slot);
    else if (ch.repeatDelay !== null) this.queue.schedule(this.clock.now + ch.repeatDelay(ch.behaviourRng), Ev.contactReturn, channel, Origin.repeat);
  }
}
