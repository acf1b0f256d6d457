/**
 * Limits that keep a run within what a browser tab (and a trainee's patience)
 * can take: a scenario past one is refused on load, naming the limit, before
 * anything is simulated. The figures are documented in the README; the
 * expected-contacts limit is the one that bounds the run time (the engine's
 * work grows with contacts), measured with `npm run bench`.
 */
import { expectedContacts } from './forecast';
import type { ScenarioProblem } from './problems';
import { countAdvisers } from './team';
import { toSeconds, type Scenario } from './schema';

export const LIMITS = {
  /** Bytes of a scenario file (the shipped ones are 5–60 kB). */
  fileBytes: 5_000_000,
  advisers: 1000,
  channels: 24,
  /** Hours from clock.start to clock.end. */
  hours: 24,
  /** Contacts the day is expected to bring: arrival rates × hours, incident surges, email backlogs, outbound lists. */
  expectedContacts: 150_000,
  events: 500,
} as const;

/** Contacts the scenario is expected to bring over its day (what the limit is checked on). */
export function expectedDayContacts(s: Scenario): number {
  const start = toSeconds(s.clock.start);
  const end = toSeconds(s.clock.end);
  let total = 0;
  for (const c of s.channels) {
    total += expectedContacts(c.arrivals, end, start, end);
    total += c.backlog?.count ?? 0;
    total += c.dialer?.list?.size ?? 0;
  }
  for (const e of s.events ?? []) {
    if (e.type !== 'incident') continue;
    const channel = s.channels.find((c) => c.id === e.channelId);
    const from = toSeconds(e.at);
    total += (e.surge - 1) * expectedContacts(channel?.arrivals, end, from, from + e.minutes * 60);
  }
  return total;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

/** The limits a valid scenario breaks (empty when it may run). */
export function limitProblems(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const advisers = countAdvisers(s.team);
  if (advisers > LIMITS.advisers) problems.push({ path: '$.team', message: `${format(advisers)} advisers: the limit is ${format(LIMITS.advisers)} advisers` });
  if (s.channels.length > LIMITS.channels) problems.push({ path: '$.channels', message: `${s.channels.length} channels: the limit is ${LIMITS.channels} channels` });
  const hours = (toSeconds(s.clock.end) - toSeconds(s.clock.start)) / 3600;
  if (hours > LIMITS.hours) problems.push({ path: '$.clock', message: `a ${hours}-hour day: the limit is ${LIMITS.hours} hours from clock.start to clock.end` });
  const events = s.events?.length ?? 0;
  if (events > LIMITS.events) problems.push({ path: '$.events', message: `${format(events)} events: the limit is ${LIMITS.events} events` });
  const contacts = expectedDayContacts(s);
  if (contacts > LIMITS.expectedContacts) {
    problems.push({ path: '$.channels', message: `about ${format(contacts)} contacts expected over the day (rates × hours): the limit is ${format(LIMITS.expectedContacts)} expected contacts` });
  }
  return problems;
}
