/**
 * Contacts per statistics interval, read from and written to a channel's
 * arrival profile on the raw scenario document (which may be half-edited and
 * invalid: every read is defensive). The row the editor shows is the planning
 * forecast when the file has one, else the expected arrivals.
 */
import { formatClock, toSeconds } from '../../sim/scenario/schema';
import { getAt, isObject, setAt, type Json } from './docPath';
import { readForecast, writeForecast } from './scenarioFormat';

export interface Interval {
  /** Seconds since midnight. */
  readonly from: number;
  readonly to: number;
}

const clockPattern = /^\d{1,2}:\d{2}(:\d{2})?$/;

function clockAt(doc: Json, key: 'start' | 'end'): number | null {
  const v = getAt(doc, ['clock', key]);
  return typeof v === 'string' && clockPattern.test(v) ? toSeconds(v) : null;
}

/** The statistics intervals from clock.start to clock.end (the last one may be shorter); empty when the clock is unreadable. */
export function intervalsOf(doc: Json): Interval[] {
  const start = clockAt(doc, 'start');
  const end = clockAt(doc, 'end');
  const minutes = getAt(doc, ['stats', 'intervalMinutes']);
  const step = (typeof minutes === 'number' && minutes > 0 ? minutes : 30) * 60;
  if (start === null || end === null || end <= start) return [];
  const out: Interval[] = [];
  // Bounded: a typo such as intervalMinutes 0.001 must not freeze the page.
  for (let t = start; t < end && out.length < 2000; t += step) out.push({ from: t, to: Math.min(t + step, end) });
  return out;
}

interface Step {
  readonly from: number;
  readonly perHour: number;
}

function stepsOf(arrivals: Json | undefined, dayStart: number): Step[] | null {
  if (!isObject(arrivals)) return null;
  if (typeof arrivals.perHour === 'number') return [{ from: dayStart, perHour: arrivals.perHour }];
  if (!Array.isArray(arrivals.profile)) return null;
  const steps: Step[] = [];
  for (const s of arrivals.profile) {
    if (!isObject(s) || typeof s.from !== 'string' || !clockPattern.test(s.from) || typeof s.perHour !== 'number') return null;
    steps.push({ from: toSeconds(s.from), perHour: s.perHour });
  }
  return steps;
}

/** Expected arrivals per interval from the channel's arrival rate or profile (piecewise constant, 0 before the first step); null without readable arrivals. */
export function arrivalsByInterval(doc: Json, channelIndex: number): number[] | null {
  const intervals = intervalsOf(doc);
  if (intervals.length === 0) return null;
  const steps = stepsOf(getAt(doc, ['channels', channelIndex, 'arrivals']), intervals[0].from);
  if (!steps) return null;
  const end = intervals[intervals.length - 1].to;
  return intervals.map(({ from, to }) => {
    let total = 0;
    steps.forEach((step, i) => {
      const a = Math.max(from, step.from);
      const b = Math.min(to, i + 1 < steps.length ? steps[i + 1].from : end);
      if (b > a) total += (step.perHour * (b - a)) / 3600;
    });
    return total;
  });
}

/** The row the editor shows: the forecast when the file has one of the right length, else the expected arrivals. */
export function volumesOf(doc: Json, channelIndex: number): number[] | null {
  const forecast = readForecast(doc, channelIndex);
  if (forecast && forecast.length === intervalsOf(doc).length) return forecast;
  return arrivalsByInterval(doc, channelIndex);
}

/** "HH:MM", or "HH:MM:SS" when the time has seconds. */
function clockText(seconds: number): string {
  const text = formatClock(seconds);
  return text.endsWith(':00') ? text.slice(0, 5) : text;
}

/**
 * Writes contacts per interval as the channel's arrival profile (one step per
 * interval, equal neighbours merged, rates rounded to 1e-6 contacts an hour so
 * the file stays readable) and as its forecast. Other arrival fields are replaced;
 * everything else in the channel is kept.
 */
export function setVolumes(doc: Json, channelIndex: number, volumes: readonly number[]): Json {
  const intervals = intervalsOf(doc);
  if (volumes.length !== intervals.length) throw new RangeError(`expected ${intervals.length} volumes (one per interval), got ${volumes.length}`);
  const profile: { from: string; perHour: number }[] = [];
  intervals.forEach(({ from, to }, i) => {
    const perHour = Math.round(((volumes[i] * 3600) / (to - from)) * 1e6) / 1e6;
    if (profile.length > 0 && profile[profile.length - 1].perHour === perHour) return;
    profile.push({ from: clockText(from), perHour });
  });
  const withProfile = setAt(doc, ['channels', channelIndex, 'arrivals'], { profile });
  return writeForecast(withProfile, channelIndex, volumes);
}

/** Changes one interval's volume, keeping the others as the editor shows them. */
export function setVolume(doc: Json, channelIndex: number, interval: number, contacts: number): Json {
  const row = volumesOf(doc, channelIndex) ?? intervalsOf(doc).map(() => 0);
  return setVolumes(doc, channelIndex, row.map((v, i) => (i === interval ? contacts : v)));
}
