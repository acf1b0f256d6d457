/**
 * The score as the console, the result and the report read it (see
 * sim/kpi/score.ts): plain data, re-exported by snapshot.ts with the rest of
 * what the UI receives.
 */
/** The three competence blocks of the title (DOMAIN.md §1), as the score judges them. */
export type ScoreBlock = 'resources' | 'people' | 'improvement';
export type ScoreByBlock = Readonly<Record<ScoreBlock, number>>;

/**
 * One reason the score moved: a point gained or lost, shown in the debrief
 * ("+4 resources: overflow opened 10:12 during the surge"). The entries of a
 * block add up to the block's distance from 50 (a block with no entries is 50).
 */
export interface ScoreEntry {
  /** Simulated seconds since scenario start when it happened (the end of the run for day-long outcomes). */
  readonly at: number;
  readonly block: ScoreBlock;
  /** Signed points on the block's 0–100 scale, one decimal. */
  readonly points: number;
  /** Stable code for translation, e.g. 'handAnswered', 'breach', 'serviceLevelVsGhost'. */
  readonly code: string;
  /** Parameters for the translation: adviser names, clock times ("10:12"), percentages. */
  readonly params: Readonly<Record<string, string | number>>;
  /** English, for logs and the command line. */
  readonly text: string;
}

/** The score at the end of one interval (cumulative since the start): the live trend. */
export interface ScoreIntervalPoint {
  readonly index: number;
  /** Seconds since scenario start. */
  readonly start: number;
  readonly total: number;
  readonly byBlock: ScoreByBlock;
}

/** A moment the debrief points at: something went wrong for a while and a lever was there. */
export interface MissedMoment {
  readonly at: number;
  readonly minutes: number;
  /** e.g. 'lowServiceLevel', 'handUnanswered', 'incidentNotAnnounced'. */
  readonly code: string;
  /** The lever that was available: a command type ('openOverflow', 'setIvrMessage', …). */
  readonly lever: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** The live score (see sim/kpi/score.ts): blocks 0–100, the total is their weighted mean. */
export interface ScoreSnapshot {
  readonly total: number;
  readonly byBlock: ScoreByBlock;
  /** The scenario's block weights (sum 1). */
  readonly weights: ScoreByBlock;
  readonly byInterval: readonly ScoreIntervalPoint[];
  /** Every reason the score moved, in time order (a snapshot carries only the latest: see Snapshot.score). */
  readonly entries: readonly ScoreEntry[];
  /** How many entries there are in all. */
  readonly entryCount: number;
  readonly missed: readonly MissedMoment[];
}
