/**
 * A multi-day run (DOMAIN.md §7): one Simulation per open day, each seeded from the
 * scenario seed and the day (deriveSeed), each starting from what the day before left
 * (sim/model/carryOver.ts). Closed days pass the carry-over on, the night longer.
 * Commands carry `day` (1-based, default 1); one for a day past the end, or a closed
 * day, is rejected with its reason. The result is the day's contract for the whole run
 * plus `byDay`, and its hash covers every day.
 */
import { planDays, dayScenario, type DayPlan } from './campaignDays';
import { labourAcrossDays, type DayShiftTimes, type LabourBreachAcrossDays } from './campaignLabour';
import { deriveSeed, hashString, createStream } from './engine/rng';
import { ENGINE_VERSION, scenarioHash, type ResultKpis, type SimulationResult } from './kpi/result';
import { sumDayKpis, type RunChannelKpis } from './kpi/sumDays';
import { adviserCarryOut, CALLBACK_NEXT_MORNING_SECONDS, emptyCarry, overnight, RETRIAL_NEXT_DAY_DEFAULT, type AdviserCarry, type CarriedContact, type CarryIn } from './model/carryOver';
import { intervalsOf } from './model/workLog';
import { RecruitmentRun, type RecruitmentResult } from './recruitment/run';
import type { Scenario } from './scenario/schema';
import { Simulation } from './simulation';
import type { CommandRecord } from './snapshot';

/** What crosses a night, counted by channel. */
export interface CarryCounts {
  readonly email: Readonly<Record<string, number>>;
  readonly callback: Readonly<Record<string, number>>;
  readonly retrials: Readonly<Record<string, number>>;
  /** Advisers whose state (fatigue, stress, mood, proficiency) is carried. */
  readonly advisers: number;
}

export interface DayResult {
  readonly day: number;
  readonly date: string;
  readonly status: DayPlan['status'];
  readonly volume: number;
  readonly seed: number | null;
  readonly kpis: ResultKpis | null;
  readonly score: { readonly total: number } | null;
  readonly carriedIn: CarryCounts;
  readonly carriedOut: CarryCounts;
  /** Each adviser as the day began and ended (fatigue at their last log-out), for the people side. */
  readonly advisers: readonly { readonly id: string; readonly fatigueIn: number; readonly fatigueOut: number; readonly mood: number; readonly skills: Readonly<Record<string, number>> }[];
  readonly labour: readonly LabourBreachAcrossDays[];
  readonly resultHash: string | null;
}

export interface CampaignResult {
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: number;
  readonly engineVersion: string;
  readonly days: number;
  readonly events: number;
  readonly kpis: { readonly byChannel: Readonly<Record<string, RunChannelKpis>> };
  readonly score: { readonly total: number | null };
  readonly commands: readonly (CommandRecord & { readonly day: number })[];
  readonly breaches: readonly LabourBreachAcrossDays[];
  /** What is left at the end of the last day (carried out, not lost). */
  readonly pendingAtEnd: CarryCounts;
  readonly byDay: readonly DayResult[];
  /** Scenarios with candidates only: the hires and their score entries (people block; sim/recruitment/score.ts). */
  readonly recruitment?: RecruitmentResult;
  readonly resultHash: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Commands per day; those that cannot belong to an open day are rejected here, with a reason. */
function splitCommands(plans: readonly DayPlan[], commands: readonly unknown[]): { byDay: unknown[][]; rejected: (CommandRecord & { day: number })[] } {
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

const counts = (carry: CarryIn, kindOf: ReadonlyMap<string, string>): CarryCounts => {
  const email: Record<string, number> = {};
  const callback: Record<string, number> = {};
  for (const c of carry.contacts) {
    const bucket = kindOf.get(c.channelId) === 'callback' ? callback : email;
    bucket[c.channelId] = (bucket[c.channelId] ?? 0) + 1;
  }
  return { email, callback, retrials: { ...carry.retrials }, advisers: Object.keys(carry.advisers).length };
};

/** The carry-over moved across `nights` calendar days: contacts' times shift back, advisers rest. */
function acrossNights(carry: CarryIn, nights: number): CarryIn {
  const shift = nights * 86400;
  const advisers: Record<string, AdviserCarry> = {};
  for (const [id, a] of Object.entries(carry.advisers)) {
    const { leftAt, ...rest } = a;
    advisers[id] = { ...rest, ...overnight(a, (shift - (leftAt ?? 0)) / 3600) };
  }
  const contacts = carry.contacts.map((c) => ({ ...c, arrival: c.arrival - shift, due: c.dueNextMorning ? CALLBACK_NEXT_MORNING_SECONDS : c.due - shift }));
  return { contacts, retrials: carry.retrials, advisers };
}

/** Absence risk from mood: a low mood (below 0.45) makes a sick call more likely the next morning. */
function moodAbsences(s: Scenario, day: number, carry: CarryIn): NonNullable<Scenario['events']> {
  const rng = createStream(s.seed, `absence:day${day}`);
  return Object.entries(carry.advisers).flatMap(([adviserId, a]) =>
    rng.next() < Math.max(0, 0.45 - a.mood) * 0.6 ? [{ type: 'absence' as const, at: s.clock.start, adviserId }] : []);
}

/** Runs every day of a multi-day scenario (a one-day scenario gives one day). */
export function runCampaign(scenario: Scenario, options: { seed?: number; commands?: readonly unknown[] } = {}): CampaignResult {
  const seed = options.seed ?? scenario.seed;
  const plans = planDays(scenario);
  const kindOf = new Map(scenario.channels.map((c) => [c.id, c.kind]));
  const split = splitCommands(plans, options.commands ?? []);
  let carry: CarryIn = emptyCarry;
  let lastDay = -1;
  let previousShifts: ReadonlyMap<string, DayShiftTimes> = new Map();
  let previousOpen = -Infinity;
  const byDay: DayResult[] = [];
  const commands: (CommandRecord & { day: number })[] = [...split.rejected];
  let events = 0;
  const hiring = RecruitmentRun.of(scenario, seed);
  for (const plan of plans) {
    if (lastDay >= 0) carry = acrossNights(carry, plan.dayNumber - plans[lastDay].dayNumber);
    lastDay = plan.day - 1;
    const carriedIn = counts(carry, kindOf);
    if (plan.status === 'closed') {
      byDay.push({ day: plan.day, date: plan.date, status: plan.status, volume: plan.volume, seed: null, kpis: null, score: null, carriedIn, carriedOut: carriedIn, advisers: [], labour: [], resultHash: null });
      continue;
    }
    const daySeed = deriveSeed(seed, 'day', plan.day);
    const plain = dayScenario(scenario, plan, plan.day > 1 ? moodAbsences(scenario, plan.day, carry) : []);
    const day = hiring ? hiring.team(plain, plan.day) : plain;
    const dayCarry = hiring ? hiring.carryIn(carry, plan.day) : carry;
    const sim = new Simulation(day, { seed: daySeed, carry: dayCarry, ...hiring?.options(plan.day) });
    for (const c of split.byDay[plan.day - 1]) sim.submit(c);
    sim.runToEnd();
    const result = sim.result();
    events += result.events;
    commands.push(...result.commands.map((c) => ({ ...c, day: plan.day })));
    const shifts = shiftTimes(sim);
    const labour = labourAcrossDays(plan.day, shifts, previousShifts, plan.dayNumber - previousOpen);
    previousShifts = shifts;
    previousOpen = plan.dayNumber;
    const before = carry;
    carry = carryOut(sim, result, before, hiring?.rampOf(plan.day, result.commands));
    if (hiring) carry = hiring.afterDay(sim.recruitment, plan.day, before, dayCarry, carry);
    byDay.push({
      day: plan.day, date: plan.date, status: plan.status, volume: plan.volume, seed: daySeed, kpis: result.kpis,
      score: { total: result.score.total }, carriedIn, carriedOut: counts(carry, kindOf),
      advisers: sim.plans.map((p) => ({ id: p.id, fatigueIn: before.advisers[p.id]?.fatigue ?? 0, fatigueOut: carry.advisers[p.id].fatigue, mood: carry.advisers[p.id].mood, skills: carry.advisers[p.id].skills })),
      labour, resultHash: result.resultHash,
    });
  }
  return finish(scenario, seed, plans.length, events, byDay, commands, carry, kindOf, hiring?.result(byDay));
}

/** Each adviser's first log-in and last log-out of the day, and time logged in (seconds on the day's clock). */
function shiftTimes(sim: Simulation): Map<string, DayShiftTimes> {
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
function carryOut(sim: Simulation, result: SimulationResult, before: CarryIn, rampOf?: (adviserId: string) => number): CarryIn {
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
  return { contacts, retrials, advisers };
}

function finish(scenario: Scenario, seed: number, days: number, events: number, byDay: DayResult[], commands: (CommandRecord & { day: number })[], carry: CarryIn, kindOf: ReadonlyMap<string, string>, recruitment?: RecruitmentResult): CampaignResult {
  const byChannel: Record<string, RunChannelKpis> = {};
  for (const c of scenario.channels) byChannel[c.id] = sumDayKpis(byDay.flatMap((d) => (d.kpis ? [d.kpis.byChannel[c.id]] : [])));
  const scored = byDay.filter((d) => d.score);
  const core = {
    scenario: { id: scenario.id, hash: scenarioHash(scenario) }, seed, engineVersion: ENGINE_VERSION, days, events,
    kpis: { byChannel },
    score: { total: scored.length ? scored.reduce((t, d) => t + d.score!.total, 0) / scored.length : null },
    commands, breaches: byDay.flatMap((d) => d.labour), pendingAtEnd: counts(carry, kindOf), byDay,
    ...(recruitment ? { recruitment } : {}),
  };
  return { ...core, resultHash: hashString(JSON.stringify(core)) };
}
