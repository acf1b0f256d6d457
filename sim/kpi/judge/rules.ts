/**
 * The score's rules in one table (DOMAIN.md §6), so the debrief, the tests and
 * the exam designer quote the same figures. Points are raw points on a block;
 * a block is 50 + 50·tanh(sum ÷ SPREAD): 50 is "the ghost run, nothing done",
 * every point moves it, the further from 50 the less, and it never reaches
 * 0 or 100 — so no floor makes the next breach free and no cap makes the next
 * good action worthless.
 */
import type { ScoreBlock, ScoreByBlock } from '../../snapshot';

export const SPREAD = 60;

export const DEFAULT_WEIGHTS: ScoreByBlock = { resources: 0.4, people: 0.3, improvement: 0.3 };

export const RULES = {
  // Outcomes against the ghost run (per percentage point, volume-weighted over channels).
  serviceLevelPerPoint: 1,
  abandonRatePerPoint: 1.5,
  onTimePerPoint: 0.5,
  /** Spending the whole budget (overflow + overtime beyond the ghost's) costs this much. */
  budgetSpent: 12,
  qualityPerPoint: 0.8,
  fcrPerPoint: 0.4,
  complaint: 2,
  /** Mean post-contact survey score (1–5): a change of 0.1 against the ghost. Low: few customers answer, so it is noisy. */
  csatPerTenth: 0.5,
  /** Team stress and fatigue (0–1 means): 0.1 above the ghost's (being below earns nothing). */
  stressPerTenth: 6,
  fatiguePerTenth: 6,

  // Block 1, resources.
  ivrOnIncident: 6,
  /** Minutes after an incident starts within which announcing it counts in full; half until twice this. */
  incidentMinutes: 10,
  /** Per 30 minutes the overflow is open while the queue needs it (ghost below target), or open for nothing. */
  overflowPaying: 3,
  overflowIdle: 2,
  /** Taking an adviser off the queue (offline task, training, log-out) while the queue needs them, or when it is quiet. */
  offQueueUnderPressure: 5,
  offQueueQuiet: 1.5,
  /** Preparation (scenarios with `preparation`): a plan with no error, staffing at the Erlang estimate, the team briefed. */
  prepSound: 8,
  prepStaffed: 4,
  prepBriefed: 3,
  /** Each error in the plan the engine does not score itself when it happens. */
  prepFinding: -4,

  // Block 2, people. The hands share: all answered quickly = +handsShare, all left = −handsShare.
  handsShare: 24,
  /** A hand answered within this many seconds counts in full; later, in time, 60 %. */
  quickHandSeconds: 60,
  coachNeedy: 8,
  coachMiddle: 2,
  coachStrong: -2,
  /** A new hire nobody coached within this many minutes on the floor (or by the end). */
  newHireUncoached: -6,
  newHireMinutes: 150,
  recognition: 2,
  recognitionDistinct: 3,
  absenceRecorded: 6,
  absenceRecordedLate: 2,
  absenceUnrecorded: -6,
  /** An absence recorded for an adviser who was there: wrong admin data. */
  absenceWrong: -3,
  /** Minutes to record an absence the engine observed. */
  absenceMinutes: 30,
  latenessRecorded: 2,
  breakCancelled: -3,
  breakDelayed: -1,

  // Block 3, improvement.
  breach: -8,
  briefingOnIncident: 6,
  listenIn: 3,
  listenInDistinct: 4,
  /** No listen-in or quality evaluation at all after this many minutes (or by the end). */
  noEvaluation: -4,
  noEvaluationMinutes: 180,
  /** Reporting up (scenarios with a floor manager, judge/manager.ts): a report on time earns this, late half, none costs it. */
  managerReport: 4,
  /** A report with nothing to report, a request the manager refuses. */
  managerReportIdle: -1,
  managerRequestRefused: -1,
} as const;

export const BLOCKS: readonly ScoreBlock[] = ['resources', 'people', 'improvement'];

/** A block's 0–100 value from its raw points. */
export function blockValue(raw: number): number {
  return 50 + 50 * Math.tanh(raw / SPREAD);
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
