/**
 * French rules for unsolicited outbound calls to consumers (DOMAIN.md §3), as a kernel:
 * data in, a list of breaches out. The dialer asks before every attempt; the engine
 * decides what to do with a breach (log it, score it, or hold the call back).
 *
 * Source: Code de la consommation, art. L223-1 and D223-9 (décret n° 2022-1313 of
 * 13 October 2022), in force since 1 March 2023; art. L223-1 to L223-5 for the
 * Bloctel opposition list.
 *
 * Time is local French time: a day number (see frenchCalendar.ts) and a second of that
 * day. Seconds may be fractional (simulated time is continuous); days are integers.
 */
import { isFrenchPublicHoliday, weekday } from './frenchCalendar';

/** A rule an outbound call would break. */
export type OutboundBreach =
  | 'outsideCallingHours'
  | 'weekend'
  | 'publicHoliday'
  | 'tooManyAttempts'
  | 'afterRefusal'
  | 'bloctelWithoutContract';

/** What the dialer knows about one consumer when it considers calling them. */
export interface CallRecordState {
  /** Day numbers of previous attempts (answered or not, at any time of day). */
  readonly attemptDays: readonly number[];
  /** Day number on which the consumer last refused further calls, or null. */
  readonly refusalDay: number | null;
  /** The number is on the Bloctel opposition list. */
  readonly bloctel: boolean;
  /** The consumer has a contract in progress with the caller's company. */
  readonly hasContract: boolean;
}

/** A moment in local time: day number and second of that day in [0, 86400). */
export interface CallingContext {
  readonly day: number;
  readonly secondOfDay: number;
}

const HOUR = 3600;

/**
 * D223-9: a call may only *start* in these half-open intervals of the day, in
 * seconds: [10:00, 13:00) and [14:00, 20:00). Sorted, disjoint.
 */
export const CALLING_WINDOWS: readonly (readonly [start: number, end: number])[] = [
  [10 * HOUR, 13 * HOUR],
  [14 * HOUR, 20 * HOUR],
];

/** D223-9: at most this many attempts per consumer … */
export const MAX_ATTEMPTS_PER_PERIOD = 4;
/** … within any rolling period of this many days. */
export const ATTEMPT_PERIOD_DAYS = 30;
/** D223-9: after a refusal, no new contact for this many days. */
export const REFUSAL_QUIET_DAYS = 60;

/** How far {@link nextCallingWindow} looks ahead before giving up, in days. */
export const SEARCH_HORIZON_DAYS = 400;

function checkContext(when: CallingContext): void {
  if (!Number.isInteger(when.day)) throw new RangeError(`calling context: day must be an integer day number, got ${when.day}`);
  if (!(when.secondOfDay >= 0 && when.secondOfDay < 86400)) {
    throw new RangeError(`calling context: secondOfDay must be in [0, 86400), got ${when.secondOfDay}`);
  }
}

function inCallingHours(secondOfDay: number): boolean {
  return CALLING_WINDOWS.some(([start, end]) => secondOfDay >= start && secondOfDay < end);
}

/**
 * D223-9: calls only Monday to Friday, never on a public holiday. Saturdays are
 * excluded as well as Sundays: the decree allows weekdays only.
 */
function isCallingDay(day: number): boolean {
  return weekday(day) <= 5 && !isFrenchPublicHoliday(day);
}

/**
 * Every rule a call to `record` starting at `when` would break, in the order of the
 * {@link OutboundBreach} union; empty means the call is allowed. A weekend public
 * holiday reports both `weekend` and `publicHoliday`.
 *
 * - `outsideCallingHours` — start not in [10:00, 13:00) ∪ [14:00, 20:00) (D223-9).
 * - `weekend` — Saturday or Sunday (D223-9).
 * - `publicHoliday` — a French national public holiday (D223-9).
 * - `tooManyAttempts` — 4 attempts already on days d with d > day − 30, so this one
 *   would be a 5th within a rolling 30 days (D223-9). Every entry of `attemptDays`
 *   is a previous attempt, so it counts even if made earlier the same day.
 * - `afterRefusal` — day − refusalDay < 60 (D223-9): on day refusalDay + 60 the
 *   consumer may be called again.
 * - `bloctelWithoutContract` — Bloctel-listed and no contract in progress (L223-1:
 *   the opposition list does not apply to calls about a contract in progress).
 */
export function outboundBreaches(record: CallRecordState, when: CallingContext): OutboundBreach[] {
  checkContext(when);
  const { day } = when;
  const breaches: OutboundBreach[] = [];
  if (!inCallingHours(when.secondOfDay)) breaches.push('outsideCallingHours');
  const wd = weekday(day);
  if (wd >= 6) breaches.push('weekend');
  if (isFrenchPublicHoliday(day)) breaches.push('publicHoliday');
  let recent = 0;
  for (const d of record.attemptDays) if (d > day - ATTEMPT_PERIOD_DAYS) recent++;
  if (recent >= MAX_ATTEMPTS_PER_PERIOD) breaches.push('tooManyAttempts');
  if (record.refusalDay !== null && day - record.refusalDay < REFUSAL_QUIET_DAYS) breaches.push('afterRefusal');
  if (record.bloctel && !record.hasContract) breaches.push('bloctelWithoutContract');
  return breaches;
}

/**
 * True when the *time* rules (hours, weekdays, holidays) allow a call to start at
 * `when`, whoever is called.
 */
export function isCallingTime(when: CallingContext): boolean {
  checkContext(when);
  return inCallingHours(when.secondOfDay) && isCallingDay(when.day);
}

/**
 * The earliest moment at or after `when` at which the time rules allow a call to start:
 * `when` itself (the same object, so callers can test `=== when`) if it is already
 * allowed, else the start of the next calling window on a calling day. Null if there is
 * none within {@link SEARCH_HORIZON_DAYS} days — impossible on the French calendar, but
 * a bound keeps the search total. Per-consumer rules (attempts, refusal, Bloctel) are
 * not considered: they depend on the record, not on the clock.
 */
export function nextCallingWindow(when: CallingContext): CallingContext | null {
  checkContext(when);
  for (let day = when.day; day <= when.day + SEARCH_HORIZON_DAYS; day++) {
    if (!isCallingDay(day)) continue;
    for (const [start, end] of CALLING_WINDOWS) {
      if (day > when.day || when.secondOfDay < start) return { day, secondOfDay: start };
      if (when.secondOfDay < end) return when;
    }
  }
  return null;
}
