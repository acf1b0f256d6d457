/**
 * Keeps the score's facts and its ghost run. The ghost is the same scenario and
 * seed with no commands: it faces the same customers (common random numbers),
 * so the score judges what the supervisor changed. It is made at the first
 * command, run up to the live clock (deterministic, so it matches the live run
 * until then), and advanced in step afterwards; a run without commands is its
 * own ghost and pays nothing for it.
 */
import type { KpiCounters, TimeAccounts } from './kpi/counters';
import { buildKpis, type SimulationResult } from './kpi/result';
import { computeScore, type ScoreTrendCache } from './kpi/score';
import { DEFAULT_WEIGHTS } from './kpi/judge/rules';
import type { HandFact, ManagerFacts, PreparationFacts, RunOutcome, ShiftFacts } from './kpi/shiftFacts';
import { checkPlan } from './prepare/checkPlan';
import type { ActivityLog } from './model/activityLog';
import type { ShiftBooks } from './model/books';
import type { ChannelRuntime } from './model/channelRuntime';
import type { FloorManager } from './model/floorManager';
import type { DayFrame } from './model/frame';
import type { EventInstance } from './model/scenarioEvents';
import type { AdviserPlan } from './model/team';
import type { Scenario } from './scenario/schema';
import type { ActivityEntry, CommandRecord, ScoreByBlock, ScoreSnapshot } from './snapshot';

/** What the keeper reads of a run (the Simulation, live or ghost). */
export interface JudgedRun {
  readonly scenario: Scenario;
  readonly time: number;
  readonly finished: boolean;
  readonly frame: DayFrame;
  readonly plans: readonly AdviserPlan[];
  readonly channels: readonly ChannelRuntime[];
  readonly counters: KpiCounters;
  readonly advisers: { readonly count: number; readonly stress: Float64Array; readonly fatigue: Float64Array };
  readonly overflow: { readonly cost: number };
  readonly books: ShiftBooks;
  readonly activity: ActivityLog;
  readonly scenarioEvents: { readonly instances: readonly EventInstance[] };
  readonly commands: { readonly log: readonly CommandRecord[] };
  readonly accounts: TimeAccounts;
  /** The floor manager's log, or null when the scenario has none (then nothing about reporting is judged). */
  readonly floorManager: Pick<FloorManager, 'settings' | 'reports' | 'requests'> | null;
  advanceTo(time: number): void;
}

/** The hands and absences of one run, kept from its activity entries as they come (the feed itself is trimmed). */
class FactLedger {
  readonly hands: HandFact[] = [];
  readonly absences: { at: number; adviserId: string }[] = [];
  private readonly open = new Map<string, HandFact>();

  constructor(activity: ActivityLog) {
    activity.listen((e) => this.observe(e));
  }

  private observe(e: ActivityEntry): void {
    const id = e.adviserId;
    if (id === undefined) return;
    if (e.code === 'handRaised' || e.code === 'vipHandRaised') {
      const hand: HandFact = { adviserId: id, raisedAt: e.at, vip: e.code === 'vipHandRaised', answeredAt: null, expiredAt: null };
      this.hands.push(hand);
      this.open.set(id, hand);
    } else if (e.code === 'handExpired' || (HAND_ANSWERS.has(e.code) && e.params.hand === 1)) {
      const hand = this.open.get(id);
      if (!hand) return;
      if (e.code === 'handExpired') hand.expiredAt = e.at;
      else hand.answeredAt = e.at;
      this.open.delete(id);
    } else if (e.code === 'absence') {
      this.absences.push({ at: e.at, adviserId: id });
    }
  }
}

const HAND_ANSWERS = new Set(['whisper', 'barge', 'takeOver']);

/** The floor manager's log as the judge reads it: what was reported and answered by `now`. */
function managerFacts(m: NonNullable<JudgedRun['floorManager']>, now: number): ManagerFacts {
  return {
    reportWithinMinutes: m.settings.reportWithinMinutes,
    endOfWeek: m.settings.endOfWeek,
    reports: m.reports.filter((r) => r.at <= now).map((r) => ({ at: r.at, subject: r.subject })),
    requests: m.requests.filter((r) => r.at <= now).map((r) => ({ at: r.at, request: r.request, status: r.status, answeredAt: r.answeredAt ?? null })),
  };
}

function mean(values: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  return n > 0 ? s / n : 0;
}

function outcome(run: JudgedRun): RunOutcome {
  const n = run.advisers.count;
  return { counters: run.counters, stress: mean(run.advisers.stress, n), fatigue: mean(run.advisers.fatigue, n), cost: run.overflow.cost + run.books.overtimeCost };
}

/** Normalised block weights from the scenario (defaults: DEFAULT_WEIGHTS). */
export function scoreWeights(scenario: Scenario): ScoreByBlock {
  const w = { ...DEFAULT_WEIGHTS, ...(scenario.scoring?.weights ?? {}) };
  const sum = w.resources + w.people + w.improvement;
  return sum > 0 ? { resources: w.resources / sum, people: w.people / sum, improvement: w.improvement / sum } : DEFAULT_WEIGHTS;
}

export class ScoreKeeper {
  private ghost: JudgedRun | null = null;
  private ghostFacts: FactLedger | null = null;
  private readonly liveFacts: FactLedger;
  private readonly trend: ScoreTrendCache = new Map();
  /** The facts that do not change during the run (both runs share the scenario). */
  private readonly statics: Pick<ShiftFacts, 'dayStart' | 'closeTime' | 'intervalSeconds' | 'weights' | 'budget' | 'channels' | 'advisers' | 'overflowGroups'>;

  constructor(private readonly live: JudgedRun, private readonly makeGhost: () => JudgedRun) {
    this.liveFacts = new FactLedger(live.activity);
    this.statics = {
      dayStart: live.frame.dayStart,
      closeTime: live.frame.closeTime,
      intervalSeconds: live.counters.intervalSeconds,
      weights: scoreWeights(live.scenario),
      budget: live.scenario.costs.budget,
      channels: live.channels.map((c) => ({ index: c.index, id: c.id, kind: c.kind, realTime: c.realTime, target: c.spec.serviceLevel.target, thresholdSeconds: c.threshold, hasDueTime: c.kind === 'email' || c.kind === 'callback' })),
      advisers: live.plans.map((p) => ({ id: p.id, name: p.name, proficiency: Math.max(0, ...Object.values(p.skills)), newHire: p.newHire, shiftStart: p.shiftStart })),
      overflowGroups: (live.scenario.overflow ?? []).map((g) => ({ id: g.id, channels: g.channels })),
    };
  }

  /** True once a command made the live run diverge from its ghost. */
  get hasGhost(): boolean {
    return this.ghost !== null;
  }

  /** A command was submitted: from now on the live run may differ from the ghost. */
  onCommand(): void {
    if (this.ghost) return;
    const ghost = this.makeGhost();
    this.ghostFacts = new FactLedger(ghost.activity);
    ghost.advanceTo(this.live.time);
    this.ghost = ghost;
  }

  /** Keeps the ghost at the live run's clock. */
  keepUp(target: number): void {
    this.ghost?.advanceTo(target);
  }

  score(): ScoreSnapshot {
    // Once the live day is over, the ghost runs to its own end too (it may finish a little later).
    if (this.live.finished) this.ghost?.advanceTo(Infinity);
    return computeScore(this.facts(this.live, this.ghost ?? this.live, this.liveFacts), this.trend);
  }

  /**
   * The ghost run's score (judged against itself: nothing done) and KPIs, for the
   * result's `baseline`. At the end of the day the ghost is run to its own end.
   */
  baseline(liveScore: ScoreSnapshot = this.score()): SimulationResult['baseline'] {
    if (!this.ghost || !this.ghostFacts) {
      const score = liveScore; // no command: the live run is its own ghost
      return { score: { total: score.total, byBlock: score.byBlock }, kpis: buildKpis(this.live) };
    }
    if (this.live.finished) this.ghost.advanceTo(Infinity);
    const score = computeScore(this.facts(this.ghost, this.ghost, this.ghostFacts));
    return { score: { total: score.total, byBlock: score.byBlock }, kpis: buildKpis(this.ghost) };
  }

  /** The plan check of a run's commands at the clock start, kept while they stay the same. */
  private readonly prepared = new Map<JudgedRun, { count: number; facts: PreparationFacts }>();

  private preparation(run: JudgedRun): PreparationFacts | null {
    if (!run.scenario.preparation) return null;
    const atStart = run.commands.log.filter((c) => c.at === 0 && c.status === 'applied');
    const kept = this.prepared.get(run);
    if (kept && kept.count === atStart.length) return kept.facts;
    const facts = { check: checkPlan(run.scenario, atStart.map((c) => c.command)), commands: atStart.length };
    this.prepared.set(run, { count: atStart.length, facts });
    return facts;
  }

  private facts(live: JudgedRun, ghost: JudgedRun, ledger: FactLedger): ShiftFacts {
    return {
      preparation: this.preparation(live),
      ...this.statics,
      now: live.time,
      finished: live.finished,
      live: outcome(live),
      ghost: outcome(ghost),
      commands: live.commands.log,
      hands: ledger.hands,
      absences: ledger.absences,
      admin: live.books.admin,
      breaches: live.books.breaches,
      recordings: live.books.recordings,
      incidents: live.scenarioEvents.instances
        .filter((e) => e.spec.type === 'incident' && e.start <= live.time)
        .map((e) => ({ at: e.start, end: e.end ?? this.statics.closeTime, channelId: 'channelId' in e.spec && typeof e.spec.channelId === 'string' ? e.spec.channelId : null })),
      ...(live.floorManager ? { manager: managerFacts(live.floorManager, live.time) } : {}),
    };
  }
}
