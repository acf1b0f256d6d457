/**
 * A multi-day run (DOMAIN.md §7): one Simulation per open day, each seeded from the
 * scenario seed and the day (deriveSeed), each starting from what the day before left
 * (sim/model/carryOver.ts). Closed days pass the carry-over on, the night longer.
 * Commands carry `day` (1-based, default 1); one for a day past the end, or a closed
 * day, is rejected with its reason. The result is the day's contract for the whole run
 * plus `byDay`, and its hash covers every day.
 *
 * CampaignRun plays the days one by one, so the console can play a day live (the
 * supervisor's commands go to the day's Simulation) and runCampaign, headless, runs
 * them all: the same code, so the browser and the command line give the same hashes.
 */
import { planDays, dayScenario, type DayPlan } from './campaignDays';
import { acrossNights, carryOut, counts, moodAbsences, shiftTimes, splitCommands, type CarryCounts } from './campaignCarry';
import { labourAcrossDays, type DayShiftTimes, type LabourBreachAcrossDays } from './campaignLabour';
import { weeklyBreaches, type WorkSpan } from './campaignWeek';
import { deriveSeed, hashString } from './engine/rng';
import { ENGINE_VERSION, scenarioHash, type ResultKpis } from './kpi/result';
import { sumDayKpis, type RunChannelKpis } from './kpi/sumDays';
import { campaignScore, type CampaignEntry, type CampaignScore } from './kpi/campaignScore';
import { scoreWeights } from './scoreKeeper';
import { RULES } from './kpi/judge/rules';
import { emptyCarry, type CarryIn } from './model/carryOver';
import { RecruitmentRun, type RecruitmentResult } from './recruitment/run';
import { toSeconds, type Scenario } from './scenario/schema';
import type { TimesheetRow } from './report/timesheet';
import { timesheetOf } from './report/timesheetBuild';
import { Simulation, type SimulationOptions } from './simulation';
import type { CommandRecord, ScoreSnapshot } from './snapshot';

export type { CarryCounts } from './campaignCarry';

export interface DayResult {
  readonly day: number;
  readonly date: string;
  readonly status: DayPlan['status'];
  readonly volume: number;
  readonly seed: number | null;
  readonly kpis: ResultKpis | null;
  /** The day's score: its blocks, and every entry and missed moment behind them (on the day's clock). */
  readonly score: Pick<ScoreSnapshot, 'total' | 'byBlock' | 'entries' | 'missed'> | null;
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
  readonly score: CampaignScore;
  readonly commands: readonly (CommandRecord & { readonly day: number })[];
  readonly breaches: readonly LabourBreachAcrossDays[];
  /** What is left at the end of the last day (carried out, not lost). */
  readonly pendingAtEnd: CarryCounts;
  readonly byDay: readonly DayResult[];
  /** Scenarios with candidates only: the hires and their score entries (people block; sim/recruitment/score.ts). */
  readonly recruitment?: RecruitmentResult;
  readonly resultHash: string;
}

export interface CampaignOptions {
  readonly seed?: number;
  /** The whole run's command log; each command's `day` (default 1) says which day it belongs to. */
  readonly commands?: readonly unknown[];
  /** Passed to every day's Simulation (tests and benches). */
  readonly simulation?: Omit<SimulationOptions, 'seed' | 'carry'>;
}

/** The day being played: its plan, its one-day scenario and its Simulation. */
export interface CampaignDay {
  readonly plan: DayPlan;
  readonly sim: Simulation;
}

/** Plays a campaign day by day: startDay, then (once its Simulation has finished) endDay. */
export class CampaignRun {
  readonly plans: readonly DayPlan[];
  readonly seed: number;
  private readonly kindOf: ReadonlyMap<string, string>;
  private readonly byDayCommands: unknown[][];
  private carry: CarryIn = emptyCarry;
  private lastDay = -1;
  private next = 0;
  private previousShifts: ReadonlyMap<string, DayShiftTimes> = new Map();
  private previousOpen = -Infinity;
  /** Each adviser's days on the floor so far, for the week's rules (48 hours, 35 hours of rest). */
  private readonly spans = new Map<string, WorkSpan[]>();
  private readonly days: DayResult[] = [];
  private readonly commands: (CommandRecord & { day: number })[];
  private events = 0;
  private playing: CampaignDay | null = null;
  private readonly rows: TimesheetRow[] = [];
  /** Candidates, hires and buddies across the days; null without candidates (the run is then as it was). */
  private readonly hiring: RecruitmentRun | null;
  /** The carry the day being played started from (recruitment may adjust the buddies'). */
  private dayCarry: CarryIn = emptyCarry;

  constructor(readonly scenario: Scenario, private readonly options: CampaignOptions = {}) {
    this.seed = options.seed ?? scenario.seed;
    this.plans = planDays(scenario);
    this.kindOf = new Map(scenario.channels.map((c) => [c.id, c.kind]));
    const split = splitCommands(this.plans, options.commands ?? []);
    this.byDayCommands = split.byDay;
    this.hiring = RecruitmentRun.of(scenario, this.seed);
    this.commands = [...split.rejected];
  }

  /** The day being played, if one has started and not ended. */
  get current(): CampaignDay | null {
    return this.playing;
  }

  /** Every day has been played (or passed, when closed). */
  get finished(): boolean {
    return this.playing === null && this.plans.slice(this.next).every((p) => p.status === 'closed');
  }

  /** The timesheet of the days ended so far (HR and payroll; kept out of the result and its hash). */
  get timesheet(): readonly TimesheetRow[] {
    return this.rows;
  }

  /** Days played or passed so far, in order. */
  get byDay(): readonly DayResult[] {
    return this.days;
  }

  /** The open day after the closed ones (recorded on the way), or null at the end. */
  private passClosedDays(): DayPlan | null {
    while (this.next < this.plans.length) {
      const plan = this.plans[this.next];
      this.crossNight(plan);
      if (plan.status !== 'closed') return plan;
      const carriedIn = counts(this.carry, this.kindOf);
      this.days.push({ day: plan.day, date: plan.date, status: plan.status, volume: plan.volume, seed: null, kpis: null, score: null, carriedIn, carriedOut: carriedIn, advisers: [], labour: [], resultHash: null });
      this.next++;
    }
    return null;
  }

  /** Moves the carry-over to `plan`'s morning, once. */
  private crossNight(plan: DayPlan): void {
    if (this.lastDay === plan.day - 1) return;
    if (this.lastDay >= 0) this.carry = acrossNights(this.carry, plan.dayNumber - this.plans[this.lastDay].dayNumber);
    this.lastDay = plan.day - 1;
  }

  /** Starts the next open day with its logged commands submitted; null when the run is over. */
  startDay(): CampaignDay | null {
    if (this.playing) throw new Error(`day ${this.playing.plan.day} has not ended`);
    const plan = this.passClosedDays();
    if (!plan) return null;
    const plain = weekReportDue(dayScenario(this.scenario, plan, plan.day > 1 ? moodAbsences(this.scenario, plan.day, this.carry) : []), plan, this.plans);
    const hiring = this.hiring;
    const day = hiring ? hiring.team(plain, plan.day) : plain;
    this.dayCarry = hiring ? hiring.carryIn(this.carry, plan.day) : this.carry;
    const sim = new Simulation(day, { ...this.options.simulation, seed: deriveSeed(this.seed, 'day', plan.day), carry: this.dayCarry, ...hiring?.options(plan.day) });
    for (const c of this.byDayCommands[plan.day - 1]) sim.submit(c);
    this.playing = { plan, sim };
    return this.playing;
  }

  /** Ends the day being played (its Simulation run to its end) and records what it leaves. */
  endDay(): DayResult {
    const playing = this.playing;
    if (!playing) throw new Error('no day is being played');
    const { plan, sim } = playing;
    sim.runToEnd();
    const result = sim.result();
    this.rows.push(...timesheetOf(sim, plan.day));
    this.events += result.events;
    this.commands.push(...result.commands.map((c) => ({ ...c, day: plan.day })));
    const shifts = shiftTimes(sim);
    const dayStart = plan.dayNumber * 86400 + toSeconds(this.scenario.clock.start);
    for (const [id, t] of shifts) {
      const list = this.spans.get(id) ?? [];
      list.push({ dayNumber: plan.dayNumber, from: dayStart + t.firstLogin, to: dayStart + t.lastLogout, worked: t.worked });
      this.spans.set(id, list);
    }
    const labour = [
      ...labourAcrossDays(plan.day, shifts, this.previousShifts, plan.dayNumber - this.previousOpen),
      ...weeklyBreaches(plan.day, plan.dayNumber, Number.isFinite(this.previousOpen) ? this.previousOpen : null, this.spans),
    ];
    this.previousShifts = shifts;
    this.previousOpen = plan.dayNumber;
    const before = this.carry;
    this.carry = carryOut(sim, result, before, this.hiring?.rampOf(plan.day, result.commands));
    if (this.hiring) this.carry = this.hiring.afterDay(sim.recruitment, plan.day, before, this.dayCarry, this.carry);
    const carry = this.carry;
    const done: DayResult = {
      day: plan.day, date: plan.date, status: plan.status, volume: plan.volume, seed: sim.seed, kpis: result.kpis,
      score: { total: result.score.total, byBlock: result.score.byBlock, entries: result.score.entries, missed: result.score.missed }, carriedIn: counts(before, this.kindOf), carriedOut: counts(carry, this.kindOf),
      advisers: sim.plans.map((p) => ({ id: p.id, fatigueIn: before.advisers[p.id]?.fatigue ?? 0, fatigueOut: carry.advisers[p.id].fatigue, mood: carry.advisers[p.id].mood, skills: carry.advisers[p.id].skills })),
      labour, resultHash: result.resultHash,
    };
    this.days.push(done);
    this.next++;
    this.playing = null;
    return done;
  }

  /** The whole run's result, once finished. */
  result(): CampaignResult {
    if (!this.finished) throw new Error('the campaign has days left to play');
    this.passClosedDays();
    const recruitment = this.hiring?.result(this.days);
    return finish(this.scenario, this.seed, this.plans.length, this.events, this.days, this.commands, this.carry, this.kindOf, recruitment);
  }
}

/** A labour rule broken across days, as a day's breach costs (improvement block). */
const labourEntry = (b: LabourBreachAcrossDays): CampaignEntry => ({
  day: b.day, at: 0, block: 'improvement', points: RULES.breach, code: 'breachAcrossDays', params: { rule: b.rule, adviser: b.adviserId, day: b.day, hours: b.hours },
  text: `rule ${b.rule} broken for ${b.adviserId} on day ${b.day} (${b.hours} h)`,
});

/** The run's last open day also owes the floor manager the end-of-week report (a one-day scenario says so itself). */
function weekReportDue(day: Scenario, plan: DayPlan, plans: readonly DayPlan[]): Scenario {
  const last = plans.filter((p) => p.status !== 'closed').at(-1);
  if (!day.floorManager || plans.length < 2 || last?.day !== plan.day) return day;
  return { ...day, floorManager: { ...day.floorManager, endOfWeek: true } };
}

/** Runs every day of a multi-day scenario (a one-day scenario gives one day). */
export function runCampaign(scenario: Scenario, options: CampaignOptions = {}): CampaignResult {
  const run = new CampaignRun(scenario, options);
  while (run.startDay()) run.endDay();
  return run.result();
}

function finish(scenario: Scenario, seed: number, days: number, events: number, byDay: readonly DayResult[], commands: readonly (CommandRecord & { day: number })[], carry: CarryIn, kindOf: ReadonlyMap<string, string>, recruitment?: RecruitmentResult): CampaignResult {
  const byChannel: Record<string, RunChannelKpis> = {};
  for (const c of scenario.channels) byChannel[c.id] = sumDayKpis(byDay.flatMap((d) => (d.kpis ? [d.kpis.byChannel[c.id]] : [])));
  const core = {
    scenario: { id: scenario.id, hash: scenarioHash(scenario) }, seed, engineVersion: ENGINE_VERSION, days, events,
    kpis: { byChannel }, commands, breaches: byDay.flatMap((d) => d.labour), pendingAtEnd: counts(carry, kindOf),
    ...(recruitment ? { recruitment } : {}),
  };
  // What only the whole run can judge: the labour rules across days (every breach costs, as a day's do) and the hires.
  const entries: CampaignEntry[] = [...byDay.flatMap((d) => d.labour.map(labourEntry)), ...(recruitment ? recruitment.entries : [])];
  const score = campaignScore(byDay.flatMap((d) => (d.score ? [d.score.byBlock] : [])), entries, scoreWeights(scenario));
  // As a day's hash, the run's covers what happened and not its judgement (the score has its own tests).
  const behaviour = { ...core, byDay: byDay.map(({ score: _s, ...d }) => d) };
  return { ...core, score, byDay, resultHash: hashString(JSON.stringify(behaviour)) };
}
