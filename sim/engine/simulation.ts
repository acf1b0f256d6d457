/**
 * The simulation: one scenario, one seed, one event queue. Lifecycle:
 * construct → advanceTo(t) / submit(command) as often as wanted → runToEnd() →
 * result(). Everything random comes from named streams seeded by (seed, name);
 * everything that happens is an event on the queue; time is simulated seconds
 * since the scenario's clock.start.
 *
 * Commands never sit in the event heap: they run after every event at the same
 * time, so a command submitted live at time t (after advanceTo(t)) and the same
 * command replayed from a log at t do exactly the same thing.
 */
import { S as machineStates } from '../model/adviserMachine';
import { AdviserStore } from '../model/advisers';
import { compileChannel, type ChannelRuntime } from '../model/channelRuntime';
import { ContactStore, Origin } from '../model/contacts';
import { resolveTeam, type AdviserPlan } from '../model/team';
import { KpiCounters, TimeAccounts } from '../kpi/counters';
import { Dialer } from '../routing/dialer';
import { createOverflowGroups, type OverflowGroup } from '../routing/overflow';
import { Router } from '../routing/router';
import type { Scenario } from '../scenario/schema';
import { toSeconds } from '../scenario/schema';
import { AdviserDay } from './adviserDay';
import { CommandBook } from './commandBook';
import { ContactFlow } from './contactFlow';
import { EventQueue } from './eventQueue';
import { Ev as eventKinds } from './events';
import { RandomStreams } from './rng';
import { Timetable } from './timetable';
import { ActivityLog } from './activityLog';
import { ScenarioEvents } from './scenarioEvents';
import { SupervisorActions } from './supervisorActions';
import { Supervisor } from '../model/supervisor';
import { computeScore } from '../kpi/score';
import type { RandomStream } from './rng';
import type { BreachSnapshot, ScoreSnapshot } from '../snapshot';
import { formatClock } from '../scenario/schema';
import type { CommandRecord } from '../snapshot';

// Module-local copy: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const Ev = { ...eventKinds };
const ARRIVAL = Ev.arrival, ABANDON = Ev.abandon, HOLD_START = Ev.holdStart, HOLD_END = Ev.holdEnd, TALK_END = Ev.talkEnd;
const WRAP_END = Ev.wrapEnd, SHIFT_START = Ev.shiftStart, SHIFT_END = Ev.shiftEnd, BREAK_DUE = Ev.breakDue;
const ACTIVITY_END = Ev.activityEnd, CLOSE = Ev.close, CONCURRENT_END = Ev.concurrentEnd, ANNOUNCEMENT = Ev.announcement;
const WIDEN = Ev.widen, OVERFLOW_DUE = Ev.overflowDue, EXTERNAL_END = Ev.externalEnd, DIALER_CONNECT = Ev.dialerConnect;
const DIALER_WAKE = Ev.dialerWake, CONTACT_RETURN = Ev.contactReturn, RAISE_HAND = Ev.raiseHand, HAND_DEADLINE = Ev.handDeadline;
const SUPERVISOR_FREE = Ev.supervisorFree, SCENARIO_EVENT = Ev.scenarioEvent, INCIDENT_ARRIVAL = Ev.incidentArrival;
const CALLED_IN_ARRIVAL = Ev.calledInArrival;
const S = { ...machineStates };

import { compileSampler as compileAges } from './distributions';

export { eventKinds as Ev };

/** A rule broken: by an overridden dialer (channel, record) or a labour rule (adviser). */
export type BreachRecord = BreachSnapshot;

/** A planned break as the day unfolds: delayed, cancelled or taken. */
export interface BreakPlan {
  at: number;
  readonly seconds: number;
  state: 'planned' | 'taken' | 'cancelled';
}

/** Admin data for the shift report (absences, lateness), recorded by command or observed. */
export interface AdminRecord {
  readonly at: number;
  readonly kind: 'absence' | 'lateness';
  readonly adviserId: string;
  readonly minutes?: number;
  readonly reason?: string;
  /** Recorded by the supervisor (command) or observed by the engine (e.g. late back from a break). */
  readonly source: 'supervisor' | 'observed';
}

/** A listen-in: logged as the recording rules require (CNIL). */
export interface RecordingRecord {
  readonly at: number;
  readonly adviserId: string;
  readonly contactId: number;
  readonly purpose: 'quality';
  readonly keepUntilDays: number;
}

export interface SimulationOptions {
  /** Overrides the scenario's seed (replications, what-ifs). */
  readonly seed?: number;
}

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Seconds since midnight at simulated time 0. */
  readonly dayStart: number;
  /** Arrivals stop at this simulated time (clock.end − clock.start). */
  readonly closeTime: number;
  readonly warmupEnd: number;
  readonly shortAbandonSeconds: number;
  readonly plans: readonly AdviserPlan[];
  readonly channels: readonly ChannelRuntime[];
  readonly queue = new EventQueue(4096);
  readonly contacts = new ContactStore(1024);
  readonly advisers: AdviserStore;
  readonly router: Router;
  readonly counters: KpiCounters;
  readonly accounts: TimeAccounts;
  readonly commands: CommandBook;
  readonly timetable: Timetable;
  readonly overflow: OverflowGroup[];
  readonly dialers: Dialer[];
  readonly flow: ContactFlow;
  readonly day: AdviserDay;
  /** Rules broken during the run (overridden dialer, labour rules), in order. */
  readonly breaches: BreachRecord[] = [];
  /** Realistic mode: human factors, difficult contacts, breaks, labour rules. */
  readonly realistic: boolean;
  /** Draws for the advisers' behaviour (lateness, accepting overtime). */
  readonly peopleRng: RandomStream;
  readonly activity = new ActivityLog();
  readonly supervisor = new Supervisor();
  readonly supervisorActions: SupervisorActions;
  readonly scenarioEvents: ScenarioEvents;
  readonly breakPlans: BreakPlan[][];
  readonly admin: AdminRecord[] = [];
  readonly recordings: RecordingRecord[] = [];
  /** € of overtime and called-in hours (25 % premium). */
  overtimeCost = 0;
  readonly incidentArrivalKind = INCIDENT_ARRIVAL;
  private now = 0;
  /** Events processed so far. */
  events = 0;
  /** Time of the last event processed: where the day really ended, however it was sliced. */
  lastEventTime = 0;
  private closed = false;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.seed = options.seed ?? scenario.seed;
    this.dayStart = toSeconds(scenario.clock.start);
    this.closeTime = toSeconds(scenario.clock.end) - this.dayStart;
    this.warmupEnd = Math.min(scenario.stats.warmupMinutes * 60, this.closeTime);
    this.shortAbandonSeconds = scenario.stats.shortAbandonSeconds;
    const streams = new RandomStreams(this.seed);
    this.realistic = scenario.mode === 'realistic';
    this.peopleRng = streams.stream('people');
    const overflowSpecs = scenario.overflow ?? [];
    this.channels = scenario.channels.map((c, i) =>
      compileChannel(c, i, scenario.channels, streams, this.dayStart, this.closeTime, overflowSpecs.some((g) => g.channels.includes(c.id)), this.realistic),
    );
    for (const ch of this.channels) {
      if (ch.spec.callback) ch.callbackChannel = scenario.channels.findIndex((c) => c.id === ch.spec.callback!.channel);
    }
    const intervalSeconds = scenario.stats.intervalMinutes * 60;
    this.counters = new KpiCounters(this.channels.length, intervalSeconds, this.closeTime, this.warmupEnd);
    this.accounts = new TimeAccounts(intervalSeconds, this.counters.intervalCount, this.warmupEnd);
    this.plans = resolveTeam(scenario);
    this.advisers = new AdviserStore(this.plans, this.channels.map((c) => c.id), this.accounts);
    this.router = new Router(this.channels, this.advisers, this.contacts);
    this.overflow = createOverflowGroups(overflowSpecs, this.channels.map((c) => c.id));
    this.dialers = this.channels.filter((c) => c.kind === 'outbound').map((c) => new Dialer(c, scenario.date!, this.dayStart, streams));
    this.flow = new ContactFlow(this);
    this.day = new AdviserDay(this);
    this.commands = new CommandBook(this);
    this.supervisorActions = new SupervisorActions(this);
    this.breakPlans = this.plans.map((p) => p.breaks.map((b) => ({ at: b.at, seconds: b.seconds, state: 'planned' as const })));
    this.scenarioEvents = new ScenarioEvents(this, streams);
    if (this.realistic) this.advisers.onBreach = (a, rule, at) => this.labourBreach(a, rule, at);

    this.channels.forEach((c, i) => {
      const first = c.arrivals ? c.arrivals.next(-1) : Infinity;
      if (first < Infinity) this.queue.schedule(first, Ev.arrival, i);
    });
    const statics: { time: number; kind: number; a: number; b: number }[] = [{ time: this.closeTime, kind: Ev.close, a: 0, b: 0 }];
    this.plans.forEach((p, a) => {
      statics.push({ time: Math.max(0, p.shiftStart), kind: Ev.shiftStart, a, b: 0 });
      statics.push({ time: Math.max(0, p.shiftEnd), kind: Ev.shiftEnd, a, b: 0 });
      p.breaks.forEach((br, k) => statics.push({ time: Math.max(0, br.at), kind: Ev.breakDue, a, b: k }));
    });
    statics.push(...this.scenarioEvents.timetableEntries(SCENARIO_EVENT));
    this.timetable = new Timetable(statics);
    this.seedBacklogs(streams);
  }

  /** Emails already waiting at opening, carried over from the day before. */
  private seedBacklogs(streams: RandomStreams): void {
    for (const ch of this.channels) {
      const backlog = ch.spec.backlog;
      if (!backlog) continue;
      const ages = compileAges(backlog.ageHours);
      const rng = streams.stream(`backlog:${ch.id}`);
      const arrivals = Array.from({ length: backlog.count }, () => -ages(rng) * 3600).sort((x, y) => x - y);
      for (const arrival of arrivals) this.flow.generate(ch.index, Origin.carriedIn, arrival);
    }
  }

  /** Current simulated time (seconds since scenario start). */
  get time(): number {
    return this.now;
  }

  /** True when the day is over and every contact has left. */
  get finished(): boolean {
    return this.queue.size === 0 && this.timetable.remaining === 0 && !this.commands.hasPending();
  }

  /** Time of the next pending event (dynamic or timetabled), Infinity when none. */
  nextEventTime(): number {
    return Math.min(this.queue.peekTime(), this.timetable.peekTime());
  }

  /** Runs every event (and logged command) up to and including time `target`. */
  advanceTo(target: number): void {
    const queue = this.queue;
    for (;;) {
      const nextCommand = this.commands.nextTime();
      const limit = nextCommand < target ? nextCommand : target;
      const timetable = this.timetable;
      // The timetable's next time changes only when an entry is taken: read it then.
      let staticTime = timetable.peekTime();
      for (;;) {
        const dynamicTime = queue.peekTime();
        if (dynamicTime < staticTime) {
          if (dynamicTime > limit) break;
          queue.popPeeked();
          this.now = dynamicTime;
          this.lastEventTime = dynamicTime;
          this.events++;
          this.dispatch(queue.kind, queue.a, queue.b);
        } else {
          // Ties go to the timetable, whose events were known first.
          if (staticTime > limit || staticTime === Infinity) break;
          const i = timetable.take();
          this.now = staticTime;
          this.lastEventTime = staticTime;
          this.events++;
          this.dispatch(timetable.kindAt(i), timetable.aAt(i), timetable.bAt(i));
          staticTime = timetable.peekTime();
        }
      }
      if (nextCommand <= target && nextCommand < Infinity) {
        this.now = Math.max(this.now, nextCommand);
        this.commands.applyDue(this.now);
        continue;
      }
      break;
    }
    if (target > this.now && target < Infinity) this.now = target;
    if (this.finished) this.closeBooks();
  }

  /** Runs the whole day, until every contact has left. */
  runToEnd(): void {
    this.advanceTo(Infinity);
  }

  /** Validates a command and applies it now (or at its `at`); see CommandBook. */
  submit(command: unknown): CommandRecord {
    return this.commands.submit(command);
  }

  private closeBooks(): void {
    if (this.closed) return;
    this.closed = true;
    this.flow.carryOver();
    this.advisers.accrueUntil(this.lastEventTime);
  }

  private dispatch(kind: number, a: number, b: number): void {
    const flow = this.flow;
    const day = this.day;
    // Module-level constants, so the switch compiles to a jump table.
    switch (kind) {
      case ARRIVAL: return flow.onArrival(a);
      case ABANDON: return flow.onAbandon(a);
      case HOLD_START: return flow.onHoldStart(a);
      case HOLD_END: return flow.onHoldEnd(a);
      case TALK_END: return flow.onTalkEnd(a);
      case WRAP_END: return flow.onWrapEnd(a);
      case SHIFT_START: return day.onShiftStart(a);
      case SHIFT_END: return day.onShiftEnd(a);
      case BREAK_DUE: return day.onBreakDue(a, b);
      case ACTIVITY_END: return day.onActivityEnd(a, b);
      case CLOSE: return this.closeIfNobodyCanServeAny();
      case CONCURRENT_END: return flow.onConcurrentEnd(a);
      case ANNOUNCEMENT: return flow.onAnnouncement(a, b);
      case WIDEN: return flow.onWiden(a, b);
      case OVERFLOW_DUE: return flow.onOverflowDue(a, b);
      case EXTERNAL_END: return flow.onExternalEnd(a, b);
      case DIALER_CONNECT: return day.onDialerConnect(a);
      case DIALER_WAKE: return day.onDialerWake(a);
      case CONTACT_RETURN: return flow.onReturn(a, b);
      case RAISE_HAND: return flow.onRaiseHand(a, b);
      case HAND_DEADLINE: return flow.onHandDeadline(a, b);
      case SUPERVISOR_FREE: return this.supervisorActions.onSupervisorFree(b);
      case SCENARIO_EVENT: return this.scenarioEvents.onEvent(a, b);
      case INCIDENT_ARRIVAL: return this.scenarioEvents.onIncidentArrival(a, b);
      case CALLED_IN_ARRIVAL: return day.onCalledInArrival(a);
      default: throw new Error(`unknown event kind ${kind} (a=${a}, b=${b}, t=${this.now})`);
    }
  }

  // ── People and money ────────────────────────────────────────────────────

  private labourBreach(adviser: number, rule: 'noBreakAfter6h' | 'workSequenceOver3h', at: number): void {
    const who = this.plans[adviser];
    this.breaches.push({ at, rule, channelId: '', recordId: -1, adviserId: who.id });
    const text = rule === 'noBreakAfter6h'
      ? `${who.name} has worked 6 h without a 20-minute break (Code du travail L3121-16)`
      : `${who.name} has worked more than 3 h without a pause (call-centre agreement, IDCC 2098)`;
    this.activity.add(Math.max(at, 0), rule, text, { adviser: who.name, at: formatClock(this.dayStart + at) }, 'breach', who.id);
  }

  /** Overtime hours paid with the 25 % premium. */
  addOvertimeCost(hours: number): void {
    this.overtimeCost += hours * this.scenario.costs.hourlyWage * 1.25;
  }

  /** Observed lateness (e.g. back late from a break), for adherence and the shift report. */
  recordLateness(adviser: number, seconds: number): void {
    const who = this.plans[adviser];
    this.admin.push({ at: this.now, kind: 'lateness', adviserId: who.id, minutes: Math.round(seconds / 60), source: 'observed' });
    this.latenessSeconds += seconds;
  }

  /** Seconds advisers spent late back from breaks (adherence). */
  latenessSeconds = 0;

  score(): ScoreSnapshot {
    return computeScore(this);
  }

  // ── Supervisor actions (validated by CommandBook) ───────────────────────

  requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' {
    return this.day.requestActivity(adviser, what, seconds);
  }

  logOut(adviser: number): 'now' | 'deferred' {
    return this.day.logOut(adviser);
  }

  logIn(adviser: number): void {
    this.day.logIn(adviser);
  }

  setSkills(adviser: number, skills: Record<string, number>, profile?: Record<string, number>): void {
    this.day.setSkills(adviser, skills, profile);
  }

  /** Opens or closes an overflow group; on opening, contacts already waiting become eligible. */
  setOverflow(group: number, open: boolean): void {
    const g = this.overflow[group];
    g.open = open;
    if (!open) return;
    for (let c = 0; c < this.channels.length; c++) {
      if (!g.serves[c]) continue;
      const q = this.router.queues[c];
      for (let i = 0; i < q.length; i++) {
        const slot = q.itemAt(i);
        if (this.contacts.state[slot] === 1 && this.contacts.serial[slot] === q.tagAt(i)) this.flow.scheduleOverflow(slot, g);
      }
    }
  }

  // ── Closing ─────────────────────────────────────────────────────────────

  /**
   * After closing time, a contact still waiting when nobody who could answer it
   * is logged in or due back is lost: counted as abandoned (the line closed).
   */
  closeIfNobodyCanServe(channel: number): void {
    if (this.now < this.closeTime || !this.channels[channel].realTime) return; // deferred work carries over
    const advisers = this.advisers;
    for (let a = 0; a < advisers.count; a++) {
      if (advisers.skills[a][channel] > 0 && advisers.state[a] !== S.offline && advisers.state[a] !== S.absent) return;
    }
    for (let slot = this.router.head(channel); slot >= 0; slot = this.router.head(channel)) this.flow.abandon(slot);
  }

  closeIfNobodyCanServeAny(): void {
    for (let c = 0; c < this.channels.length; c++) if (this.router.waiting[c] > 0) this.closeIfNobodyCanServe(c);
  }
}
