/**
 * The French civil calendar on plain integers: a date is a *day number*, the count of
 * days since 1970-01-01 (day 0; earlier dates are negative). sim/ may not construct a
 * `Date` (no wall clock, and `Date` mixes in the host's time zone), so the conversions
 * below are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), exact on the proleptic
 * Gregorian calendar for any year a simulation will meet.
 */

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day number of a Gregorian date. Assumes a valid date (see {@link parseIsoDate}). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Hinnant counts years from 1 March, so the leap day falls at the end of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468; // 719468 = days from 0000-03-01 to 1970-01-01
}

/** The Gregorian date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11]
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number of an ISO 8601 calendar date `YYYY-MM-DD`. Throws RangeError for anything
 * else, including dates that do not exist (`2026-02-30`, `2025-02-29`), rather than
 * rolling them over into the next month as `Date` would.
 */
export function parseIsoDate(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`invalid date "${iso}": expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) throw new RangeError(`invalid date "${iso}": month ${month} is not in 1–12`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new RangeError(`invalid date "${iso}": day ${day} does not exist (${year}-${m[2]} has ${last} days)`);
  }
  return daysFromCivil(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number (years 0–9999; the inverse of {@link parseIsoDate}). */
export function formatIsoDate(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number must be an integer, got ${dayNumber}`);
  const { year, month, day } = civilFromDays(dayNumber);
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as YYYY`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekday(dayNumber: number): number {
  // Day 0 (1970-01-01) was a Thursday (4); the double modulo handles negative days.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * Day number of Easter Sunday in a Gregorian year, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher). Integer arithmetic only, valid for every year from 1583.
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** Offsets from Easter Sunday of the movable holidays: Easter Monday, Ascension, Whit Monday. */
const MOVABLE_FROM_EASTER = [1, 39, 50] as const;

/** Fixed holidays as [month, day]: 1 Jan, 1 May, 8 May, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec. */
const FIXED_HOLIDAYS = [
  [1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25],
] as const;

// Holidays are asked for on every call attempt; a year's set is computed once. The cache
// holds only derived constants, so it cannot make two runs differ.
const holidaysByYear = new Map<number, readonly number[]>();

function holidaysOf(year: number): readonly number[] {
  let days = holidaysByYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = [
      ...FIXED_HOLIDAYS.map(([month, day]) => daysFromCivil(year, month, day)),
      ...MOVABLE_FROM_EASTER.map((offset) => easter + offset),
    ].sort((x, y) => x - y);
    holidaysByYear.set(year, days);
  }
  return days;
}

/**
 * The 11 national public holidays (jours fériés, Code du travail L3133-1) of metropolitan
 * France in `year`, as day numbers in ascending order: 1 January, Easter Monday, 1 May,
 * 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July, 15 August,
 * 1 November, 11 November, 25 December. The local extra days of Alsace-Moselle (Good
 * Friday, 26 December) and the overseas departments are not included. Two holidays can
 * share a day (Ascension on 1 or 8 May), in which case the day appears twice. A fresh
 * array each call, so callers may sort or mutate it.
 */
export function frenchPublicHolidays(year: number): number[] {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`year must be an integer ≥ 1583 (Gregorian), got ${year}`);
  return [...holidaysOf(year)];
}

/** True when the day number is a French national public holiday (see {@link frenchPublicHolidays}). */
export function isFrenchPublicHoliday(dayNumber: number): boolean {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number must be an integer, got ${dayNumber}`);
  return holidaysOf(civilFromDays(dayNumber).year).includes(dayNumber);
}
