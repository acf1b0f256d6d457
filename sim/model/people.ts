/**
 * Realistic mode's bookkeeping at every state change of an adviser: human
 * factors brought up to date for the time just spent (see humanFactors.ts),
 * and working time counted for the labour rules (DOMAIN.md §3):
 *  - L3121-16: a break of at least 20 consecutive minutes once 6 h are worked;
 *  - IDCC 2098 (call centres): work sequences of at most 3 h without a pause.
 * A rule broken is logged once per stretch, at the moment it was broken.
 */
import { Activity, evolve, type Factors } from './humanFactors';
import { adviserStates, inGroup } from './adviserMachine';

export const SIX_HOURS = 6 * 3600;
export const THREE_HOURS = 3 * 3600;
/** Breaks that reset the counters: any pause of 10 min resets a work sequence, 20 min the 6-hour count. */
export const PAUSE_RESETS_SEQUENCE = 10 * 60;
export const BREAK_RESETS_SIX_HOURS = 20 * 60;

/** What the time spent in each state does to fatigue, stress and mood (humanFactors.ts). */
const activity = Uint8Array.from(adviserStates, (_, s) =>
  inGroup.handling[s] ? Activity.working : inGroup.pause[s] ? Activity.resting : inGroup.loggedIn[s] ? Activity.idle : Activity.off);
/** Logged in and not on a break: counts as working time for the labour rules. */
const isWork = Uint8Array.from(adviserStates, (_, s) => (inGroup.loggedIn[s] && !inGroup.pause[s] ? 1 : 0));
const isPause = inGroup.pause;
const isOff = inGroup.off;

export interface PeopleState {
  readonly fatigue: Float64Array;
  readonly stress: Float64Array;
  readonly mood: Float64Array;
  readonly factorsAt: Float64Array;
  readonly workedSinceLongBreak: Float64Array;
  readonly workedSincePause: Float64Array;
  readonly labourFlags: Uint8Array;
}

export type LabourBreach = (adviser: number, rule: 'noBreakAfter6h' | 'workSequenceOver3h', at: number) => void;

const scratch: Factors = { fatigue: 0, stress: 0, mood: 0 };

/**
 * Brings an adviser's factors and working time up to `now`, having been in
 * `fromState` since `stateSince` (parts of it may already be accounted for).
 */
export function accountTime(p: PeopleState, adviser: number, fromState: number, stateSince: number, now: number, onBreach: LabourBreach): void {
  const since = Math.max(stateSince, p.factorsAt[adviser]);
  const dt = now - since;
  if (dt <= 0) return;
  scratch.fatigue = p.fatigue[adviser];
  scratch.stress = p.stress[adviser];
  scratch.mood = p.mood[adviser];
  evolve(scratch, dt, activity[fromState]);
  p.fatigue[adviser] = scratch.fatigue;
  p.stress[adviser] = scratch.stress;
  p.mood[adviser] = scratch.mood;
  p.factorsAt[adviser] = now;
  if (isWork[fromState]) {
    const long = p.workedSinceLongBreak[adviser];
    const seq = p.workedSincePause[adviser];
    if (long < SIX_HOURS && long + dt >= SIX_HOURS && !(p.labourFlags[adviser] & 1)) {
      p.labourFlags[adviser] |= 1;
      onBreach(adviser, 'noBreakAfter6h', since + (SIX_HOURS - long));
    }
    if (seq < THREE_HOURS && seq + dt >= THREE_HOURS && !(p.labourFlags[adviser] & 2)) {
      p.labourFlags[adviser] |= 2;
      onBreach(adviser, 'workSequenceOver3h', since + (THREE_HOURS - seq));
    }
    p.workedSinceLongBreak[adviser] = long + dt;
    p.workedSincePause[adviser] = seq + dt;
  } else if (isPause[fromState] || isOff[fromState]) {
    // A pause, or time off the floor (home after the shift, before a call-in).
    // A tolerance: (t + 600) − t can come out a hair under 600 in floating point.
    const breakLength = now - stateSince + 1e-6;
    if (breakLength >= PAUSE_RESETS_SEQUENCE) {
      p.workedSincePause[adviser] = 0;
      p.labourFlags[adviser] &= ~2;
    }
    if (breakLength >= BREAK_RESETS_SIX_HOURS) {
      p.workedSinceLongBreak[adviser] = 0;
      p.labourFlags[adviser] &= ~1;
    }
  }
}

/** Factors as they stand at `now` without changing state (for decisions and snapshots). */
export function factorsNow(p: PeopleState, adviser: number, state: number, since: number, now: number, out: Factors): Factors {
  out.fatigue = p.fatigue[adviser];
  out.stress = p.stress[adviser];
  out.mood = p.mood[adviser];
  evolve(out, now - Math.max(since, p.factorsAt[adviser]), activity[state]);
  return out;
}

/**
 * Seconds worked since the last pause (`sincePause`) and the last long break, as they
 * stand at `now` (the counters are brought up to date only at state changes). A pure read.
 */
export function workedNow(p: PeopleState, adviser: number, state: number, since: number, now: number, out: { sincePause: number; sinceLongBreak: number }): void {
  const open = isWork[state] ? Math.max(0, now - Math.max(since, p.factorsAt[adviser])) : 0;
  out.sincePause = p.workedSincePause[adviser] + open;
  out.sinceLongBreak = p.workedSinceLongBreak[adviser] + open;
}
