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

import { clamp01 } from '../model/humanFactors';
import { log } from './detMath';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop).
const Ev = { ...eventKinds };
const E = { ...machineEvents };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const Origin = { ...origins };
const Field = { ...kpiFields };

export class AdviserDay {
  private readonly dialerBreachCounts = new Map<string, number>();
  private readonly dialerBreachLogged = new Map<string, number>();

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
    else if (!advisers.shiftOver[adviser] && sim.dialers.length > 0 && this.dial(adviser)) return;
    else if (advisers.shiftOver[adviser]) this.logOutNow(adviser);
    else sim.router.markIdle(adviser);
  }

  private logOutNow(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    advisers.transition(adviser, E.LOG_OUT, sim.time);
    if (advisers.calledInAt[adviser] >= 0) {
      sim.addOvertimeCost((sim.time - advisers.calledInAt[adviser]) / 3600);
      advisers.calledInAt[adviser] = -1;
    }
    if (advisers.absentAfterLogout[adviser]) {
      advisers.absentAfterLogout[adviser] = 0;
      advisers.transition(adviser, E.MARK_ABSENT, sim.time);
    }
    sim.closeIfNobodyCanServeAny();
  }

  /** A sick call: absent from now (after the current contact if busy). */
  markAbsent(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (adviser < 0) return;
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, 'absence', `${who.name} is absent`, { adviser: who.name }, 'warning', who.id);
    advisers.shiftOver[adviser] = 1;
    if (advisers.state[adviser] === S.offline) {
      advisers.transition(adviser, E.MARK_ABSENT, sim.time);
      return;
    }
    if (advisers.state[adviser] === S.absent) return;
    advisers.absentAfterLogout[adviser] = 1;
    this.logOut(adviser);
  }

  /** A new hire joins the floor now (whatever their planned shift start). */
  joinNow(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (adviser < 0) return;
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, 'newHire', `${who.name} joins the team (new hire)`, { adviser: who.name }, 'info', who.id);
    if (advisers.state[adviser] !== S.offline) return;
    advisers.shiftOver[adviser] = 0;
    advisers.transition(adviser, E.LOG_IN, sim.time);
    this.becameFree(adviser);
  }

  /** Asked to stay longer: the shift end moves back (they may decline when their mood is low). */
  askOvertime(adviser: number, minutes: number): boolean {
    const sim = this.sim;
    const advisers = sim.advisers;
    advisers.refreshFactors(adviser, sim.time);
    if (sim.realistic && sim.peopleRng.next() > 0.35 + advisers.mood[adviser] - 0.5 * advisers.fatigue[adviser]) return false;
    advisers.shiftEndAt[adviser] = Math.max(advisers.shiftEndAt[adviser], sim.time) + minutes * 60;
    advisers.version[adviser]++;
    sim.queue.schedule(advisers.shiftEndAt[adviser], Ev.shiftEnd, adviser);
    sim.addOvertimeCost(minutes / 60);
    return true;
  }

  /** Calls in an adviser who is off: they arrive after the scenario's delay; paid as overtime. */
  callIn(adviser: number): number {
    const sim = this.sim;
    const arrival = sim.time + sim.scenario.costs.callInDelayMinutes * 60;
    sim.queue.schedule(arrival, Ev.calledInArrival, adviser);
    return arrival;
  }

  onCalledInArrival(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (advisers.state[adviser] !== S.offline && advisers.state[adviser] !== S.absent) return;
    advisers.calledInAt[adviser] = sim.time;
    advisers.shiftEndAt[adviser] = Math.max(sim.closeTime, sim.time + 4 * 3600);
    sim.queue.schedule(advisers.shiftEndAt[adviser], Ev.shiftEnd, adviser);
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, 'calledInArrived', `${who.name} arrives (called in)`, { adviser: who.name }, 'info', who.id);
    this.logIn(adviser);
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
      if (sim.time < (sim.scenarioEvents.campaignStarts.get(c) ?? 0)) continue; // the campaign has not started
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
      // One feed line per rule per half hour, with the running count: the feed must stay readable.
      const key = `${ch.id}:${rule}`;
      const count = (this.dialerBreachCounts.get(key) ?? 0) + 1;
      this.dialerBreachCounts.set(key, count);
      if (sim.time >= (this.dialerBreachLogged.get(key) ?? -Infinity) + 1800) {
        this.dialerBreachLogged.set(key, sim.time);
        sim.activity.add(sim.time, 'dialerBreach', `Dialer on ${ch.id} broke the rule "${rule}" (${count} calls so far)`, { channel: ch.id, rule, count }, 'breach');
      }
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
      sim.flow.scheduleTalkEnd(adviser, sim.time + contacts.talk[slot]);
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
    let duration = seconds;
    if (what === Pending.break && sim.realistic) {
      // Coming back late from a break: more likely, and later, under stress.
      const stress = advisers.stress[adviser];
      const u = sim.peopleRng.next();
      const late = sim.peopleRng.next();
      if (u < 0.1 + 0.5 * stress) {
        const overrun = -log(1 - late) * 180 * (1 + 2 * stress);
        duration += overrun;
        sim.recordLateness(adviser, overrun);
      }
    }
    if (what === Pending.coaching) sim.supervisorActions.coachingStarted(adviser, seconds);
    sim.queue.schedule(sim.time + duration, Ev.activityEnd, adviser, ++advisers.activityToken[adviser]);
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
    const sim = this.sim;
    const advisers = sim.advisers;
    // A coaching session waiting for this adviser will not happen: the supervisor is free again.
    if (sim.supervisor.adviser === adviser && sim.supervisor.until === Infinity) sim.supervisor.release(sim.supervisor.token);
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
    advisers.staffingVersion++;
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
    if (s === S.coaching) this.sim.supervisorActions.coachingEnded(adviser);
    if (s === S.training && advisers.briefing[adviser]) {
      advisers.briefing[adviser] = 0;
      advisers.briefed[adviser] = 1;
    }
    this.becameFree(adviser);
  }

  onShiftStart(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    if (advisers.state[adviser] !== S.offline || advisers.shiftOver[adviser]) return;
    if (sim.scenarioEvents.absentAtStart[adviser]) {
      this.markAbsent(adviser);
      return;
    }
    advisers.transition(adviser, E.LOG_IN, this.sim.time);
    this.becameFree(adviser);
  }

  onShiftEnd(adviser: number): void {
    const advisers = this.sim.advisers;
    if (this.sim.time < advisers.shiftEndAt[adviser]) return; // overtime moved it back
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
    const plan = sim.breakPlans[adviser][index];
    if (plan.state !== 'planned' || sim.time < plan.at) return; // cancelled, or delayed to later
    plan.state = 'taken';
    const s = advisers.state[adviser];
    if (s === S.offline || s === S.absent || advisers.shiftOver[adviser]) return;
    if (advisers.pending[adviser] !== Pending.none || s === S.break) return; // something else already planned
    this.requestActivity(adviser, Pending.break, plan.seconds);
  }

  /** The adviser's next planned break not yet begun (a deferred one counts), or −1. */
  nextBreak(adviser: number): number {
    const plans = this.sim.breakPlans[adviser];
    const pendingBreak = this.sim.advisers.pending[adviser] === Pending.break;
    for (let k = 0; k < plans.length; k++) {
      if (plans[k].state === 'planned' || (pendingBreak && plans[k].state === 'taken' && plans[k].at <= this.sim.time)) return k;
    }
    return -1;
  }

  /** Pushes the next break back by `minutes` (stress). */
  delayBreak(adviser: number, k: number, minutes: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    const plan = sim.breakPlans[adviser][k];
    if (advisers.pending[adviser] === Pending.break) advisers.pending[adviser] = Pending.none;
    plan.state = 'planned';
    plan.at = Math.max(plan.at, sim.time) + minutes * 60;
    sim.queue.schedule(plan.at, Ev.breakDue, adviser, k);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.05);
    advisers.version[adviser]++;
  }

  /** Cancels the next break (stress; fatigue keeps growing without it). */
  cancelBreak(adviser: number, k: number): void {
    const advisers = this.sim.advisers;
    if (advisers.pending[adviser] === Pending.break) advisers.pending[adviser] = Pending.none;
    this.sim.breakPlans[adviser][k].state = 'cancelled';
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] + 0.1);
    advisers.version[adviser]++;
  }
}
