/**
 * Checks the schema alone cannot express: cross-references between channels,
 * the team and overflow groups, and options that only make sense for some
 * channel kinds. Each problem names its JSON path (routing data is checked on
 * load, as in ContactCenters, so a run never starts on an inconsistent centre).
 */
import type { ScenarioProblem } from './problems';
import type { Channel, ChannelKind, Scenario } from './schema';
import { toSeconds } from './schema';
import { eventProblems } from './eventsCheck';
import { rotaProblems } from './campaignCheck';
import { recruitmentProblems } from '../recruitment/check';
import { intervalCount } from './forecast';

const needsArrivals: ReadonlySet<ChannelKind> = new Set(['voice', 'email', 'chat', 'messaging']);
const concurrentKinds: ReadonlySet<ChannelKind> = new Set(['chat', 'messaging']);

/** Which kinds each option belongs to. */
const optionKinds: Record<string, readonly ChannelKind[]> = {
  ivr: ['voice'],
  announcement: ['voice'],
  callback: ['voice'],
  due: ['email'],
  backlog: ['email'],
  maxConcurrent: ['chat', 'messaging'],
  concurrencyStretch: ['chat', 'messaging'],
  exchanges: ['messaging'],
  gap: ['messaging'],
  dialer: ['outbound'],
  hold: ['voice', 'callback', 'outbound'],
  patience: ['voice', 'chat', 'messaging'],
  survey: ['voice', 'callback', 'email', 'chat', 'messaging'],
};

function checkChannel(s: Scenario, c: Channel, i: number, byId: Map<string, Channel>, problems: ScenarioProblem[]): void {
  const at = `$.channels[${i}]`;
  if (needsArrivals.has(c.kind) && !c.arrivals) problems.push({ path: `${at}.arrivals`, message: `a ${c.kind} channel needs arrivals` });
  if (c.kind === 'outbound' && !c.dialer) problems.push({ path: `${at}.dialer`, message: 'an outbound channel needs a dialer' });
  for (const [option, kinds] of Object.entries(optionKinds)) {
    const value = (c as Record<string, unknown>)[option];
    if (value !== undefined && value !== null && !kinds.includes(c.kind)) {
      problems.push({ path: `${at}.${option}`, message: `"${option}" does not apply to a ${c.kind} channel (only ${kinds.join(', ')})` });
    }
  }
  if (c.arrivals && 'profile' in c.arrivals) {
    let previous = -Infinity;
    c.arrivals.profile.forEach((step, j) => {
      const t = toSeconds(step.from);
      if (t <= previous) problems.push({ path: `${at}.arrivals.profile[${j}].from`, message: 'profile steps must be in increasing time order' });
      if (t >= toSeconds(s.clock.end)) problems.push({ path: `${at}.arrivals.profile[${j}].from`, message: `step starts at or after the clock end (${s.clock.end})` });
      previous = t;
    });
  }
  if (c.forecast) {
    const expected = intervalCount(s.clock, s.stats.intervalMinutes);
    if (!c.arrivals) problems.push({ path: `${at}.forecast`, message: `a forecast needs arrivals: a ${c.kind} channel's contacts come from another channel or the dialer` });
    else if (c.forecast.length !== expected) {
      problems.push({ path: `${at}.forecast`, message: `expected ${expected} values, one per ${s.stats.intervalMinutes}-minute interval from ${s.clock.start} to ${s.clock.end}, got ${c.forecast.length}` });
    }
  }
  if (c.callback) {
    const target = byId.get(c.callback.channel);
    if (!target) problems.push({ path: `${at}.callback.channel`, message: `unknown channel "${c.callback.channel}"` });
    else if (target.kind !== 'callback') problems.push({ path: `${at}.callback.channel`, message: `"${c.callback.channel}" is a ${target.kind} channel, not a callback channel` });
  }
  if (c.onlyWhen) {
    if (!byId.has(c.onlyWhen.channel)) problems.push({ path: `${at}.onlyWhen.channel`, message: `unknown channel "${c.onlyWhen.channel}"` });
    else if (c.onlyWhen.channel === c.id) problems.push({ path: `${at}.onlyWhen.channel`, message: 'a channel cannot be blended against itself' });
  }
  c.widening?.forEach((tier, j) => {
    const previous = c.widening![j - 1];
    if (previous && tier.afterSeconds <= previous.afterSeconds) problems.push({ path: `${at}.widening[${j}].afterSeconds`, message: 'tiers must widen at increasing waits' });
    if (previous && tier.minProficiency > previous.minProficiency) problems.push({ path: `${at}.widening[${j}].minProficiency`, message: 'a later tier cannot ask for more proficiency than an earlier one' });
  });
  if (c.widening && c.widening[0].afterSeconds !== 0) problems.push({ path: `${at}.widening[0].afterSeconds`, message: 'the first tier applies from arrival: afterSeconds must be 0' });
  if (c.repeatDelay === undefined && c.fcr !== undefined && c.fcr < 1) problems.push({ path: `${at}.repeatDelay`, message: 'fcr below 1 needs a repeatDelay (when unresolved customers come back)' });
}

function checkAdviserRouting(
  a: { skills: Record<string, number>; routingProfile?: Record<string, number>; concurrency?: Record<string, number> },
  at: string,
  byId: Map<string, Channel>,
  problems: ScenarioProblem[],
): void {
  const list = [...byId.keys()].join(', ');
  for (const k of Object.keys(a.skills)) {
    if (!byId.has(k)) problems.push({ path: `${at}.skills.${k}`, message: `unknown skill "${k}": no channel has this id (channels: ${list})` });
  }
  if (!Object.values(a.skills).some((p) => p > 0)) problems.push({ path: `${at}.skills`, message: 'an adviser needs at least one skill above 0' });
  for (const k of Object.keys(a.routingProfile ?? {})) {
    if (!byId.has(k)) problems.push({ path: `${at}.routingProfile.${k}`, message: `unknown channel "${k}" (channels: ${list})` });
    else if (!(a.skills[k] > 0)) problems.push({ path: `${at}.routingProfile.${k}`, message: `the profile routes "${k}" but the adviser has no such skill` });
  }
  for (const k of Object.keys(a.concurrency ?? {})) {
    const c = byId.get(k);
    if (!c) problems.push({ path: `${at}.concurrency.${k}`, message: `unknown channel "${k}"` });
    else if (!concurrentKinds.has(c.kind)) problems.push({ path: `${at}.concurrency.${k}`, message: `concurrency applies to chat and messaging, not ${c.kind}` });
  }
}

export function crossCheck(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const byId = new Map<string, Channel>();
  s.channels.forEach((c, i) => {
    if (byId.has(c.id)) problems.push({ path: `$.channels[${i}].id`, message: `duplicate channel id "${c.id}"` });
    byId.set(c.id, c);
  });
  s.channels.forEach((c, i) => checkChannel(s, c, i, byId, problems));
  if (s.days !== undefined && !s.date) {
    problems.push({ path: '$.date', message: `a scenario of ${s.days} days needs a date ("YYYY-MM-DD"): its first day, for weekdays and public holidays` });
  }
  problems.push(...rotaProblems(s));
  problems.push(...recruitmentProblems(s));
  if (s.channels.some((c) => c.kind === 'outbound') && !s.date) {
    problems.push({ path: '$.date', message: 'a scenario with an outbound channel needs a date (weekday and public holidays decide when calls are allowed)' });
  }

  const checkShift = (shift: { start: string; end: string } | undefined, path: string) => {
    if (shift && toSeconds(shift.end) <= toSeconds(shift.start)) problems.push({ path: `${path}.end`, message: 'shift end must be after shift start' });
  };
  const teamSkills: Record<string, number>[] = [];
  if ('generate' in s.team) {
    const generate = s.team.generate;
    const groups = Array.isArray(generate) ? generate : [generate];
    groups.forEach((g, i) => {
      const at = Array.isArray(generate) ? `$.team.generate[${i}]` : '$.team.generate';
      checkAdviserRouting(g, at, byId, problems);
      checkShift(g.shift, `${at}.shift`);
      teamSkills.push(g.skills);
    });
  } else {
    const ids = new Set<string>();
    s.team.advisers.forEach((a, i) => {
      if (ids.has(a.id)) problems.push({ path: `$.team.advisers[${i}].id`, message: `duplicate adviser id "${a.id}"` });
      ids.add(a.id);
      checkAdviserRouting(a, `$.team.advisers[${i}]`, byId, problems);
      checkShift(a.shift, `$.team.advisers[${i}].shift`);
      teamSkills.push(a.skills);
    });
  }
  const servable = new Set(teamSkills.flatMap((skills) => Object.entries(skills).filter(([, p]) => p > 0).map(([k]) => k)));
  s.channels.forEach((c, i) => {
    if (!servable.has(c.id)) problems.push({ path: `$.channels[${i}]`, message: `unreachable queue: no adviser has the skill "${c.id}"` });
  });

  problems.push(...eventProblems(s, byId));
  if (s.preparation?.campaignChannelId !== undefined && !byId.has(s.preparation.campaignChannelId)) {
    problems.push({ path: '$.preparation.campaignChannelId', message: `unknown channel "${s.preparation.campaignChannelId}"` });
  }

  const groupIds = new Set<string>();
  s.overflow?.forEach((g, i) => {
    if (groupIds.has(g.id)) problems.push({ path: `$.overflow[${i}].id`, message: `duplicate overflow group id "${g.id}"` });
    groupIds.add(g.id);
    g.channels.forEach((id, j) => {
      const c = byId.get(id);
      if (!c) problems.push({ path: `$.overflow[${i}].channels[${j}]`, message: `unknown channel "${id}"` });
      else if (c.kind === 'outbound') problems.push({ path: `$.overflow[${i}].channels[${j}]`, message: 'outbound calls cannot overflow' });
    });
  });
  return problems;
}
