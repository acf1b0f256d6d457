/**
 * Block 3, improvement: reporting up to the floor manager (scenarios with a
 * `floorManager` only; without one nothing here is judged).
 *
 * Expected reports, each met by one `reportToManager` of its subject:
 * - **incident**: every scenario incident, from a minute before it starts;
 * - **ruleBreach**: every labour breach with an adviser; breaches within the
 *   window of a group's first one form one group, which one report covers;
 * - **targetAtRisk**: the first interval (once a day) of a voice channel whose
 *   service level is 10 points or more under its target (at least five
 *   contacts to judge), from the interval's start, timed from its end;
 * - **endOfDay**: from 30 minutes before the scheduled close until the run ends;
 * - **endOfWeek**: the same, when `floorManager.endOfWeek` is set.
 * Within `reportWithinMinutes` earns in full, within twice that half; none by
 * then costs as much as an on-time report earns (end-of-day and end-of-week:
 * at the end of the run). A report that meets nothing costs a little (no free
 * points for spamming) — except an incident update while an incident is
 * running —, and so does a request the manager refuses (asked for nothing).
 */
import { RULES } from './rules';
import { clockOf, pct, type RawEntry } from './entry';
import { intervalServiceShare } from './facts';
import type { ManagerFacts, ShiftFacts } from '../shiftFacts';

/** Service level this far under target (0–1 scale) puts a target at risk. */
export const RISK_POINTS = 0.1;
/** The end-of-day (and end-of-week) report is expected from this long before the scheduled close. */
export const END_OF_DAY_LEAD_SECONDS = 30 * 60;
/** A report may come this long before what it reports is logged (the supervisor saw it coming). */
const GRACE_SECONDS = 60;

const subjectWords: Readonly<Record<string, readonly [string, string]>> = {
  incident: ['incident', 'incident'],
  ruleBreach: ['rule breach', 'infraction à une règle'],
  targetAtRisk: ['target at risk', 'objectif menacé'],
  endOfDay: ['end-of-day report', 'bilan de fin de journée'],
  endOfWeek: ['end-of-week report', 'bilan de fin de semaine'],
};
const requestWords: Readonly<Record<string, readonly [string, string]>> = {
  overflow: ['overflow', 'débordement'],
  overtime: ['overtime', 'heures supplémentaires'],
  callIn: ['calling someone in', 'rappel d’un conseiller'],
};

interface Expected {
  readonly subject: string;
  /** Reports from this time on count. */
  readonly from: number;
  /** Lateness is counted from this time. */
  readonly start: number;
  /** Past this time (Infinity: the run's end) the report is missing. */
  readonly deadline: number;
  /** Codes: on time, late, missing. */
  readonly codes: readonly [string, string, string];
  readonly params: Record<string, string | number>;
  /** English: what is reported ("the incident from 10:15"). */
  readonly what: string;
}

function expectations(facts: ShiftFacts, m: ManagerFacts, until: number): Expected[] {
  const w = m.reportWithinMinutes * 60;
  const out: Expected[] = [];
  for (const inc of facts.incidents) {
    if (inc.at > until) continue;
    const time = clockOf(facts.dayStart, inc.at);
    out.push({ subject: 'incident', from: inc.at - GRACE_SECONDS, start: inc.at, deadline: inc.at + 2 * w, codes: ['incidentReported', 'incidentReportedLate', 'incidentUnreported'], params: { incident: time }, what: `the incident from ${time}` });
  }
  const labour = facts.breaches.filter((b) => b.adviserId !== undefined && b.at <= until).sort((a, b) => a.at - b.at);
  for (let i = 0; i < labour.length;) {
    const first = labour[i].at;
    let j = i;
    while (j < labour.length && labour[j].at <= first + w) j++;
    const time = clockOf(facts.dayStart, first);
    out.push({ subject: 'ruleBreach', from: first - GRACE_SECONDS, start: first, deadline: first + 2 * w, codes: ['breachReported', 'breachReportedLate', 'breachUnreported'], params: { breach: time, count: j - i }, what: `the rule breach${j - i > 1 ? `es (${j - i})` : ''} from ${time}` });
    i = j;
  }
  const risk = firstRisk(facts, until);
  if (risk) {
    const end = risk.start + facts.intervalSeconds;
    const time = clockOf(facts.dayStart, risk.start);
    out.push({ subject: 'targetAtRisk', from: risk.start, start: end, deadline: end + 2 * w, codes: ['riskReported', 'riskReportedLate', 'riskUnreported'], params: { channel: risk.channel, interval: time, value: risk.value, target: risk.target }, what: `the service level on ${risk.channel} at ${risk.value} % from ${time} (target ${risk.target} %)` });
  }
  const lead = facts.closeTime - END_OF_DAY_LEAD_SECONDS;
  out.push({ subject: 'endOfDay', from: lead, start: lead, deadline: Infinity, codes: ['endOfDayReport', 'endOfDayReport', 'endOfDayReportMissing'], params: {}, what: 'the end-of-day report' });
  if (m.endOfWeek) out.push({ subject: 'endOfWeek', from: lead, start: lead, deadline: Infinity, codes: ['endOfWeekReport', 'endOfWeekReport', 'endOfWeekReportMissing'], params: {}, what: 'the end-of-week report' });
  return out;
}

/** The first completed interval of a voice channel RISK_POINTS or more under target, over all voice channels. */
function firstRisk(facts: ShiftFacts, until: number): { start: number; channel: string; value: number; target: number } | null {
  const completed = Math.min(Math.floor(until / facts.intervalSeconds), facts.live.counters.intervalCount);
  for (let k = 0; k < completed; k++) {
    for (const ch of facts.channels) {
      if (ch.kind !== 'voice' || ch.target <= 0) continue;
      const share = intervalServiceShare(facts, 'live', ch.id, k);
      if (share === null || share * ch.target > ch.target - RISK_POINTS + 1e-9) continue;
      return { start: k * facts.intervalSeconds, channel: ch.id, value: pct(share * ch.target), target: pct(ch.target) };
    }
  }
  return null;
}

const words = (table: typeof subjectWords, key: string) => table[key] ?? [key, key];

export function managerEntries(facts: ShiftFacts, until: number): RawEntry[] {
  const m = facts.manager;
  if (!m) return [];
  const out: RawEntry[] = [];
  const w = m.reportWithinMinutes * 60;
  const reports = m.reports.filter((r) => r.at <= until);
  const used = new Set<number>();
  for (const e of expectations(facts, m, until)) {
    const last = Math.min(e.deadline, until);
    const k = reports.findIndex((r, i) => !used.has(i) && r.subject === e.subject && r.at >= e.from && r.at <= last);
    if (k >= 0) {
      used.add(k);
      const r = reports[k];
      const delay = Math.max(0, r.at - e.start);
      const late = delay > w;
      const minutes = Math.round(delay / 60);
      const time = clockOf(facts.dayStart, r.at);
      out.push({
        at: r.at, block: 'improvement', points: RULES.managerReport * (late ? 0.5 : 1), code: e.codes[late ? 1 : 0], params: { ...e.params, time, minutes },
        text: `Reported ${e.what} to the floor manager at ${time}${late ? `, late (${minutes} min)` : ''}`,
      });
      continue;
    }
    const missingAt = Number.isFinite(e.deadline) ? e.deadline : facts.finished ? facts.now : Infinity;
    if (until < missingAt) continue;
    out.push({ at: missingAt, block: 'improvement', points: -RULES.managerReport, code: e.codes[2], params: { ...e.params, time: clockOf(facts.dayStart, missingAt) }, text: `${e.what[0].toUpperCase()}${e.what.slice(1)} was not reported to the floor manager` });
  }
  const completedUntil = Math.floor(until / facts.intervalSeconds) * facts.intervalSeconds;
  reports.forEach((r, i) => {
    if (used.has(i)) return;
    // An update while an incident runs is no spam; a target-at-risk report waits for its interval's figures.
    if (r.subject === 'incident' && facts.incidents.some((inc) => inc.at <= r.at && r.at <= inc.end)) return;
    if (r.subject === 'targetAtRisk' && r.at >= completedUntil) return;
    const [en, fr] = words(subjectWords, r.subject);
    const time = clockOf(facts.dayStart, r.at);
    out.push({ at: r.at, block: 'improvement', points: RULES.managerReportIdle, code: 'managerReportIdle', params: { subject: en, subjectFr: fr, time }, text: `Report to the floor manager at ${time} with nothing to report (${en})` });
  });
  for (const q of m.requests) {
    if (q.status !== 'refused' || q.answeredAt === null || q.answeredAt > until) continue;
    const [en, fr] = words(requestWords, q.request);
    const time = clockOf(facts.dayStart, q.at);
    out.push({ at: q.answeredAt, block: 'improvement', points: RULES.managerRequestRefused, code: 'managerRequestRefused', params: { request: en, requestFr: fr, time }, text: `Request to the floor manager for ${en} at ${time} refused: nothing justified it` });
  }
  return out;
}
