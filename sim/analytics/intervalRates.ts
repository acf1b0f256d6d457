/** A channel's mean arrival rate per statistics interval, from its arrivals (what the simulation draws, not the forecast). */
import { expectedContacts, intervalCount } from '../scenario/forecast';
import { toSeconds, type Channel, type Scenario } from '../scenario/schema';

/** Contacts per hour in each interval (the last one may be short); 0 for a channel without arrivals. */
export function channelArrivalsPerHour(ch: Channel, scenario: Pick<Scenario, 'clock' | 'stats'>): number[] {
  const start = toSeconds(scenario.clock.start);
  const end = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  return Array.from({ length: intervalCount(scenario.clock, scenario.stats.intervalMinutes) }, (_, k) => {
    const from = start + k * step;
    const to = Math.min(from + step, end);
    return to > from ? (expectedContacts(ch.arrivals, end, from, to) * 3600) / (to - from) : 0;
  });
}
