/**
 * Block 3, improving the centre: rules kept (every breach costs, none is free),
 * listen-ins and quality evaluation, incidents reported to the team, reporting
 * up to the floor manager (judge/manager.ts, when the scenario has one). Quality,
 * first-contact resolution and complaints against the ghost are in outcomes.ts.
 */
import type { ShiftFacts } from '../shiftFacts';
import { clockOf, type RawEntry } from './entry';
import { adviserName, appliedCommands, timeliness } from './facts';
import { managerEntries } from './manager';
import { RULES } from './rules';

function breaches(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  // Labour breaches one by one; dialer breaches (one per call) summed per rule and channel.
  const dialer = new Map<string, { at: number; count: number; rule: string; channelId: string }>();
  for (const b of facts.breaches) {
    if (b.at > until) continue;
    if (b.adviserId !== undefined) {
      const who = adviserName(facts, b.adviserId);
      const time = clockOf(facts.dayStart, b.at);
      out.push({ at: b.at, block: 'improvement', points: RULES.breach, code: 'breach', params: { rule: b.rule, adviser: who, time }, text: `Rule ${b.rule} broken for ${who} at ${time}` });
      continue;
    }
    const key = `${b.rule}:${b.channelId}`;
    const d = dialer.get(key);
    if (d) d.count++;
    else dialer.set(key, { at: b.at, count: 1, rule: b.rule, channelId: b.channelId });
  }
  for (const d of dialer.values()) {
    const time = clockOf(facts.dayStart, d.at);
    out.push({ at: d.at, block: 'improvement', points: RULES.breach * d.count, code: 'dialerBreach', params: { rule: d.rule, channel: d.channelId, count: d.count, time }, text: `Dialer on ${d.channelId} broke ${d.rule} ${d.count} times from ${time}` });
  }
}

function briefings(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const done = appliedCommands(facts, until, 'teamBriefing');
  for (const inc of facts.incidents) {
    if (inc.at > until) continue;
    const b = done.find((c) => c.at >= inc.at - 60 && c.at <= inc.end);
    const time = clockOf(facts.dayStart, inc.at);
    if (b) {
      const f = timeliness(b.at - inc.at, RULES.incidentMinutes);
      const minutes = Math.round((b.at - inc.at) / 60);
      out.push({ at: b.at, block: 'improvement', points: RULES.briefingOnIncident * f, code: f === 1 ? 'briefingOnIncident' : 'briefingOnIncidentLate', params: { time: clockOf(facts.dayStart, b.at), incident: time, minutes }, text: `Team briefed on the incident at ${clockOf(facts.dayStart, b.at)}, ${minutes} min after it began` });
    } else {
      const deadline = inc.at + 2 * RULES.incidentMinutes * 60;
      if (until >= deadline) out.push({ at: deadline, block: 'improvement', points: -RULES.briefingOnIncident, code: 'briefingMissing', params: { incident: time }, text: `Incident from ${time}: the team was not briefed` });
    }
  }
}

function evaluations(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const seen = new Set<string>();
  for (const r of facts.recordings) {
    if (r.at > until || seen.has(r.adviserId) || seen.size >= RULES.listenInDistinct) continue;
    seen.add(r.adviserId);
    const who = adviserName(facts, r.adviserId);
    const time = clockOf(facts.dayStart, r.at);
    out.push({ at: r.at, block: 'improvement', points: RULES.listenIn, code: 'listenIn', params: { adviser: who, time }, text: `Listened in on ${who} at ${time} to evaluate quality` });
  }
  const deadline = Math.min(RULES.noEvaluationMinutes * 60, facts.closeTime);
  if (until >= deadline && !facts.recordings.some((r) => r.at <= deadline)) {
    out.push({ at: deadline, block: 'improvement', points: RULES.noEvaluation, code: 'noEvaluation', params: { time: clockOf(facts.dayStart, deadline) }, text: `No listen-in or quality evaluation by ${clockOf(facts.dayStart, deadline)}` });
  }
}

export function improvementEntries(facts: ShiftFacts, until: number): RawEntry[] {
  const out: RawEntry[] = [];
  breaches(facts, until, out);
  briefings(facts, until, out);
  evaluations(facts, until, out);
  out.push(...managerEntries(facts, until));
  return out;
}
