/**
 * What the verification worker sends the page about one result file: plain,
 * structured-cloneable data, and no run-time import of the engine, so the page's
 * bundle does not carry it.
 */
import type { Finding } from '../../sim/exam/index';
import type { MissedMoment, ScoreByBlock, ScoreEntry } from '../../sim/index';

export interface AssessedCandidate {
  /** The result file's name. */
  readonly file: string;
  /** unreadable: not a result file, or a broken one (see `message`). */
  readonly status: 'verified' | 'notVerified' | 'unreadable';
  /** Why it is unreadable: one line naming the file, the JSON path and the problem. */
  readonly message: string;
  readonly problems: readonly Finding[];
  readonly notes: readonly Finding[];
  readonly scenarioId: string;
  readonly title: { readonly fr: string; readonly en: string } | null;
  readonly seed: number | null;
  readonly engineVersion: string;
  /** The replay's score (what the engine gives for this log on the embedded scenario). */
  readonly score: { readonly total: number; readonly byBlock: ScoreByBlock } | null;
  readonly missed: readonly MissedMoment[];
  /** The entries that moved the score most, largest first. */
  readonly topEntries: readonly ScoreEntry[];
  /** null: an older file without report text. */
  readonly report: { readonly analysis: string; readonly proposals: string } | null;
  /** Seconds since midnight at the scenario's start (to show times of day). */
  readonly dayStart: number;
  readonly channels: readonly { readonly id: string; readonly name?: { readonly fr?: string; readonly en?: string } }[];
  readonly adviserNames: Readonly<Record<string, string>>;
}

/** A file that could not be read or verified at all; `message` says why. */
export function unreadableCandidate(file: string, message: string): AssessedCandidate {
  return {
    file, status: 'unreadable', message, problems: [], notes: [], scenarioId: '', title: null, seed: null, engineVersion: '',
    score: null, missed: [], topEntries: [], report: null, dayStart: 0, channels: [], adviserNames: {},
  };
}
