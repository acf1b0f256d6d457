/**
 * What crosses the nights of a multi-day run (DOMAIN.md §7): commands sorted by day,
 * carry-over counts, the carry moved across nights (advisers rest), the absences a low
 * mood brings, each adviser's shift times for the labour rules, and what a day leaves.
 */
import type { DayPlan } from './campaignDays';
import type { DayShiftTimes } from './campaignLabour';
import { createStream } from './engine/rng';
import type { SimulationResult } from './kpi/result';
import { adviserCarryOut, CALLBACK_NEXT_MORNING_SECONDS, overnight, RETRIAL_NEXT_DAY_DEFAULT, type AdviserCarry, type CarriedContact, type CarryIn } from './model/carryOver';
import { intervalsOf } from './model/workLog';
import type { Scenario } from './scenario/schema';
import type { Simulation } from './simulation';
import type { CommandRecord } from './snapshot';

/** What crosses a night, counted by channel. */
export interface CarryCounts {
  readonly email: Readonly<Record<string, number>>;
  readonly callback: Readonly<Record<string, number>>;
  readonly retrials: Readonly<Record<string, number>>;
  /** Advisers whose state (fatigue, stress, mood, proficiency) is carried. */
  readonly advisers: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Commands per day; those that cannot belong to an open day are rejected here, with a reason. */
export function splitCommands(plans: readonly DayPlan[], commands: readonly unknown[]): { byDay: unknown[][]; rejected: (CommandRecord & { day: number })[] } {
  const byDay = plans.map((): unknown[] => []);
  const rejected: (CommandRecord & { day: number })[] = [];
  for (const c of commands) {
    const day = isObject(c) && c.day !== undefined ? c.day : 1;
    const reject = (reason: string, d: number) => rejected.push({ day: d, at: 0, type: isObject(c) && typeof c.type === 'string' ? c.type : '?', status: 'rejected', reason, code: 'badDay', command: isObject(c) ? c : {} });
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1) reject(`day must be a whole number from 1, got ${JSON.stringify(day)}`, 0);
    else if (day > plans.length) reject(`day ${day} is past the run's last day (${plans.length})`, day);
    else if (plans[day - 1].status === 'closed') reject(`day ${day} (${plans[day - 1].date}) is closed`, day);
    else {
      const { day: _d, ...command } = c as Record<string, unknown>;
      byDay[day - 1].push(command);
    }
  }
  return { byDay, rejected };
}

export const counts = (carry: CarryIn, kindOf: ReadonlyMap<string, string>): CarryCounts => {
  const email: Record<string, number> = {};
  const callback: Record<string, number> = {};
  for (const c of carry.contacts) {
    const bucket = kindOf.get(c.channelId) === 'callback' ? callback : email;
    bucket[c.channelId] = (bucket[c.channelId] ?? 0) + 1;
  }
  return { email, callback, retrials: { ...carry.retrials }, advisers: Object.keys(carry.advisers).length };
};

/** The carry-over moved across `nights` calendar days: contacts' times shift back, advisers rest. */
export function acrossNights(carry: CarryIn, nights: number): CarryIn {
  const shift = nights * 86400;
  const advisers: Record<string, AdviserCarry> = {};
  for (const [id, a] of Object.entries(carry.advisers)) {
    const { leftAt, ...rest } = a;
    advisers[id] = { ...rest, ...overnight(a, (shift - (leftAt ?? 0)) / 3600) };
  }
  const contacts = carry.contacts.map((c) => ({ ...c, arrival: c.arrival - shift, due: c.dueNextMorning ? CALLBACK_NEXT_MORNING_SECONDS : c.due - shift }));
  return { contacts, retrials: carry.retrials, advisers, ...(carry.callLists ? { callLists: carry.callLists } : {}) };
}

/** Absence risk from mood: a low mood (below 0.45) makes a sick call more likely the next morning. */
export function moodAbsences(s: Scenario, day: number, carry: CarryIn): NonNullable<Scenario['events']> {
  const rng = createStream(s.seed, `absence:day${day}`);
  return Object.entries(carry.advisers).flatMap(([adviserId, a]) =>
    rng.next() < Math.max(0, 0.45 - a.mood) * 0.6 ? [{ type: 'absence' as const, at: s.clock.start, adviserId }] : []);
}

/** Each adviser's first log-in and last log-out of the day, and time logged in (seconds on the day's clock). */
export function shiftTimes(sim: Simulation): Map<string, DayShiftTimes> {
  const out = new Map<string, DayShiftTimes>();
  sim.plans.forEach((p, a) => {
    const sessions = sim.advisers.work.sessions[a];
    if (sessions.length === 0) return;
    const end = sim.loop.lastEventTime;
    const spans = intervalsOf(sessions, end);
    const length = (list: [number, number][]) => list.reduce((t, [x, y]) => t + y - x, 0);
    // Effective work: logged in, less the breaks taken (the 10-hour rule counts work, not presence).
    const worked = length(spans) - length(intervalsOf(sim.advisers.work.breaks[a], end));
    out.set(p.id, { firstLogin: spans[0][0], lastLogout: spans[spans.length - 1][1], worked });
  });
  return out;
}

/** What the day leaves: deferred contacts still waiting, customers to try again, every adviser's state. */
export function carryOut(sim: Simulation, result: SimulationResult, before: CarryIn, rampOf?: (adviserId: string) => number): CarryIn {
  const contacts: CarriedContact[] = sim.waiting.leftOver.map((c) => {
    const ch = sim.channels[c.channel];
    // Times stay on today's clock until acrossNights moves them; a callback not made is due the next morning.
    return { channelId: ch.id, arrival: c.arrival, due: c.due, ...(ch.kind === 'callback' ? { dueNextMorning: true } : {}) };
  });
  const retrials: Record<string, number> = {};
  for (const ch of sim.channels) {
    const share = ch.spec.retrialNextDay ?? RETRIAL_NEXT_DAY_DEFAULT[ch.kind] ?? 0;
    const n = (result.pendingReturns[ch.id] ?? 0) + Math.round(share * result.kpis.byChannel[ch.id].abandoned);
    if (n > 0) retrials[ch.id] = n;
  }
  const advisers = { ...before.advisers, ...adviserCarryOut(sim.advisers, sim.plans, sim.channels, before.advisers, rampOf) };
  const callLists = Object.fromEntries(sim.dialers.map((d) => [d.channel.id, d.carryOut()]));
  return { contacts, retrials, advisers, ...(sim.dialers.length ? { callLists } : {}) };
}

