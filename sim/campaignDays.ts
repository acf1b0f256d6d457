/**
 * The days of a multi-day run (DOMAIN.md §7) and the one-day scenario each open
 * day runs: its date, its status from the calendar (weekends and French public
 * holidays: open, closed or a skeleton team), its volume (weekday profile × a
 * daily factor drawn from the day's own stream) and the events that belong to it.
 * Pure calendar arithmetic on day numbers: no Date.
 */
import { compileSampler } from './engine/distributions';
import { createStream } from './engine/rng';
import { formatIsoDate, isFrenchPublicHoliday, parseIsoDate, weekday } from './model/outbound/frenchCalendar';
import { resolveTeam } from './model/team';
import { weekdayNames, type DayRule } from './scenario/campaignSchema';
import { formatClock, toSeconds, type AdviserSpec, type Arrivals, type Scenario } from './scenario/schema';

export interface DayPlan {
  /** 1-based day of the run (commands' `day`). */
  readonly day: number;
  readonly date: string;
  /** Calendar day number (days since 1970-01-01). */
  readonly dayNumber: number;
  readonly status: 'open' | 'closed' | 'skeleton';
  readonly weekday: (typeof weekdayNames)[number];
  readonly publicHoliday: boolean;
  /** Share of the team on the floor (1 on an open day, 0 when closed). */
  readonly teamShare: number;
  /** Weekday profile × the day's drawn factor: multiplies the arrivals. */
  readonly volume: number;
  /** The weekday profile alone: what the planning knew, so it multiplies the forecast. */
  readonly plannedVolume: number;
}

/** The run's days, in order; a one-day scenario gives one open day. */
export function planDays(s: Scenario): DayPlan[] {
  const days = s.days ?? 1;
  const first = s.date ? parseIsoDate(s.date) : 0;
  const spread = s.dayToDaySpread ?? 0;
  const draw = spread > 0 ? compileSampler({ dist: 'lognormal', mean: 1, cv: spread }) : null;
  return Array.from({ length: days }, (_, k) => {
    const dayNumber = first + k;
    const name = weekdayNames[weekday(dayNumber) - 1];
    const holiday = s.date !== undefined && isFrenchPublicHoliday(dayNumber);
    const weekend = name === 'saturday' || name === 'sunday';
    const rule: DayRule = holiday ? (s.calendar?.publicHoliday ?? 'closed') : weekend ? (s.calendar?.[name] ?? 'closed') : 'open';
    const teamShare = rule === 'open' ? 1 : rule === 'closed' ? 0 : rule.skeleton;
    const plannedVolume = s.weekdayProfile?.[name] ?? 1;
    // One stream per day, so a longer run leaves the earlier days' volumes as they were.
    const factor = draw ? draw(createStream(s.seed, `day-volume:${k + 1}`)) : 1;
    return {
      day: k + 1, date: s.date ? formatIsoDate(dayNumber) : '', dayNumber, weekday: name, publicHoliday: holiday,
      status: teamShare === 0 ? 'closed' : teamShare < 1 ? 'skeleton' : 'open', teamShare, volume: plannedVolume * factor, plannedVolume,
    };
  });
}

const scaled = (a: Arrivals, f: number): Arrivals =>
  'perHour' in a ? { perHour: a.perHour * f } : { profile: a.profile.map((p) => ({ from: p.from, perHour: p.perHour * f })) };

/**
 * The team of a skeleton day: the first share of each generated group (at least one),
 * or of the listed advisers; written out as a list so ids stay those of the full team.
 */
function skeletonTeam(s: Scenario, share: number, hiredLater: ReadonlySet<string>): Scenario['team'] {
  const plans = resolveTeam(s);
  const keep = Math.max(1, Math.round(plans.length * share));
  const clock = (t: number) => formatClock(t + toSeconds(s.clock.start)).slice(0, 5);
  const advisers: AdviserSpec[] = plans.filter((p) => !hiredLater.has(p.id)).slice(0, share < 1 ? keep : undefined).map((p) => ({
    id: p.id, name: p.name, skills: { ...p.skills }, shift: { start: clock(p.shiftStart), end: clock(p.shiftEnd) },
    ...(Object.keys(p.routingProfile).length ? { routingProfile: { ...p.routingProfile } } : {}),
    ...(Object.keys(p.concurrency).length ? { concurrency: { ...p.concurrency } } : {}),
    ...(p.newHire ? { newHire: true } : {}),
  }));
  return { advisers };
}

/**
 * The one-day scenario of an open day. The first day keeps the file's email backlog; later
 * days get theirs, exact, from the carry-over. Advisers whose new-hire event falls on a later
 * day are not in the team yet. Recruitment is the run's (sim/recruitment/run.ts), not the day's.
 */
export function dayScenario(s: Scenario, plan: DayPlan, extraEvents: NonNullable<Scenario['events']> = []): Scenario {
  const { days: _d, calendar: _c, weekdayProfile: _w, dayToDaySpread: _s, events: _e, candidates: _k, hiring: _h, ...rest } = s;
  const events = (s.events ?? []).filter((e) => (e.day ?? 1) === plan.day).map(({ day: _day, ...e }) => e);
  const hiredLater = new Set((s.events ?? []).flatMap((e) => (e.type === 'newHire' && (e.day ?? 1) > plan.day ? [e.adviserId] : [])));
  const channels = s.channels.map((c) => {
    const { backlog, ...ch } = c;
    return {
      ...ch,
      ...(backlog && plan.day === 1 ? { backlog } : {}),
      ...(c.arrivals && plan.volume !== 1 ? { arrivals: scaled(c.arrivals, plan.volume) } : {}),
      ...(c.forecast && plan.plannedVolume !== 1 ? { forecast: c.forecast.map((x) => x * plan.plannedVolume) } : {}),
    };
  });
  const team = plan.teamShare < 1 || hiredLater.size > 0 ? skeletonTeam(s, plan.teamShare, hiredLater) : s.team;
  const ids = new Set('advisers' in team ? team.advisers.map((a) => a.id) : resolveTeam(s).map((p) => p.id));
  const all = [...events, ...extraEvents].filter((e) => !('adviserId' in e) || ids.has(e.adviserId));
  return { ...rest, date: plan.date || s.date, channels, team, ...(all.length ? { events: all } : {}) };
}
