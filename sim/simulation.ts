/**
 * The composition root: one scenario, one seed, one run loop. It builds the
 * centre's stores and modules, wires each module to the ports it needs, and maps
 * every event kind to its handler. Lifecycle: construct → advanceTo(t) /
 * submit(command) as often as wanted → runToEnd() → result().
 *
 * Everything random comes from named streams seeded by (seed, name); everything
 * that happens is an event; time is simulated seconds since clock.start.
 */
import { applyCommand, type CommandTargets } from './applyCommand';
import { CommandBook } from './commandBook';
import { EventQueue } from './engine/eventQueue';
import { RandomStreams, type RandomStream } from './engine/rng';
import { RunLoop, type DueCommands, type MutableClock } from './engine/runLoop';
import { Timetable } from './engine/timetable';
import { KpiCounters, TimeAccounts } from './kpi/counters';
import { KpiRecorder } from './kpi/recorder';
import { buildResult, type SimulationResult } from './kpi/result';
import { ActivityLog } from './model/activityLog';
import { applyCarryIn } from './model/carryOver';
import { AdviserDay, type AdviserDayPorts } from './model/adviserDay';
import { AdviserStore } from './model/advisers';
import { ShiftBooks } from './model/books';
import { Breaks } from './model/breaks';
import { ChannelPlans } from './model/channelPlans';
import { compileChannel, type ChannelRuntime } from './model/channelRuntime';
import { ContactStore } from './model/contacts';
import { lastStaffArrival, plannedEvents } from './model/dayPlan';
import { DayClose } from './model/dayClose';
import { Dialling } from './model/dialling';
import { FloorManager } from './model/floorManager';
import { Ev as eventKinds } from './model/eventKinds';
import { dayFrameOf, type DayFrame } from './model/frame';
import { createOverflowGroups, Overflow } from './model/overflow';
import { Presence, type PresencePorts } from './model/presence';
import { RaisedHands } from './model/raisedHands';
import { ScenarioEvents, type ScenarioEventPorts } from './model/scenarioEvents';
import { Service, type ServicePorts } from './model/service';
import { Supervisor } from './model/supervisor';
import { SupervisorActions, type SupervisorPorts } from './model/supervisorActions';
import { resolveTeam, type AdviserPlan } from './model/team';
import { Waiting, type WaitingPorts } from './model/waiting';
import { Dialer } from './routing/dialer';
import { RecruitmentDesk } from './recruitment/desk';
import { Router } from './routing/router';
import { floorManagerSettings } from './scenario/managerSchema';
import type { Scenario } from './scenario/schema';
import { ScoreKeeper } from './scoreKeeper';
import type { CommandRecord, ScoreSnapshot } from './snapshot';
import type { SimulationOptions } from './simulationOptions';
export type { SimulationOptions } from './simulationOptions';

// Module-level constants, so the dispatch switch compiles to a jump table.
const Ev = { ...eventKinds };
const ARRIVAL = Ev.arrival, ABANDON = Ev.abandon, HOLD_START = Ev.holdStart, HOLD_END = Ev.holdEnd, TALK_END = Ev.talkEnd;
const WRAP_END = Ev.wrapEnd, SHIFT_START = Ev.shiftStart, SHIFT_END = Ev.shiftEnd, BREAK_DUE = Ev.breakDue;
const ACTIVITY_END = Ev.activityEnd, CLOSE = Ev.close, CONCURRENT_END = Ev.concurrentEnd, ANNOUNCEMENT = Ev.announcement;
const WIDEN = Ev.widen, OVERFLOW_DUE = Ev.overflowDue, EXTERNAL_END = Ev.externalEnd, DIALER_CONNECT = Ev.dialerConnect;
const DIALER_WAKE = Ev.dialerWake, CONTACT_RETURN = Ev.contactReturn, RAISE_HAND = Ev.raiseHand, HAND_DEADLINE = Ev.handDeadline;
const SUPERVISOR_FREE = Ev.supervisorFree, SCENARIO_EVENT = Ev.scenarioEvent, INCIDENT_ARRIVAL = Ev.incidentArrival;
const CALLED_IN_ARRIVAL = Ev.calledInArrival, DAY_OVER_CHECK = Ev.dayOverCheck, MANAGER_ANSWER = Ev.managerAnswer, CHANNEL_PLAN = Ev.channelPlan;

/** A port record whose fields are filled in after construction. */
type Late<T> = { -readonly [K in keyof T]: T[K] };

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly frame: DayFrame;
  readonly plans: readonly AdviserPlan[];
  readonly channels: readonly ChannelRuntime[];
  readonly queue = new EventQueue(4096);
  readonly contacts = new ContactStore(1024);
  readonly advisers: AdviserStore;
  readonly router: Router;
  readonly counters: KpiCounters;
  readonly accounts: TimeAccounts;
  readonly recorder: KpiRecorder;
  readonly loop: RunLoop;
  readonly commands: CommandBook;
  readonly dialers: Dialer[];
  readonly activity = new ActivityLog();
  readonly supervisor = new Supervisor();
  readonly books: ShiftBooks;
  readonly waiting: Waiting;
  readonly service: Service;
  readonly overflow: Overflow;
  readonly hands: RaisedHands;
  readonly day: AdviserDay;
  readonly breaks: Breaks;
  readonly channelPlans: ChannelPlans;
  readonly presence: Presence;
  readonly dialling: Dialling;
  readonly supervisorActions: SupervisorActions;
  readonly scenarioEvents: ScenarioEvents;
  /** The floor manager the supervisor reports to; null when the scenario has none (`floorManager`). */
  readonly floorManager: FloorManager | null;
  readonly recruitment: RecruitmentDesk | null;
  /** The score's facts and the ghost run (made at the first command; a ghost itself never gets one). */
  private readonly keeper: ScoreKeeper;
  /** How the day's run ends and its books close. */
  private readonly dayClose: DayClose;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.seed = options.seed ?? scenario.seed;
    const frame = dayFrameOf(scenario);
    const { dayStart, closeTime, realistic } = frame;
    this.frame = frame;
    const streams = new RandomStreams(this.seed);
    const peopleRng: RandomStream = streams.stream('people');
    const overflowSpecs = scenario.overflow ?? [];
    this.channels = scenario.channels.map((c, i) =>
      compileChannel(c, i, scenario.channels, streams, dayStart, closeTime, overflowSpecs.some((g) => g.channels.includes(c.id)), realistic),
    );
    for (const ch of this.channels) {
      if (ch.spec.callback) ch.callbackChannel = scenario.channels.findIndex((c) => c.id === ch.spec.callback!.channel);
    }
    const intervalSeconds = scenario.stats.intervalMinutes * 60;
    this.counters = new KpiCounters(this.channels.length, intervalSeconds, closeTime, frame.warmupEnd);
    this.accounts = new TimeAccounts(intervalSeconds, this.counters.intervalCount, frame.warmupEnd);
    this.recorder = new KpiRecorder(this.counters, this.contacts, frame.warmupEnd);
    this.plans = resolveTeam(scenario);
    this.advisers = new AdviserStore(this.plans, this.channels.map((c) => c.id), this.accounts);
    this.router = new Router(this.channels, this.advisers, this.contacts);
    this.dialers = this.channels.filter((c) => c.kind === 'outbound').map((c) => new Dialer(c, scenario.date!, dayStart, streams));

    const clock: MutableClock = { now: 0 };
    const { contacts, advisers, router, recorder, queue, channels, plans, activity, supervisor } = this;
    this.books = new ShiftBooks({ clock, dayStart, plans, activity, hourlyWage: scenario.costs.hourlyWage });
    const books = this.books;

    // Modules call each other both ways; each sees only the ports it declares, filled in once all exist.
    const late = {
      scenarioEvents: {} as Late<ScenarioEventPorts>, service: {} as Late<ServicePorts>, waiting: {} as Late<WaitingPorts>,
      supervisor: {} as Late<SupervisorPorts>, day: {} as Late<AdviserDayPorts>, presence: {} as Late<PresencePorts>,
    };
    this.scenarioEvents = new ScenarioEvents({ clock, frame, events: scenario.events ?? [], channels, plans, advisers, queue, activity, streams }, late.scenarioEvents);
    this.service = new Service({ clock, frame, channels, contacts, advisers, router, recorder, queue, conditions: this.scenarioEvents }, late.service);
    this.waiting = new Waiting({ clock, frame, channels, contacts, router, recorder, queue }, late.waiting);
    const groups = createOverflowGroups(overflowSpecs, channels.map((c) => c.id));
    this.overflow = new Overflow({ clock, channels, contacts, recorder, queue, router, groups }, { waiting: this.waiting, service: this.service });
    this.hands = new RaisedHands({ clock, contacts, advisers, plans, recorder, queue, activity }, { service: this.service });
    this.supervisorActions = new SupervisorActions({ clock, dayStart, plans, advisers, contacts, supervisor, queue, activity, books }, late.supervisor);
    this.day = new AdviserDay(
      { clock, frame, channels, plans, advisers, router, queue, supervisor, books, peopleRng, absentAtStart: this.scenarioEvents.absentAtStart },
      late.day,
    );
    this.dialling = new Dialling(
      { clock, frame, contacts, advisers, router, recorder, queue, dialers: this.dialers, books, campaignStarts: this.scenarioEvents.campaignStarts },
      { service: this.service, day: this.day },
    );
    this.presence = new Presence(
      { clock, frame, plans, advisers, queue, books, activity, peopleRng, callInDelayMinutes: scenario.costs.callInDelayMinutes },
      late.presence,
    );
    this.breaks = new Breaks({ clock, plans, advisers, queue }, { day: this.day });
    this.channelPlans = new ChannelPlans({ clock, channels, advisers, queue }, { day: this.day, dialling: this.dialling });
    Object.assign(late.presence, { day: this.day, breaks: this.breaks });
    Object.assign(late.scenarioEvents, { presence: this.presence, dialling: this.dialling, waiting: this.waiting });
    Object.assign(late.service, { day: this.day, hands: this.hands });
    Object.assign(late.waiting, { service: this.service, overflow: this.overflow });
    Object.assign(late.supervisor, { hands: this.hands, service: this.service, day: this.day });
    Object.assign(late.day, {
      service: this.service, dialling: this.dialling, waiting: this.waiting, presence: this.presence, coaching: this.supervisorActions,
      floor: { loggedOut: () => this.dayClose.check() }, breaks: this.breaks,
    });
    if (realistic) advisers.onBreach = (a, rule, at) => books.labourBreach(a, rule, at);

    this.channels.forEach((c, i) => {
      const first = c.arrivals ? c.arrivals.next(-1) : Infinity;
      if (first < Infinity) queue.schedule(first, Ev.arrival, i);
    });
    const statics = [...plannedEvents(this.plans, closeTime), ...this.scenarioEvents.timetableEntries()];
    const commands: DueCommands = { nextTime: () => this.commands.nextTime(), applyNext: (now) => this.commands.applyNext(now) };
    this.loop = new RunLoop(queue, new Timetable(statics), (kind, a, b) => this.dispatch(kind, a, b), commands, clock);
    this.dayClose = new DayClose({
      loop: this.loop, queue, frame, channels, advisers, books, overflowGroups: groups, presence: this.presence, waiting: this.waiting,
      lastStaffArrival: lastStaffArrival(this.plans, this.scenarioEvents.instances),
    });
    const managerSettings = floorManagerSettings(scenario.floorManager);
    this.floorManager = managerSettings
      ? new FloorManager({
        settings: managerSettings, clock, frame, channels, counters: this.counters, queue, activity, overflowGroups: groups, events: this.scenarioEvents,
        occupySupervisor: (seconds) => this.supervisorActions.briefly('reporting', seconds),
      })
      : null;
    this.recruitment = options.recruitment ? new RecruitmentDesk(options.recruitment, { clock, plans, supervisor, queue, busyRefusal: () => this.supervisorActions.busyRefusal() }) : null;
    const targets: CommandTargets = {
      clock, dayStart, plans, advisers, channels, router, overflow: this.overflow, dialers: this.dialers, books,
      supervisorActions: this.supervisorActions, day: this.day, breaks: this.breaks, presence: this.presence, manager: this.floorManager, recruitment: this.recruitment,
      channelPlans: this.channelPlans, queue,
    };
    this.commands = new CommandBook({
      clock, dayStart, activity,
      nextEventTime: () => this.loop.nextEventTime(),
      apply: (command) => applyCommand(targets, command),
    });
    this.waiting.carryIn(streams);
    if (options.carry) applyCarryIn(options.carry, { channels, advisers, plans, queue, realistic, waiting: this.waiting, dialers: this.dialers });
    this.keeper = new ScoreKeeper(this, () => new Simulation(scenario, { seed: this.seed, carry: options.carry }));
  }

  /** Current simulated time (seconds since scenario start). */
  get time(): number {
    return this.loop.now;
  }

  get events(): number {
    return this.loop.events;
  }

  /** True when the day is over and every contact has left. */
  get finished(): boolean {
    return this.loop.idle && !this.commands.hasPending();
  }

  /** Runs every event (and logged command) up to and including time `target`. */
  advanceTo(target: number): void {
    // Once the day is over the clock stays where it ended: a paced console asking for
    // later times must not show time passing after the end (it showed "shift over" at 23:11).
    this.keeper.keepUp(target);
    if (this.finished) return;
    this.loop.advanceTo(target);
    if (!this.finished) return;
    const log = this.commands.log;
    this.loop.clock.now = Math.max(this.loop.lastEventTime, log.length > 0 ? log[log.length - 1].at : 0);
    this.dayClose.closeBooks();
  }

  /** Runs the whole day, until every contact has left. */
  runToEnd(): void {
    this.advanceTo(Infinity);
  }

  /** Validates a command and applies it now (or at its `at`); see CommandBook. */
  submit(command: unknown): CommandRecord {
    this.keeper.onCommand();
    return this.commands.submit(command);
  }

  /** The score so far, against the ghost run (see sim/kpi/score.ts). */
  score(): ScoreSnapshot {
    return this.keeper.score();
  }

  /** The run's result (KPIs, command log, books, score, baseline, hash): the JSON contract of `npm run sim -- --json`. */
  result(): SimulationResult {
    const score = this.score();
    return buildResult({
      scenario: this.scenario, seed: this.seed, frame: this.frame, events: this.loop.events, lastEventTime: this.loop.lastEventTime,
      counters: this.counters, accounts: this.accounts, channels: this.channels, commandLog: this.commands.log, books: this.books,
      overflow: this.overflow.groups, dialers: this.dialers, score, baseline: this.keeper.baseline(score), activityCounts: this.activity.counts,
      manager: this.floorManager?.snapshot() ?? null,
    });
  }

  private dispatch(kind: number, a: number, b: number): void {
    switch (kind) {
      case ARRIVAL: return this.waiting.onArrival(a);
      case ABANDON: return this.waiting.onAbandon(a);
      case HOLD_START: return this.service.onHoldStart(a);
      case HOLD_END: return this.service.onHoldEnd(a);
      case TALK_END: return this.service.onTalkEnd(a);
      case WRAP_END: return this.service.onWrapEnd(a);
      case SHIFT_START: return this.day.onShiftStart(a);
      case SHIFT_END: return this.day.onShiftEnd(a);
      case BREAK_DUE: return this.breaks.onBreakDue(a, b);
      case ACTIVITY_END: return this.day.onActivityEnd(a, b);
      case CLOSE:
        this.waiting.closeIfNobodyCanServeAny();
        return this.dayClose.check();
      case CONCURRENT_END: return this.service.onConcurrentEnd(a);
      case ANNOUNCEMENT: return this.waiting.onAnnouncement(a, b);
      case WIDEN: return this.waiting.onWiden(a, b);
      case OVERFLOW_DUE: return this.overflow.onOverflowDue(a, b);
      case EXTERNAL_END:
        this.overflow.onExternalEnd(a, b);
        return this.dayClose.check();
      case DIALER_CONNECT: return this.dialling.onDialerConnect(a);
      case DIALER_WAKE: return this.dialling.onDialerWake(a);
      case CONTACT_RETURN: return this.waiting.onReturn(a, b);
      case RAISE_HAND: return this.hands.onRaiseHand(a, b);
      case HAND_DEADLINE: return this.hands.onHandDeadline(a, b);
      case SUPERVISOR_FREE: return this.supervisorActions.onSupervisorFree(b);
      case SCENARIO_EVENT: return this.scenarioEvents.onEvent(a, b);
      case INCIDENT_ARRIVAL: return this.scenarioEvents.onIncidentArrival(a, b);
      case CALLED_IN_ARRIVAL: return this.presence.onCalledInArrival(a);
      case DAY_OVER_CHECK: return this.dayClose.endIfOver();
      case MANAGER_ANSWER: return this.floorManager?.onAnswer(a);
      case CHANNEL_PLAN: return this.channelPlans.onEvent(a, b);
      default: throw new Error(`unknown event kind ${kind} (a=${a}, b=${b}, t=${this.loop.now})`);
    }
  }
}
