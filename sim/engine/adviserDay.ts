/**
 * An adviser's day: logging in at the start of the shift, planned breaks,
 * activities the supervisor asks for (coaching, training, offline tasks),
 * logging out, and — each time they come free — what they do next: what was
 * promised first, then the next waiting contact, then an outbound call, else
 * wait in the idle pool.
 */
import { Ev as eventKinds } from './events';
import { E as machineEvents, S as machineStates } from '../model/adviserMachine';
import { Pending as pendingCodes } from '../model/advisers';
import { Origin as origins } from '../model/contacts';
import { Field as kpiFields } from '../kpi/counters';
import { drawOutcome } from '../model/outbound';
import type { Dialer } from '../routing/dialer';
import type { Simulation } from './simulation';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop).
const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const Origin = { ...origins };
const Field = { ...kpiFields };

export class AdviserDay {
  constructor(private readonly sim: Simulation) {}

  /**
   * An adviser just reached `available`: first what was promised (a break, a
   * coaching session, the end of the shift), then the best waiting contact for
   * their routing profile, then an outbound call, else the idle pool.
   */
  becameFree(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (advisers.pending[adviser] !== Pending.none) {
      const what = advisers.pending[adviser];
      advisers.pending[adviser] = Pending.none;
      this.startActivity(adviser, what, advisers.pendingSeconds[adviser]);
      return;
    }
    if (advisers.shiftOver[adviser] && !this.shouldStayForQueue(adviser)) {
      this.logOutNow(adviser);
      return;
    }
    const slot = sim.router.takeContact(adviser, sim.time);
    if (slot >= 0) sim.flow.answer(slot, adviser);
    else if (!advisers.shiftOver[adviser] && this.dial(adviser)) return;
    else if (advisers.shiftOver[adviser]) this.logOutNow(adviser);
    else sim.router.markIdle(adviser);
  }

  private logOutNow(adviser: number): void {
    this.sim.advisers.transition(adviser, E.LOG_OUT, this.sim.time);
    this.sim.closeIfNobodyCanServeAny();
  }

  /** After closing time, advisers whose shift ends at close stay until their real-time queues are empty. */
  private shouldStayForQueue(adviser: number): boolean {
    const sim = this.sim;
    if (sim.time < sim.closeTime || sim.plans[adviser].shiftEnd < sim.closeTime) return false;
    const skills = sim.advisers.skills[adviser];
    for (const ch of sim.channels) if (ch.realTime && skills[ch.index] > 0 && sim.router.waiting[ch.index] > 0) return true;
    return false;
  }

  // ── Outbound ────────────────────────────────────────────────────────────

  /** Gives a free adviser the dialer's next call, if they work an outbound campaign. */
  private dial(adviser: number): boolean {
    const sim = this.sim;
    for (const dialer of sim.dialers) {
      const c = dialer.channel.index;
      if (!(sim.advisers.skills[adviser][c] > 0) || !sim.router.open(c)) continue;
      const plan = dialer.next(sim.time);
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
    const sim = this.sim;
    // Nothing to wake for after closing: the campaign resumes another day.
    if (at >= dialer.wakeAt || at >= sim.closeTime) return;
    dialer.wakeAt = at;
    sim.queue.schedule(Math.max(at, sim.time), Ev.dialerWake, dialer.channel.index);
  }

  /** Calling hours open or a retry comes due: free outbound advisers start dialling. */
  onDialerWake(channel: number): void {
    const sim = this.sim;
    const dialer = sim.dialers.find((d) => d.channel.index === channel)!;
    if (sim.time < dialer.wakeAt) return; // superseded by an earlier wake
    dialer.wakeAt = Infinity;
    const advisers = sim.advisers;
    for (let a = 0; a < advisers.count; a++) {
      if (advisers.state[a] === S.available && advisers.skills[a][channel] > 0 && !advisers.shiftOver[a]) {
        if (!this.dial(a)) break;
      }
    }
  }

  private startCall(adviser: number, dialer: Dialer, recordId: number, breaches: readonly string[]): void {
    const sim = this.sim;
    const ch = dialer.channel;
    const contacts = sim.contacts;
    const slot = contacts.allocate();
    contacts.channel[slot] = ch.index;
    contacts.origin[slot] = Origin.outbound;
    contacts.arrival[slot] = sim.time;
    contacts.ref[slot] = recordId;
    contacts.due[slot] = Infinity;
    contacts.hold[slot] = 0;
    contacts.gap[slot] = 0;
    contacts.patience[slot] = Infinity;
    contacts.talk[slot] = ch.talk(ch.workRng);
    contacts.wrapUp[slot] = ch.wrapUp(ch.workRng);
    contacts.uCallback[slot] = dialer.outcomeRng.next(); // the outcome draw
    contacts.uResolved[slot] = dialer.outcomeRng.next(); // the conversion draw
    const row = sim.counters.row(ch.index, sim.counters.intervalOf(sim.time));
    const total = sim.time >= sim.warmupEnd ? sim.counters.totalRow(ch.index) : -1;
    contacts.kpiRow[slot] = row;
    contacts.kpiTotal[slot] = total;
    contacts.setState(slot, 2 /* in service: the adviser is on it */);
    contacts.adviser[slot] = adviser;
    sim.counters.addAt(row, total, Field.attempts, 1);
    for (const rule of breaches) {
      sim.counters.addAt(row, total, Field.breaches, 1);
      sim.breaches.push({ at: sim.time, rule, channelId: ch.id, recordId });
    }
    const advisers = sim.advisers;
    advisers.contact[adviser] = slot;
    advisers.contactChannel[adviser] = ch.index;
    advisers.contactSerial[adviser] = contacts.serial[slot];
    advisers.transition(adviser, E.OFFER, sim.time);
    const spec = dialer.spec;
    sim.queue.schedule(sim.time + (spec.mode === 'preview' ? spec.previewSeconds : 0) + spec.ringSeconds, Ev.dialerConnect, adviser);
  }

  /** The dialled consumer answers (a conversation) or not (no answer, busy, voicemail). */
  onDialerConnect(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    const contacts = sim.contacts;
    const slot = advisers.contact[adviser];
    const dialer = sim.dialers.find((d) => d.channel.index === contacts.channel[slot])!;
    const record = dialer.records[contacts.ref[slot]];
    const outcome = drawOutcome(dialer.spec.outcomes, contacts.uCallback[slot]);
    const converted = outcome === 'answered' && contacts.uResolved[slot] < dialer.spec.conversion;
    dialer.recordOutcome(record, outcome, converted, sim.time);
    const row = contacts.kpiRow[slot];
    const total = contacts.kpiTotal[slot];
    if (outcome === 'answered') {
      sim.counters.addAt(row, total, Field.reached, 1);
      if (converted) sim.counters.addAt(row, total, Field.conversions, 1);
      contacts.answeredAt[slot] = sim.time;
      contacts.uResolved[slot] = 0; // a reached consumer is done with: no repeat contact
      advisers.transition(adviser, E.ACCEPT, sim.time);
      sim.queue.schedule(sim.time + contacts.talk[slot], Ev.talkEnd, adviser);
      return;
    }
    sim.counters.addAt(row, total, Field.unreached, 1);
    advisers.contact[adviser] = -1;
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.DECLINE, sim.time);
    contacts.release(slot);
    this.becameFree(adviser);
  }

  // ── Activities and shifts ───────────────────────────────────────────────

  /** Starts an off-queue activity (or logs out) for an `available` adviser. */
  startActivity(adviser: number, what: number, seconds: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (what === Pending.logOut) {
      this.logOutNow(adviser);
      return;
    }
    const event =
      what === Pending.break ? E.START_BREAK : what === Pending.coaching ? E.START_COACHING : what === Pending.training ? E.START_TRAINING : E.START_OFFLINE_TASK;
    advisers.transition(adviser, event, sim.time);
    sim.queue.schedule(sim.time + seconds, Ev.activityEnd, adviser, ++advisers.activityToken[adviser]);
  }

  /** Requests an activity: now if the adviser is available, else once their contacts end. */
  requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' {
    const advisers = this.sim.advisers;
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
    const advisers = this.sim.advisers;
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available || s === S.break || s === S.coaching || s === S.training || s === S.offlineTask) {
      advisers.pending[adviser] = Pending.none;
      this.logOutNow(adviser);
      return 'now';
    }
    advisers.pending[adviser] = Pending.logOut;
    return 'deferred';
  }

  /** Brings a logged-out or absent adviser onto the floor (overtime, late arrival). */
  logIn(adviser: number): void {
    const advisers = this.sim.advisers;
    advisers.shiftOver[adviser] = 0;
    advisers.transition(adviser, E.LOG_IN, this.sim.time);
    this.becameFree(adviser);
  }

  /** Replaces an adviser's skills (and optionally profile); a free adviser may pick up work at once. */
  setSkills(adviser: number, skills: Record<string, number>, profile?: Record<string, number>): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    advisers.skills[adviser] = advisers.skillRow(skills);
    if (profile) advisers.routingProfile[adviser] = { ...profile };
    advisers.version[adviser]++;
    sim.router.refreshProfile(adviser);
    if (advisers.state[adviser] === S.available) {
      const slot = sim.router.takeContact(adviser, sim.time);
      if (slot >= 0) sim.flow.answer(slot, adviser);
    }
  }

  onActivityEnd(adviser: number, token: number): void {
    const advisers = this.sim.advisers;
    if (advisers.activityToken[adviser] !== token) return; // that activity was already ended
    const s = advisers.state[adviser];
    const event =
      s === S.break ? E.END_BREAK : s === S.coaching ? E.END_COACHING : s === S.training ? E.END_TRAINING : s === S.offlineTask ? E.END_OFFLINE_TASK : -1;
    if (event < 0) return; // logged out meanwhile
    advisers.transition(adviser, event, this.sim.time);
    this.becameFree(adviser);
  }

  onShiftStart(adviser: number): void {
    const advisers = this.sim.advisers;
    if (advisers.state[adviser] !== S.offline || advisers.shiftOver[adviser]) return;
    advisers.transition(adviser, E.LOG_IN, this.sim.time);
    this.becameFree(adviser);
  }

  onShiftEnd(adviser: number): void {
    const advisers = this.sim.advisers;
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available) {
      if (!this.shouldStayForQueue(adviser)) this.logOutNow(adviser);
    } else if (s === S.break || s === S.coaching || s === S.training || s === S.offlineTask) {
      this.logOutNow(adviser);
    }
    // Handling: logs out from becameFree() once their contacts are done.
  }

  onBreakDue(adviser: number, index: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    const s = advisers.state[adviser];
    if (s === S.offline || s === S.absent || advisers.shiftOver[adviser]) return;
    if (advisers.pending[adviser] !== Pending.none || s === S.break) return; // something else already planned
    this.requestActivity(adviser, Pending.break, sim.plans[adviser].breaks[index].seconds);
  }
}
