/**
 * An adviser as a snapshot shows them (see snapshot.ts): state, figures, person,
 * and the day's plan. Plain, structured-cloneable data.
 */
import type { AdviserStateName } from './model/adviserMachine';

export interface AdviserSnapshot {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  readonly state: AdviserStateName;
  /** Simulated seconds since scenario start at which the current state began. */
  readonly stateSince: number;
  /** skill (channel id) → proficiency 0–1 */
  readonly skills: Readonly<Record<string, number>>;
  /** Channel of the contact being handled, if any. */
  readonly channelId: string | null;
  readonly contactId: number | null;
  /** Contacts handled (finished) today. */
  readonly handled: number;
  /** Total handling seconds today (talk + hold + wrap-up). */
  readonly handlingSeconds: number;
  /** handlingSeconds ÷ handled; null before the first contact. */
  readonly aht: number | null;
  /** Time in handling states ÷ (handling + available idle), today after warm-up, up to the last state change; null before any. */
  readonly occupancy: number | null;
  /** A command waiting for the adviser to become free (e.g. a break after this call). */
  readonly pending: string | null;
  /** Chat / messaging conversations held at once (0 when none). */
  readonly concurrent: number;
  /** A raised hand (difficult contact) waiting for the supervisor, or null. */
  readonly raisedHand: RaisedHand | null;
  /** Human factors, 0–1 (realistic mode; 0 in ideal mode). */
  readonly fatigue: number;
  readonly stress: number;
  readonly mood: number;
  /** Quality (0–100) the supervisor last observed by listening in; null until then. */
  readonly observedQuality: number | null;
  /** Mean satisfaction survey answer (1–5) of this adviser's contacts today; null until one answers. */
  readonly csat: number | null;
  /** Joined recently: low proficiency, learns most from coaching. */
  readonly newHire: boolean;
  /**
   * Whole minutes worked since the last break of 20 minutes or more, and since the last
   * pause of 10 (the labour rules' counters), current at the snapshot's time.
   */
  readonly workedSinceLongBreak: number;
  readonly workedSincePause: number;
  /** The adviser's plan for the day, as a real console shows it. */
  readonly schedule: AdviserSchedule;
}

/** Shift and planned breaks, in simulated seconds since the scenario start. */
export interface AdviserSchedule {
  readonly shiftStart: number;
  /** Moves later with overtime or a call-in. */
  readonly shiftEnd: number;
  readonly breaks: readonly PlannedBreakSnapshot[];
}

export interface PlannedBreakSnapshot {
  /** When it is planned (a delay moves it). */
  readonly at: number;
  readonly minutes: number;
  readonly kind: 'pause' | 'lunch';
  /** `taken`: its time has come (it starts once the adviser is free); `cancelled` by the supervisor. */
  readonly state: 'planned' | 'taken' | 'cancelled';
  /** When the adviser actually went on it and came back; null until then. */
  readonly startedAt: number | null;
  readonly endedAt: number | null;
}

export interface RaisedHand {
  /** Simulated seconds since scenario start. */
  readonly since: number;
  /** The adviser handles it alone after this time. */
  readonly deadline: number;
  readonly contactId: number;
  /** A VIP complaint: costs more if unanswered. */
  readonly vip: boolean;
}
