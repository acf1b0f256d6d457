/**
 * The week's labour rules across a multi-day run (DOMAIN.md §7): at most 48 hours of
 * work in a civil week, Monday to Sunday (Code du travail L3121-20), and a weekly rest
 * of 35 consecutive hours, the 24-hour weekly rest and the 11-hour daily rest together
 * (L3132-2). Checked on what happened, as the daily rules are (campaignLabour.ts): the
 * week's hours on the day they go over 48; a week's rest on the first open day of a later
 * week, once the rest that ends there is known (a rest may run on into the next week).
 * Time before the run counts as rest; a week the run does not leave is not judged.
 */
import type { LabourBreachAcrossDays } from './campaignLabour';
import { weekday } from './model/outbound/frenchCalendar';

export const WEEKLY_MAX_SECONDS = 48 * 3600;
export const WEEKLY_REST_SECONDS = 35 * 3600;

/** One adviser's day on the floor, in absolute seconds (day number × 86 400 + time of day). */
export interface WorkSpan {
  readonly dayNumber: number;
  readonly from: number;
  readonly to: number;
  /** Seconds of effective work (breaks taken out), as the 10-hour day counts it. */
  readonly worked: number;
}

const weekStart = (dayNumber: number) => dayNumber - (weekday(dayNumber) - 1);
const hours = (s: number) => Math.round((s / 3600) * 100) / 100;

/** The longest rest in the week starting on `start` (a day number), given an adviser's spans in order. */
function longestRest(spans: readonly WorkSpan[], start: number): number {
  const from = start * 86400;
  const to = (start + 7) * 86400;
  let longest = 0;
  // Rest runs from the end of the last work before the week (or the week's start) to the next work.
  let restSince = from;
  for (const s of spans) {
    if (s.to <= from) { restSince = Math.max(from, s.to); continue; }
    longest = Math.max(longest, s.from - restSince);
    if (s.from >= to) return longest;
    restSince = s.to;
  }
  return Math.max(longest, to - restSince);
}

/**
 * Breaches the day `day` (calendar `dayNumber`) brings, given each adviser's spans so far
 * (today's included) and the calendar day of the run's previous open day.
 */
export function weeklyBreaches(day: number, dayNumber: number, previousDayNumber: number | null, spans: ReadonlyMap<string, readonly WorkSpan[]>): LabourBreachAcrossDays[] {
  const out: LabourBreachAcrossDays[] = [];
  const start = weekStart(dayNumber);
  const ended = previousDayNumber !== null && weekStart(previousDayNumber) < start ? weekStart(previousDayNumber) : null;
  for (const [adviserId, list] of spans) {
    const week = list.filter((s) => weekStart(s.dayNumber) === start);
    const total = week.reduce((t, s) => t + s.worked, 0);
    const today = week.filter((s) => s.dayNumber === dayNumber).reduce((t, s) => t + s.worked, 0);
    // Once per week: on the day the week's hours go past 48.
    if (total > WEEKLY_MAX_SECONDS && total - today <= WEEKLY_MAX_SECONDS) out.push({ day, adviserId, rule: 'weeklyMax48h', hours: hours(total) });
    if (ended !== null && list.some((s) => weekStart(s.dayNumber) === ended)) {
      const rest = longestRest(list, ended);
      if (rest < WEEKLY_REST_SECONDS) out.push({ day, adviserId, rule: 'weeklyRest35h', hours: hours(rest) });
    }
  }
  return out;
}
