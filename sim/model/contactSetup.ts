/**
 * Setting a contact up, inbound or outbound alike: its slot and KPI rows, and its
 * intrinsic draws, taken once, in a fixed order, from its channel's own streams,
 * so that what the supervisor does never changes who calls or what they need
 * (common random numbers).
 */
import { bernoulli } from '../engine/distributions';
import type { KpiRecorder } from '../kpi/recorder';
import type { ChannelRuntime } from './channelRuntime';
import { Flag as contactFlags, Origin as origins, type ContactStore } from './contacts';

const Flag = { ...contactFlags };
const Origin = { ...origins };

/** Allocates a contact of `channel` arriving at `arrival` (slot, origin, KPI rows). */
export function setUpContact(contacts: ContactStore, recorder: KpiRecorder, channel: number, origin: number, arrival: number): number {
  const slot = contacts.allocate();
  contacts.channel[slot] = channel;
  contacts.origin[slot] = origin;
  contacts.arrival[slot] = arrival;
  contacts.ref[slot] = -1;
  recorder.arrived(slot, channel, arrival);
  return slot;
}

/**
 * The work the contact needs: talk (messaging: several exchanges and the gaps between), a
 * hold, wrap-up; and in realistic mode how it will grade on the quality grid (its own stream).
 */
export function drawWork(ch: ChannelRuntime, contacts: ContactStore, slot: number): void {
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
  if (ch.gradeRng !== null) contacts.uGrade[slot] = ch.gradeRng.next();
}

/**
 * An inbound customer's own traits: patience, and the uniforms that decide their
 * later behaviour (retrial, resolution, callback, IVR) and whether the contact is
 * difficult. Returns the contact's flags.
 */
export function drawCustomer(ch: ChannelRuntime, contacts: ContactStore, slot: number, flags: number): number {
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
  return flags;
}

/**
 * The satisfaction survey's two uniforms (see kpi/csat.ts): whether this customer will
 * answer and their noise. Drawn for every inbound contact as it is generated, whatever
 * becomes of it, so the k-th customer answers the same way in every run of the seed.
 * First contacts draw from the channel's `survey:` stream; returning contacts (how many
 * depends on what the supervisor did) from `survey-return:`, so they shift no first contact.
 */
export function drawSurvey(ch: ChannelRuntime, contacts: ContactStore, slot: number, origin: number): void {
  const rng = origin === Origin.new || origin === Origin.carriedIn ? ch.surveyRng : ch.surveyReturnRng;
  contacts.uRespond[slot] = rng.next();
  contacts.uSurvey[slot] = rng.next();
}
