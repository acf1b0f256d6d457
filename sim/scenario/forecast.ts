/**
 * The planning's forecast per statistics interval. A scenario may state it
 * (`channels[].forecast`); otherwise it is what the arrival profile makes
 * expected. Used by the v1 → v2 migration, the briefing and the dashboards.
 */
import type { Arrivals, Channel, Scenario } from './schema';
import { toSeconds } from './schema';

/** Expected contacts in [from, to) (seconds since midnight), the day ending at `end`. */
export function expectedContacts(arrivals: Arrivals | undefined, end: number, from: number, to: number): number {
  if (!arrivals) return 0;
  if ('perHour' in arrivals) return (arrivals.perHour * Math.max(0, Math.min(to, end) - from)) / 3600;
  const steps = arrivals.profile;
  let total = 0;
  steps.forEach((step, i) => {
    const a = Math.max(from, toSeconds(step.from));
    const b = Math.min(to, end, i + 1 < steps.length ? toSeconds(steps[i + 1].from) : end);
    if (b > a) total += (step.perHour * (b - a)) / 3600;
  });
  return total;
}

/** How many statistics intervals the day has (the last one may be short). */
export function intervalCount(clock: Scenario['clock'], intervalMinutes: number): number {
  return Math.max(1, Math.ceil((toSeconds(clock.end) - toSeconds(clock.start)) / (intervalMinutes * 60)));
}

/** Expected contacts per interval from the arrivals alone, rounded to 0.01 (a forecast is not more precise). */
export function arrivalsPerInterval(arrivals: Arrivals | undefined, clock: Scenario['clock'], intervalMinutes: number): number[] {
  const start = toSeconds(clock.start);
  const end = toSeconds(clock.end);
  const step = intervalMinutes * 60;
  const out: number[] = [];
  for (let k = 0; k < intervalCount(clock, intervalMinutes); k++) {
    const from = start + k * step;
    out.push(Math.round(expectedContacts(arrivals, end, from, Math.min(from + step, end)) * 100) / 100);
  }
  return out;
}

/** The forecast the supervisor was given for a channel: the scenario's own, else the arrivals' expectation. */
export function channelForecast(channel: Channel, scenario: Pick<Scenario, 'clock' | 'stats'>): number[] {
  return channel.forecast ? [...channel.forecast] : arrivalsPerInterval(channel.arrivals, scenario.clock, scenario.stats.intervalMinutes);
}
