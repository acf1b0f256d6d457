/**
 * The labour rules a day's plan can be checked against before it is played
 * (DOMAIN.md §3), with the engine's own thresholds (sim/model/people.ts for the
 * rules it logs as they are broken, sim/campaignLabour.ts for the 10-hour day):
 *  - L3121-16: 20 consecutive minutes of break once 6 h are worked;
 *  - IDCC 2098: work sequences under 3 h (a pause of 10 min resets them);
 *  - L3121-18: at most 10 h of work in a day.
 * The plan assumes every break starts on time: a late start (a long call) can still
 * break a rule the plan keeps, which the engine then logs and scores as a breach.
 */
import { DAILY_MAX_SECONDS } from '../campaignLabour';
import { BREAK_RESETS_SIX_HOURS, PAUSE_RESETS_SEQUENCE, SIX_HOURS, THREE_HOURS } from '../model/people';

export interface PlannedSpan {
  /** Seconds since the clock start. */
  readonly at: number;
  readonly seconds: number;
}

export type PlanLabourRule = 'noBreakAfter6h' | 'workSequenceOver3h' | 'dailyMax10h';

export interface PlanLabourBreach {
  readonly rule: PlanLabourRule;
  /** When the plan breaks it (seconds since the clock start). */
  readonly at: number;
  /** Hours worked (the sequence, since the long break, or the day). */
  readonly hours: number;
}

/** Why a break plan cannot be applied at all, or null. */
export function breakPlanProblem(shiftStart: number, shiftEnd: number, breaks: readonly PlannedSpan[]): { code: 'breakOutsideShift' | 'breaksOverlap'; index: number } | null {
  const sorted = breaks.map((b, index) => ({ ...b, index })).sort((a, b) => a.at - b.at);
  for (const b of sorted) if (b.at < shiftStart || b.at + b.seconds > shiftEnd) return { code: 'breakOutsideShift', index: b.index };
  for (let k = 1; k < sorted.length; k++) if (sorted[k].at < sorted[k - 1].at + sorted[k - 1].seconds) return { code: 'breaksOverlap', index: sorted[k].index };
  return null;
}

const hoursOf = (s: number) => Math.round((s / 3600) * 100) / 100;

/** The rules a shift with these breaks (taken on time) would break, each once, in time order. */
export function planLabourBreaches(shiftStart: number, shiftEnd: number, breaks: readonly PlannedSpan[]): PlanLabourBreach[] {
  const out: PlanLabourBreach[] = [];
  const sorted = [...breaks].sort((a, b) => a.at - b.at);
  let sinceLong = 0;
  let sincePause = 0;
  let t = shiftStart;
  let longFlag = false;
  let seqFlag = false;
  for (const b of [...sorted, { at: shiftEnd, seconds: 0 }]) {
    const dt = Math.max(0, b.at - t);
    // As the engine counts (people.ts): reaching the limit is breaking it.
    if (!longFlag && sinceLong + dt >= SIX_HOURS && dt > 0) {
      longFlag = true;
      out.push({ rule: 'noBreakAfter6h', at: t + (SIX_HOURS - sinceLong), hours: hoursOf(SIX_HOURS) });
    }
    if (!seqFlag && sincePause + dt >= THREE_HOURS && dt > 0) {
      seqFlag = true;
      out.push({ rule: 'workSequenceOver3h', at: t + (THREE_HOURS - sincePause), hours: hoursOf(sincePause + dt) });
    }
    sinceLong += dt;
    sincePause += dt;
    if (b.seconds >= PAUSE_RESETS_SEQUENCE) {
      sincePause = 0;
      seqFlag = false;
    }
    if (b.seconds >= BREAK_RESETS_SIX_HOURS) {
      sinceLong = 0;
      longFlag = false;
    }
    t = Math.max(t, b.at + b.seconds);
  }
  if (shiftEnd - shiftStart > DAILY_MAX_SECONDS) out.push({ rule: 'dailyMax10h', at: shiftStart + DAILY_MAX_SECONDS, hours: hoursOf(shiftEnd - shiftStart) });
  return out.sort((a, b) => a.at - b.at);
}
