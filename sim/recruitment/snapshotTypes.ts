/** Recruitment in the snapshot (sim/snapshot.ts re-exports these): what the console may show. */

/** A candidate as the supervisor knows them: never the true aptitudes. */
export interface CandidateSnapshot {
  readonly id: string;
  readonly name: string;
  readonly cv: { readonly summary: string; readonly yearsExperience: number; readonly previousJob: string };
  readonly signals: { readonly cvScore: number; readonly testScore: number };
  readonly shortlisted: boolean;
  /** Interview score 0–100 (the test's scale) and the note's code (candidates.note.<code>). */
  readonly interview?: { readonly score: number; readonly noteCode: string };
  readonly hired?: { readonly startDay: number };
}

/** The positions, how many are filled, the run's day this is and the later open days a hire may start on. */
export interface HiringSnapshot {
  readonly positions: number;
  readonly filled: number;
  readonly day: number;
  readonly startDays: readonly number[];
}
