/**
 * Small hand-built centres for module unit tests: a scenario written inline (a
 * couple of channels, a couple of advisers), compiled the way the composition
 * root compiles it (compileChannel, resolveTeam), and the real stores a module
 * takes as parts. No run loop and no other module: a test calls the module's
 * methods, pops the events it scheduled, and fakes whatever ports it needs.
 */
import { EventQueue } from '../../sim/engine/eventQueue';
import { RandomStreams, type RandomStream } from '../../sim/engine/rng';
import type { MutableClock } from '../../sim/engine/runLoop';
import { Field, FIELD_COUNT, KpiCounters, TimeAccounts } from '../../sim/kpi/counters';
import { KpiRecorder } from '../../sim/kpi/recorder';
import { E } from '../../sim/model/adviserMachine';
import { AdviserStore } from '../../sim/model/advisers';
import { compileChannel, type ChannelRuntime } from '../../sim/model/channelRuntime';
import { ContactState, ContactStore } from '../../sim/model/contacts';
import { Ev } from '../../sim/model/eventKinds';
import type { DayFrame } from '../../sim/model/frame';
import { resolveTeam, type AdviserPlan } from '../../sim/model/team';
import { Router } from '../../sim/routing/router';
import { scenarioSchema, toSeconds, type Scenario, type ScenarioInput } from '../../sim/scenario/schema';

export type ChannelInput = ScenarioInput['channels'][number];
type AdviserInputs = Extract<ScenarioInput['team'], { advisers: unknown }>['advisers'];
export type AdviserInput = Omit<AdviserInputs[number], 'name'> & { name?: string };

export interface KitOptions {
  channels: ChannelInput[];
  advisers: AdviserInput[];
  mode?: 'ideal' | 'realistic';
  /** Opening hours; the day is 08:00–10:00 unless told. */
  clock?: { start: string; end: string };
  warmupMinutes?: number;
  intervalMinutes?: number;
  shortAbandonSeconds?: number;
  overflow?: ScenarioInput['overflow'];
  seed?: number;
}

export interface Kit {
  scenario: Scenario;
  frame: DayFrame;
  clock: MutableClock;
  streams: RandomStreams;
  channels: ChannelRuntime[];
  plans: AdviserPlan[];
  contacts: ContactStore;
  advisers: AdviserStore;
  router: Router;
  counters: KpiCounters;
  accounts: TimeAccounts;
  recorder: KpiRecorder;
  queue: EventQueue;
  /** Channel index by id. */
  ch: Record<string, number>;
}

/** A channel with the fewest fields the schema needs: constant 180 s talk, no wrap-up, no patience. */
export function voice(id = 'voice', extra: Partial<ChannelInput> = {}): ChannelInput {
  return { id, kind: 'voice', handleTime: { dist: 'constant', value: 180 }, ...extra } as ChannelInput;
}

export function buildKit(options: KitOptions): Kit {
  const input: ScenarioInput = {
    schemaVersion: 2,
    id: 'unit',
    title: { fr: 'unit', en: 'unit' },
    seed: options.seed ?? 1,
    mode: options.mode ?? 'ideal',
    date: '2026-03-10',
    clock: options.clock ?? { start: '08:00', end: '10:00' },
    stats: {
      warmupMinutes: options.warmupMinutes ?? 0,
      intervalMinutes: options.intervalMinutes ?? 30,
      shortAbandonSeconds: options.shortAbandonSeconds ?? 5,
    },
    channels: options.channels,
    team: { advisers: options.advisers.map((a) => ({ name: a.id, ...a })) },
    ...(options.overflow ? { overflow: options.overflow } : {}),
  };
  const scenario = scenarioSchema.parse(input);
  const dayStart = toSeconds(scenario.clock.start);
  const closeTime = toSeconds(scenario.clock.end) - dayStart;
  const frame: DayFrame = {
    dayStart,
    closeTime,
    realistic: scenario.mode === 'realistic',
    warmupEnd: Math.min(scenario.stats.warmupMinutes * 60, closeTime),
    shortAbandonSeconds: scenario.stats.shortAbandonSeconds,
  };
  const streams = new RandomStreams(scenario.seed);
  const overflowSpecs = scenario.overflow ?? [];
  const channels = scenario.channels.map((c, i) =>
    compileChannel(c, i, scenario.channels, streams, dayStart, closeTime, overflowSpecs.some((g) => g.channels.includes(c.id)), frame.realistic),
  );
  for (const c of channels) {
    if (c.spec.callback) c.callbackChannel = scenario.channels.findIndex((o) => o.id === c.spec.callback!.channel);
  }
  const intervalSeconds = scenario.stats.intervalMinutes * 60;
  const counters = new KpiCounters(channels.length, intervalSeconds, closeTime, frame.warmupEnd);
  const accounts = new TimeAccounts(intervalSeconds, counters.intervalCount, frame.warmupEnd);
  const contacts = new ContactStore(16);
  const recorder = new KpiRecorder(counters, contacts, frame.warmupEnd);
  const plans = resolveTeam(scenario);
  const advisers = new AdviserStore(plans, channels.map((c) => c.id), accounts);
  const router = new Router(channels, advisers, contacts);
  const ch = Object.fromEntries(channels.map((c) => [c.id, c.index]));
  return { scenario, frame, clock: { now: 0 }, streams, channels, plans, contacts, advisers, router, counters, accounts, recorder, queue: new EventQueue(64), ch };
}

/** Replaces a compiled channel's streams (ChannelRuntime is a plain record), e.g. with a fake constant stream. */
export function withStreams(kit: Kit, channel: number, streams: { workRng?: RandomStream; patienceRng?: RandomStream; behaviourRng?: RandomStream }): void {
  kit.channels[channel] = { ...kit.channels[channel], ...streams };
}

/** Logs an adviser in at the kit's current time and puts them in the idle pool. */
export function logIn(kit: Kit, adviser: number): void {
  kit.advisers.transition(adviser, E.LOG_IN, kit.clock.now);
  kit.router.markIdle(adviser);
}

/** Logs an adviser in and puts them on a call (talking), out of the idle pool. */
export function busy(kit: Kit, adviser: number): void {
  kit.advisers.transition(adviser, E.LOG_IN, kit.clock.now);
  kit.advisers.transition(adviser, E.OFFER, kit.clock.now);
  kit.advisers.transition(adviser, E.ACCEPT, kit.clock.now);
}

export interface ContactInput {
  talk?: number;
  hold?: number;
  wrapUp?: number;
  gap?: number;
  patience?: number;
  due?: number;
  flags?: number;
  uResolved?: number;
  uRetrial?: number;
  uDeflect?: number;
  uGrade?: number;
  /** Survey draws: answers when below the response rate (default 0.99: does not answer), and the noise. */
  uRespond?: number;
  uSurvey?: number;
}

/** A contact of `channel` that arrived at `arrival`, with its KPI rows fixed, not yet queued. */
export function contact(kit: Kit, channel: number, arrival: number, c: ContactInput = {}): number {
  const { contacts } = kit;
  const slot = contacts.allocate();
  contacts.channel[slot] = channel;
  contacts.arrival[slot] = arrival;
  contacts.origin[slot] = 0;
  contacts.ref[slot] = -1;
  contacts.talk[slot] = c.talk ?? 180;
  contacts.hold[slot] = c.hold ?? 0;
  contacts.wrapUp[slot] = c.wrapUp ?? 0;
  contacts.gap[slot] = c.gap ?? 0;
  contacts.patience[slot] = c.patience ?? Infinity;
  contacts.due[slot] = c.due ?? Infinity;
  contacts.flags[slot] = c.flags ?? 0;
  contacts.uResolved[slot] = c.uResolved ?? 0;
  contacts.uRetrial[slot] = c.uRetrial ?? 0.99;
  contacts.uDeflect[slot] = c.uDeflect ?? 0.5;
  contacts.uGrade[slot] = c.uGrade ?? 0.5;
  contacts.uCallback[slot] = 0.99;
  contacts.uRespond[slot] = c.uRespond ?? 0.99;
  contacts.uSurvey[slot] = c.uSurvey ?? 0.5;
  kit.recorder.arrived(slot, channel, arrival);
  return slot;
}

/** A contact waiting in its channel's queue (as the router sees it). */
export function waitingContact(kit: Kit, channel: number, arrival: number, c: ContactInput = {}): number {
  const slot = contact(kit, channel, arrival, c);
  kit.contacts.setState(slot, ContactState.waiting);
  kit.router.enqueue(slot);
  return slot;
}

/** A waiting contact leaves other than through the router (abandon): its queue entry goes stale. */
export function leaves(kit: Kit, slot: number): void {
  const channel = kit.contacts.channel[slot];
  kit.contacts.release(slot);
  kit.router.dequeued(channel);
}

const kindName = Object.fromEntries(Object.entries(Ev).map(([k, v]) => [v, k])) as Record<number, string>;

export interface LoggedEvent {
  time: number;
  kind: string;
  a: number;
  b: number;
}

/** Every pending event, in the order the run loop would take them (empties the queue). */
export function drain(queue: EventQueue): LoggedEvent[] {
  const out: LoggedEvent[] = [];
  while (queue.pop()) out.push({ time: queue.time, kind: kindName[queue.kind] ?? String(queue.kind), a: queue.a, b: queue.b });
  return out;
}

/**
 * Runs the queued events through `handlers` (by event-kind name), setting the
 * clock to each event's time, until none is left or `until` is passed. Returns
 * what ran. An event kind without a handler throws: the test did not expect it.
 */
export function runEvents(kit: Kit, handlers: Partial<Record<keyof typeof Ev, (a: number, b: number) => void>>, until = Infinity): LoggedEvent[] {
  const out: LoggedEvent[] = [];
  while (kit.queue.popUntil(until)) {
    const { time, kind, a, b } = kit.queue;
    kit.clock.now = time;
    const name = kindName[kind] as keyof typeof Ev;
    out.push({ time, kind: name, a, b });
    const handler = handlers[name];
    if (!handler) throw new Error(`unexpected event ${name} (a=${a}, b=${b}) at ${time}`);
    handler(a, b);
  }
  return out;
}

const fieldName = Object.fromEntries(Object.entries(Field).map(([k, v]) => [v, k])) as Record<number, string>;

/**
 * The counters that `act` moved, as { "<row>.<field>": change }, rows named
 * "total" or "i<interval>" (channel 0 unless the row is qualified "c<k>.").
 */
export function moved(counters: KpiCounters, act: () => void): Record<string, number> {
  const before = Float64Array.from(counters.values);
  act();
  const out: Record<string, number> = {};
  const rowsPerChannel = counters.intervalCount + 1;
  for (let i = 0; i < counters.values.length; i++) {
    const d = counters.values[i] - before[i];
    if (d === 0) continue;
    const row = Math.floor(i / FIELD_COUNT);
    const channel = Math.floor(row / rowsPerChannel);
    const r = row % rowsPerChannel;
    const rowName = (channel > 0 ? `c${channel}.` : '') + (r === counters.intervalCount ? 'total' : `i${r}`);
    out[`${rowName}.${fieldName[i % FIELD_COUNT]}`] = d;
  }
  return out;
}

/** A counter's value in the day-total row of a channel. */
export function total(kit: Kit, channel: number, field: number): number {
  return kit.counters.get(kit.counters.totalRow(channel), field);
}
