/**
 * What the score judges: the live run and its ghost (same scenario and seed, no
 * commands: the same customers), and the shift's timestamped facts. Plain data
 * and read-only counters, gathered by sim/scoreKeeper.ts; the judge never sees
 * the simulation itself.
 */
import type { AdminRecord, RecordingRecord } from '../model/books';
import type { BreachSnapshot, CommandRecord, ScoreByBlock } from '../snapshot';
import type { KpiCounters } from './counters';
import type { PlanCheck } from '../prepare/checkPlan';

/** The preparation phase (scenarios with `preparation` only): the check of the plan given at the clock start. */
export interface PreparationFacts {
  readonly check: PlanCheck;
  /** Commands applied at the clock start (0: no preparation was made). */
  readonly commands: number;
}

export interface ChannelFacts {
  readonly index: number;
  readonly id: string;
  readonly kind: string;
  /** Voice, chat…: customers wait on the line (abandons count). */
  readonly realTime: boolean;
  readonly target: number;
  readonly thresholdSeconds: number;
  /** Email and callback: judged on answering before the due time. */
  readonly hasDueTime: boolean;
}

/** One run's outcomes so far. */
export interface RunOutcome {
  readonly counters: KpiCounters;
  /** Team means now, 0–1. */
  readonly stress: number;
  readonly fatigue: number;
  /** € spent: overflow contacts and overtime. */
  readonly cost: number;
}

export interface AdviserFacts {
  readonly id: string;
  readonly name: string;
  /** Best planned proficiency (0–1) over the adviser's skills, before any coaching. */
  readonly proficiency: number;
  readonly newHire: boolean;
  /** Seconds since scenario start; the adviser is on the floor from then. */
  readonly shiftStart: number;
}

export interface HandFact {
  readonly adviserId: string;
  readonly raisedAt: number;
  readonly vip: boolean;
  /** The supervisor answered it (whisper, barge, take-over) at this time. */
  answeredAt: number | null;
  /** Nobody came before the deadline. */
  expiredAt: number | null;
}

export interface IncidentFact {
  readonly at: number;
  readonly end: number;
  readonly channelId: string | null;
}

/** The floor manager's log (scenarios with a `floorManager` only). */
export interface ManagerFacts {
  readonly reportWithinMinutes: number;
  readonly endOfWeek: boolean;
  readonly reports: readonly { readonly at: number; readonly subject: string }[];
  readonly requests: readonly { readonly at: number; readonly request: string; readonly status: 'pending' | 'granted' | 'refused'; readonly answeredAt: number | null }[];
}

export interface ShiftFacts {
  /** Seconds since scenario start. */
  readonly now: number;
  readonly finished: boolean;
  readonly dayStart: number;
  readonly closeTime: number;
  readonly intervalSeconds: number;
  readonly weights: ScoreByBlock;
  /** € the shift may spend on overflow and overtime. */
  readonly budget: number;
  readonly channels: readonly ChannelFacts[];
  readonly advisers: readonly AdviserFacts[];
  readonly overflowGroups: readonly { readonly id: string; readonly channels: readonly string[] }[];
  readonly live: RunOutcome;
  readonly ghost: RunOutcome;
  readonly commands: readonly CommandRecord[];
  readonly hands: readonly HandFact[];
  /** Absences the engine observed (an adviser who did not come, or went home sick). */
  readonly absences: readonly { readonly at: number; readonly adviserId: string }[];
  readonly admin: readonly AdminRecord[];
  readonly breaches: readonly BreachSnapshot[];
  readonly recordings: readonly RecordingRecord[];
  readonly incidents: readonly IncidentFact[];
  /** Absent without a floor manager: reporting up is then not judged. */
  readonly manager?: ManagerFacts;
  /** Absent, or null, for a scenario without a preparation phase. */
  readonly preparation?: PreparationFacts | null;
}
