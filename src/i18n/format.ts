/** Locale formatting: fr `83,4 %`, `1 234`; en `83.4%`, `1,234`; durations m:ss or h:mm. */
import type { Lang } from './index';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A share 0–1 as a percentage; null as a dash. */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A mean survey score on 1–5 with one decimal: fr `4,2 / 5`, en `4.2 / 5`; null as a dash. */
export function formatScoreOutOf5(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${formatNumber(value, lang, 1)} / 5`;
}

/** Seconds as `m:ss` under an hour, `h:mm` (with an "h") from an hour on. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const t = Math.max(0, Math.floor(seconds));
  if (t < 3600) return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
  return `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')} h`;
}

/** Seconds since midnight as `HH:MM:SS`. */
export function formatClock(secondsSinceMidnight: number): string {
  const t = Math.max(0, Math.floor(secondsSinceMidnight));
  const pad = (n: number) => String(n).padStart(2, '0');
  // A night shift's scenario clock runs past 24:00 (22:00–30:00); a wall clock shows 02:00.
  return `${pad(Math.floor(t / 3600) % 24)}:${pad(Math.floor((t % 3600) / 60))}:${pad(t % 60)}`;
}

/** A scenario's "HH:MM" as a wall clock: a night shift's "30:00" is "06:00". */
export function wallClock(scenarioTime: string): string {
  const [h, m] = scenarioTime.split(':').map(Number);
  return formatTimeOfDay(h * 3600 + m * 60);
}

/** Seconds since midnight as `HH:MM` (times of day in sentences: "until 10:35"). */
export function formatTimeOfDay(secondsSinceMidnight: number): string {
  return formatClock(secondsSinceMidnight).slice(0, 5);
}

/**
 * Time left as `m:ss`, rounded up so that "0:00" means really over (a countdown
 * showing 0:00 while time remains reads as a bug); never negative.
 */
export function formatCountdown(seconds: number): string {
  const t = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds - 1e-9)) : 0;
  if (t >= 3600) return formatDuration(t);
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
}

/** A number of minutes as `h:mm h` (time worked, shift lengths): 12.4 → "0:12 h", 185 → "3:05 h". */
export function formatHoursMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  const m = Math.max(0, Math.floor(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')} h`;
}

const dayDates = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date as a campaign day names it: en "Tue 2 June", fr "mar. 2 juin" (UTC: a calendar date, no time zone). */
export function formatDayDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  let f = dayDates.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
    dayDates.set(lang, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d))).replace(',', '');
}
