/**
 * Recruitment in the people block (campaign level): who was hired against who
 * was best, and how fast the hires ramped up.
 *
 * - Hiring: each hire against the best candidate still available when it was
 *   made (true merit, merit.ts). The best (within HIRE_TIE of the merit) earns
 *   HIRE_BEST_POINTS; another costs a point per merit point (0–100 scale) below the
 *   best, at most HIRE_PENALTY_MAX.
 * - Ramp-up: each hire's proficiency at the end of the run against where the
 *   same hire would be with nothing done (untouchedRamp: their learning rate
 *   alone, over the days they were on the team): a point per proficiency point
 *   (0–100) above, capped at RAMP_POINTS_MAX; below costs likewise, at most RAMP_PENALTY_MAX.
 */
import { toSeconds, type Scenario } from '../scenario/schema';
import type { Hire } from './desk';
import { candidateMerit } from './merit';
import { untouchedRamp } from './ramp';
import { hireSkills } from './team';

export const HIRE_TIE = 0.02;
export const HIRE_BEST_POINTS = 10;
export const HIRE_PENALTY_MAX = 20;
export const RAMP_POINTS_MAX = 15;
export const RAMP_PENALTY_MAX = 10;

export interface RecruitmentEntry {
  readonly day: number;
  /** Seconds since the day's clock start: the hire's time, or the hire's shift end for the ramp-up. */
  readonly at: number;
  readonly block: 'people';
  readonly points: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** What the score reads of each day: who was on the team and their proficiency at the end of it (a DayResult fits). */
export interface DayAdvisers {
  readonly day: number;
  readonly advisers: readonly { readonly id: string; readonly skills: Readonly<Record<string, number>> }[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => Math.round(100 * x);

export function recruitmentEntries(s: Scenario, hires: readonly Hire[], byDay: readonly DayAdvisers[]): RecruitmentEntry[] {
  const candidates = s.candidates ?? [];
  if (!s.hiring || candidates.length === 0) return [];
  const hiring = s.hiring;
  const entries: RecruitmentEntry[] = [];
  const order = [...hires].sort((a, b) => a.day - b.day || a.at - b.at);
  const taken = new Set<string>();
  for (const h of order) {
    const c = candidates.find((x) => x.id === h.candidateId)!;
    const merit = candidateMerit(c.aptitudes);
    const best = candidates.filter((x) => !taken.has(x.id)).reduce((b, x) => (candidateMerit(x.aptitudes) > candidateMerit(b.aptitudes) ? x : b));
    taken.add(c.id);
    const gap = candidateMerit(best.aptitudes) - merit;
    const base = { day: h.day, at: h.at, block: 'people' as const };
    if (gap <= HIRE_TIE) {
      entries.push({ ...base, points: HIRE_BEST_POINTS, code: 'hireBest', params: { candidate: c.name, merit: pct(merit) }, text: `hired ${c.name}, the best candidate available (merit ${pct(merit)})` });
    } else {
      const points = -Math.min(HIRE_PENALTY_MAX, round1(100 * gap));
      entries.push({ ...base, points, code: 'hireBetterAvailable', params: { candidate: c.name, better: best.name, merit: pct(merit), best: pct(candidateMerit(best.aptitudes)) }, text: `hired ${c.name} (merit ${pct(merit)}) while ${best.name} (merit ${pct(candidateMerit(best.aptitudes))}) was available` });
    }
  }
  const shiftEnd = toSeconds(hiring.shift.end) - toSeconds(s.clock.start);
  for (const h of order) {
    const rows = byDay.flatMap((d) => d.advisers.filter((a) => a.id === h.adviserId).map((a) => ({ day: d.day, skills: a.skills })));
    if (rows.length === 0) continue;
    const c = candidates.find((x) => x.id === h.candidateId)!;
    const start = Object.values(hireSkills(s, hiring, c))[0];
    const last = rows[rows.length - 1];
    const values = Object.values(last.skills);
    const reached = values.reduce((t, v) => t + v, 0) / Math.max(1, values.length);
    const untouched = untouchedRamp(start, c.aptitudes.learningRate, rows.length);
    const delta = round1(100 * (reached - untouched));
    const points = Math.max(-RAMP_PENALTY_MAX, Math.min(RAMP_POINTS_MAX, delta));
    const code = delta > 0.5 ? 'rampUpFaster' : delta < -0.5 ? 'rampUpSlower' : 'rampUpUntouched';
    const params = { adviser: c.name, reached: pct(reached), untouched: pct(untouched), days: rows.length };
    entries.push({
      day: last.day, at: shiftEnd, block: 'people', points: code === 'rampUpUntouched' ? 0 : points, code, params,
      text: `${c.name} reached ${pct(reached)} % proficiency in ${rows.length} days, against ${pct(untouched)} % with nothing done`,
    });
  }
  return entries;
}
