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
import { E as machineEvents, S as machineStates } from '../model/adviserMachine';
import { AdviserStore, Pending as pendingCodes } from '../model/advisers';
import { ContactState as contactStates, ContactStore } from '../model/contacts';
import { resolveTeam, type AdviserPlan } from '../model/team';
import { Field as kpiFields, KpiCounters, TimeAccounts } from '../kpi/counters';
import { Router } from '../routing/router';
import type { Scenario } from '../scenario/schema';
import { toSeconds } from '../scenario/schema';
import { PiecewisePoissonArrivals, type RateStep } from './arrivals';
import { compileSampler, bernoulli, type Sampler } from './distributions';
import { EventQueue } from './eventQueue';
import { RandomStreams, type RandomStream } from './rng';
import { CommandBook } from './commandBook';
import { Timetable } from './timetable';
import type { CommandRecord } from '../snapshot';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const E = { ...machineEvents };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const ContactState = { ...contactStates };
const Field = { ...kpiFields };

/** Event kinds on the queue. */
export const Ev = {
  arrival: 1,
  abandon: 2,
  holdStart: 3,
  holdEnd: 4,
  talkEnd: 5,
  wrapEnd: 6,
  shiftStart: 7,
  shiftEnd: 8,
  breakDue: 9,
  activityEnd: 10,
  /** Arrivals have stopped: contacts nobody can answer any more are lost. */
  close: 11,
} as const;

interface ChannelRuntime {
  readonly id: string;
  readonly threshold: number;
  readonly arrivals: PiecewisePoissonArrivals;
  readonly workRng: RandomStream;
  readonly patienceRng: RandomStream;
  readonly talk: Sampler;
  readonly wrapUp: Sampler;
  readonly holdProbability: number;
  readonly holdDuration: Sampler | null;
  readonly patience: Sampler | null;
  readonly steps: readonly RateStep[];
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
    this.channels = scenario.channels.map((c) => this.channelRuntime(c, streams));
    const intervalSeconds = scenario.stats.intervalMinutes * 60;
    this.counters = new KpiCounters(this.channels.length, intervalSeconds, this.closeTime, this.warmupEnd);
    this.accounts = new TimeAccounts(intervalSeconds, this.counters.intervalCount, this.warmupEnd);
    this.plans = resolveTeam(scenario);
    this.advisers = new AdviserStore(this.plans, this.channels.map((c) => c.id), this.accounts);
    this.router = new Router(this.channels.length, this.advisers, this.contacts);
    this.commands = new CommandBook(this);

    this.channels.forEach((c, i) => {
      const first = c.arrivals.next(-1);
      if (first < Infinity) this.queue.schedule(first, Ev.arrival, i);
    });
    const statics: { time: number; kind: number; a: number; b: number }[] = [{ time: this.closeTime, kind: Ev.close, a: 0, b: 0 }];
    this.plans.forEach((p, a) => {
      statics.push({ time: Math.max(0, p.shiftStart), kind: Ev.shiftStart, a, b: 0 });
      statics.push({ time: Math.max(0, p.shiftEnd), kind: Ev.shiftEnd, a, b: 0 });
      p.breaks.forEach((br, k) => statics.push({ time: Math.max(0, br.at), kind: Ev.breakDue, a, b: k }));
    });
    this.timetable = new Timetable(statics);
  }

  private channelRuntime(c: Scenario['channels'][number], streams: RandomStreams): ChannelRuntime {
    const steps: RateStep[] =
      'perHour' in c.arrivals
        ? [{ start: 0, ratePerSecond: c.arrivals.perHour / 3600 }]
        : c.arrivals.profile.map((p) => ({ start: Math.max(0, toSeconds(p.from) - this.dayStart), ratePerSecond: p.perHour / 3600 }));
    if (steps[0].start > 0) steps.unshift({ start: 0, ratePerSecond: 0 });
    return {
      id: c.id,
      threshold: c.serviceLevel.thresholdSeconds,
      arrivals: new PiecewisePoissonArrivals(steps, this.closeTime, streams.stream(`arrivals:${c.id}`)),
      workRng: streams.stream(`work:${c.id}`),
      patienceRng: streams.stream(`patience:${c.id}`),
      talk: compileSampler(c.handleTime),
      wrapUp: compileSampler(c.wrapUp),
      holdProbability: c.hold?.probability ?? 0,
      holdDuration: c.hold ? compileSampler(c.hold.duration) : null,
      patience: c.patience ? compileSampler(c.patience) : null,
      steps,
    };
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
      for (;;) {
        const staticTime = timetable.peekTime();
        const dynamicTime = queue.peekTime();
        if (dynamicTime < staticTime) {
          if (dynamicTime > limit) break;
          queue.pop();
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
    this.advisers.accrueUntil(this.lastEventTime);
  }

  private dispatch(kind: number, a: number, b: number): void {
    switch (kind) {
      case Ev.arrival: return this.onArrival(a);
      case Ev.abandon: return this.onAbandon(a);
      case Ev.holdStart: return this.onHoldStart(a);
      case Ev.holdEnd: return this.onHoldEnd(a);
      case Ev.talkEnd: return this.onTalkEnd(a);
      case Ev.wrapEnd: return this.onWrapEnd(a);
      case Ev.shiftStart: return this.onShiftStart(a);
      case Ev.shiftEnd: return this.onShiftEnd(a);
      case Ev.breakDue: return this.onBreakDue(a, b);
      case Ev.activityEnd: return this.onActivityEnd(a, b);
      case Ev.close: return this.closeIfNobodyCanServeAny();
      default: throw new Error(`unknown event kind ${kind} (a=${a}, b=${b}, t=${this.now})`);
    }
  }

  // ── Contacts ────────────────────────────────────────────────────────────

  private onArrival(channel: number): void {
    const ch = this.channels[channel];
    const now = this.now;
    const next = ch.arrivals.next(now);
    if (next < Infinity) this.queue.schedule(next, Ev.arrival, channel);

    // Intrinsic attributes, drawn in a fixed order from the channel's own streams.
    const contacts = this.contacts;
    const slot = contacts.allocate();
    contacts.channel[slot] = channel;
    contacts.arrival[slot] = now;
    contacts.talk[slot] = ch.talk(ch.workRng);
    const holds = ch.holdDuration !== null && bernoulli(ch.workRng, ch.holdProbability);
    contacts.hold[slot] = holds ? ch.holdDuration!(ch.workRng) : 0;
    contacts.wrapUp[slot] = ch.wrapUp(ch.workRng);
    contacts.patience[slot] = ch.patience ? ch.patience(ch.patienceRng) : Infinity;
    const counters = this.counters;
    const row = counters.row(channel, counters.intervalOf(now));
    const total = now >= this.warmupEnd ? counters.totalRow(channel) : -1;
    contacts.kpiRow[slot] = row;
    contacts.kpiTotal[slot] = total;
    counters.addAt(row, total, Field.offered, 1);

    const adviser = this.router.takeIdleAdviser(channel);
    if (adviser >= 0) {
      this.answer(slot, adviser);
      return;
    }
    counters.addAt(row, total, Field.waited, 1);
    counters.addAt(row, total, Field.queued, 1);
    contacts.state[slot] = ContactState.waiting;
    if (contacts.patience[slot] < Infinity) {
      contacts.abandonHandle[slot] = this.queue.schedule(now + contacts.patience[slot], Ev.abandon, slot);
    }
    this.router.enqueue(slot);
    this.closeIfNobodyCanServe(channel);
  }

  private onAbandon(slot: number): void {
    const contacts = this.contacts;
    if (contacts.state[slot] !== ContactState.waiting) return; // defensive: timers are cancelled on answer
    this.abandon(slot);
  }

  private abandon(slot: number): void {
    const contacts = this.contacts;
    const channel = contacts.channel[slot];
    const arrival = contacts.arrival[slot];
    const waited = this.now - arrival;
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.abandoned, 1);
    if (waited < this.shortAbandonSeconds) this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.shortAbandoned, 1);
    if (waited <= this.channels[channel].threshold) this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.abandonedWithinThreshold, 1);
    contacts.state[slot] = ContactState.free;
    this.router.dequeued(channel);
    contacts.release(slot);
  }

  /** Connects a contact to an adviser who is `available`. */
  private answer(slot: number, adviser: number): void {
    const contacts = this.contacts;
    const advisers = this.advisers;
    const now = this.now;
    const channel = contacts.channel[slot];
    const arrival = contacts.arrival[slot];
    if (contacts.abandonHandle[slot] >= 0) {
      this.queue.cancel(contacts.abandonHandle[slot]);
      contacts.abandonHandle[slot] = -1;
    }
    contacts.state[slot] = ContactState.inService;
    contacts.adviser[slot] = adviser;
    contacts.answeredAt[slot] = now;
    const wait = now - arrival;
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.answered, 1);
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.waitSumAnswered, wait);
    if (wait <= this.channels[channel].threshold) this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.answeredWithinThreshold, 1);

    advisers.contact[adviser] = slot;
    advisers.contactChannel[adviser] = channel;
    advisers.contactSerial[adviser] = contacts.serial[slot];
    advisers.transition2(adviser, E.OFFER, E.ACCEPT, now); // voice: offered and accepted at once
    const talk = contacts.talk[slot];
    if (contacts.hold[slot] > 0) this.queue.schedule(now + talk / 2, Ev.holdStart, adviser);
    else this.queue.schedule(now + talk, Ev.talkEnd, adviser);
  }

  private onHoldStart(adviser: number): void {
    this.advisers.transition(adviser, E.HOLD, this.now);
    this.queue.schedule(this.now + this.contacts.hold[this.advisers.contact[adviser]], Ev.holdEnd, adviser);
  }

  private onHoldEnd(adviser: number): void {
    this.advisers.transition(adviser, E.RESUME, this.now);
    this.queue.schedule(this.now + this.contacts.talk[this.advisers.contact[adviser]] / 2, Ev.talkEnd, adviser);
  }

  private onTalkEnd(adviser: number): void {
    this.advisers.transition(adviser, E.END_CONTACT, this.now);
    const wrap = this.contacts.wrapUp[this.advisers.contact[adviser]];
    if (wrap > 0) this.queue.schedule(this.now + wrap, Ev.wrapEnd, adviser);
    else this.onWrapEnd(adviser);
  }

  private onWrapEnd(adviser: number): void {
    const advisers = this.advisers;
    const contacts = this.contacts;
    const slot = advisers.contact[adviser];
    const handling = this.now - contacts.answeredAt[slot];
    const talk = contacts.talk[slot];
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.handled, 1);
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.handleSum, handling);
    this.counters.addAt(contacts.kpiRow[slot], contacts.kpiTotal[slot], Field.talkSum, talk);
    advisers.handled[adviser]++;
    advisers.handlingSeconds[adviser] += handling;
    advisers.contact[adviser] = -1;
    advisers.contactChannel[adviser] = -1;
    advisers.transition(adviser, E.END_WRAP_UP, this.now);
    contacts.release(slot);
    this.becameFree(adviser);
  }

  // ── Advisers ────────────────────────────────────────────────────────────

  /**
   * An adviser just reached `available`: first what was promised (a break, a
   * coaching session, the end of the shift), then the oldest waiting contact,
   * else the idle pool.
   */
  becameFree(adviser: number): void {
    const advisers = this.advisers;
    if (advisers.pending[adviser] !== Pending.none) {
      const what = advisers.pending[adviser];
      advisers.pending[adviser] = Pending.none;
      this.startActivity(adviser, what, advisers.pendingSeconds[adviser]);
      return;
    }
    if (advisers.shiftOver[adviser] && !this.shouldStayForQueue(adviser)) {
      advisers.transition(adviser, E.LOG_OUT, this.now);
      this.closeIfNobodyCanServeAny();
      return;
    }
    const slot = this.router.takeContact(adviser);
    if (slot >= 0) this.answer(slot, adviser);
    else if (advisers.shiftOver[adviser]) {
      advisers.transition(adviser, E.LOG_OUT, this.now);
    } else this.router.markIdle(adviser);
  }

  /** After closing time, advisers whose shift ends at close stay until their queues are empty. */
  private shouldStayForQueue(adviser: number): boolean {
    if (this.now < this.closeTime || this.plans[adviser].shiftEnd < this.closeTime) return false;
    const skills = this.advisers.skills[adviser];
    for (let c = 0; c < this.channels.length; c++) if (skills[c] > 0 && this.router.waiting[c] > 0) return true;
    return false;
  }

  /** Starts an off-queue activity (or logs out) for an `available` adviser. */
  startActivity(adviser: number, what: number, seconds: number): void {
    const advisers = this.advisers;
    if (what === Pending.logOut) {
      advisers.transition(adviser, E.LOG_OUT, this.now);
      this.closeIfNobodyCanServeAny();
      return;
    }
    const event =
      what === Pending.break ? E.START_BREAK : what === Pending.coaching ? E.START_COACHING : what === Pending.training ? E.START_TRAINING : E.START_OFFLINE_TASK;
    advisers.transition(adviser, event, this.now);
    this.queue.schedule(this.now + seconds, Ev.activityEnd, adviser, ++advisers.activityToken[adviser]);
  }

  /** Requests an activity: now if the adviser is available, else once the current contact ends. */
  requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' {
    const advisers = this.advisers;
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
    const advisers = this.advisers;
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available || s === S.break || s === S.coaching || s === S.training || s === S.offlineTask) {
      advisers.pending[adviser] = Pending.none;
      advisers.transition(adviser, E.LOG_OUT, this.now);
      this.closeIfNobodyCanServeAny();
      return 'now';
    }
    advisers.pending[adviser] = Pending.logOut;
    return 'deferred';
  }

  /** Brings a logged-out or absent adviser onto the floor (overtime, late arrival). */
  logIn(adviser: number): void {
    const advisers = this.advisers;
    advisers.shiftOver[adviser] = 0;
    advisers.transition(adviser, E.LOG_IN, this.now);
    this.becameFree(adviser);
  }

  /** Replaces an adviser's skills; a free adviser may pick up a waiting contact at once. */
  setSkills(adviser: number, skills: Record<string, number>): void {
    const advisers = this.advisers;
    advisers.skills[adviser] = advisers.skillRow(skills);
    advisers.version[adviser]++;
    if (advisers.state[adviser] === S.available) {
      const slot = this.router.takeContact(adviser);
      if (slot >= 0) this.answer(slot, adviser);
    }
  }

  private onActivityEnd(adviser: number, token: number): void {
    const advisers = this.advisers;
    if (advisers.activityToken[adviser] !== token) return; // that activity was already ended
    const s = advisers.state[adviser];
    const event =
      s === S.break ? E.END_BREAK : s === S.coaching ? E.END_COACHING : s === S.training ? E.END_TRAINING : s === S.offlineTask ? E.END_OFFLINE_TASK : -1;
    if (event < 0) return; // logged out meanwhile
    advisers.transition(adviser, event, this.now);
    this.becameFree(adviser);
  }

  private onShiftStart(adviser: number): void {
    const advisers = this.advisers;
    if (advisers.state[adviser] !== S.offline || advisers.shiftOver[adviser]) return;
    advisers.transition(adviser, E.LOG_IN, this.now);
    this.becameFree(adviser);
  }

  private onShiftEnd(adviser: number): void {
    const advisers = this.advisers;
    advisers.shiftOver[adviser] = 1;
    advisers.version[adviser]++;
    const s = advisers.state[adviser];
    if (s === S.available) {
      if (!this.shouldStayForQueue(adviser)) {
        advisers.transition(adviser, E.LOG_OUT, this.now);
        this.closeIfNobodyCanServeAny();
      }
    } else if (s === S.break || s === S.coaching || s === S.training || s === S.offlineTask) {
      advisers.transition(adviser, E.LOG_OUT, this.now);
      this.closeIfNobodyCanServeAny();
    }
    // Handling: logs out from becameFree() once the contact is done.
  }

  private onBreakDue(adviser: number, index: number): void {
    const advisers = this.advisers;
    const s = advisers.state[adviser];
    if (s === S.offline || s === S.absent || advisers.shiftOver[adviser]) return;
    if (advisers.pending[adviser] !== Pending.none || s === S.break) return; // something else already planned
    this.requestActivity(adviser, Pending.break, this.plans[adviser].breaks[index].seconds);
  }

  // ── Closing ─────────────────────────────────────────────────────────────

  /**
   * After closing time, a contact still waiting when nobody who could answer it
   * is logged in or due back is lost: counted as abandoned (the line closed).
   */
  private closeIfNobodyCanServe(channel: number): void {
    if (this.now < this.closeTime) return;
    const advisers = this.advisers;
    for (let a = 0; a < advisers.count; a++) {
      if (advisers.skills[a][channel] > 0 && advisers.state[a] !== S.offline && advisers.state[a] !== S.absent) return;
    }
    for (let slot = this.router.head(channel); slot >= 0; slot = this.router.head(channel)) {
      if (this.contacts.abandonHandle[slot] >= 0) this.queue.cancel(this.contacts.abandonHandle[slot]);
      this.abandon(slot);
    }
  }

  closeIfNobodyCanServeAny(): void {
    for (let c = 0; c < this.channels.length; c++) if (this.router.waiting[c] > 0) this.closeIfNobodyCanServe(c);
  }
}
